package dev.vitae.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vitae.pipeline.Pipeline;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * A command line that names its subcommand gets a model of that one only (a cheaper cold start);
 * what it prints and does is what the whole model would: help, errors and the command list.
 */
class CommandModelTest {

  private static final Map<String, CommandLine> ALL =
      Main.commandLine(
              Main.today(),
              Pipeline.shipped(),
              new PrintWriter(new StringWriter()),
              new PrintWriter(new StringWriter()))
          .getSubcommands();

  @Test
  void eachSubcommandsHelpIsTheWholeModelsHelpOfIt() {
    assertThat(ALL).hasSize(VitaeCommand.SUBCOMMANDS.size());
    for (Map.Entry<String, CommandLine> command : ALL.entrySet()) {
      CliTest.Run help = CliTest.run(command.getKey(), "--help");
      assertThat(help.code()).as(command.getKey()).isZero();
      assertThat(help.out()).as(command.getKey()).isEqualTo(command.getValue().getUsageMessage());
    }
  }

  @Test
  void theModelOfOneSubcommandIsThatOneAlone() {
    CommandLine build =
        Main.commandLine(
            Main.today(),
            Pipeline.shipped(),
            new PrintWriter(new StringWriter()),
            new PrintWriter(new StringWriter()),
            "build",
            "--only",
            "resume");
    assertThat(build.getSubcommands()).containsOnlyKeys("build");
  }

  @Test
  void anUnknownOptionOfASubcommandIsReportedAsByTheWholeModel() {
    CliTest.Run r = CliTest.run("build", "--colour");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("Unknown option: '--colour'");
  }

  @Test
  void theTopLevelHelpAndAMistypedCommandStillKnowEveryCommand() {
    assertThat(CliTest.run("--help").out()).contains(ALL.keySet());
    CliTest.Run typo = CliTest.run("biuld");
    assertThat(typo.code()).isEqualTo(2);
    assertThat(typo.err()).contains("biuld", "build");
  }

  /**
   * picocli's own jar is compiled for Java 5, whose classes a JDK 25 AOT cache leaves out (and the
   * old verifier checks at every start); the build compiles its sources for vitae's release, and
   * those are the classes vitae runs with.
   */
  @Test
  void picocliRunsFromClassesCompiledForVitaesRelease() throws java.io.IOException {
    for (Class<?> type : new Class<?>[] {CommandLine.class, picocli.AutoComplete.class}) {
      String name = type.getSimpleName() + ".class";
      try (var in = java.util.Objects.requireNonNull(type.getResourceAsStream(name), name)) {
        byte[] head = in.readNBytes(8);
        assertThat((head[6] << 8) | (head[7] & 0xff))
            .as(name + " class file major version")
            .isGreaterThanOrEqualTo(65);
      }
      assertThat(type.getProtectionDomain().getCodeSource().getLocation().getPath())
          .as(name + " comes from vitae's own classes")
          .doesNotContain("picocli-");
    }
  }
}
