package io.github.indiko.samples;

import io.github.indiko.core.edition.Population;
import io.github.indiko.core.edition.Weighting;
import io.github.indiko.core.format.EditionFolder;
import io.github.indiko.core.structure.Enrolment;
import io.github.indiko.core.structure.Structure;
import io.github.indiko.core.structure.StructureType;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The weighting of a {@link SyntheticEdition} (analysis.md §A3, Declaration): the keys its method
 * weights on, and the margins of {@code population.json}. The {@code "*"} entry holds the shares
 * the respondents are drawn from ({@link SyntheticPopulation#AGE_SHARES}, {@link
 * SyntheticPopulation#WOMEN_SHARE}); the first enrolled commune has the younger margins of the
 * specification's example and the second an older town's, so that both kinds of entry are used.
 */
final class SyntheticMargins {
  /** The age and sex shares of the communes with their own entry, in that order. */
  private static final List<double[][]> OWN =
      List.of(
          new double[][] {{0.36, 0.45, 0.19}, {0.53, 0.47}},
          new double[][] {{0.22, 0.47, 0.31}, {0.51, 0.49}});

  private static final String INDENT = "  ";

  private SyntheticMargins() {}

  /**
   * @param method how responses are weighted
   * @return the weighting of {@code scoring.weighting}: post-stratification on {@code age},
   *     raking on {@code age} and {@code sex}
   */
  static Weighting weighting(Weighting.Method method) {
    return switch (method) {
      case NONE -> Weighting.none();
      case POST_STRATIFICATION -> new Weighting(method, List.of("age"));
      case RAKING -> new Weighting(method, List.of("age", "sex"));
    };
  }

  /**
   * @param structures the edition's structures, in order
   * @param enrolments the edition's enrolments
   * @return the margins: {@code "*"}, then the first two enrolled communes' own
   */
  static Population population(List<Structure> structures, List<Enrolment> enrolments) {
    Set<String> enrolled = new HashSet<>();
    enrolments.forEach(enrolment -> enrolled.add(enrolment.structure().value()));
    Map<String, Map<String, Map<String, Double>>> margins = new LinkedHashMap<>();
    double[] women = {SyntheticPopulation.WOMEN_SHARE, 1 - SyntheticPopulation.WOMEN_SHARE};
    margins.put(Population.EVERY_STRUCTURE, entry(SyntheticPopulation.AGE_SHARES, women));
    for (Structure structure : structures) {
      String id = structure.id().value();
      if (margins.size() <= OWN.size()
          && structure.type() == StructureType.COMMUNE
          && enrolled.contains(id)) {
        double[][] own = OWN.get(margins.size() - 1);
        margins.put(id, entry(own[0], own[1]));
      }
    }
    return new Population(margins);
  }

  private static Map<String, Map<String, Double>> entry(double[] ages, double[] sexes) {
    Map<String, Double> age = new LinkedHashMap<>();
    for (int band = 0; band < ages.length; band++) {
      age.put(SyntheticPopulation.AGES.get(band), ages[band]);
    }
    Map<String, Double> sex = new LinkedHashMap<>();
    sex.put("f", sexes[0]);
    sex.put("m", sexes[1]);
    Map<String, Map<String, Double>> entry = new LinkedHashMap<>();
    entry.put("age", age);
    entry.put("sex", sex);
    return entry;
  }

  /**
   * Writes {@link EditionFolder#POPULATION} as the definitions are written: UTF-8, two spaces of
   * indent, members in order. Entries, keys and values are identifiers or {@code "*"} (checked by
   * {@link Population}), which JSON strings hold as they are.
   */
  static void write(Population population, OutputStream out) throws IOException {
    StringBuilder json = new StringBuilder();
    json.append("{\n")
        .append(INDENT)
        .append("\"format\": \"indiko.population/1\",\n")
        .append(INDENT)
        .append("\"margins\": ");
    object(json, population.margins(), 1);
    json.append("\n}\n");
    out.write(json.toString().getBytes(StandardCharsets.UTF_8));
  }

  private static void object(StringBuilder json, Map<String, ?> members, int depth) {
    json.append("{\n");
    String separator = "";
    for (Map.Entry<String, ?> member : members.entrySet()) {
      json.append(separator).append(INDENT.repeat(depth + 1));
      json.append('"').append(member.getKey()).append("\": ");
      if (member.getValue() instanceof Map<?, ?> nested) {
        Map<String, Object> copy = new LinkedHashMap<>();
        nested.forEach((name, value) -> copy.put(String.valueOf(name), value));
        object(json, copy, depth + 1);
      } else {
        json.append(member.getValue());
      }
      separator = ",\n";
    }
    json.append('\n').append(INDENT.repeat(depth)).append('}');
  }
}
