package dev.vitae.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/** {@code --set PATH=VALUE}, repeatable; kept in the order given, since later flags win. */
final class SetFlags {

  @Option(
      names = "--set",
      paramLabel = "PATH=VALUE",
      mapFallbackValue = "",
      description =
          "override one value, e.g. --set basics.label=\"Platform Engineer\" (flags win over the YAML)")
  Map<String, String> sets = new LinkedHashMap<>();
}
