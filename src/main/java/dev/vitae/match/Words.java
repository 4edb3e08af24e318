package dev.vitae.match;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tartarus.snowball.ext.EnglishStemmer;

/**
 * A text as its words, each with its English stem (Snowball's English stemmer, through Lucene):
 * "caching" and "cache" are both {@code cach}, "deployment" and "deploys" both {@code deploy}, so
 * that a term is found in the form a posting writes it.
 */
record Words(String text, List<Word> words) {

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

  /** One word: where it starts in the text, and its stem. */
  record Word(int start, String stem) {}

  Words {
    words = List.copyOf(words);
  }

  static Words of(String text) {
    EnglishStemmer stemmer = new EnglishStemmer();
    List<Word> out = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      out.add(new Word(m.start(), stem(stemmer, m.group())));
    }
    return new Words(text, out);
  }

  /** The stems of a term's words: {@code background jobs} → {@code [background, job]}. */
  static List<String> stems(String form) {
    EnglishStemmer stemmer = new EnglishStemmer();
    List<String> out = new ArrayList<>();
    Matcher m = WORD.matcher(form);
    while (m.find()) {
      out.add(stem(stemmer, m.group()));
    }
    return out;
  }

  /** Where the words with these stems stand one after another: their starts in the text. */
  List<Integer> find(List<String> stems) {
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i + stems.size() <= words.size(); i++) {
      boolean all = true;
      for (int j = 0; j < stems.size() && all; j++) {
        all = words.get(i + j).stem().equals(stems.get(j));
      }
      if (all) {
        out.add(words.get(i).start());
      }
    }
    return out;
  }

  private static String stem(EnglishStemmer stemmer, String word) {
    stemmer.setCurrent(word.toLowerCase(Locale.ROOT));
    stemmer.stem();
    return stemmer.getCurrent();
  }
}
