package dev.vitae.fit;

import dev.vitae.model.FitMode;
import dev.vitae.view.ResumeView;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
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

  boolean remembers() {
    return remembers;
  }

  Optional<Answer> recall(String key) {
    return Optional.ofNullable(answers.get(key));
  }

  void remember(String key, Answer answer) {
    if (!remembers) {
      return;
    }
    if (answers.size() >= CAPACITY) {
      answers.clear();
    }
    answers.put(key, answer);
  }

  Optional<Integer> seed(String key) {
    return Optional.ofNullable(seeds.get(key));
  }

  void seed(String key, int step) {
    if (!remembers) {
      return;
    }
    if (seeds.size() >= CAPACITY) {
      seeds.clear();
    }
    seeds.put(key, step);
  }

  /** The key of a résumé whatever its content: its mode, paper, person and title. */
  static String seedKey(FitMode mode, ResumeView view) {
    return String.join("\u0000", mode.name(), view.paper(), view.name(), view.label());
  }

  /** The key of a page: its mode and the digest of its XHTML at the tightest density. */
  static String key(FitMode mode, String tightestXhtml) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(mode.name().getBytes(StandardCharsets.UTF_8));
      sha.update((byte) 0);
      return HexFormat.of().formatHex(sha.digest(tightestXhtml.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
