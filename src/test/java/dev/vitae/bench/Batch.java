package dev.vitae.bench;

import dev.vitae.cli.Main;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Many résumés in one JVM, the batch row of {@code scripts/bench}: {@code vitae build FILE --only
 * resume --quiet} through {@link Main#run} N times, each into its own folder and with nothing kept
 * from the build before (no fit remembered, as for N different résumés), against Typst setting
 * {@code bench/batch.typ}. Run: {@code java -cp "target/test-classes:target/classes:$(cat
 * target/bench.classpath)" dev.vitae.bench.Batch resume.yaml OUT_DIR 100}.
 */
public final class Batch {

  private Batch() {}

  public static void main(String[] args) {
    Path resume = Path.of(args[0]);
    Path out = Path.of(args[1]);
    int count = Integer.parseInt(args[2]);
    PrintWriter quiet = new PrintWriter(Writer.nullWriter());
    PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    for (int i = 1; i <= count; i++) {
      String folder = out.resolve(String.valueOf(i)).toString();
      int code =
          Main.run(
              quiet,
              err,
              "build",
              resume.toString(),
              "--only",
              "resume",
              "--quiet",
              "--out",
              folder);
      if (code != 0) {
        throw new IllegalStateException("build " + i + " of " + count + " exited " + code);
      }
    }
  }
}
