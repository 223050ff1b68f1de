package io.github.indiko.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.indiko.core.format.EditionFolder;
import io.github.indiko.core.validation.DataValidator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

class GenerateCommandTest {
  @TempDir Path dir;

  @Test
  void generate_sameSeedTwice_writesByteIdenticalFolders() throws IOException {
    String[] options = {
      "--structures", "8", "--responses", "300", "--audits", "40", "--seed", "5"
    };
    CliRun first = CliRun.run(concat("generate", "--out", dir.resolve("a").toString(), options));
    CliRun second = CliRun.run(concat("generate", "--out", dir.resolve("b").toString(), options));

    assertThat(first.exitCode()).isEqualTo(Indiko.OK);
    assertThat(second.exitCode()).isEqualTo(Indiko.OK);
    assertThat(first.out()).contains("8 structures").contains("300 response lines");
    List<String> files = new ArrayList<>(EditionFolder.FILES);
    files.add("previous/results.json");
    for (String name : files) {
      assertThat(dir.resolve("b").resolve(name))
          .as(name)
          .hasSameBinaryContentAs(dir.resolve("a").resolve(name));
    }
  }

  @Test
  void generate_doubles_eachAfterTheAuditItNames() throws IOException {
    Path out = dir.resolve("edition");
    CliRun generate =
        CliRun.run("generate", "--out", out.toString(), "--audits", "100", "--doubles", "0.5");

    assertThat(generate.exitCode()).isEqualTo(Indiko.OK);
    assertThat(generate.out()).contains("calibration doubles ratio 0.5");
    List<String> lines = Files.readAllLines(out.resolve(DataValidator.AUDITS));
    assertThat(lines).hasSizeBetween(125, 175);
    int doubles = 0;
    for (int i = 1; i < lines.size(); i++) {
      String previous = lines.get(i - 1);
      String id = previous.substring("{\"id\":\"".length(), previous.indexOf("\","));
      if (lines.get(i).contains("\"of\"")) {
        assertThat(lines.get(i)).endsWith(",\"of\":\"" + id + "\"}");
        doubles++;
      }
    }
    assertThat(doubles).isEqualTo(lines.size() - 100);
  }

  @Test
  void generate_twoVersions_folderValidatesAndScoresPerVersion() {
    Path out = dir.resolve("edition");
    Path scored = dir.resolve("scored");
    CliRun generate =
        CliRun.run("generate", "--out", out.toString(), "--responses", "600", "--versions", "2");
    CliRun validate = CliRun.run("validate", out.toString());
    CliRun score =
        CliRun.run("score", out.toString(), "--out", scored.toString(), "--as-of", "2018-01-01");

    assertThat(generate.exitCode()).as(generate.err()).isEqualTo(Indiko.OK);
    assertThat(generate.out())
        .contains("2 versions of the questionnaire")
        .contains("  questionnaires/accueil-3.json", "  questionnaires/accueil-4.json")
        .doesNotContain(EditionFolder.QUESTIONNAIRE);
    assertThat(validate.exitCode()).as(validate.out()).isEqualTo(Indiko.OK);
    assertThat(validate.out()).containsPattern("(?m)^responses\\.jsonl +600 +600 +0$");
    assertThat(score.exitCode()).as(score.err()).isEqualTo(Indiko.OK);
    JsonNode structure =
        CliRun.json(CliRun.read(scored.resolve("results.json"))).get("structures").get(0);
    assertThat(structure.get("versions").propertyNames()).containsExactly("3", "4");
    assertThat(structure.get("items").get("online_appointment")).isNotNull();
  }

  @Test
  void generate_versionsAboveTheMost_badUsage() {
    CliRun generate =
        CliRun.run("generate", "--out", dir.resolve("e").toString(), "--versions", "7");

    assertThat(generate.exitCode()).isEqualTo(Indiko.USAGE);
    assertThat(generate.err()).contains("versions must be 1 to 6: 7");
    assertThat(dir.resolve("e")).doesNotExist();
  }

