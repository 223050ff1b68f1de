package io.github.indiko.core;

import io.github.indiko.core.edition.Population;
import io.github.indiko.core.edition.Weighting;
import io.github.indiko.core.format.EditionFolder;
import io.github.indiko.core.questionnaire.Questionnaire;
import io.github.indiko.core.questionnaire.Segment;
import io.github.indiko.core.questionnaire.SegmentValue;
import io.github.indiko.core.structure.Enrolment;
import io.github.indiko.core.structure.Structure;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The definitions errors of survey weighting (analysis.md §A3, Declaration), which need the
 * edition, the questionnaire, the structures and {@code population.json} together: the method
 * needs the population; every key is a declared segment key; every entry names {@code "*"} or a
 * structure; every enrolled structure has margins (its own entry, else {@code "*"}); in the entry
 * used, every weighting key gives a share to each of its declared values and to no other value,
 * and its shares sum to 1 within {@value #SUM_TOLERANCE}. Each entry is checked once; a problem of
 * an entry names the first enrolled structure that uses it and the key.
 */
final class WeightingChecks {
  /** How far from 1 the shares of a key may sum (analysis.md §A3, Declaration). */
  static final double SUM_TOLERANCE = 1e-9;

  private static final String POPULATION = EditionFolder.POPULATION;
  private static final String AT_WEIGHTING = "/scoring/weighting";

  private final List<DefinitionProblem> problems = new ArrayList<>();

  private WeightingChecks() {}

  static List<DefinitionProblem> check(
      Weighting weighting,
      @Nullable Population population,
      Questionnaire questionnaire,
      List<Structure> structures,
      List<Enrolment> enrolments) {
    WeightingChecks checks = new WeightingChecks();
    if (weighting.asked()) {
      List<Segment> keys = checks.keys(weighting, questionnaire);
      if (population == null) {
        checks.add(
            EditionFolder.EDITION,
            AT_WEIGHTING,
            "weighting method "
                + weighting.method().code()
                + " needs the margins of population.json in the edition folder");
      } else if (keys != null) {
        checks.entries(population, structures);
        checks.margins(population, keys, enrolments);
      }
    }
    return List.copyOf(checks.problems);
  }

  /** @return the declared segments of the weighting keys, or null when one is not declared */
  private @Nullable List<Segment> keys(Weighting weighting, Questionnaire questionnaire) {
    List<Segment> segments = new ArrayList<>();
    for (int i = 0; i < weighting.keys().size(); i++) {
      String key = weighting.keys().get(i);
      int position = questionnaire.segmentPosition(key);
      if (position < 0) {
        add(
            EditionFolder.EDITION,
            AT_WEIGHTING + "/keys/" + i,
            "weighting key "
                + key
                + " is not a segment key of the questionnaire"
                + declared(questionnaire));
      } else {
        segments.add(questionnaire.segments().get(position));
      }
    }
    return segments.size() == weighting.keys().size() ? segments : null;
  }

  private static String declared(Questionnaire questionnaire) {
    return questionnaire.segments().isEmpty()
        ? ", which declares none"
        : " (declared: "
            + questionnaire.segments().stream().map(Segment::key).collect(Collectors.joining(", "))
            + ")";
  }

  private void entries(Population population, List<Structure> structures) {
    Set<String> ids =
        structures.stream().map(structure -> structure.id().value()).collect(Collectors.toSet());
    for (String entry : population.margins().keySet()) {
      if (!entry.equals(Population.EVERY_STRUCTURE) && !ids.contains(entry)) {
        add(POPULATION, "/margins/" + entry, "names no structure of structures.json: " + entry);
      }
    }
  }

  private void margins(Population population, List<Segment> keys, List<Enrolment> enrolments) {
    Map<String, String> firstUser = new LinkedHashMap<>();
    for (Enrolment enrolment : enrolments) {
      String structure = enrolment.structure().value();
      String entry =
          population.margins().containsKey(structure)
              ? structure
              : population.margins().containsKey(Population.EVERY_STRUCTURE)
                  ? Population.EVERY_STRUCTURE
                  : null;
      if (entry == null) {
        add(
            POPULATION,
            "/margins",
            "structure " + structure + " has no margins: no entry of its own and no \"*\" entry");
      } else {
        firstUser.putIfAbsent(entry, structure);
      }
    }
    firstUser.forEach(
        (entry, structure) -> {
          for (Segment key : keys) {
            shares(entry, structure, key, population.margins().get(entry).get(key.key()));
          }
        });
  }

  private void shares(
      String entry, String structure, Segment key, @Nullable Map<String, Double> shares) {
    String at = "/margins/" + entry + "/" + key.key();
    String whose = "structure " + structure + ", key " + key.key() + ": ";
    if (shares == null) {
      add(POPULATION, "/margins/" + entry, whose + "no margins for this weighting key");
      return;
    }
    for (SegmentValue value : key.values()) {
      if (!shares.containsKey(value.value())) {
        add(POPULATION, at, whose + "no share for the declared value " + value.value());
      }
    }
    BigDecimal sum = BigDecimal.ZERO;
    for (Map.Entry<String, Double> share : shares.entrySet()) {
      if (key.position(share.getKey()) < 0) {
        add(
            POPULATION,
            at + "/" + share.getKey(),
            whose + share.getKey() + " is not a declared value of the key");
      }
      sum = sum.add(new BigDecimal(share.getValue()));
    }
    if (sum.subtract(BigDecimal.ONE).abs().compareTo(new BigDecimal(SUM_TOLERANCE)) > 0) {
      add(POPULATION, at, whose + "the shares sum to " + sum.doubleValue() + ", not 1");
    }
  }

  private void add(String file, String pointer, String message) {
    problems.add(new DefinitionProblem(file, pointer, message));
  }
}
