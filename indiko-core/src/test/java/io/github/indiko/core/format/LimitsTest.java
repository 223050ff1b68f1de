package io.github.indiko.core.format;

import static io.github.indiko.core.format.Docs.GRID;
import static io.github.indiko.core.format.Docs.QUESTIONNAIRE;
import static io.github.indiko.core.format.Docs.STRUCTURES;
import static io.github.indiko.core.format.Docs.assertRefused;
import static io.github.indiko.core.format.Docs.assertRefusedStartingWith;
import static io.github.indiko.core.format.Docs.with;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.indiko.core.DefinitionException;
import io.github.indiko.core.DefinitionProblem;
import io.github.indiko.core.EditionDefinitions;
import io.github.indiko.core.grid.Grid;
import io.github.indiko.core.questionnaire.QuestionType;
import io.github.indiko.core.questionnaire.Questionnaire;
import io.github.indiko.core.structure.Structure;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Each limit of definition documents (docs/limits.md) just below, accepted, and just above,
 * refused with its rule. Limits whose both sides {@link FormatV1Test} already checks are not
 * repeated here.
 */
class LimitsTest {
  private static Questionnaire questionnaire(String json) {
    return FormatV1Test.questionnaire(json);
  }

  private static Grid grid(String json) {
    return FormatV1Test.grid(json);
  }

  private static List<Structure> structures(String json) {
    return FormatV1Test.structures(json);
  }

  private static List<Structure> structures(byte[] json) {
    return FormatV1.readStructures(new ByteArrayInputStream(json), "structures.json");
  }

  /** A questionnaire of two sections holding {@code count} yes/no questions in all. */
  private static String questionnaireOf(int count) {
    StringBuilder first = new StringBuilder();
    StringBuilder second = new StringBuilder();
    for (int i = 0; i < count; i++) {
      StringBuilder section = i % 2 == 0 ? first : second;
      if (!section.isEmpty()) {
        section.append(", ");
      }
      section.append("{\"id\": \"q").append(i).append("\", \"type\": \"yes_no\", \"label\": {\"fr\": \"Q\"}}");
    }
    return "{\"format\": \"indiko.questionnaire/1\", \"id\": \"accueil\", \"version\": 1,"
        + " \"defaultLocale\": \"fr\", \"title\": {\"fr\": \"Avis\"}, \"sections\": ["
        + "{\"id\": \"a\", \"questions\": ["
        + first
        + "]}, {\"id\": \"b\", \"questions\": ["
        + second
        + "]}]}";
  }

  private static String gridOf(int count) {
    StringBuilder criteria = new StringBuilder();
    for (int i = 0; i < count; i++) {
      if (i > 0) {
        criteria.append(", ");
      }
      criteria
          .append("{\"id\": \"c")
          .append(i)
          .append("\", \"channel\": \"phone\", \"type\": \"check\", \"label\": {\"fr\": \"C\"}}");
    }
    return "{\"format\": \"indiko.grid/1\", \"id\": \"grille\", \"version\": 1,"
        + " \"defaultLocale\": \"fr\", \"title\": {\"fr\": \"Grille\"}, \"criteria\": ["
        + criteria
        + "]}";
  }

  private static String structuresOf(int count) {
    StringBuilder structures = new StringBuilder(count * 64);
    for (int i = 0; i < count; i++) {
      if (i > 0) {
        structures.append(",\n");
      }
      structures
          .append("{\"id\": \"s")
          .append(i)
          .append("\", \"name\": \"S\", \"type\": \"commune\"}");
    }
    return "{\"format\": \"indiko.structures/1\", \"structures\": [" + structures + "]}";
  }

  /** The structures document of {@link Docs}, padded with spaces to {@code size} bytes. */
  private static byte[] structuresPaddedTo(int size) {
    byte[] head = STRUCTURES.getBytes(StandardCharsets.UTF_8);
    byte[] document = Arrays.copyOf(head, size);
    Arrays.fill(document, head.length, size, (byte) ' ');
    return document;
  }

  private static String options(int count) {
    StringBuilder options = new StringBuilder();
    for (int i = 0; i < count; i++) {
      if (i > 0) {
        options.append(", ");
      }
      options.append("{\"value\": \"o").append(i).append("\", \"label\": {\"fr\": \"O\"}}");
    }
    return "[" + options + "]";
  }

  @Test
  void readStructures_documentOf64MebibytesAccepted_oneByteMoreRefused() {
    assertThat(structures(structuresPaddedTo(FormatV1.MAX_DOCUMENT_BYTES))).hasSize(2);

    assertRefused(
        () -> structures(structuresPaddedTo(FormatV1.MAX_DOCUMENT_BYTES + 1)),
        new DefinitionProblem(
            "structures.json",
            "",
            "the document is larger than 64 MiB (67108864 bytes), the limit of a definition"
                + " document"));
  }

  @Test
  void readQuestionnaire_500QuestionsAccepted_501Refused() {
    assertThat(questionnaire(questionnaireOf(500)).questions()).hasSize(500);

    assertRefused(
        () -> questionnaire(questionnaireOf(501)),
        new DefinitionProblem(
            "questionnaire.json", "/sections", "a questionnaire has at most 500 questions: 501"));
  }

