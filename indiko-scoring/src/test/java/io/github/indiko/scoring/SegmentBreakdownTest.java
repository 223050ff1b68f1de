package io.github.indiko.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.indiko.core.EditionDefinitions;
import io.github.indiko.core.audit.AuditRecord;
import io.github.indiko.core.format.EditionFolder;
import io.github.indiko.core.questionnaire.Segment;
import io.github.indiko.core.response.Response;
import io.github.indiko.core.validation.DataValidator;
import io.github.indiko.core.validation.ResponseRow;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The segment breakdown of results (analysis.md §A2, Breakdown), on the 2017 sample edition whose
 * questionnaire is given two segment keys, {@code age} (three values) and {@code sex} (two), and
 * whose accepted responses are each given a value of each key, or none, at random (a fixed seed).
 */
class SegmentBreakdownTest {
  private static final ScoringEngine ENGINE = ScoringEngine.builder().builtIns().threads(1).build();

  private static EditionDefinitions definitions;
  private static final List<Response> responses = new ArrayList<>();
  private static final List<AuditRecord> audits = new ArrayList<>();
  private static Results whole;

  @BeforeAll
  static void segmentTheSample() throws IOException {
    SegmentedSample segmented = new SegmentedSample();
    definitions = segmented.definitions;
    responses.addAll(segmented.responses);
    audits.addAll(segmented.audits);
    whole = results(responses, audits);
  }

  /**
   * Each cell against the structure scored from the cell's responses alone (the same edition,
   * the same order, no audit record): its {@code n} equals that structure's accepted responses;
   * its {@code satisfaction}, {@code net} and {@code nps} equal that structure's, value, n and
   * interval, bit for bit; its {@code score} equals that structure's survey source score, which
   * is the score of a channel over the same responses (scoring.md §4). Every cell of every
   * enrolled structure is compared, empty ones included.
   */
  @Test
  void results_eachCell_equalsTheStructureScoredFromTheCellsResponsesAlone() {
    int compared = 0;
    for (StructureResult structure : whole.structures()) {
      for (Segment segment : SegmentedSample.SEGMENTS) {
        for (Map.Entry<String, SegmentCell> entry :
            structure.segments().get(segment.key()).entrySet()) {
          Predicate<Response> inCell =
              response ->
                  response.structure().equals(structure.id())
                      && entry
                          .getKey()
                          .equals(
                              response
                                  .segment()
                                  .getOrDefault(segment.key(), StructureResult.NO_SEGMENT_VALUE));
          StructureResult alone =
              results(responses.stream().filter(inCell).toList(), List.of())
                  .structure(structure.id().value())
                  .orElseThrow();
          SegmentCell cell = entry.getValue();

          assertThat(cell.n()).isEqualTo(alone.responses());
          assertThat(cell.score()).isEqualTo(alone.survey().score());
          assertThat(cell.satisfaction()).isEqualTo(alone.satisfaction());
          assertThat(cell.net()).isEqualTo(alone.net());
          assertThat(cell.nps()).isEqualTo(alone.nps());
          compared += cell.n() >= 2 && cell.nps().ci() != null ? 1 : 0;
        }
      }
    }
    assertThat(compared).as("cells with every number and interval").isGreaterThan(20);
  }

  @Test
  void results_keysAndValues_inDeclaredOrderWithNoneLast() {
    for (StructureResult structure : whole.structures()) {
      assertThat(structure.segments().keySet()).containsExactly("age", "sex");
      assertThat(structure.segments().get("age").keySet())
          .containsExactly("16-34", "35-64", "65+", "(none)");
      assertThat(structure.segments().get("sex").keySet()).containsExactly("f", "m", "(none)");
    }
  }

  @Test
  void results_cellsOfAKey_sumToTheStructuresResponses_noneCountsThoseWithoutTheKey() {
    for (StructureResult structure : whole.structures()) {
      for (Segment segment : SegmentedSample.SEGMENTS) {
        Map<String, SegmentCell> cells = structure.segments().get(segment.key());
        long withoutKey =
            responses.stream()
                .filter(r -> r.structure().equals(structure.id()))
                .filter(r -> !r.segment().containsKey(segment.key()))
                .count();

        assertThat(cells.values().stream().mapToLong(SegmentCell::n).sum())
            .isEqualTo(structure.responses());
        assertThat(cells.get(StructureResult.NO_SEGMENT_VALUE).n()).isEqualTo(withoutKey);
      }
    }
    assertThat(whole.structures().stream().mapToLong(StructureResult::responses).sum())
        .isEqualTo(responses.size());
  }

  @Test
  void merge_anySplitAndOrder_sameBreakdownBitForBit() {
    qt().withExamples(15)
        .forAll(longs().all(), integers().between(2, 5))
        .checkAssert(
            (seed, count) -> {
              Random random = new Random(seed);
              List<Tally> parts = new ArrayList<>();
              for (int i = 0; i < count; i++) {
                parts.add(ENGINE.tally(definitions));
              }
              List<Response> shuffled = new ArrayList<>(responses);
              Collections.shuffle(shuffled, random);
              shuffled.forEach(r -> parts.get(random.nextInt(count)).add(r));
              audits.forEach(a -> parts.get(random.nextInt(count)).add(a));
              Collections.shuffle(parts, random);
              Tally merged = parts.get(0);
              for (Tally part : parts.subList(1, count)) {
                merged = random.nextBoolean() ? merged.merge(part) : part.merge(merged);
              }

              assertThat(segments(ENGINE.results(merged))).isEqualTo(segments(whole));
            });
  }