  @Test
  void generate_doublesAboveOne_badUsage() {
    CliRun generate =
        CliRun.run("generate", "--out", dir.resolve("e").toString(), "--doubles", "1.5");

    assertThat(generate.exitCode()).isEqualTo(Indiko.USAGE);
    assertThat(generate.err()).contains("doubles must be in [0, 1]: 1.5");
    assertThat(dir.resolve("e")).doesNotExist();
  }

  @Test
  void generate_thenValidate_invalidRatioGivesRejectsOfEveryReason() {
    Path out = dir.resolve("edition");
    CliRun generate =
        CliRun.run(
            "generate", "--out", out.toString(), "--responses", "3000", "--audits", "400",
            "--invalid-ratio", "0.1");
    CliRun validate = CliRun.run("validate", out.toString());

    assertThat(generate.exitCode()).isEqualTo(Indiko.OK);
    assertThat(validate.exitCode()).isEqualTo(Indiko.REJECTED);
    assertThat(validate.out())
        .contains(
            "duplicate_respondent",
            "not_enrolled",
            "invalid_segment",
            "missing_observation",
            "observed_hidden");
  }

  @Test
  void generate_fiveStructures_refusedLinesIncludeNotEnrolled() {
    Path out = dir.resolve("edition");
    CliRun generate =
        CliRun.run(
            "generate", "--out", out.toString(), "--structures", "5", "--invalid-ratio", "0.1");
    CliRun validate = CliRun.run("validate", out.toString());

    assertThat(generate.exitCode()).isEqualTo(Indiko.OK);
    assertThat(generate.err()).isEmpty();
    assertThat(generate.out()).contains("5 structures, 4 enrolled");
    assertThat(validate.exitCode()).isEqualTo(Indiko.REJECTED);
    assertThat(validate.out()).contains("not_enrolled", "duplicate_respondent");
  }

  @Test
  void generate_oneStructure_saysWhichReasonItCannotGiveAndGivesTheOthers() {
    Path out = dir.resolve("edition");
    CliRun generate =
        CliRun.run(
            "generate", "--out", out.toString(), "--structures", "1", "--invalid-ratio", "0.1");
    CliRun validate = CliRun.run("validate", out.toString());

    assertThat(generate.exitCode()).isEqualTo(Indiko.OK);
    assertThat(generate.err())
        .isEqualTo(
            "indiko: with 1 structure, no line can be rejected as not_enrolled; the refused lines"
                + " have the other reasons"
                + System.lineSeparator());
    assertThat(validate.exitCode()).isEqualTo(Indiko.REJECTED);
    assertThat(validate.out())
        .doesNotContain("not_enrolled")
        .contains("duplicate_respondent", "unknown_structure", "missing_observation");
  }

