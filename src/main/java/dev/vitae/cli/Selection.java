package dev.vitae.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code --variant}, {@code --tag}, {@code --exclude-tag}, {@code --only}: what to build. */
final class Selection {

  @Mixin VariantNames variants;

  @Option(
      names = "--tag",
      split = ",",
      paramLabel = "TAG",
      description = "keep only tagged entries with one of these tags (untagged entries stay)")
  List<String> tags = new ArrayList<>();

  @Option(
      names = "--exclude-tag",
      split = ",",
      paramLabel = "TAG",
      description = "drop entries with these tags")
  List<String> excludeTags = new ArrayList<>();

  @Option(
      names = "--only",
      split = ",",
      paramLabel = "DOC",
      description = "documents to write: resume, dossier, text")
  List<String> only = new ArrayList<>();
}
