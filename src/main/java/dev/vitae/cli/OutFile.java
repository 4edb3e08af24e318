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

/**
 * The {@code --out FILE} of a command that writes one file ({@code export}, {@code schema}): never
 * over an existing file unless {@code --force} is given, and then whole or not at all (written
 * beside it, then moved over it in one step).
 */
final class OutFile {

  private OutFile() {}

  /**
   * Writes {@code text} to {@code out} and says so.
   *
   * @throws Failure when {@code out} exists (without {@code force}), is a folder, or cannot be
   *     written; nothing is written then
   */
  static void write(Path out, String text, boolean force, PrintWriter stdout) {
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