  @Test
  void generate_outHoldingAFolderOfTheUser_exits2AndLeavesIt() throws IOException {
    Path out = dir.resolve("edition");
    Path users = Files.createDirectories(out.resolve("a folder of the user's"));

    CliRun run = CliRun.run("generate", "--out", out.toString());

    assertThat(run.exitCode()).isEqualTo(Indiko.USAGE);
    assertThat(run.err())
        .isEqualTo(
            "indiko: --out: "
                + out
                + " holds "
                + users
                + ", which Indiko did not write; Indiko replaces only a folder it wrote itself, so"
                + " as never to delete your files: name a new or empty folder\n");
    try (Stream<Path> siblings = Files.list(dir)) {
      assertThat(siblings.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder("edition", ".edition.indiko-lock");
    }
    assertThat(users).isDirectory();
  }

  @Test
  void generate_twice_replacesTheEditionWhole() throws IOException {
    Path out = dir.resolve("edition");
    assertThat(CliRun.run("generate", "--out", out.toString()).exitCode()).isEqualTo(Indiko.OK);

    CliRun run = CliRun.run("generate", "--out", out.toString(), "--no-previous");

    assertThat(run.exitCode()).isEqualTo(Indiko.OK);
    assertThat(out.resolve("previous")).doesNotExist();
    assertThat(out.resolve(DataValidator.RESPONSES)).isRegularFile();
  }

  @Test
  void generate_defaults_validateAcceptsEveryLine() {
    Path out = dir.resolve("edition");
    CliRun generate = CliRun.run("generate", "--out", out.toString());
    CliRun validate = CliRun.run("validate", out.toString());

    assertThat(generate.exitCode()).isEqualTo(Indiko.OK);
    assertThat(validate.exitCode()).isEqualTo(Indiko.OK);
  }

  @Test
  void generate_noPrevious_writesNoPreviousResults() {
    Path out = dir.resolve("edition");
    CliRun run = CliRun.run("generate", "--out", out.toString(), "--no-previous");

    assertThat(run.exitCode()).isEqualTo(Indiko.OK);
    assertThat(out.resolve("previous/results.json")).doesNotExist();
    assertThat(out.resolve("edition.json")).content().doesNotContain("\"previous\"");
  }

  @Test
  void generate_noSegments_sameResponsesWithoutADeclaration() {
    Path with = dir.resolve("with");
    Path without = dir.resolve("without");
    CliRun first = CliRun.run("generate", "--out", with.toString(), "--responses", "400");
    CliRun second =
        CliRun.run(
            "generate", "--out", without.toString(), "--responses", "400", "--no-segments");

    assertThat(first.exitCode()).isEqualTo(Indiko.OK);
    assertThat(second.exitCode()).isEqualTo(Indiko.OK);
    assertThat(without.resolve(DataValidator.RESPONSES))
        .hasSameBinaryContentAs(with.resolve(DataValidator.RESPONSES));
    assertThat(without.resolve(DataValidator.RESPONSES)).content().contains("\"age\":\"65+\"");
    assertThat(with.resolve(EditionFolder.QUESTIONNAIRE)).content().contains("\"segments\"");
    assertThat(without.resolve(EditionFolder.QUESTIONNAIRE))
        .content()
        .doesNotContain("\"segments\"");
  }

  @Test
  void generate_noSegmentsWithInvalidLines_saysNothingOfInvalidSegment() {
    Path out = dir.resolve("edition");
    CliRun generate =
        CliRun.run(
            "generate", "--out", out.toString(), "--invalid-ratio", "0.1", "--no-segments");
    CliRun validate = CliRun.run("validate", out.toString());

    assertThat(generate.exitCode()).isEqualTo(Indiko.OK);
    assertThat(generate.err()).isEmpty();
    assertThat(validate.exitCode()).isEqualTo(Indiko.REJECTED);
    assertThat(validate.out()).doesNotContain("invalid_segment").contains("not_enrolled");
  }

  @Test
  void generate_ratioAboveOne_exits2() {
    CliRun run =
        CliRun.run("generate", "--out", dir.resolve("x").toString(), "--invalid-ratio", "1.5");

    assertThat(run.exitCode()).isEqualTo(Indiko.USAGE);
    assertThat(run.err()).startsWith("indiko: ").contains("invalidRatio");
  }

  @Test
  void generate_outIsAFile_exits2AndLeavesIt() throws IOException {
    Path file = Files.writeString(dir.resolve("file"), "x");

    CliRun run = CliRun.run("generate", "--out", file.toString());

    assertThat(run.exitCode()).isEqualTo(Indiko.USAGE);
    assertThat(run.err()).startsWith("indiko: --out: " + file + " exists and is not a folder;");
    assertThat(file).hasContent("x");
  }

  private static String[] concat(String command, String out, String dir, String[] options) {
    String[] all = new String[options.length + 3];
    all[0] = command;
    all[1] = out;
    all[2] = dir;
    System.arraycopy(options, 0, all, 3, options.length);
    return all;
  }
}
