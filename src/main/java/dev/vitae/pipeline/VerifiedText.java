package dev.vitae.pipeline;

import dev.vitae.check.CheckReport;
import dev.vitae.check.FieldCheck;
import dev.vitae.fit.FitReport;
import dev.vitae.view.Density;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * {@link Verified}'s file as text, one entry a line, each value a word: numbers as written, text in
 * Base64 (so that no value holds a space or a line break), the line's digest last. Not JSON: a cold
 * build spent more on Jackson's first reading of a tree (its classes, loaded and verified from the
 * jar, as only a second build reads the file) than the file saves it.
 */
final class VerifiedText {

  private static final String HEADER = "vitae verified 2";
  private static final Base64.Encoder ENCODE = Base64.getEncoder().withoutPadding();
  private static final Base64.Decoder DECODE = Base64.getDecoder();

  private VerifiedText() {}

  /**
   * What ends each line: the digest of the code that wrote it and its words, so that a line edited
   * by hand, cut short or written by other code is not taken for vitae's. It guards against
   * accidents, not people: whoever can write out/ can write the PDFs in it.
   */
  private static String sealOf(String maker, String words) {
    return Manifest.sha256((maker + "\n" + words).getBytes(StandardCharsets.UTF_8));
  }

  /** The file holding these entries, made by {@code maker}. */
  static String write(
      String maker, Map<String, Verified.Resume> resumes, Map<String, CheckReport> reports) {
    StringBuilder out = new StringBuilder(HEADER).append('\n');
    new Line(out, maker).word("maker").text(maker).end();
    resumes.forEach(
        (key, r) -> {
          Line line = new Line(out, maker).word("resume").word(key).text(r.file()).word(r.sha256());
          FitReport f = r.fit();
          line.number(r.pages()).number(f.step()).number(f.bodyPt()).number(f.layouts());
          line.number(f.fill()).texts(f.dropped()).texts(f.refs());
          Density d = r.density();
          line.texts(
              List.of(
                  d.bodySize(),
                  d.smallSize(),
                  d.nameSize(),
                  d.headingSize(),
                  d.labelSize(),
                  d.lineHeight(),
                  d.sectionGap(),
                  d.entryGap(),
                  d.bulletGap(),
                  d.pageMargin()));
          line.word(r.fittedView()).end();
        });
    reports.forEach(
        (key, c) -> {
          Line line = new Line(out, maker).word("report").word(key).text(c.file());
          line.number(c.pages()).number(c.fonts()).number(c.bytes());
          line.texts(c.problems()).texts(c.warnings()).number(c.fields().size());
          for (FieldCheck field : c.fields()) {
            line.text(field.field()).text(field.expected()).text(field.found());
            line.word(Boolean.toString(field.ok()));
          }
          line.texts(c.readAsHeadings()).end();
        });
    return out.toString();
  }

  /**
   * Reads what {@link #write} wrote under {@code maker} into the two consumers.
   *
   * @throws IllegalArgumentException when the text is not such a file, or of another maker
   */
  static void read(
      String text,
      String maker,
      BiConsumer<String, Verified.Resume> resumes,
      BiConsumer<String, CheckReport> reports) {
    List<String> lines = text.lines().toList();
    if (lines.size() < 2 || !lines.get(0).equals(HEADER)) {
      throw new IllegalArgumentException("not a file of verified builds");
    }
    Words head = new Words(lines.get(1), maker);
    if (!head.word().equals("maker") || !head.text().equals(maker)) {
      throw new IllegalArgumentException("written by other code");
    }
    for (String line : lines.subList(2, lines.size())) {
      Words w = new Words(line, maker);
      String kind = w.word();
      String key = w.word();
      if (kind.equals("resume")) {
        String file = w.text();
        String sha256 = w.word();
        int pages = w.integer();
        FitReport fit =
            new FitReport(w.integer(), w.decimal(), w.integer(), w.decimal(), w.texts(), w.texts());
        List<String> d = w.texts();
        if (d.size() != 10) {
          throw new IllegalArgumentException("a density of " + d.size() + " values");
        }
        Density density =
            new Density(
                d.get(0), d.get(1), d.get(2), d.get(3), d.get(4), d.get(5), d.get(6), d.get(7),
                d.get(8), d.get(9));
        resumes.accept(key, new Verified.Resume(file, sha256, pages, fit, density, w.word()));
      } else if (kind.equals("report")) {
        String file = w.text();
        int pages = w.integer();
        int fonts = w.integer();
        long bytes = Long.parseLong(w.word());
        List<String> problems = w.texts();
        List<String> warnings = w.texts();
        List<FieldCheck> fields = new ArrayList<>();
        for (int i = w.integer(); i > 0; i--) {
          fields.add(new FieldCheck(w.text(), w.text(), w.text(), Boolean.parseBoolean(w.word())));
        }
        reports.accept(
            key, new CheckReport(file, pages, fonts, bytes, problems, warnings, fields, w.texts()));
      } else {
        throw new IllegalArgumentException("an entry of no kind known: " + kind);
      }
      w.end();
    }
  }

  /** One line being written, ended by the digest of the maker and its words. */
  private static final class Line {
    private final StringBuilder out;
    private final String maker;
    private final int start;

    Line(StringBuilder out, String maker) {
      this.out = out;
      this.maker = maker;
      this.start = out.length();
    }

    Line word(String w) {
      if (out.charAt(out.length() - 1) != '\n') {
        out.append(' ');
      }
      out.append(w);
      return this;
    }

    Line text(String t) {
      return word(ENCODE.encodeToString(t.getBytes(StandardCharsets.UTF_8)));
    }

    Line number(long n) {
      return word(Long.toString(n));
    }

    Line number(double n) {
      return word(Double.toString(n));
    }

    Line texts(List<String> texts) {
      number(texts.size());
      texts.forEach(this::text);
      return this;
    }

    void end() {
      String words = out.substring(start);
      out.append(' ').append(sealOf(maker, words)).append('\n');
    }
  }

  /** One line being read, word by word. */
  private static final class Words {
    private final String[] words;
    private int next;

    /**
     * @throws IllegalArgumentException when the line's last word is not the digest of the maker and
     *     the words before it: the line was edited, cut or written by other code
     */
    Words(String line, String maker) {
      int cut = line.lastIndexOf(' ');
      if (cut < 0 || !line.substring(cut + 1).equals(sealOf(maker, line.substring(0, cut)))) {
        throw new IllegalArgumentException("a line not as it was written");
      }
      words = line.substring(0, cut).split(" ", -1);
    }

    String word() {
      if (next >= words.length) {
        throw new IllegalArgumentException("a line ends early");
      }
      return words[next++];
    }

    String text() {
      return new String(DECODE.decode(word()), StandardCharsets.UTF_8);
    }

    int integer() {
      return Integer.parseInt(word());
    }

    double decimal() {
      return Double.parseDouble(word());
    }

    List<String> texts() {
      int n = integer();
      if (n < 0 || n > words.length) {
        throw new IllegalArgumentException("a list of " + n);
      }
      List<String> out = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        out.add(text());
      }
      return List.copyOf(out);
    }

    void end() {
      if (next != words.length) {
        throw new IllegalArgumentException("a line goes on");
      }
    }
  }
}
