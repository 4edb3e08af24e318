package dev.vitae.cli;

import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * Prints the shell completion script: picocli's, which completes commands, flags and the values of
 * closed choices ({@code --only}, {@code --paper}, {@code --theme}, {@code --format}), with one
 * change: after {@code --variant} it asks {@code vitae variants --names} for the variants of the
 * resume.yaml in the current folder, which no script written in advance can know.
 */
@Command(
    name = "generate-completion",
    mixinStandardHelpOptions = true,
    description = {
      "Print a bash/zsh completion script: commands, flags, the values of closed choices, and the",
      "variants of ./resume.yaml after --variant."
    },
    footer = {
      "",
      "Examples:",
      "  vitae generate-completion > vitae-completion.bash",
      "  source <(vitae generate-completion)    in ~/.bashrc or ~/.zshrc"
    })
final class CompletionCommand implements Callable<Integer> {

  /** What picocli writes for an option with no values to offer. */
  static final String NO_VALUES = "    '--variant')\n      return\n      ;;\n";

  static final String VARIANTS =
      "    '--variant')\n"
          + "      local IFS=$'\\n'\n"
          + "      COMPREPLY=( $(compgen -W \"$(vitae variants --names 2>/dev/null)\" --"
          + " \"${curr_word}\") )\n"
          + "      return $?\n"
          + "      ;;\n";

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    String script = AutoComplete.bash("vitae", spec.root().commandLine());
    spec.commandLine().getOut().print(script.replace(NO_VALUES, VARIANTS));
    spec.commandLine().getOut().flush();
    return 0;
  }
}
