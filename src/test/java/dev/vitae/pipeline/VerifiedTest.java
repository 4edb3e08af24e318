package dev.vitae.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vitae.Samples;
import dev.vitae.check.CheckReport;
import dev.vitae.fit.FitMemory;
import dev.vitae.fit.FitReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build leaves its résumé PDFs and read-back reports in {@code out/.vitae/verified}, and the next
 * process building the same résumé into the same folder takes them instead of laying the page out
 * and reading it back: only while the PDF is the one written, the résumé is unchanged and the same
 * code wrote the file; a damaged file costs nothing but the work.
 */
class VerifiedTest {

  private static final String PDF = "Tushar-Resume.pdf";

  @TempDir Path dir;
  private SampleFolder sample;
  private Path file;
  private Path out;

  @BeforeEach
  void copySample() throws IOException {
    sample = new SampleFolder(dir);
    file = sample.file;
    out = sample.out;
  }

  private BuildResult.Built coldBuild() {
    return sample.coldBuild(FitMemory.create());
  }

  private Path verified() {
    return sample.store(Verified.NAME);
  }

  private Path committed() {
    return out.resolve(BuildStore.linkTarget(PDF));
  }

  private static byte[] resumePdf(BuildResult.Built built) {
    return Letters.file(built, PDF).bytes();
  }

  private static List<CheckReport> checks(BuildResult.Built built) {
    return built.builds().stream().flatMap(b -> b.checks().stream()).toList();
  }

  /** Puts other bytes where the last build committed the résumé, as a user's editor might. */
  private byte[] replaceCommitted(String trailer) throws IOException {
    byte[] bytes = Files.readAllBytes(committed());
    byte[] other = Arrays.copyOf(bytes, bytes.length + trailer.length());
    System.arraycopy(
        trailer.getBytes(StandardCharsets.US_ASCII), 0, other, bytes.length, trailer.length());
    Files.delete(committed());
    Files.write(committed(), other);
    return other;
  }

  /** Rewrites the file with {@code from} replaced, all of it. */
  private void rewrite(String from, String to) throws IOException {
    String text = Files.readString(verified(), StandardCharsets.UTF_8);
    assertThat(text).contains(from);
    Files.writeString(verified(), text.replace(from, to), StandardCharsets.UTF_8);
  }

  @Test
  void theNextColdBuildTakesThePdfTheLastOneCommitted() throws IOException {
    BuildResult.Built first = coldBuild();
    String text = Files.readString(verified(), StandardCharsets.UTF_8);
    assertThat(text).startsWith("vitae verified 2\n").doesNotContain("Tushar");
    assertThat(Manifest.sha256(resumePdf(first)))
        .isEqualTo(Manifest.sha256(Files.readAllBytes(committed())));

    // its fit marked as of 99 layouts, as vitae would write it: taken, not laid out again
    markLayouts();
    BuildResult.Built second = coldBuild();
    assertThat(resumePdf(second)).isEqualTo(resumePdf(first));
    assertThat(second.builds().get(0).fit().orElseThrow().layouts()).isEqualTo(99);
  }

  /** Writes the file anew as vitae would, each résumé's fit said to have taken 99 layouts. */
  private void markLayouts() throws IOException {
    rewriteAsVitae(
        r -> {
          FitReport f = r.fit();
          return new Verified.Resume(
              r.file(),
              r.sha256(),
              r.pages(),
              new FitReport(f.step(), f.bodyPt(), 99, f.fill(), f.dropped(), f.refs()),
              r.density(),
              r.fittedView());
        },
        c -> c);
  }

  /** Writes the file anew as vitae would, every report with these problems and warnings. */
  private void rewriteReports(List<String> problems, List<String> warnings) throws IOException {
    rewriteAsVitae(
        r -> r,
        c ->
            new CheckReport(
                c.file(),
                c.pages(),
                c.fonts(),
                c.bytes(),
                problems,
                warnings,
                c.fields(),
                c.readAsHeadings()));
  }

  private void rewriteAsVitae(
      UnaryOperator<Verified.Resume> resume, UnaryOperator<CheckReport> report) throws IOException {
    String maker = FitFile.maker().orElseThrow();
    Map<String, Verified.Resume> resumes = new LinkedHashMap<>();
    Map<String, CheckReport> reports = new LinkedHashMap<>();
    VerifiedText.read(
        Files.readString(verified(), StandardCharsets.UTF_8),
        maker,
        (k, r) -> resumes.put(k, resume.apply(r)),
        (k, c) -> reports.put(k, report.apply(c)));
    Files.writeString(verified(), VerifiedText.write(maker, resumes, reports));
  }

