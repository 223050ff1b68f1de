package io.github.indiko.core.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.indiko.core.DefinitionException;
import io.github.indiko.core.DefinitionProblem;
import io.github.indiko.core.internal.json.StrictJson;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import tools.jackson.core.JsonPointer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Small valid documents of every kind, and edits of them, for the tests of one rule each. */
final class Docs {
  static final String EDITION =
      json(
          """
          {"format": "indiko.edition/1", "id": "2017", "name": {"fr": "Baromètre", "en": "Barometer"},
           "defaultLocale": "fr", "timeZone": "Europe/Paris",
           "registration": {"opens": "2017-06-20", "closes": "2017-07-13"},
           "collection": {"from": "2017-09-01", "to": "2017-11-30"},
           "questionnaire": {"id": "accueil", "version": 3},
           "grid": {"id": "audit-accueil", "version": 1}}
          """);

  static final String STRUCTURES =
      json(
          """
          {"format": "indiko.structures/1", "structures": [
            {"id": "mairie-lyon", "name": "Mairie de Lyon", "type": "commune", "population": 522250},
            {"id": "caf-lyon", "name": "CAF de Lyon", "type": "social_security",
             "channels": ["in_person", "phone"]}]}
          """);

  static final String ENROLMENTS =
      json(
          """
          {"format": "indiko.enrolments/1",
           "enrolments": [{"structure": "mairie-lyon", "at": "2017-06-25", "level": "analysis"}]}
          """);

  static final String QUESTIONNAIRE =
      json(
          """
          {"format": "indiko.questionnaire/1", "id": "accueil", "version": 3, "defaultLocale": "fr",
           "title": {"fr": "Votre avis"},
           "sections": [
             {"id": "visit", "questions": [
               {"id": "courtesy_staff", "type": "rating", "scale": {"min": 1, "max": 5},
                "theme": "courtesy", "label": {"fr": "Courtois ?"}},
               {"id": "reasons", "type": "multi_choice", "label": {"fr": "Raisons"},
                "options": [{"value": "a", "label": {"fr": "A"}}, {"value": "b", "label": {"fr": "B"}}]}]},
             {"id": "end", "questions": [
               {"id": "comment", "type": "text", "label": {"fr": "Un commentaire ?"}}]}]}
          """);

  static final String GRID =
      json(
          """
          {"format": "indiko.grid/1", "id": "audit-accueil", "version": 1, "defaultLocale": "fr",
           "title": {"fr": "Grille"},
           "criteria": [
             {"id": "phone_rings", "channel": "phone", "theme": "waiting_time", "type": "measure",
              "integer": true, "min": 0, "max": 100, "target": {"good": 3, "bad": 8},
              "label": {"fr": "Sonneries"}},
             {"id": "phone_greeting", "channel": "phone", "type": "check",
              "label": {"fr": "Politesse"}}]}
          """);

  private Docs() {}

  static String json(String text) {
    return text.strip();
  }

  static InputStream stream(String json) {
    return new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * @param pointer where to put the value: an existing member keeps its place, a new one goes last
   * @param value JSON text
   * @return the document with the value set
   */
  static String with(String document, String pointer, String value) {
    JsonNode tree = StrictJson.documents().readTree(document);
    JsonPointer at = JsonPointer.compile(pointer);
    JsonNode parent = tree.at(at.head());
    JsonNode node = StrictJson.documents().readTree(value);
    if (parent instanceof ArrayNode array) {
      array.set(Integer.parseInt(at.last().getMatchingProperty()), node);
    } else {
      ((ObjectNode) parent).set(at.last().getMatchingProperty(), node);
    }
    return tree.toString();
  }

  /**
   * @return the document without the member at {@code pointer}
   */
  static String without(String document, String pointer) {
    JsonNode tree = StrictJson.documents().readTree(document);
    JsonPointer at = JsonPointer.compile(pointer);
    ((ObjectNode) tree.at(at.head())).remove(at.last().getMatchingProperty());
    return tree.toString();
  }

  /** Asserts that the call is refused with exactly these problems, in this order. */
  static void assertRefused(ThrowingCallable call, DefinitionProblem... problems) {
    assertThatThrownBy(call)
        .isInstanceOfSatisfying(
            DefinitionException.class,
            e ->
                assertThat(e.problems())
                    .containsExactlyElementsOf(List.of(problems)));
  }

  /** Asserts that the call is refused with one problem whose message starts with a prefix. */
  static void assertRefusedStartingWith(
      ThrowingCallable call, String file, String pointer, String messageStart) {
    assertThatThrownBy(call)
        .isInstanceOfSatisfying(
            DefinitionException.class,
            e ->
                assertThat(e.problems())
                    .singleElement()
                    .satisfies(
                        problem -> {
                          assertThat(problem.file())
                              .isEqualTo(file);
                          assertThat(problem.pointer())
                              .isEqualTo(pointer);
                          assertThat(problem.message())
                              .startsWith(messageStart);
                        }));
  }
}