  @Test
  void readGrid_500CriteriaAccepted_501Refused() {
    assertThat(grid(gridOf(500)).criteria()).hasSize(500);

    assertRefused(
        () -> grid(gridOf(501)),
        new DefinitionProblem("grid.json", "/criteria", "a grid has at most 500 criteria: 501"));
  }

  @Test
  void readStructures_100000Accepted_100001Refused() {
    assertThat(structures(structuresOf(EditionDefinitions.MAX_STRUCTURES))).hasSize(100_000);

    assertRefused(
        () -> structures(structuresOf(100_001)),
        new DefinitionProblem(
            "structures.json", "/structures", "an edition has at most 100000 structures: 100001"));
  }

  @Test
  void readStructures_nameOf2000CodePointsAccepted_2001Refused() {
    String pointer = "/structures/1/name";
    String name = "😀".repeat(2000);
    assertThat(structures(with(STRUCTURES, pointer, "\"" + name + "\"")).get(1).name())
        .isEqualTo(name);

    assertRefused(
        () -> structures(with(STRUCTURES, pointer, "\"" + name + "x\"")),
        new DefinitionProblem("structures.json", pointer, "length must be between 1 and 2000"));
  }

  @Test
  void readQuestionnaire_50OptionsAccepted_51Refused() {
    String pointer = "/sections/0/questions/1/options";
    assertThat(questionnaire(with(QUESTIONNAIRE, pointer, options(50))).questions().get(1).type())
        .isInstanceOfSatisfying(
            QuestionType.MultiChoice.class, choice -> assertThat(choice.options()).hasSize(50));

    assertRefused(
        () -> questionnaire(with(QUESTIONNAIRE, pointer, options(51))),
        new DefinitionProblem("questionnaire.json", pointer, "a choice has 2 to 50 options: 51"));
  }

  @Test
  void readQuestionnaire_twoOptionsAccepted_oneRefused() {
    String pointer = "/sections/0/questions/1/options";
    assertThat(questionnaire(with(QUESTIONNAIRE, pointer, options(2))).questions().get(1).type())
        .isInstanceOfSatisfying(
            QuestionType.MultiChoice.class, choice -> assertThat(choice.options()).hasSize(2));

    assertRefused(
        () -> questionnaire(with(QUESTIONNAIRE, pointer, options(1))),
        new DefinitionProblem("questionnaire.json", pointer, "a choice has 2 to 50 options: 1"));
  }

  @Test
  void readQuestionnaire_maxLength10000Accepted_10001Refused() {
    String pointer = "/sections/1/questions/0/maxLength";
    assertThat(questionnaire(with(QUESTIONNAIRE, pointer, "10000")).questions().get(2).type())
        .isEqualTo(new QuestionType.Text(10_000));

    assertRefusedStartingWith(
        () -> questionnaire(with(QUESTIONNAIRE, pointer, "10001")),
        "questionnaire.json",
        pointer,
        "must be an integer from 1 to 10000");
  }

  @Test
  void readQuestionnaire_nested64Parsed_65Refused() {
    // The root object is depth 1: 63 arrays inside make 64.
    String deep = "[".repeat(63) + "]".repeat(63);
    String json = QUESTIONNAIRE.replace("\"title\": {", "\"deep\": " + deep + ", \"title\": {");

    assertRefused(
        () -> questionnaire(json),
        new DefinitionProblem("questionnaire.json", "/deep", "unknown member \"deep\""));
    assertRefusedStartingWith(
        () -> questionnaire(json.replace("[]", "[[]]")),
        "questionnaire.json",
        "",
        "too large: Document nesting depth (65) exceeds the maximum allowed (64)");
  }

  @Test
  void readGrid_numberOf1000DigitsParsed_1001Refused() {
    String pointer = "/criteria/0/max";
    String digits = "1" + "0".repeat(999);

    assertRefused(
        () -> grid(GRID.replace("\"max\": 100,", "\"max\": " + digits + ",")),
        new DefinitionProblem("grid.json", pointer, "is beyond ±1e15"));
    assertRefusedStartingWith(
        () -> grid(GRID.replace("\"max\": 100,", "\"max\": " + digits + "0,")),
        "grid.json",
        "",
        "too large: Number value length (1001) exceeds the maximum allowed (1000)");
  }

  @Test
  void readStructures_stringOf20MillionCharactersParsed_oneMoreRefused() {
    String pointer = "/structures/0/name";
    String name = "x".repeat(20_000_000);

    assertRefused(
        () -> structures(STRUCTURES.replace("Mairie de Lyon", name)),
        new DefinitionProblem("structures.json", pointer, "length must be between 1 and 2000"));
    assertRefusedStartingWith(
        () -> structures(STRUCTURES.replace("Mairie de Lyon", name + "x")),
        "structures.json",
        "",
        "too large: String value length (20000001) exceeds the maximum allowed (20000000)");
  }
}
