package dev.vitae.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vitae.load.LoadResult;
import dev.vitae.source.DiagnosticFormatter;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Variant names and {@code filename:} patterns become folders and files in {@code out/}: names that
 * would leave it, hide, carry spaces or collide are refused by {@code validate}, before anything is
 * laid out.
 */
class OutputNamesTest {

  static String report(String yaml) {
    LoadResult r = Vitae.read("resume.yaml", yaml.getBytes(StandardCharsets.UTF_8));
    assertThat(r).isInstanceOf(LoadResult.Failed.class);
    return DiagnosticFormatter.format(r.source(), r.diagnostics());
  }

  @Test
  void variantNamesThatLeaveOutOrAreNoFolderNameAreRefusedWithASuggestion() {
    assertThat(
            report(
                """
                basics:
                  name: Ada
                variants:
                  "../../pwned": {}
                  "/etc/cron.d/x": {}
                  "Back End": {}
                  "": {}
                  Platform: {}
                  platform: {}
                """))
        .isEqualTo(
            """
            resume.yaml:4:3: error: variant name '../../pwned' cannot be a folder name in out/
                  "../../pwned": {}
                  ^
              hint: use letters, digits, '-' and '_', e.g. 'pwned'
            resume.yaml:5:3: error: variant name '/etc/cron.d/x' cannot be a folder name in out/
                  "/etc/cron.d/x": {}
                  ^
              hint: use letters, digits, '-' and '_', e.g. 'etc-cron-d-x'
            resume.yaml:6:3: error: variant name 'Back End' cannot be a folder name in out/
                  "Back End": {}
                  ^
              hint: use letters, digits, '-' and '_', e.g. 'back-end'
            resume.yaml:7:3: error: a variant needs a name
                  "": {}
                  ^
              hint: use letters, digits, '-' and '_', e.g. 'variant-1'
            resume.yaml:9:3: error: variants 'Platform' and 'platform' differ only in capitals
                  platform: {}
                  ^
              hint: on macOS and Windows they would write into one folder; rename one of them
            5 errors
            """);
  }

  @Test
  void aFilenamePatternThatGivesTwoDocumentsOneNameOrAHiddenFileIsRefused() {
    assertThat(
            report(
                """
                basics:
                  name: Ada
                variants:
                  backend:
                    filename: "{name}-{variant}"
                  hidden:
                    filename: ".{document}"
                """))
        .isEqualTo(
            """
            resume.yaml:5:15: error: file name pattern '{name}-{variant}' gives the résumé and the dossier one name, 'Ada-backend'
                    filename: "{name}-{variant}"
                              ^
              hint: put {document} in it, e.g. {name}-{document}-{variant}
            resume.yaml:7:15: error: file name pattern '.{document}' gives the file name '.Resume'
                    filename: ".{document}"
                              ^
              hint: start it with {name} or a letter, e.g. {name}-{document}-{variant}
            2 errors
            """);
  }

  @Test
  void aFilenamePatternWithAnUnknownPlaceOrAnUnclosedBraceIsRefused() {
    assertThat(
            report(
                """
                basics:
                  name: Ada
                variants:
                  backend:
                    filename: "{name}-{documnet}"
                  platform:
                    filename: "{name}-{document"
                  sre:
                    filename: '{name}-{document}-{team}'
                """))
        .isEqualTo(
            """
            resume.yaml:5:15: error: unknown place '{documnet}' in file name pattern '{name}-{documnet}'
                    filename: "{name}-{documnet}"
                              ^
              hint: did you mean '{document}'?
            resume.yaml:7:15: error: file name pattern '{name}-{document': its braces do not pair up around place names
                    filename: "{name}-{document"
                              ^
              hint: a place is one of {name}, {document}, {variant}; e.g. {name}-{document}-{variant}
            resume.yaml:9:15: error: unknown place '{team}' in file name pattern '{name}-{document}-{team}'
                    filename: '{name}-{document}-{team}'
                              ^
              hint: the places are {name}, {document} and {variant}
            3 errors
            """);
  }
}
