package dev.vitae.cli;

import dev.vitae.pipeline.Problem;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/**
 * The {@code --out FILE} and {@code --force} of a command that writes one file ({@code export},
 * {@code schema}), a picocli mixin: without {@code --out} the text is printed; an existing file is
 * never replaced unless {@code --force} is given, and then whole or not at all (written beside it,
 * then moved over it in one step).
 */
final class OutFile {

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description = "write to this file instead of printing")
  @Nullable Path out;

  @Option(
      names = "--force",
      description = "replace the --out file when it exists (without it, an existing file is kept)")
  boolean force;

  /**
   * Prints {@code text}, or writes it to the {@code --out} file and says so.
   *
   * @throws Failure when that file exists (without {@code --force}), is a folder, or cannot be
   *     written; nothing is written then
   */
  void write(String text, PrintWriter stdout) {
    Path out = this.out;
    if (out == null) {
      stdout.print(text);
      stdout.flush();
      return;
    }
    try {
      if (out.getParent() != null) {
        Files.createDirectories(out.getParent());
      }
      if (Files.isDirectory(out)) {
        throw Failure.of(
            new Problem.Environment(
                out,
                out + " is a folder; nothing written",
                "name a file inside it, e.g. --out " + out + "/NAME.json"));
      }
      if (!force) {
        Files.writeString(out, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
      } else {
        Path partial = Files.createTempFile(out.toAbsolutePath().getParent(), ".vitae-", ".part");
        try {
          Files.writeString(partial, text, StandardCharsets.UTF_8);
          Files.move(
              partial, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
          Files.deleteIfExists(partial);
        }
      }
    } catch (FileAlreadyExistsException e) {
      throw Failure.of(
          new Problem.Environment(
              out,
              out + " already exists; nothing written",
              "add --force to replace it, or name another file with --out"));
    } catch (AccessDeniedException e) {
      throw Failure.of(
          new Problem.Environment(
              out,
              "cannot write " + out + ": permission denied",
              "choose a folder you can write to, or change its permissions"));
    } catch (IOException e) {
      throw Failure.of(Errors.cannotWrite(out, e));
    }
    stdout.println("wrote " + out);
  }
}
