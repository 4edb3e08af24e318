package dev.vitae.cli;

import dev.vitae.model.DocumentKind;
import dev.vitae.model.Keyed;
import java.util.ArrayList;
import java.util.Iterator;
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
      completionCandidates = DocumentKeys.class,
      description = "documents to write: ${COMPLETION-CANDIDATES}")
  List<DocumentKind> only = new ArrayList<>();

  /** The documents as {@code --only} and resume.yaml write them. */
  static final class DocumentKeys implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return Keyed.keys(DocumentKind.class).iterator();
    }
  }

  List<String> onlyKeys() {
    return only.stream().map(Keyed::key).toList();
  }
}
