package dev.vitae.fit;

import dev.vitae.model.FitMode;
import dev.vitae.view.ResumeView;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The answers of earlier fits, for a process that builds the same résumé again ({@code vitae
 * serve}, {@code vitae watch}): a fit whose page is the same as an earlier one's lays out only that
 * fit's answer, one layout instead of a search. "The same page" is the same XHTML at the tightest
 * density with all content (the view, the template and its style) and the same mode; the caller
 * gives a memory only where the layout depends on nothing else (the shipped templates and fonts,
 * which cannot change while the process runs). Safe for the threads of one build.
 */
public final class FitMemory {

  /**
   * Where an earlier search ended, how many layouts it took (its report says so again) and the
   * points it spread above each section heading.
   */
  record Answer(int position, int layouts, double spread) {}

  private static final int CAPACITY = 64;

  /** The first line of {@link #text}; a new format is a new number. */
  private static final String HEADER = "vitae fit memory 1";

  private final boolean remembers;
  private final Map<String, Answer> answers = new ConcurrentHashMap<>();

  /**
   * Where the last fit of a résumé of this person, title, paper and mode ended on the density
   * ladder, whatever its content: the next search of that résumé (a save in {@code vitae watch}
   * changes the page) tries that step and the one more relaxed first, two layouts when the edit did
   * not move the answer.
   */
  private final Map<String, Integer> seeds = new ConcurrentHashMap<>();

  private FitMemory(boolean remembers) {
    this.remembers = remembers;
  }

  /** A memory, empty. */
  public static FitMemory create() {
    return new FitMemory(true);
  }

  /** No memory: every fit searches. */
  public static FitMemory none() {
    return new FitMemory(false);
  }

  public boolean remembers() {
    return remembers;
  }

  Optional<Answer> recall(String key) {
    return Optional.ofNullable(answers.get(key));
  }

  void remember(String key, Answer answer) {
    put(answers, key, answer);
  }

  /**
   * Steps that become seeds when the build that found them ends ({@link #endBuild}), so that what a
   * build's variants, laid out in parallel, start from does not depend on which finished first.
   */
  private final Map<String, Integer> nextBuild = new ConcurrentHashMap<>();

  Optional<Integer> seed(String key) {
    return Optional.ofNullable(seeds.get(key));
  }

  void seed(String key, int step) {
    put(seeds, key, step);
  }

  /** Into a memory that forgets everything when full: a few pages are kept, not every edit. */
  private <V> void put(Map<String, V> memory, String key, V value) {
    if (!remembers) {
      return;
    }
    if (memory.size() >= CAPACITY) {
      memory.clear();
    }
    memory.put(key, value);
  }

  void seedNextBuild(String key, int step) {
    if (remembers) {
      nextBuild.put(key, step);
    }
  }

  /** A build has ended: the steps it left for the next build are seeds now. */
  public void endBuild() {
    nextBuild.forEach(this::seed);
    nextBuild.clear();
  }

  /**
   * What this memory holds, as text for a later process (a cold {@code vitae build} of the same
   * résumé): the answers and steps, under the name of the code and fonts that laid them out.
   *
   * @param maker names what the layouts depended on besides the XHTML (vitae's code with its
   *     templates and fonts, the JDK): {@link #restore} takes nothing written under another name
   */
  public String text(String maker) {
    StringBuilder out = new StringBuilder(HEADER).append('\n');
    out.append("maker ").append(oneLine(maker)).append('\n');
    answers.forEach(
        (key, a) ->
            out.append(
                String.join(
                    " ",
                    "answer",
                    key,
                    Integer.toString(a.position()),
                    Integer.toString(a.layouts()),
                    Double.toString(a.spread()) + "\n")));
    seeds.forEach((key, step) -> out.append("seed " + key + " " + step + "\n"));
    return out.toString();
  }

  /**
   * Adds what {@link #text} wrote under the same {@code maker}, keeping what this memory already
   * knows; takes nothing from other text (another version of vitae, a damaged file): a memory only
   * saves layouts, and without it every fit searches.
   */
  public void restore(String text, String maker) {
    if (!remembers) {
      return;
    }
    List<String> lines = text.lines().toList();
    if (lines.size() < 2
        || !lines.get(0).equals(HEADER)
        || !lines.get(1).equals("maker " + oneLine(maker))) {
      return;
    }
    Map<String, Answer> readAnswers = new HashMap<>();
    Map<String, Integer> readSeeds = new HashMap<>();
    for (String line : lines.subList(2, lines.size())) {
      String[] f = line.split(" ", -1);
      try {
        if (f.length == 5 && f[0].equals("answer") && isKey(f[1])) {
          readAnswers.put(
              f[1],
              new Answer(Integer.parseInt(f[2]), Integer.parseInt(f[3]), Double.parseDouble(f[4])));
        } else if (f.length == 3 && f[0].equals("seed") && isKey(f[1])) {
          readSeeds.put(f[1], Integer.parseInt(f[2]));
        } else {
          return;
        }
      } catch (NumberFormatException e) {
        return;
      }
    }
    readAnswers.forEach((k, a) -> answers.putIfAbsent(k, a));
    readSeeds.forEach((k, s) -> seeds.putIfAbsent(k, s));
    if (answers.size() > CAPACITY || seeds.size() > CAPACITY) {
      answers.clear();
      seeds.clear();
    }
  }

  private static boolean isKey(String s) {
    return s.length() == 64 && s.chars().allMatch(c -> Character.digit(c, 16) >= 0);
  }

  private static String oneLine(String s) {
    return s.replaceAll("\\R", " ");
  }

  /**
   * The key of a résumé whatever its content: the digest of its mode, paper, person and title (the
   * digest, so that the memory's file names nobody).
   */
  static String seedKey(FitMode mode, ResumeView view) {
    return sha256(String.join("\u0000", mode.name(), view.paper(), view.name(), view.label()));
  }

  /** The key of the last résumé fitted in this mode on this paper, whoever it was of. */
  static String seedKey(FitMode mode, String paper) {
    return sha256(String.join("\u0000", mode.name(), paper));
  }

  /** The key of a page: its mode and the digest of its XHTML at the tightest density. */
  static String key(FitMode mode, String tightestXhtml) {
    return sha256(mode.name() + "\u0000" + tightestXhtml);
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
