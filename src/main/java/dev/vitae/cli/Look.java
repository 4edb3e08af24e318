package dev.vitae.cli;

import dev.vitae.model.Theme;
import dev.vitae.view.Paper;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Optional;
import picocli.CommandLine.Option;

/** {@code --paper}, {@code --theme}, {@code --templates}: how the documents look. */
final class Look {

  @Option(
      names = "--paper",
      defaultValue = "letter",
      paramLabel = "SIZE",
      description = "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE})")
  Paper paper;

  @Option(
      names = "--theme",
      paramLabel = "NAME",
      completionCandidates = ShippedThemes.class,
      description =
          "the look of every résumé PDF: modern or classic, or resume-NAME.ftlx in --templates (wins over the YAML)")
  String theme;

  @Option(
      names = "--templates",
      paramLabel = "DIR",
      description = "a folder of your own FreeMarker templates, used before the shipped ones")
  Path templates;

  /** What the shell completes after {@code --theme}: the shipped themes. */
  static final class ShippedThemes implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return Theme.SHIPPED.stream().map(Theme::name).iterator();
    }
  }

  Optional<Path> templates() {
    return Optional.ofNullable(templates);
  }
}
