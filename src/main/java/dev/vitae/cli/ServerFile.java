package dev.vitae.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.Set;

/**
 * {@code .vitae/server} in the project's folder: where a running {@code vitae serve} listens and
 * the token a request must carry, one line {@code PORT TOKEN PID}, readable by its owner only (mode
 * 0600).
 */
record ServerFile(int port, String token, long pid) {

  static final String NAME = ".vitae/server";

  private static final Set<PosixFilePermission> OWNER_ONLY =
      PosixFilePermissions.fromString("rw-------");

  static Path in(Path folder) {
    return folder.resolve(NAME);
  }

  /** Writes the file in {@code folder} in one rename, mode 0600 from its creation on. */
  void write(Path folder) throws IOException {
    Path file = in(folder);
    Path dir = Files.createDirectories(file.getParent());
    Path partial = dir.resolve("server." + pid + ".part");
    Files.deleteIfExists(partial);
    Files.createFile(partial, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
    Files.setPosixFilePermissions(partial, OWNER_ONLY);
    Files.writeString(partial, port + " " + token + " " + pid + "\n", StandardCharsets.UTF_8);
    Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
  }

  /** The file in {@code folder}; empty when there is none or it is not one. */
  static Optional<ServerFile> read(Path folder) {
    try {
      String[] parts = Files.readString(in(folder), StandardCharsets.UTF_8).strip().split(" ", -1);
      if (parts.length == 3 && parts[0].matches("\\d{1,5}") && parts[2].matches("\\d{1,19}")) {
        return Optional.of(
            new ServerFile(Integer.parseInt(parts[0]), parts[1], Long.parseLong(parts[2])));
      }
      return Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /** Whether {@code folder}'s file is still this one (not removed, not another server's). */
  boolean isCurrent(Path folder) {
    return read(folder).filter(this::equals).isPresent();
  }

  /** Removes {@code folder}'s file if it is this one. */
  void removeFrom(Path folder) throws IOException {
    if (isCurrent(folder)) {
      Files.deleteIfExists(in(folder));
    }
  }
}
