package io.github.indiko.testsupport.edition;

import io.github.indiko.core.EditionDefinitions;
import io.github.indiko.core.audit.AuditId;
import io.github.indiko.core.audit.AuditRecord;
import io.github.indiko.core.audit.Observation;
import io.github.indiko.core.edition.Channel;
import io.github.indiko.core.edition.DefinitionRef;
import io.github.indiko.core.grid.CriterionId;
import io.github.indiko.core.format.EditionFolder;
import io.github.indiko.core.questionnaire.QuestionId;
import io.github.indiko.core.response.Answer;
import io.github.indiko.core.response.Response;
import io.github.indiko.core.response.ResponseId;
import io.github.indiko.core.structure.StructureId;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A small edition for hand-computed examples: one rating question {@code q} (1..5, theme courtesy),
 * one rating {@code overall} (1..5, theme overall), neither required; two checks, {@code desk}
 * (in_person) and {@code call} (phone), theme courtesy. Structures are communes.
 *
 * <p>{@link #versioned()} names two versions of the questionnaire instead (analysis.md §A4):
 * version 1, the questions above, and version 2, which drops {@code q} and asks {@code overall}
 * then {@code signage} (1..5, theme accessibility), in {@code questionnaires/tiny-1.json} and
 * {@code tiny-2.json}.
 */
public final class TinyEdition {
  private static final DefinitionRef QUESTIONNAIRE = new DefinitionRef("tiny", 1);
  private static final DefinitionRef GRID = new DefinitionRef("tiny-grid", 1);
  private static final OffsetDateTime AT = OffsetDateTime.parse("2017-10-02T10:00:00+02:00");

  private String scoring = "\"minimumResponses\": 5, \"disclosureThreshold\": 5";
  private String trophies = "{\"minimumEligible\": 3, \"consultation\": {\"minimumResponses\": 5}}";
  private final List<String> structures = new ArrayList<>();
  private final List<String> enrolments = new ArrayList<>();
  private String level = "analysis";
  private int responses;
  private int audits;
  private boolean versioned;

  /** Names versions 1 and 2 of the questionnaire (analysis.md §A4). */
  public TinyEdition versioned() {
    versioned = true;
    return this;
  }

  /**
   * @param members members of {@code scoring} (JSON, without braces)
   */
  public TinyEdition scoring(String members) {
    scoring = members;
    return this;
  }

  /** The level of the structures enrolled from now on (analysis until set). */
  public TinyEdition level(String level) {
    this.level = level;
    return this;
  }

  public TinyEdition trophies(String json) {
    trophies = json;
    return this;
  }

  /**
   * @param population null for none
   * @param channels JSON array, or null for every channel
   * @param enrolled whether it is enrolled (at the current {@link #level})
   */
  public TinyEdition structure(
      String id, @Nullable Long population, @Nullable String channels, boolean enrolled) {
    structures.add(
        "{\"id\": \""
            + id
            + "\", \"name\": \""
            + id
            + "\", \"type\": \"commune\""
            + (population == null ? "" : ", \"population\": " + population)
            + (channels == null ? "" : ", \"channels\": " + channels)
            + "}");
    if (enrolled) {
      enrolments.add(
          "{\"structure\": \"" + id + "\", \"at\": \"2017-06-25\", \"level\": \""
              + level
              + "\"}");
    }
    return this;
  }

  public EditionDefinitions write(Path dir) {
    try {
      Files.createDirectories(dir);
      Files.writeString(
          dir.resolve("edition.json"),
          "{\"format\": \"indiko.edition/1\", \"id\": \"tiny\", \"name\": {\"fr\": \"Tiny\"},"
              + " \"defaultLocale\": \"fr\", \"timeZone\": \"Europe/Paris\","
              + " \"registration\": {\"opens\": \"2017-06-20\", \"closes\": \"2017-07-13\"},"
              + " \"collection\": {\"from\": \"2017-09-01\", \"to\": \"2017-11-30\"},"
              + (versioned
                  ? " \"questionnaires\": [{\"id\": \"tiny\", \"version\": 1},"
                      + " {\"id\": \"tiny\", \"version\": 2}],"
                  : " \"questionnaire\": {\"id\": \"tiny\", \"version\": 1},")
              + " \"grid\": {\"id\": \"tiny-grid\", \"version\": 1},"
              + " \"scoring\": {"
              + scoring
              + "}, \"trophies\": "
              + trophies
              + "}");
      Files.writeString(
          dir.resolve("structures.json"),
          "{\"format\": \"indiko.structures/1\", \"structures\": ["
              + String.join(", ", structures)
              + "]}");
      Files.writeString(
          dir.resolve("enrolments.json"),
          "{\"format\": \"indiko.enrolments/1\", \"enrolments\": ["
              + String.join(", ", enrolments)
              + "]}");
      String q =
          "{\"id\": \"q\", \"type\": \"rating\", \"scale\": {\"min\": 1, \"max\": 5},"
              + " \"theme\": \"courtesy\", \"label\": {\"fr\": \"Q\"}}";
      String overall =
          "{\"id\": \"overall\", \"type\": \"rating\", \"scale\": {\"min\": 1, \"max\": 5},"
              + " \"theme\": \"overall\", \"label\": {\"fr\": \"O\"}}";
      String signage =
          "{\"id\": \"signage\", \"type\": \"rating\", \"scale\": {\"min\": 1, \"max\": 5},"
              + " \"theme\": \"accessibility\", \"label\": {\"fr\": \"S\"}}";
      if (versioned) {
        Files.createDirectories(dir.resolve("questionnaires"));
        Files.writeString(dir.resolve("questionnaires/tiny-1.json"), questionnaire(1, q, overall));
        Files.writeString(
            dir.resolve("questionnaires/tiny-2.json"), questionnaire(2, overall, signage));
      } else {
        Files.writeString(dir.resolve("questionnaire.json"), questionnaire(1, q, overall));
      }
      Files.writeString(
          dir.resolve("grid.json"),
          "{\"format\": \"indiko.grid/1\", \"id\": \"tiny-grid\", \"version\": 1,"
              + " \"defaultLocale\": \"fr\", \"title\": {\"fr\": \"G\"}, \"criteria\": ["
              + "{\"id\": \"desk\", \"channel\": \"in_person\", \"theme\": \"courtesy\","
              + " \"type\": \"check\", \"label\": {\"fr\": \"D\"}},"
              + "{\"id\": \"call\", \"channel\": \"phone\", \"theme\": \"courtesy\","
              + " \"type\": \"check\", \"label\": {\"fr\": \"C\"}}]}");
      Files.writeString(dir.resolve("responses.jsonl"), "");
      Files.writeString(dir.resolve("audits.jsonl"), "");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return EditionFolder.load(dir);
  }

  private static String questionnaire(int version, String... questions) {
    return "{\"format\": \"indiko.questionnaire/1\", \"id\": \"tiny\", \"version\": "
        + version
        + ", \"defaultLocale\": \"fr\", \"title\": {\"fr\": \"T\"}, \"sections\": [{\"id\":"
        + " \"s\", \"questions\": ["
        + String.join(",", questions)
        + "]}]}";
  }

  /**
   * A response to a version of the questionnaire.
   *
   * @param version 1 or 2
   * @param answers question id to rating, in order; a version's questions only
   */
  public Response response(
      int version, String structure, Channel channel, Map<String, Integer> answers) {
    Map<QuestionId, Answer> typed = new LinkedHashMap<>();
    answers.forEach((id, value) -> typed.put(new QuestionId(id), new Answer.Numeric(value)));
    return new Response(
        new ResponseId("r-" + ++responses),
        new DefinitionRef("tiny", version),
        new StructureId(structure),
        channel,
        AT,
        null,
        null,
        Map.of(),
        typed);
  }

  /**
   * @param q the answer to q, or null
   * @param overall the answer to overall, or null
   */
  public Response response(
      String structure, Channel channel, @Nullable Integer q, @Nullable Integer overall) {
    Map<QuestionId, Answer> answers = new LinkedHashMap<>();
    if (q != null) {
      answers.put(new QuestionId("q"), new Answer.Numeric(q));
    }
    if (overall != null) {
      answers.put(new QuestionId("overall"), new Answer.Numeric(overall));
    }
    return new Response(
        new ResponseId("r-" + ++responses),
        QUESTIONNAIRE,
        new StructureId(structure),
        channel,
        AT,
        null,
        null,
        Map.of(),
        answers);
  }

  /** An audit of the channel's check, met or not. */
  public AuditRecord audit(String structure, Channel channel, boolean met) {
    String criterion = channel.equals(Channel.PHONE) ? "call" : "desk";
    return new AuditRecord(
        new AuditId("a-" + ++audits),
        GRID,
        new StructureId(structure),
        channel,
        null,
        AT,
        Map.of(new CriterionId(criterion), met ? Observation.MET : Observation.NOT_MET),
        null);
  }
}
