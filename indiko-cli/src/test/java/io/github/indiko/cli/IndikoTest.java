package io.github.indiko.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IndikoTest {
  @Test
  void execute_noCommand_exits2() {
    CliRun run = CliRun.run();

    assertThat(run.exitCode()).isEqualTo(Indiko.USAGE);
    assertThat(run.err()).startsWith("indiko: a command is missing").contains("indiko --help");
  }

  @Test
  void execute_unknownCommand_exits2() {
    CliRun run = CliRun.run("publish", "--out", "x");

    assertThat(run.exitCode()).isEqualTo(Indiko.USAGE);
    assertThat(run.err()).startsWith("indiko: ");
  }

  @Test
  void execute_unknownOption_exits2NamingIt() {
    CliRun run = CliRun.run("validate", "--bogus", "somewhere");

    assertThat(run.exitCode()).isEqualTo(Indiko.USAGE);
    assertThat(run.err()).contains("'--bogus'").contains("indiko validate --help");
  }

  @Test
  void execute_missingParameter_exits2() {
    CliRun run = CliRun.run("validate");

    assertThat(run.exitCode()).isEqualTo(Indiko.USAGE);
    assertThat(run.err()).contains("EDITION_DIR");
  }

  @Test
  void help_everyCommand_exits0AndListsTheExitCodes() {
    for (String command :
        new String[] {"demo", "validate", "score", "explain", "generate", "schema"}) {
      CliRun run = CliRun.run(command, "--help");

      assertThat(run.exitCode()).as(command).isEqualTo(Indiko.OK);
      assertThat(run.out())
          .as(command)
          .startsWith("Usage: indiko " + command)
          .contains("Exit codes:");
    }
  }

  @Test
  void help_main_listsTheCommands() {
    CliRun run = CliRun.run("--help");

    assertThat(run.exitCode()).isEqualTo(Indiko.OK);
    assertThat(run.out())
        .contains("demo", "validate", "score", "explain", "generate", "schema");
  }

  @Test
  void help_score_namesTheReportsAndTheirOptions() {
    CliRun run = CliRun.run("score", "--help");

    assertThat(run.out())
        .contains("index.html", "structures/ID/", "--level", "--format", "--locale", "--scale");
  }

  @Test
  void run_returnsTheExitCodeWithoutExiting() {
    assertThat(Indiko.run("schema", "answers")).isEqualTo(Indiko.USAGE);
    assertThat(Indiko.run("schema", "results")).isEqualTo(Indiko.OK);
  }
}
