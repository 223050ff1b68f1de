package io.github.indiko.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.indiko.core.calendar.WorkingDays;
import io.github.indiko.core.format.EditionFolder;
import io.github.indiko.core.structure.Structure;
import io.github.indiko.core.validation.Reject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A measure in working days observed as two dates (analysis.md §A6) scores as the number of days
 * they count: scoring needs no change.
 */
class WorkingDayScoringTest {
  private static final ScoringEngine ENGINE =
      ScoringEngine.builder().builtIns().threads(1).asOf(LocalDate.of(2017, 12, 1)).build();

  /** Lines read and written byte for byte (the sample has lines that are not UTF-8). */
  private static final Charset BYTES = StandardCharsets.ISO_8859_1;

  private static final Pattern DELAY = Pattern.compile("\"email_delay\":([0-9.]+)");
  private static final Pattern STRUCTURE = Pattern.compile("\"structure\":\"([^\"]+)\"");
  private static final Pattern DAY = Pattern.compile("\"performedAt\":\"(\\d{4}-\\d{2}-\\d{2})");

  @Test
  void score_workingDaysAsDatesOrAsNumbers_sameResultsJsonBytes(@TempDir Path temp)
      throws IOException {
    Path numbers = copy(temp.resolve("numbers"));
    Path dates = copy(temp.resolve("dates"));
    Map<String, Structure> structures =
        EditionFolder.load(numbers).structures().stream()
            .collect(Collectors.toMap(s -> s.id().value(), s -> s));
    List<String> asNumbers = new ArrayList<>();
    List<String> asDates = new ArrayList<>();
    int dated = 0;
    for (String line : Files.readAllLines(Samples.edition().resolve("audits.jsonl"), BYTES)) {
      Matcher delay = DELAY.matcher(line);
      Matcher structure = STRUCTURE.matcher(line);
      Matcher day = DAY.matcher(line);
      if (!delay.find() || !structure.find() || !day.find()) {
        asNumbers.add(line);
        asDates.add(line);
        continue;
      }
      int days = (int) Double.parseDouble(delay.group(1)) % 12;
      Structure observed = structures.get(structure.group(1));
      String department =
          observed == null || observed.territory() == null
              ? null
              : observed.territory().department();
      LocalDate from = LocalDate.parse(day.group(1)).minusDays(20);
      LocalDate to = from;
      for (int counted = 0; counted < days; ) {
        to = to.plusDays(1);
        counted += WorkingDays.isWorkingDay(to, department) ? 1 : 0;
      }
      String span = "{\"from\":\"" + from + "\",\"to\":\"" + to + "\"}";
      asNumbers.add(line.replace(delay.group(), "\"email_delay\":" + days));
      asDates.add(line.replace(delay.group(), "\"email_delay\":" + span));
      dated++;
    }
    Files.write(numbers.resolve("audits.jsonl"), asNumbers, BYTES);
    Files.write(dates.resolve("audits.jsonl"), asDates, BYTES);
    List<Reject> numberRejects = new ArrayList<>();
    List<Reject> dateRejects = new ArrayList<>();

    Results fromNumbers = ENGINE.score(numbers, numberRejects::add);
    Results fromDates = ENGINE.score(dates, dateRejects::add);

    assertThat(dated).isGreaterThan(15);
    assertThat(dateRejects).isEqualTo(numberRejects);
    assertThat(json(fromDates)).isEqualTo(json(fromNumbers));
    assertThat(json(fromNumbers))
        .as("the measure counts: the results differ from the sample's")
        .isNotEqualTo(json(ENGINE.score(Samples.edition(), r -> {})));
  }

  /** The sample edition, its email_delay counted in working days with a target of 2 to 10. */
  private static Path copy(Path target) throws IOException {
    try (Stream<Path> files = Files.walk(Samples.edition())) {
      for (Path file : files.toList()) {
        Files.copy(file, target.resolve(Samples.edition().relativize(file).toString()));
      }
    }
    Path grid = target.resolve("grid.json");
    String text = Files.readString(grid);
    String measure =
        text.substring(
            text.indexOf("\"id\": \"email_delay\""), text.indexOf("\"id\": \"email_complete\""));
    String inDays =
        measure
            .replace("\"unit\": \"hour\"", "\"unit\": \"working_day\"")
            .replace("\"good\": 48", "\"good\": 2")
            .replace("\"bad\": 120", "\"bad\": 10");
    assertThat(inDays).contains("working_day", "\"good\": 2", "\"bad\": 10");
    Files.writeString(grid, text.replace(measure, inDays));
    return target;
  }

  private static byte[] json(Results results) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ResultsJson.write(results, out);
    return out.toByteArray();
  }
}
