package dev.vitae.pipeline;

import dev.vitae.model.DocumentKind;
import dev.vitae.model.Letter;
import dev.vitae.model.Recipient;
import dev.vitae.tailor.Profile;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/** Cover letters for the tests, and builds of them through the one entry point. */
final class Letters {

  static final List<String> PARAGRAPHS =
      List.of(
          "I am applying for the Backend Engineer role on Acme's payments team. For six years I"
              + " have built and run the services that move money and messages for millions of"
              + " users, and your posting reads like a description of the work I enjoy most.",
          "At my current company I designed the idempotent ledger service that settles 2.1"
              + " million transactions a day, cut the p99 latency of the payment API from 840 ms"
              + " to 190 ms, and led the move of twelve services to event-driven workflows"
              + " without a single hour of downtime.",
          "I would welcome the chance to talk about how I could help Acme's payments platform"
              + " grow safely. Thank you for your time and consideration.");

  static final Recipient RECIPIENT =
      new Recipient(
          "Dana Rivera",
          "Engineering Manager, Payments",
          null,
          List.of("500 Market Street", "San Francisco, CA 94105"));

  static final Letter LETTER = new Letter(RECIPIENT, "Dear Ms. Rivera,", PARAGRAPHS, null);

  static final LocalDate DATE = LocalDate.of(2026, 12, 2);

  private Letters() {}

  static CoverLetter cover(Letter letter) {
    return new CoverLetter(
        letter,
        "Acme Corp",
        "Backend Engineer",
        DATE,
        List.of(DocumentKind.RESUME, DocumentKind.DOSSIER));
  }

  /** Only the given documents of the base profile of {@code file}, with {@code letter}. */
  static BuildRequest request(Path file, Path out, CoverLetter letter, String... only) {
    return request(file, out, only).withLetter(letter);
  }

  /** Only the given documents of the base profile of {@code file}, without a letter. */
  static BuildRequest request(Path file, Path out, String... only) {
    return BuildRequest.of(file, out)
        .withFlags(new Profile.Flags(List.of(), List.of(), List.of(only), List.of()));
  }

  /** The committed build, or an assertion error naming the problems. */
  static BuildResult.Built built(BuildResult result) {
    if (result instanceof BuildResult.Built b) {
      return b;
    }
    throw new AssertionError("build failed: " + ((BuildResult.Failed) result).problems());
  }

  /** One written document by file name. */
  static Document file(BuildResult.Built built, String name) {
    return built.written().stream()
        .filter(d -> d.fileName().equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError("not written: " + name));
  }
}
