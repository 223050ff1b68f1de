package io.github.indiko.reports;

import io.github.indiko.core.EditionDefinitions;
import io.github.indiko.core.edition.Theme;
import io.github.indiko.core.format.EditionFolder;
import io.github.indiko.core.structure.Enrolment;
import io.github.indiko.core.structure.StructureId;
import io.github.indiko.core.validation.SourceCounts;
import io.github.indiko.scoring.CriterionDetail;
import io.github.indiko.scoring.Importance;
import io.github.indiko.scoring.Results;
import io.github.indiko.scoring.ResultsJson;
import io.github.indiko.scoring.ScoredEdition;
import io.github.indiko.scoring.ScoringEngine;
import io.github.indiko.scoring.StructureDetail;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The 2017 sample scored by the engine, its expected results and the previous edition read as JSON
 * trees (independently of {@code ResultsJson}), and details built by hand.
 */
final class SampleFixture {
  static final Path EDITION = resource("/io/github/indiko/samples/edition-2017");
  static final Path PREVIOUS =
      resource("/io/github/indiko/samples/edition-2017/previous-2016/results.json");
  static final EditionDefinitions DEFINITIONS = EditionFolder.load(EDITION);
  static final Results RESULTS =
      ScoringEngine.builder().builtIns().build().score(DEFINITIONS, EDITION, reject -> {});
  static final Results PREVIOUS_RESULTS = readPrevious();
  static final JsonNode EXPECTED =
      tree(resource("/io/github/indiko/samples/expected/results.json"));
  static final JsonNode PREVIOUS_TREE = tree(PREVIOUS);

  private SampleFixture() {}

  /** The sample with minimal details for every enrolled structure, but those given. */
  static ScoredEdition scored(Results results, Map<StructureId, StructureDetail> details) {
    Map<StructureId, StructureDetail> all = new HashMap<>();
    for (Enrolment enrolment : DEFINITIONS.enrolments()) {
      all.put(enrolment.structure(), detail(enrolment.structure(), List.of(), Map.of()));
    }
    all.putAll(details);
    return new ScoredEdition(DEFINITIONS, results, all);
  }

  static ScoredEdition scored() {
    return scored(RESULTS, Map.of());
  }

  static StructureDetail detail(
      StructureId id, List<CriterionDetail> criteria, Map<Theme, Importance> importance) {
    return new StructureDetail(
        id, SourceCounts.empty(), SourceCounts.empty(), List.of(), criteria, importance);
  }

  /** The structure's member of the expected 2017 results. */
  static JsonNode expected(String id) {
    return structure(EXPECTED, id);
  }

  /** The structure's member of the 2016 results. */
  static JsonNode previous(String id) {
    return structure(PREVIOUS_TREE, id);
  }

  private static JsonNode structure(JsonNode results, String id) {
    for (JsonNode structure : results.get("structures")) {
      if (structure.get("id").asString().equals(id)) {
        return structure;
      }
    }
    throw new IllegalArgumentException("no structure " + id);
  }

  private static Results readPrevious() {
    try (InputStream in = Files.newInputStream(PREVIOUS)) {
      return ResultsJson.read(in, "previous-2016/results.json");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonNode tree(Path file) {
    return JsonMapper.builder().build().readTree(file.toFile());
  }

  private static Path resource(String name) {
    try {
      return Path.of(SampleFixture.class.getResource(name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
