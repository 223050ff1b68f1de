package io.github.indiko.core.format;

import static io.github.indiko.core.format.Docs.EDITION;
import static io.github.indiko.core.format.Docs.assertRefused;
import static io.github.indiko.core.format.Docs.stream;
import static io.github.indiko.core.format.Docs.with;
import static io.github.indiko.core.format.Docs.without;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.indiko.core.DefinitionProblem;
import io.github.indiko.core.edition.DefinitionRef;
import io.github.indiko.core.edition.Edition;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** {@code questionnaires} in {@code edition.json} (analysis.md §A4): reader, writer and schema. */
class QuestionnaireVersionsFormatTest {
  private static final String VERSIONS =
      "[{\"id\": \"accueil\", \"version\": 4}, {\"id\": \"accueil\", \"version\": 3}]";

  private static final String VERSIONED =
      with(without(EDITION, "/questionnaire"), "/questionnaires", VERSIONS);

  private static Edition read(String json) {
    return FormatV1.readEdition(stream(json), "edition.json");
  }

  private static String written(Edition edition) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    FormatV1.writeEdition(edition, out);
    return out.toString(StandardCharsets.UTF_8);
  }

  private static DefinitionProblem problem(String pointer, String message) {
    return new DefinitionProblem("edition.json", pointer, message);
  }

  private static String versions(int count) {
    return IntStream.rangeClosed(1, count)
        .mapToObj(v -> "{\"id\": \"accueil\", \"version\": " + v + "}")
        .collect(Collectors.joining(", ", "[", "]"));
  }

  @Test
  void readEdition_questionnaires_inDocumentOrderTheNewestAsQuestionnaire() {
    Edition edition = read(VERSIONED);

    assertThat(edition.questionnaires())
        .containsExactly(new DefinitionRef("accueil", 4), new DefinitionRef("accueil", 3));
    assertThat(edition.questionnaire()).isEqualTo(new DefinitionRef("accueil", 4));
    assertThat(edition.versioned()).isTrue();
  }

  @Test
  void readEdition_oneQuestionnaire_isItsOnlyVersion() {
    Edition edition = read(EDITION);

    assertThat(edition.questionnaires()).containsExactly(new DefinitionRef("accueil", 3));
    assertThat(edition.versioned()).isFalse();
  }

  @Test
  void readEdition_questionnairesOfOneElement_isOneVersion() {
    Edition edition =
        read(with(without(EDITION, "/questionnaire"), "/questionnaires", versions(1)));

    assertThat(edition.questionnaires()).containsExactly(new DefinitionRef("accueil", 1));
    assertThat(edition.versioned()).isFalse();
  }

  @Test
  void readEdition_bothQuestionnaireAndQuestionnaires_isRefusedAtQuestionnaires() {
    assertRefused(
        () -> read(with(EDITION, "/questionnaires", VERSIONS)),
        problem(
            "/questionnaires",
            "give either questionnaire (one version) or questionnaires (several), not both"));
  }

  @Test
  void readEdition_questionnaireNullBesideQuestionnaires_isRead() {
    Edition edition = read(with(VERSIONED, "/questionnaire", "null"));

    assertThat(edition.questionnaires()).hasSize(2);
  }

  @Test
  void readEdition_neither_isAMissingQuestionnaire() {
    assertRefused(
        () -> read(without(EDITION, "/questionnaire")),
        problem("", "missing member \"questionnaire\""));
  }

  @Test
  void readEdition_noVersion_isRefused() {
    assertRefused(
        () -> read(with(VERSIONED, "/questionnaires", "[]")),
        problem("/questionnaires", "must name 1 to 16 versions of the questionnaire: 0"));
  }

  @Test
  void readEdition_16VersionsAccepted_17Refused() {
    assertThat(read(with(VERSIONED, "/questionnaires", versions(16))).questionnaires())
        .hasSize(Edition.MAX_QUESTIONNAIRE_VERSIONS);
    assertRefused(
        () -> read(with(VERSIONED, "/questionnaires", versions(17))),
        problem("/questionnaires", "must name 1 to 16 versions of the questionnaire: 17"));
  }

  @Test
  void readEdition_versionsOfTwoQuestionnaires_isRefusedAtTheId() {
    assertRefused(
        () ->
            read(
                with(
                    VERSIONED,
                    "/questionnaires",
                    "[{\"id\": \"accueil\", \"version\": 3}, {\"id\": \"guichet\", \"version\":"
                        + " 4}]")),
        problem(
            "/questionnaires/1/id",
            "names questionnaire guichet, but /questionnaires/0 names accueil: the versions of an"
                + " edition are one questionnaire's"));
  }

  @Test
  void readEdition_aVersionTwice_isRefusedAtTheSecond() {
    assertRefused(
        () ->
            read(
                with(
                    VERSIONED,
                    "/questionnaires",
                    "[{\"id\": \"accueil\", \"version\": 3}, {\"id\": \"accueil\", \"version\":"
                        + " 3}]")),
        problem("/questionnaires/1/version", "version 3 is repeated (first at /questionnaires/0)"));
  }

  @Test
  void readEdition_aVersionThatIsNoReference_isRefusedAtIt() {
    assertRefused(
        () -> read(with(VERSIONED, "/questionnaires", "[{\"id\": \"accueil\"}]")),
        problem("/questionnaires/0", "missing member \"version\""));
  }

  @Test
  void writeEdition_severalVersions_writesQuestionnairesInTheirOrderAndReadsBack() {
    Edition edition = read(VERSIONED);

    String json = written(edition);

    assertThat(json)
        .contains(
            "\"questionnaires\": [\n    {\n      \"id\": \"accueil\",\n      \"version\": 4\n"
                + "    },\n    {\n      \"id\": \"accueil\",\n      \"version\": 3\n    }\n  ],")
        .doesNotContain("\"questionnaire\" :");
    assertThat(read(json)).isEqualTo(edition);
  }

  @Test
  void writeEdition_oneVersion_writesQuestionnaireAsBefore() {
    Edition one = read(EDITION);
    Edition listed =
        read(
            with(
                without(EDITION, "/questionnaire"),
                "/questionnaires",
                "[{\"id\": \"accueil\", \"version\": 3}]"));

    assertThat(written(listed)).isEqualTo(written(one));
    assertThat(written(one))
        .contains("\"questionnaire\": {\n    \"id\": \"accueil\",\n    \"version\": 3\n  },")
        .doesNotContain("questionnaires");
  }

  @Test
  void edition_withQuestionnaires_keepsEverythingElse() {
    Edition edition = read(EDITION);
    List<DefinitionRef> versions =
        List.of(new DefinitionRef("accueil", 3), new DefinitionRef("accueil", 5));

    Edition versioned = edition.withQuestionnaires(versions);

    assertThat(versioned.questionnaires()).isEqualTo(versions);
    assertThat(versioned.questionnaire()).isEqualTo(new DefinitionRef("accueil", 5));
    assertThat(versioned.withQuestionnaires(List.of(edition.questionnaire()))).isEqualTo(edition);
  }

  @Test
  void edition_versionsThatDisagree_areRefusedOnConstruction() {
    Edition edition = read(EDITION);

    assertThatThrownBy(() -> edition.withQuestionnaires(List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("an edition names at least one version");
    assertThatThrownBy(
            () ->
                edition.withQuestionnaires(
                    List.of(new DefinitionRef("accueil", 3), new DefinitionRef("guichet", 4))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "the versions of an edition are one questionnaire's: accueil v3 is not of guichet");
    assertThatThrownBy(
            () ->
                edition.withQuestionnaires(
                    List.of(new DefinitionRef("accueil", 3), new DefinitionRef("accueil", 3))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("questionnaire accueil v3 is named twice");
    assertThatThrownBy(
            () ->
                new Edition(
                    edition.id(),
                    edition.name(),
                    edition.defaultLocale(),
                    edition.timeZone(),
                    edition.registration(),
                    edition.collection(),
                    new DefinitionRef("accueil", 3),
                    List.of(new DefinitionRef("accueil", 3), new DefinitionRef("accueil", 4)),
                    edition.grid(),
                    edition.scoring(),
                    edition.trophies(),
                    null,
                    List.of(),
                    null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("questionnaire accueil v3 is not the newest of [accueil v3, accueil v4]");
  }

  @Test
  void schema_questionnairesInsteadOfQuestionnaire_isValid() {
    assertThat(SchemaCheck.errors("edition", VERSIONED)).isEmpty();
    assertThat(SchemaCheck.errors("edition", with(VERSIONED, "/questionnaire", "null"))).isEmpty();
  }

  @Test
  void schema_bothNeitherEmptyOrTooMany_areRefused() {
    assertThat(SchemaCheck.errors("edition", with(EDITION, "/questionnaires", VERSIONS)))
        .isNotEmpty();
    assertThat(SchemaCheck.errors("edition", without(EDITION, "/questionnaire"))).isNotEmpty();
    assertThat(SchemaCheck.errors("edition", with(VERSIONED, "/questionnaires", "[]")))
        .isNotEmpty();
    assertThat(SchemaCheck.errors("edition", with(VERSIONED, "/questionnaires", versions(16))))
        .isEmpty();
    assertThat(SchemaCheck.errors("edition", with(VERSIONED, "/questionnaires", versions(17))))
        .isNotEmpty();
  }
}
