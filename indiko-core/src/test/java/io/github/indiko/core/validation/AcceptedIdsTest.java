package io.github.indiko.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AcceptedIdsTest {
  private static final int ROWS = 70_000;

  /**
   * Row {@code i} of a read of {@link #ROWS} lines: duplicated ids and respondents next to their
   * first line and far from it, on the edition's three structures (a respondent is a duplicate on
   * its structure only).
   */
  private static RowBuffer row(int i) {
    int id = i % 997 == 0 && i > 40_000 ? i - 40_000 : i % 7 == 0 ? i - 1 : i;
    int respondent = i % 11 == 0 ? i - 3 : i % 1009 == 0 && i > 50_000 ? i - 50_000 : i;
    RowBuffer row = new RowBuffer(0);
    row.line = i;
    row.idBytes = ("r-" + id).getBytes(StandardCharsets.UTF_8);
    row.idLength = row.idBytes.length;
    row.respondentBytes = ("p-" + respondent).getBytes(StandardCharsets.UTF_8);
    row.respondentLength = row.respondentBytes.length;
    row.structure = respondent % 3 == 0 ? 1 : 0;
    return row;
  }

  /** What admitting each row gave, in order: "ok", or the fault's reason and message. */
  private static List<String> admitted(long hint, int group) {
    EditionIndex index = new EditionIndex(Fixtures.definitions(true));
    List<String> outcomes = new ArrayList<>();
    try (AcceptedIds ids = new AcceptedIds(index, "responses", true)) {
      if (hint >= 0) {
        ids.expect(hint);
      }
      RowBuffer[] rows = new RowBuffer[group];
      for (int start = 1; start <= ROWS; start += group) {
        int count = Math.min(group, ROWS + 1 - start);
        for (int r = 0; r < count; r++) {
          rows[r] = row(start + r);
          ids.prepare(rows[r]);
        }
        ids.prefetch(rows, 0, count);
        for (int r = 0; r < count; r++) {
          Fault fault = ids.admit(rows[r]);
          outcomes.add(fault == null ? "ok" : fault.reason() + " " + fault.message());
        }
      }
    }
    return outcomes;
  }

  /** The same outcomes, from sets of strings and the structures' ids. */
  private static List<String> expected() {
    List<String> structures =
        new EditionIndex(Fixtures.definitions(true))
            .structures().stream().map(s -> s.id().value()).toList();
    Set<String> ids = new HashSet<>();
    Set<String> respondents = new HashSet<>();
    List<String> outcomes = new ArrayList<>();
    for (int i = 1; i <= ROWS; i++) {
      RowBuffer row = row(i);
      String id = new String(row.idBytes, StandardCharsets.UTF_8);
      String respondent = new String(row.respondentBytes, StandardCharsets.UTF_8);
      String structure = structures.get(row.structure);
      if (ids.contains(id)) {
        outcomes.add("DUPLICATE_ID id " + id + " was accepted before");
      } else if (!respondents.add(structure + "/" + respondent)) {
        outcomes.add(
            "DUPLICATE_RESPONDENT respondent \"" + respondent + "\" already answered for "
                + structure);
      } else {
        ids.add(id);
        outcomes.add("ok");
      }
    }
    return outcomes;
  }

  @Test
  void admit_anyHintAndReadAhead_sameOutcomesAsSetsOfStrings() {
    List<String> expected = expected();
    assertThat(expected.stream().filter(o -> o.startsWith("DUPLICATE_ID")).count())
        .isGreaterThan(9000);
    assertThat(expected.stream().filter(o -> o.startsWith("DUPLICATE_RESPONDENT")).count())
        .isGreaterThan(4000);
    // No hint, 0, below, at and above the count of each set, and a huge one; groups read ahead
    // of one row, of a prefetch group, and of a whole block.
    assertThat(admitted(-1, 1)).isEqualTo(expected);
    assertThat(admitted(0, RowScan.PREFETCH_ROWS)).isEqualTo(expected);
    assertThat(admitted(10_000, 1850)).isEqualTo(expected);
    assertThat(admitted(ROWS, RowScan.PREFETCH_ROWS)).isEqualTo(expected);
    assertThat(admitted(4L * ROWS, 1850)).isEqualTo(expected);
    assertThat(admitted(Long.MAX_VALUE, RowScan.PREFETCH_ROWS)).isEqualTo(expected);
  }
}
