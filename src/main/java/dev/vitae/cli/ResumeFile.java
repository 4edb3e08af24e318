package dev.vitae.cli;

import java.nio.file.Path;
import picocli.CommandLine.Parameters;

/** {@code [FILE]}: the resume.yaml a command reads. */
final class ResumeFile {

  @Parameters(
      index = "0",
      arity = "0..1",
      defaultValue = "resume.yaml",
      paramLabel = "FILE",
      description = "the résumé (default: ${DEFAULT-VALUE})")
  Path file;
}
