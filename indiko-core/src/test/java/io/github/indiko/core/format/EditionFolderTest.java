package io.github.indiko.core.format;

import static io.github.indiko.core.format.Docs.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.indiko.core.DefinitionException;
import io.github.indiko.core.DefinitionProblem;
import io.github.indiko.core.EditionDefinitions;
import io.github.indiko.core.InputException;
import io.github.indiko.core.edition.Channel;
import io.github.indiko.core.edition.MinimumAudits;
import io.github.indiko.core.edition.ScoringSettings;
import io.github.indiko.core.edition.Source;
import io.github.indiko.core.edition.StrategyRef;
import io.github.indiko.core.edition.Theme;
import io.github.indiko.core.grid.Criterion;
import io.github.indiko.core.questionnaire.Question;
import io.github.indiko.core.questionnaire.QuestionId;
import io.github.indiko.core.questionnaire.QuestionType;
import io.github.indiko.core.structure.Enrolment;
import io.github.indiko.core.structure.Level;
import io.github.indiko.core.structure.SizeBand;
import io.github.indiko.core.structure.Structure;
import io.github.indiko.core.structure.StructureId;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EditionFolderTest {
  @TempDir Path folder;

  private static Path sample() throws URISyntaxException {
    return Path.of(
            EditionFolderTest.class
                .getResource("/io/github/indiko/samples/edition-2017/edition.json")
                .toURI())
        .getParent();
  }

  @BeforeEach
  void copySample() throws IOException, URISyntaxException {
    try (Stream<Path> files = Files.list(sample())) {
      for (Path file : files.toList()) {
        Files.copy(file, folder.resolve(file.getFileName()));
      }
    }
  }

  /** Replaces one exact text of a file of the copied folder. */
  private void edit(String file, String text, String replacement) throws IOException {
    Path path = folder.resolve(file);
    String content = Files.readString(path, StandardCharsets.UTF_8);
    assertThat(content).contains(text);
    Files.writeString(
        path,
        content.replaceFirst(Pattern.quote(text), Matcher.quoteReplacement(replacement)),
        StandardCharsets.UTF_8);
  }

  private void load() {
    EditionFolder.load(folder);
  }

  /** Makes a FIFO with {@code mkfifo}, which the JDK cannot make. */
  private static void mkfifo(Path file) throws IOException, InterruptedException {
    Process mkfifo = new ProcessBuilder("mkfifo", file.toString()).inheritIO().start();
    assumeThat(mkfifo.waitFor()).as("mkfifo makes a FIFO on this system").isZero();
  }

  @Test
  void load_sample_readsEveryDocument() throws URISyntaxException {
    EditionDefinitions definitions = EditionFolder.load(sample());

    assertThat(definitions.structures()).hasSize(12);
    assertThat(definitions.enrolments()).hasSize(11);
    assertThat(definitions.questionnaire().questions()).hasSize(25);
    assertThat(definitions.grid().criteria()).hasSize(18);
    ScoringSettings scoring = definitions.edition().scoring();
    assertThat(scoring.themes()).containsEntry(Theme.EFFICIENCY, 1.5);
    assertThat(scoring.themes()).containsEntry(Theme.E_PROCEDURES, 0.5);
    assertThat(scoring.weight(Source.SURVEY)).isEqualTo(0.6);
    assertThat(scoring.weight(Source.AUDIT)).isEqualTo(0.4);
    assertThat(scoring.oneResponsePerRespondent()).isTrue();
    assertThat(scoring.target()).isEqualTo(80.0);
    assertThat(scoring.survey()).isEqualTo(StrategyRef.of("mean"));
    assertThat(scoring.minimumAudits()).isEqualTo(new MinimumAudits.Total(3));
    assertThat(definitions.edition().previous()).isEqualTo("previous-2016/results.json");
  }

  @Test
  void load_sample_spotChecksStructuresAndQuestions() throws URISyntaxException {
    EditionDefinitions definitions = EditionFolder.load(sample());

    Structure castelbrune = definitions.structures().get(1);
    assertThat(castelbrune.id()).isEqualTo(new StructureId("ch-castelbrune"));
    assertThat(castelbrune.band()).isEqualTo(SizeBand.NONE);
    assertThat(castelbrune.offers(Channel.SOCIAL)).isFalse();
    assertThat(definitions.enrolments().get(2).level()).isEqualTo(Level.ORGANISATION);
    Question infoClear =
        definitions.questionnaire().question(new QuestionId("info_clear")).orElseThrow();
    assertThat(((QuestionType.Rating) infoClear.type()).topBox()).isEqualTo(3);
    Question wellDirected =
        definitions.questionnaire().question(new QuestionId("well_directed")).orElseThrow();
    assertThat(wellDirected.weight()).isEqualTo(0.5);
    assertThat(wellDirected.help().in("en")).hasValue("To the right service or person.");
    Criterion deskAnswer = definitions.grid().criteria().get(3);
    assertThat(deskAnswer.weight()).isEqualTo(2.0);
  }

  @Test
  void load_scoringWithoutTarget_takesTheDefault() throws IOException {
    edit("edition.json", ",\n    \"oneResponsePerRespondent\": true", "");

    EditionDefinitions definitions = EditionFolder.load(folder);

    assertThat(definitions.edition().scoring().target()).isEqualTo(80.0);
    assertThat(definitions.edition().scoring().oneResponsePerRespondent()).isFalse();
  }

  @Test
  void load_missingFile_namesIt() throws IOException {
    Files.delete(folder.resolve("grid.json"));

    assertThatThrownBy(this::load)
        .isInstanceOf(InputException.class)
        .hasMessage("missing file " + folder.resolve("grid.json"));
  }

  @Test
  void load_folderInPlaceOfAFile_namesIt() throws IOException {
    Path structures = folder.resolve("structures.json");
    Files.delete(structures);
    Files.createDirectory(structures);

    assertThatThrownBy(this::load)
        .isInstanceOf(InputException.class)
        .hasMessage(
            structures + " is not a regular file (a folder): Indiko reads only regular files");
  }

  @Test
  void load_fifoInPlaceOfAFile_isRefusedBeforeReading() throws Exception {
    Path grid = folder.resolve("grid.json");
    Files.delete(grid);
    mkfifo(grid);

    assertTimeoutPreemptively(
        Duration.ofSeconds(20),
        () ->
            assertThatThrownBy(this::load)
                .isInstanceOf(InputException.class)
                .hasMessage(
                    grid + " is not a regular file (a FIFO): Indiko reads only regular files"));
  }

  @Test
  void load_linkToDevZero_isRefusedBeforeReading() throws IOException {
    Path zero = Path.of("/dev/zero");
    assumeThat(Files.exists(zero)).as("/dev/zero exists on this system").isTrue();
    Path edition = folder.resolve("edition.json");
    Files.delete(edition);
    Files.createSymbolicLink(edition, zero);

    assertThatThrownBy(this::load)
        .isInstanceOf(InputException.class)
        .hasMessage(
            edition
                + " is not a regular file (a character device): Indiko reads only regular files");
  }

  @Test
  void load_linkToARegularFile_isRead() throws IOException {
    Path edition = folder.resolve("edition.json");
    Path elsewhere =
        Files.move(edition, Files.createDirectory(folder.resolve("elsewhere")).resolve("e.json"));
    Files.createSymbolicLink(edition, elsewhere);

    assertThat(EditionFolder.load(folder).edition().id()).hasToString("2017");
  }

  @Test
  void load_fileWithoutPermission_saysPermissionDenied() throws IOException {
    Path edition = folder.resolve("edition.json");
    Files.setPosixFilePermissions(edition, PosixFilePermissions.fromString("---------"));
    assumeThat(Files.isReadable(edition))
        .as("root reads a file of mode 000: permissions are not enforced for this user")
        .isFalse();

    assertThatThrownBy(this::load)
        .isInstanceOf(InputException.class)
        .hasMessage("cannot read " + edition + ": permission denied");
  }

  @Test
  void load_byteOrderMarkBeforeEveryDocument_isIgnored() throws IOException, URISyntaxException {
    for (String name :
        List.of(
            EditionFolder.EDITION,
            EditionFolder.STRUCTURES,
            EditionFolder.ENROLMENTS,
            EditionFolder.QUESTIONNAIRE,
            EditionFolder.GRID)) {
      Path file = folder.resolve(name);
      byte[] bytes = Files.readAllBytes(file);
      byte[] marked = new byte[bytes.length + 3];
      marked[0] = (byte) 0xEF;
      marked[1] = (byte) 0xBB;
      marked[2] = (byte) 0xBF;
      System.arraycopy(bytes, 0, marked, 3, bytes.length);
      Files.write(file, marked);
    }

    assertThat(EditionFolder.load(folder)).isEqualTo(EditionFolder.load(sample()));
  }

  @Test
  void load_byteOrderMarkInsideADocument_isNamedVisibly() throws IOException {
    edit("edition.json", "\"id\"", "\uFEFF\"id\"");

    assertThatThrownBy(this::load)
        .isInstanceOfSatisfying(
            DefinitionException.class,
            e -> {
              assertThat(e.problems()).hasSize(1);
              assertThat(e.problems().get(0).message())
                  .contains("U+FEFF (byte order mark)")
                  .doesNotContain("\uFEFF");
            });
  }

  @Test
  void load_noFolder_saysSo() {
    Path absent = folder.resolve("edition-2018");

    assertThatThrownBy(() -> EditionFolder.load(absent))
        .isInstanceOf(InputException.class)
        .hasMessageContaining(absent.toString());
  }

  @Test
  void load_problemsOfSeveralFiles_areReportedTogether() throws IOException {
    edit("edition.json", "\"id\": \"2017\"", "\"id\": \"Edition 2017\"");
    edit("grid.json", "\"weight\": 2", "\"weight\": 2, \"wieght\": 2");

    assertRefused(
        this::load,
        new DefinitionProblem(
            "edition.json",
            "/id",
            "must be an identifier ([a-z0-9][a-z0-9._-]{0,63}): \"Edition 2017\""),
        new DefinitionProblem("grid.json", "/criteria/3/wieght", "unknown member \"wieght\""));
  }

  @Test
  void load_questionnaireVersionMismatch_isRefused() throws IOException {
    edit("questionnaire.json", "\"version\": 3", "\"version\": 4");

    assertRefused(
        this::load,
        new DefinitionProblem(
            "edition.json",
            "/questionnaire",
            "names questionnaire accueil v3, but questionnaire.json holds accueil v4"));
  }

  @Test
  void load_gridIdMismatch_isRefused() throws IOException {
    edit("grid.json", "\"id\": \"audit-accueil\"", "\"id\": \"audit-guichet\"");

    assertRefused(
        this::load,
        new DefinitionProblem(
            "edition.json",
            "/grid",
            "names grid audit-accueil v1, but grid.json holds audit-guichet v1"));
  }

  @Test
  void load_unknownThemeOfAQuestion_isRefused() throws IOException {
    edit("questionnaire.json", "\"theme\": \"courtesy\"", "\"theme\": \"parking\"");

    assertRefused(
        this::load,
        new DefinitionProblem(
            "questionnaire.json",
            "/sections/1/questions/0/theme",
            "unknown theme parking: expected one of accessibility, courtesy, efficiency,"
                + " waiting_time, e_procedures, information, overall (domain.md's, overall, or a"
                + " key of the edition's scoring.themes)"));
  }

  @Test
  void load_themeOfScoringThemes_isKnown() throws IOException {
    edit("edition.json", "\"information\": 1", "\"information\": 1,\n      \"parking\": 1");
    edit("questionnaire.json", "\"theme\": \"courtesy\"", "\"theme\": \"parking\"");
    edit("grid.json", "\"theme\": \"courtesy\"", "\"theme\": \"parking\"");

    EditionDefinitions definitions = EditionFolder.load(folder);

    assertThat(definitions.questionnaire().questions().get(6).theme())
        .isEqualTo(new Theme("parking"));
    assertThat(definitions.grid().criteria().get(2).theme()).isEqualTo(new Theme("parking"));
  }

  @Test
  void load_unknownThemeOfACriterion_isRefused() throws IOException {
    edit("grid.json", "\"theme\": \"information\"", "\"theme\": \"informations\"");

    assertThatThrownBy(this::load)
        .isInstanceOfSatisfying(
            DefinitionException.class,
            e ->
                assertThat(e.problems())
                    .singleElement()
                    .satisfies(
                        problem -> {
                          assertThat(problem.file()).isEqualTo("grid.json");
                          assertThat(problem.pointer()).isEqualTo("/criteria/4/theme");
                          assertThat(problem.message()).startsWith("unknown theme informations:");
                        }));
  }

  @Test
  void load_unknownChannelOfACriterion_isRefused() throws IOException {
    edit("grid.json", "\"channel\": \"social\"", "\"channel\": \"kiosk\"");

    assertRefused(
        this::load,
        new DefinitionProblem(
            "grid.json",
            "/criteria/16/channel",
            "unknown channel kiosk: expected one of domain.md's (in_person, phone, email, mail,"
                + " website, social, online_service) or one declared in the edition's channels"));
  }

  @Test
  void load_channelDeclaredByTheEdition_isKnown() throws IOException {
    edit(
        "edition.json",
        "\"timeZone\": \"Europe/Paris\",",
        "\"timeZone\": \"Europe/Paris\",\n  \"channels\": [\"kiosk\"],");
    edit("grid.json", "\"channel\": \"social\"", "\"channel\": \"kiosk\"");
    edit("structures.json", "\"online_service\"", "\"kiosk\"");

    EditionDefinitions definitions = EditionFolder.load(folder);

    assertThat(definitions.grid().criteria().get(16).channel()).isEqualTo(new Channel("kiosk"));
    assertThat(definitions.structures().get(0).offers(new Channel("kiosk"))).isTrue();
  }

  @Test
  void load_unknownChannelOfAStructure_isRefused() throws IOException {
    edit("structures.json", "\"online_service\"", "\"fax\"");

    assertThatThrownBy(this::load)
        .isInstanceOfSatisfying(
            DefinitionException.class,
            e ->
                assertThat(e.problems())
                    .extracting(DefinitionProblem::file, DefinitionProblem::pointer)
                    .containsExactly(
                        tuple(
                            "structures.json", "/structures/0/channels/5")));
  }

  @Test
  void load_questionIdEqualToACriterionId_isRefused() throws IOException {
    edit("grid.json", "\"id\": \"desk_signage\"", "\"id\": \"signage_clear\"");

    assertRefused(
        this::load,
        new DefinitionProblem(
            "grid.json",
            "/criteria/0/id",
            "criterion id signage_clear is also a question id (questionnaire.json at"
                + " /sections/0/questions/3): results key items by id"));
  }

  @Test
  void load_localizedTextWithoutTheDefaultLocale_isRefused() throws IOException {
    edit("grid.json", "\"fr\": \"Signalétique visible\",", "");

    assertRefused(
        this::load,
        new DefinitionProblem(
            "grid.json", "/criteria/0/label", "has no text in the default locale \"fr\""));
  }

  @Test
  void load_faultyEnrolments_areAllListedByIndex() throws IOException {
    edit("enrolments.json", "\"at\": \"2017-07-13\"", "\"at\": \"2017-07-14\"");
    edit("enrolments.json", "\"mairie-trevennec\"", "\"mairie-trevenec\"");
    edit("enrolments.json", "\"mairie-ezanville\"", "\"mairie-grandpre-sur-vire\"");
    edit("enrolments.json", "\"at\": \"2017-06-22\"", "\"at\": \"2017-06-19\"");

    assertRefused(
        this::load,
        new DefinitionProblem(
            "enrolments.json",
            "/enrolments/1",
            "enrolment of mairie-roches-sur-marne on 2017-07-14 is outside the registration"
                + " window 2017-06-20..2017-07-13"),
        new DefinitionProblem(
            "enrolments.json",
            "/enrolments/2",
            "unknown structure mairie-trevenec: it is not in structures.json"),
        new DefinitionProblem(
            "enrolments.json",
            "/enrolments/3",
            "structure mairie-grandpre-sur-vire is enrolled twice (first at /enrolments/0)"),
        new DefinitionProblem(
            "enrolments.json",
            "/enrolments/7",
            "enrolment of universite-belcourt on 2017-06-19 is outside the registration window"
                + " 2017-06-20..2017-07-13"));
  }

  @Test
  void load_enrolmentsOnBothEndsOfTheWindow_areAccepted() throws URISyntaxException {
    List<Enrolment> enrolments =
        EditionFolder.load(sample()).enrolments();

    assertThat(enrolments.get(0).at()).hasToString("2017-06-20");
    assertThat(enrolments.get(1).at()).hasToString("2017-07-13");
  }
}
