package dev.vitae.pipeline;

import dev.vitae.check.CheckReport;
import dev.vitae.check.ReadBack;
import dev.vitae.fit.FitReport;
import dev.vitae.view.Density;
import dev.vitae.view.ResumeView;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@code out/.vitae/verified}: what the last builds into an output folder made and read back, for
 * the next build into it: each résumé PDF by everything it is made from, with the fit that made it,
 * and the report of each file read back by its name, bytes and expectation. A cold build of an
 * unchanged résumé takes the PDF the last build committed and its report instead of laying the page
 * out and reading it back again: the same view, template, fit mode, file name, date and archival
 * flag are written as the same bytes (the golden tests hold vitae to that), and the same bytes read
 * back the same. A cache, as the fit memory is ({@link FitFile}): read only when the same code,
 * fonts and JDK wrote it and for a PDF still as it was written; a file that cannot be read or
 * written costs the work it would have saved, never the build. Safe for the threads of one build.
 */
final class Verified {

  static final String NAME = "verified";
  private static final int MOST = 64;

  /**
   * A résumé PDF as committed: its file in the build, its digest and pages, its fit, the density it
   * was set at and the digest of the fitted view (what makes it again from the view).
   */
  record Resume(
      String file, String sha256, int pages, FitReport fit, Density density, String fittedView) {}

  private final Optional<Path> out;
  private final Map<String, Resume> resumes = new ConcurrentHashMap<>();
  private final Map<String, CheckReport> reports = new ConcurrentHashMap<>();
  private final Map<String, Resume> madeResumes = new ConcurrentHashMap<>();
  private final Map<String, CheckReport> madeReports = new ConcurrentHashMap<>();

  private Verified(Optional<Path> out) {
    this.out = out;
  }

  /** Nothing kept, nothing recorded: for builds whose layout depends on files that can change. */
  static Verified none() {
    return new Verified(Optional.empty());
  }

  /** What the last builds into {@code out} left; nothing when it cannot be read. */
  static Verified restore(Path out) {
    Verified verified = new Verified(Optional.of(out));
    Path file = out.resolve(BuildStore.NAME).resolve(NAME);
    Optional<String> maker = FitFile.maker();
    try {
      if (maker.isPresent()
          && Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)
          && Files.size(file) < 1 << 22) {
        VerifiedText.read(
            Files.readString(file, StandardCharsets.UTF_8),
            maker.get(),
            verified.resumes::put,
            verified.reports::put);
      }
    } catch (IOException | RuntimeException e) {
      // not readable, or not this format: this build lays out and reads back
      verified.resumes.clear();
      verified.reports.clear();
    }
    return verified;
  }

  /** The key of a résumé: the digest of everything its PDF is made from. */
  static String key(WrittenResumes.Key key) {
    return ValueDigest.of(key);
  }

  /** The key of a report: the digest of the file's name, its bytes' digest and the expectation. */
  static String key(ReadBack readBack, String file, String sha256) {
    return ValueDigest.of(file, sha256, readBack);
  }

  /**
   * The résumé the last build committed for {@code key}, fitted from {@code view} as it was then;
   * empty when there is none, or its PDF is no longer the one written.
   */
  Optional<ResumePdf.Made> resume(String key, ResumeView view, String fileName, long millis) {
    Resume kept = resumes.get(key);
    if (kept == null || out.isEmpty() || !kept.file().equals(fileName)) {
      return Optional.empty();
    }
    ResumeView fitted = FitReport.without(view, kept.fit().refs()).withDensity(kept.density());
    if (!digest(fitted).equals(kept.fittedView())) {
      return Optional.empty();
    }
    // taken only with the report of reading these very bytes back as this build would, and only
    // when it found nothing wrong: a PDF that failed, or any other, is made and read anew
    CheckReport report =
        reports.get(key(ResumePdf.readBack(fitted, false), fileName, kept.sha256()));
    if (report == null || !report.ok()) {
      return Optional.empty();
    }
    Optional<byte[]> bytes = committed(out.get(), fileName, kept.sha256());
    if (bytes.isEmpty()) {
      return Optional.empty();
    }
    madeResumes.put(key, kept);
    Document pdf = new Document(fileName, "resume.pdf", bytes.get(), kept.pages(), millis);
    return Optional.of(new ResumePdf.Made(pdf, kept.fit(), fitted));
  }

  /** Records a résumé this build made, for the next. */
  void made(String key, ResumePdf.Made made) {
    if (out.isPresent()) {
      Document pdf = made.pdf();
      madeResumes.put(
          key,
          new Resume(
              pdf.fileName(),
              Manifest.sha256(pdf.bytes()),
              pdf.pages(),
              made.report(),
              made.view().density(),
              digest(made.view())));
    }
  }

  /** The report the last builds read for {@code key}, when it found nothing wrong. */
  Optional<CheckReport> report(String key) {
    CheckReport kept = reports.get(key);
    if (kept == null || !kept.ok()) {
      return Optional.empty(); // one that found something wrong is read again
    }
    madeReports.put(key, kept);
    return Optional.of(kept);
  }

  /** Records a report of this build, for the next. */
  void reported(String key, CheckReport report) {
    if (out.isPresent()) {
      madeReports.put(key, report);
    }
  }

  /**
   * Leaves what this build made and read in {@code out} for the next build, with what the builds
   * before left (a partial build keeps the others' files), the oldest dropped beyond a few dozen;
   * replaces the last file in one step.
   */
  void save() {
    Optional<String> maker = FitFile.maker();
    if (out.isEmpty() || maker.isEmpty()) {
      return;
    }
    BuildStore.replaceCache(
        out.get(),
        NAME,
        VerifiedText.write(
            maker.get(), newest(resumes, madeResumes), newest(reports, madeReports)));
  }

  /** This build's entries, then as many of the earlier ones as fit. */
  private static <V> Map<String, V> newest(Map<String, V> earlier, Map<String, V> made) {
    Map<String, V> out = new LinkedHashMap<>(made);
    for (Map.Entry<String, V> e : earlier.entrySet()) {
      if (out.size() >= MOST) {
        break;
      }
      out.putIfAbsent(e.getKey(), e.getValue());
    }
    return out;
  }

  /** The bytes of {@code file} in the build {@code out/} shows, when they are still these. */
  private static Optional<byte[]> committed(Path out, String file, String sha256) {
    if (file.contains("..") || Path.of(file).isAbsolute()) {
      return Optional.empty();
    }
    Path path = out.resolve(BuildStore.linkTarget(file));
    try {
      if (!Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)
          || !path.toRealPath().startsWith(out.resolve(BuildStore.NAME).toRealPath())
          || Files.size(path) > 1 << 26) {
        return Optional.empty(); // a link on the way out of out/.vitae is not followed
      }
      byte[] bytes = Files.readAllBytes(path);
      return Manifest.sha256(bytes).equals(sha256) ? Optional.of(bytes) : Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  private static String digest(ResumeView view) {
    return ValueDigest.of(view);
  }
}
