package io.github.indiko.scoring;

import io.github.indiko.core.EditionDefinitions;
import io.github.indiko.core.LocalizedText;
import io.github.indiko.core.audit.AuditRecord;
import io.github.indiko.core.format.EditionFolder;
import io.github.indiko.core.questionnaire.Questionnaire;
import io.github.indiko.core.questionnaire.Segment;
import io.github.indiko.core.questionnaire.SegmentValue;
import io.github.indiko.core.response.Response;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The bundled sample edition whose questionnaire declares {@code age} (16-34, 35-64, 65+) and
 * {@code sex} (f, m), its accepted responses given random segment values (seed 2017: each key one
 * of its values or none, equally likely), and its accepted audits: the edition the breakdown and
 * weighting tests score.
 */
final class SegmentedSample {
  static final List<Segment> SEGMENTS =
      List.of(segment("age", "16-34", "35-64", "65+"), segment("sex", "f", "m"));

  final EditionDefinitions sample;
  final EditionDefinitions definitions;
  final List<Response> responses = new ArrayList<>();
  final List<AuditRecord> audits = new ArrayList<>();

  SegmentedSample() throws IOException {
    sample = EditionFolder.load(Samples.edition());
    Questionnaire plain = sample.questionnaire();
    definitions =
        new EditionDefinitions(
            sample.edition(),
            sample.structures(),
            sample.enrolments(),
            new Questionnaire(
                plain.id(),
                plain.version(),
                plain.defaultLocale(),
                plain.title(),
                plain.sections(),
                SEGMENTS),
            sample.grid());
    List<Object> accepted = new ArrayList<>();
    DeterminismTest.read(sample, accepted, new ArrayList<>());
    Random random = new Random(2017);
    for (Object record : accepted) {
      if (record instanceof Response response) {
        responses.add(withSegment(response, random, SEGMENTS.size()));
      } else {
        audits.add((AuditRecord) record);
      }
    }
  }

  /**
   * @param keys how many of the keys, from the first, the response may give
   * @return the response with, for each of those keys, one of its values or none (the key then
   *     absent), equally likely
   */
  static Response withSegment(Response response, Random random, int keys) {
    Map<String, String> segment = new LinkedHashMap<>();
    for (int k = 0; k < SEGMENTS.size(); k++) {
      Segment key = SEGMENTS.get(k);
      int value = random.nextInt(key.values().size() + 1);
      if (value < key.values().size() && k < keys) {
        segment.put(key.key(), key.values().get(value).value());
      }
    }
    return new Response(
        response.id(),
        response.questionnaire(),
        response.structure(),
        response.channel(),
        response.submittedAt(),
        response.locale(),
        response.respondent(),
        segment,
        response.answers());
  }

  static Segment segment(String key, String... values) {
    List<SegmentValue> declared = new ArrayList<>();
    for (String value : values) {
      declared.add(new SegmentValue(value, LocalizedText.of("fr", value)));
    }
    return new Segment(key, LocalizedText.of("fr", key), declared);
  }
}