  @Test
  void anEntryEditedByHandIsNotTaken() throws IOException {
    BuildResult.Built first = coldBuild();
    String text = Files.readString(verified(), StandardCharsets.UTF_8);
    String[] lines = text.split("\n");
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].startsWith("resume ")) {
        String[] w = lines[i].split(" ");
        w[4] = "2"; // its pages
        lines[i] = String.join(" ", w);
      }
    }
    Files.writeString(verified(), String.join("\n", lines) + "\n");
    BuildResult.Built second = coldBuild();
    assertThat(Letters.file(second, PDF).pages()).isEqualTo(1);
    assertThat(second.builds().get(0).fit()).isEqualTo(first.builds().get(0).fit());
  }

  @Test
  void aReportThatFoundProblemsIsNotTakenTheFileIsReadAgain() throws IOException {
    coldBuild();
    rewriteReports(List.of("planted"), List.of());
    BuildResult.Built second = coldBuild();
    assertThat(checks(second)).isNotEmpty().allMatch(CheckReport::ok);
  }

  @Test
  void aLinkOutOfTheStoreIsNotFollowed() throws IOException {
    BuildResult.Built first = coldBuild();
    markLayouts();
    Path current = out.resolve(".vitae").resolve("current");
    Path build = current.toRealPath();
    Path outside = dir.resolve("outside");
    Files.move(build, outside);
    Files.delete(current);
    Files.createSymbolicLink(current, outside);
    BuildResult.Built second = coldBuild();
    assertThat(resumePdf(second)).isEqualTo(resumePdf(first));
    assertThat(second.builds().get(0).fit()).isEqualTo(first.builds().get(0).fit());
  }

  @Test
  void theNextColdBuildTakesTheReportsTheLastOneRead() throws IOException {
    BuildResult.Built first = coldBuild();
    assertThat(checks(first)).allMatch(CheckReport::ok);
    rewriteReports(List.of(), List.of("read by the last build"));
    BuildResult.Built second = coldBuild();
    assertThat(checks(second)).hasSameSizeAs(checks(first));
    assertThat(checks(second)).allMatch(c -> c.warnings().contains("read by the last build"));
    assertThat(second.builds().get(0).warnings()).contains(PDF + ": read by the last build");
  }

  @Test
  void aPdfChangedSinceItWasCommittedIsMadeAgain() throws IOException {
    BuildResult.Built first = coldBuild();
    replaceCommitted("%edited\n");
    assertThat(resumePdf(coldBuild())).isEqualTo(resumePdf(first));
  }

  @Test
  void anEditedResumeIsMadeAgain() throws IOException {
    BuildResult.Built first = coldBuild();
    String edited =
        new String(Samples.bytes(), StandardCharsets.UTF_8)
            .replaceFirst("label: \"[^\"]*\"", "label: \"Staff Engineer\"");
    Files.writeString(file, edited, StandardCharsets.UTF_8);
    BuildResult.Built second = coldBuild();
    assertThat(resumePdf(second)).isNotEqualTo(resumePdf(first));
    Path fresh = dir.resolve("fresh");
    byte[] made =
        Letters.file(
                Letters.built(
                    Pipeline.shipped(FitMemory.none()).build(BuildRequest.of(file, fresh))),
                PDF)
            .bytes();
    assertThat(resumePdf(second)).isEqualTo(made);
  }

  @Test
  void aDamagedFileOrOneOfOtherCodeIsNotRead() throws IOException {
    BuildResult.Built first = coldBuild();
    byte[] planted = replaceCommitted("%planted\n");
    rewrite(Manifest.sha256(resumePdf(first)), Manifest.sha256(planted));
    String text = Files.readString(verified(), StandardCharsets.UTF_8);
    String otherMaker =
        java.util.Base64.getEncoder()
            .withoutPadding()
            .encodeToString("vitae 0.1".getBytes(StandardCharsets.UTF_8));
    Files.writeString(verified(), text.replaceFirst("(?m)^maker \\S+", "maker " + otherMaker));
    assertThat(Files.readString(verified(), StandardCharsets.UTF_8)).contains(otherMaker);
    assertThat(resumePdf(coldBuild())).isEqualTo(resumePdf(first));

    Files.writeString(verified(), text.substring(0, text.length() / 2));
    assertThat(resumePdf(coldBuild())).isEqualTo(resumePdf(first));
    Map<String, Verified.Resume> written = new LinkedHashMap<>();
    VerifiedText.read(
        Files.readString(verified(), StandardCharsets.UTF_8),
        FitFile.maker().orElseThrow(),
        written::put,
        (k, c) -> {});
    assertThat(written.values())
        .as("written anew, one résumé a profile")
        .hasSize(first.builds().size())
        .filteredOn(r -> r.file().equals(PDF))
        .singleElement()
        .extracting(Verified.Resume::sha256)
        .isEqualTo(Manifest.sha256(resumePdf(first)));
  }

  @Test
  void aBuildWithItsOwnTemplatesNeitherReadsNorWritesOne() throws IOException {
    Path templates = Files.createDirectory(dir.resolve("templates"));
    BuildRequest own = BuildRequest.of(file, out).withTemplates(templates);
    Letters.built(Pipeline.shipped(FitMemory.create()).build(own));
    assertThat(verified()).doesNotExist();

    BuildResult.Built shipped = coldBuild();
    byte[] planted = replaceCommitted("%planted\n");
    rewrite(Manifest.sha256(resumePdf(shipped)), Manifest.sha256(planted));
    BuildResult.Built ownAgain = Letters.built(Pipeline.shipped(FitMemory.create()).build(own));
    assertThat(resumePdf(ownAgain)).isEqualTo(resumePdf(shipped));
  }
}
