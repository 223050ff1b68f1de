package io.github.indiko.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.indiko.core.format.EditionFolder;
import io.github.indiko.scoring.Agreement;
import io.github.indiko.scoring.Explanation;
import io.github.indiko.scoring.ExplanationJson;
import io.github.indiko.scoring.ScoringEngine;
import io.github.indiko.scoring.Tally;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code indiko explain} of an edition with calibration audits (analysis.md §A5): the sample with
 * three phone audits of caf-lanvezec doubled by other auditors. The structure's doubles and the
 * edition's agreement appear in the text and the JSON; without doubles neither does.
 */
class AgreementExplainCommandTest {
  private static final String STRUCTURE = "caf-lanvezec";

  @TempDir Path tmp;

  /** An audit of caf-lanvezec's phone: rings and whether the hours were met. */
  private static String audit(
      String id, String auditor, int rings, boolean hours, @Nullable String of) {
    return "{\"id\":\""
        + id
        + "\",\"grid\":\"audit-accueil\",\"version\":1,\"structure\":\""
        + STRUCTURE
        + "\",\"channel\":\"phone\",\"auditor\":\""
        + auditor
        + "\",\"performedAt\":\"2017-10-04T11:05:55+02:00\",\"observations\":{"
        + "\"phone_hours\":\""
        + (hours ? "met" : "not_met")
        + "\",\"phone_rings\":"
        + rings
        + ",\"phone_greeting\":\"met\",\"phone_answer\":\"na\"}"
        + (of == null ? "" : ",\"of\":\"" + of + "\"")
        + "}\n";
  }

  private Path doubledEdition() throws IOException {
    Path edition = CliRun.sample(tmp);
    String lines =
        audit("cal-1", "aud-91", 3, true, null)
            + audit("cal-1-b", "aud-92", 4, true, "cal-1")
            + audit("cal-2", "aud-91", 6, false, null)
            + audit("cal-2-b", "aud-92", 6, true, "cal-2")
            + audit("cal-2-c", "aud-93", 7, false, "cal-2")
            + audit("cal-3", "aud-92", 2, true, null)
            + audit("cal-3-b", "aud-92", 2, true, "cal-3");
    Files.writeString(
        edition.resolve("audits.jsonl"), lines, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    return edition;
  }

  private static Explanation explanation(Path edition) {
    ScoringEngine engine = ScoringEngine.builder().builtIns().build();
    Tally tally = engine.tally(EditionFolder.load(edition), edition, reject -> {});
    return engine.explain(tally, STRUCTURE);
  }

  @Test
  void explain_doubledEdition_textCountsTheDoublesAndTabulatesTheAgreement() throws IOException {
    Path edition = doubledEdition();
    Agreement agreement = explanation(edition).agreement();

    CliRun run = CliRun.run("explain", edition.toString(), "--structure", STRUCTURE);

    assertThat(run.exitCode()).isEqualTo(Indiko.OK);
    assertThat(agreement.doubles()).isEqualTo(3);
    assertThat(run.out())
        .containsPattern(
            "(?m)^[0-9]+ accepted responses, [0-9]+ accepted audit records, 3 doubles"
                + " \\(calibration audits, in no score\\)$")
        .contains("agreement of auditors in the edition: 3 doubles, Krippendorff's alpha")
        .containsPattern("(?m)^    criterion +level +units +values +alpha$")
        .doesNotContainPattern("(?m)^    desk_signage +nominal")
        .containsPattern("(?m)^    15 criteria without a doubled observation are left out$")
        .containsPattern("(?m)^    phone_greeting +nominal +2 +5 +none$")
        .containsPattern(
            "(?m)^    phone_rings +interval +2 +5 +"
                + Pattern.quote(alpha(agreement, "phone_rings"))
                + "$")
        .containsPattern(
            "(?m)^    checks pooled +nominal +4 +10 +"
                + Pattern.quote(Numbers.alpha(agreement.checks().alpha()))
                + "$");
    assertThat(run.out().indexOf("agreement of auditors"))
        .isGreaterThan(run.out().indexOf("rank "));
  }

  @Test
  void explain_doubledEditionAsJson_theLibrarysJsonValidAgainstItsSchema() throws IOException {
    Path edition = doubledEdition();
    ByteArrayOutputStream expected = new ByteArrayOutputStream();
    ExplanationJson.write(explanation(edition), expected);
    Schema schema =
        SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(CliRun.json(ExplanationJson.schema()));

    CliRun run =
        CliRun.run("explain", edition.toString(), "--structure", STRUCTURE, "--format", "json");

    assertThat(run.exitCode()).isEqualTo(Indiko.OK);
    assertThat(run.out()).isEqualTo(expected.toString(StandardCharsets.UTF_8));
    assertThat(schema.validate(CliRun.json(run.out()))).isEmpty();
    assertThat(CliRun.json(run.out()).get("doubles").asLong()).isEqualTo(3);
    assertThat(CliRun.json(run.out()).get("agreement").get("doubles").asLong()).isEqualTo(3);
  }

  @Test
  void explain_sampleWithoutDoubles_noneOfIt() {
    Path edition = CliRun.sample(tmp);

    String text = CliRun.run("explain", edition.toString(), "--structure", STRUCTURE).out();
    String json =
        CliRun.run("explain", edition.toString(), "--structure", STRUCTURE, "--format", "json")
            .out();

    assertThat(text).doesNotContain("doubles").doesNotContain("agreement of auditors");
    assertThat(json).doesNotContain("\"doubles\"").doesNotContain("\"agreement\"");
  }

  private static String alpha(Agreement agreement, String criterion) {
    Double alpha =
        agreement.criteria().stream()
            .filter(c -> c.criterion().value().equals(criterion))
            .findFirst()
            .orElseThrow()
            .reliability()
            .alpha();
    return alpha == null ? "none" : Numbers.alpha(alpha);
  }
}