  @Test
  void add_rowsGivingTheirSegmentValues_sameBreakdownAsResponses() {
    DataValidator validator = DataValidator.of(definitions);
    Tally tally = ENGINE.tally(definitions);
    for (Response response : responses) {
      tally.add(new SegmentedRow(validator.row(response), positions(response)));
    }
    audits.forEach(tally::add);

    assertThat(segments(ENGINE.results(tally))).isEqualTo(segments(whole));
  }

  @Test
  void add_rowWithAValueBeyondItsKey_refusedCountingNothing() {
    Tally tally = ENGINE.tally(definitions);
    Response response = responses.get(0);
    ResponseRow row = DataValidator.of(definitions).row(response);

    assertThatThrownBy(() -> tally.add(new SegmentedRow(row, new int[] {3, -1})))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("segment age: no value 3 among its values");
    assertThat(ENGINE.results(tally).responses().accepted()).isZero();
  }

  @Test
  void add_responseWithAnUndeclaredKey_refusedCountingNothing() {
    Tally tally = ENGINE.tally(definitions);
    Response response = responses.get(0);
    Response undeclared =
        new Response(
            response.id(),
            response.questionnaire(),
            response.structure(),
            response.channel(),
            response.submittedAt(),
            response.locale(),
            response.respondent(),
            Map.of("region", "north"),
            response.answers());

    assertThatThrownBy(() -> tally.add(undeclared))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageEndingWith(
            ": segment \"region\": \"north\" is not declared by the questionnaire");
    assertThat(ENGINE.results(tally).responses().accepted()).isZero();
  }

  @Test
  void results_withoutDeclaredSegments_haveNoBreakdownWhateverTheResponsesSegment()
      throws IOException {
    EditionDefinitions sample = EditionFolder.load(Samples.edition());
    Tally tally = ENGINE.tally(sample);
    responses.forEach(tally::add);

    assertThat(ENGINE.results(tally).structures())
        .allSatisfy(structure -> assertThat(structure.segments()).isEmpty());
  }

  @Test
  void resultsJson_segments_roundTripAndMeetTheSchema() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ResultsJson.write(whole, out);
    String json = out.toString(StandardCharsets.UTF_8);
    Results read = ResultsJson.read(new ByteArrayInputStream(out.toByteArray()));

    assertThat(read.structures()).isEqualTo(whole.structures());
    assertThat(SchemaCheck.errors(json)).isEmpty();
    JsonNode structure = SchemaCheck.JSON.readTree(json).get("structures").get(0);
    assertThat(List.copyOf(structure.propertyNames())).endsWith("items", "segments");
    assertThat(List.copyOf(structure.get("segments").get("age").propertyNames()))
        .containsExactly("16-34", "35-64", "65+", "(none)");
    assertThat(List.copyOf(structure.get("segments").get("sex").get("(none)").propertyNames()))
        .containsExactly("n", "score", "satisfaction", "net", "nps");
  }

  @Test
  void resultsJson_segmentCellWithAnUnknownMember_refusedAtItsPointer() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ResultsJson.write(whole, out);
    String json =
        out.toString(StandardCharsets.UTF_8)
            .replaceFirst("\"16-34\": \\{", "\"16-34\": { \"extra\": 1,");

    assertThatThrownBy(
            () -> ResultsJson.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))))
        .hasMessageContaining("/structures/0/segments/age/16-34/extra")
        .hasMessageContaining("unknown member \"extra\"");
  }

  private static Results results(List<Response> cell, List<AuditRecord> records) {
    Tally tally = ENGINE.tally(definitions);
    cell.forEach(tally::add);
    records.forEach(tally::add);
    return ENGINE.results(tally);
  }

  private static Map<String, Map<String, Map<String, SegmentCell>>> segments(Results results) {
    Map<String, Map<String, Map<String, SegmentCell>>> byStructure = new LinkedHashMap<>();
    results.structures().forEach(s -> byStructure.put(s.id().value(), s.segments()));
    return byStructure;
  }

  private static int[] positions(Response response) {
    int[] positions = new int[SegmentedSample.SEGMENTS.size()];
    for (int k = 0; k < positions.length; k++) {
      String value = response.segment().get(SegmentedSample.SEGMENTS.get(k).key());
      positions[k] = value == null ? -1 : SegmentedSample.SEGMENTS.get(k).position(value);
    }
    return positions;
  }

  /** A row of the fast path giving its segment values, as the validator's rows will. */
  private record SegmentedRow(ResponseRow row, int[] positions) implements ResponseRow {
    @Override
    public long line() {
      return row.line();
    }

    @Override
    public int structure() {
      return row.structure();
    }

    @Override
    public int channel() {
      return row.channel();
    }

    @Override
    public int segmentValue(int key) {
      return positions[key];
    }

    @Override
    public boolean answered(int question) {
      return row.answered(question);
    }

    @Override
    public double number(int question) {
      return row.number(question);
    }

    @Override
    public boolean yes(int question) {
      return row.yes(question);
    }

    @Override
    public int option(int question) {
      return row.option(question);
    }

    @Override
    public long options(int question) {
      return row.options(question);
    }

    @Override
    public String text(int question) {
      return row.text(question);
    }

    @Override
    public LocalDate date(int question) {
      return row.date(question);
    }
  }
}
