package dev.vitae.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** {@code --variant NAME}, repeatable: which of resume.yaml's variants a command works on. */
final class VariantNames {

  @Option(
      names = "--variant",
      paramLabel = "NAME",
      description = "only this variant (repeatable; default: the base résumé and every variant)")
  List<String> variants = new ArrayList<>();
}
