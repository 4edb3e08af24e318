package dev.vitae.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * When {@code ./vitae} rebuilds its jar ({@code .mvn/stale.sh}): after any edit of what the jar is
 * built from, never for an installed jar without its sources.
 */
class LauncherStaleTest {

  private static final Path RULE = Path.of(".mvn/stale.sh").toAbsolutePath();
  private static final Instant BUILT = Instant.parse("2026-01-02T03:04:05Z");

  @TempDir Path root;

  @BeforeEach
  void aBuiltClone() throws IOException {
    Files.createDirectories(root.resolve("src/main/java/dev/vitae"));
    Files.createDirectories(root.resolve("templates"));
    Files.createDirectories(root.resolve("fonts"));
    Files.createDirectories(root.resolve("target"));
    Files.writeString(root.resolve("pom.xml"), "<project/>");
    Files.writeString(root.resolve("src/main/java/dev/vitae/A.java"), "class A {}");
    Files.writeString(root.resolve("templates/resume.ftlh"), "<p/>");
    Files.writeString(root.resolve("target/vitae.jar"), "jar");
    try (var paths = Files.walk(root)) {
      for (Path p : paths.toList()) {
        Files.setLastModifiedTime(p, FileTime.from(BUILT.minusSeconds(60)));
      }
    }
    Files.setLastModifiedTime(root.resolve("target/vitae.jar"), FileTime.from(BUILT));
  }

  @Test
  void aJarNewerThanEverySourceIsKept() throws Exception {
    assertThat(stale()).isFalse();
  }

  @Test
  void aMissingJarIsBuilt() throws Exception {
    Files.delete(root.resolve("target/vitae.jar"));
    assertThat(stale()).isTrue();
  }

  @Test
  void anEditedTemplateSourceOrPomRebuildsIt() throws Exception {
    for (String edited : new String[] {"templates/resume.ftlh", "src/main/java/dev/vitae/A.java"}) {
      Files.setLastModifiedTime(root.resolve(edited), FileTime.from(BUILT.plusSeconds(1)));
      assertThat(stale()).as(edited).isTrue();
      Files.setLastModifiedTime(root.resolve(edited), FileTime.from(BUILT.minusSeconds(60)));
    }
    Files.setLastModifiedTime(root.resolve("pom.xml"), FileTime.from(BUILT.plusSeconds(1)));
    assertThat(stale()).isTrue();
  }

  @Test
  void aRemovedSourceRebuildsIt() throws Exception {
    Path fonts = root.resolve("fonts");
    Files.writeString(fonts.resolve("Gone.ttf"), "font");
    Files.setLastModifiedTime(fonts.resolve("Gone.ttf"), FileTime.from(BUILT.minusSeconds(60)));
    Files.setLastModifiedTime(fonts, FileTime.from(BUILT.minusSeconds(60)));
    assertThat(stale()).isFalse();
    Files.delete(fonts.resolve("Gone.ttf"));
    Files.setLastModifiedTime(fonts, FileTime.from(BUILT.plusSeconds(1)));
    assertThat(stale()).isTrue();
  }

  @Test
  void anInstalledJarWithoutItsSourcesIsNeverRebuilt() throws Exception {
    Files.delete(root.resolve("pom.xml"));
    Files.setLastModifiedTime(
        root.resolve("templates/resume.ftlh"), FileTime.from(BUILT.plusSeconds(1)));
    assertThat(stale()).isFalse();
  }

  private boolean stale() throws IOException, InterruptedException {
    Process p =
        new ProcessBuilder(
                "bash", "-c", ". \"$0\"; vitae_jar_stale \"$1\"", RULE.toString(), root.toString())
            .inheritIO()
            .start();
    assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
    return p.exitValue() == 0;
  }
}
