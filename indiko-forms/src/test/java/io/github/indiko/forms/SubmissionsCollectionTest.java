package io.github.indiko.forms;

import static io.github.indiko.forms.Forms.accepted;
import static io.github.indiko.forms.Forms.minimal;
import static io.github.indiko.forms.Forms.rejected;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.indiko.core.EditionDefinitions;
import io.github.indiko.core.edition.EditionState;
import java.time.Clock;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * A response is received only while the edition collects (domain.md, Lifecycle of an edition): the
 * sample collects from 2017-09-01 to 2017-11-30, Europe/Paris, both days whole.
 */
class SubmissionsCollectionTest {
  private static Submission postAt(EditionDefinitions definitions, Clock clock, String body) {
    return Submissions.of(definitions, SubmissionLimits.defaults(), clock)
        .parse(body, Forms.context(Locale.ENGLISH));
  }

  private static Submission postAt(String instant) {
    return postAt(Forms.SAMPLE, Forms.at(instant), minimal());
  }

  private static EditionDefinitions sampleIn(EditionState state) {
    EditionDefinitions sample = Forms.SAMPLE;
    return new EditionDefinitions(
        sample.edition().withState(state),
        sample.structures(),
        sample.enrolments(),
        sample.questionnaire(),
        sample.grid());
  }

  private static void assertNotOpen(Submission submission) {
    Submission.Rejected rejected = rejected(submission);
    assertThat(rejected.errors())
        .singleElement()
        .satisfies(
            error -> {
              assertThat(error.code()).isEqualTo(FieldError.Code.COLLECTION_NOT_OPEN);
              assertThat(error.code().id()).isEqualTo("collection_not_open");
              assertThat(error.question()).isNull();
              assertThat(error.message()).contains("2017-09-01", "2017-11-30");
            });
    assertThat(rejected.state().values()).isEmpty();
  }

  @Test
  void parse_beforeCollectionFrom_refused() {
    assertNotOpen(postAt("2017-08-31T23:59:59.999+02:00"));
    assertNotOpen(postAt("2017-06-25T10:00:00+02:00"));
  }

  @Test
  void parse_afterCollectionTo_refused() {
    assertNotOpen(postAt("2017-12-01T00:00:00+01:00"));
    assertNotOpen(postAt("2026-03-01T10:00:00+01:00"));
  }

  @Test
  void parse_firstAndLastInstantsOfTheCollection_accepted() {
    assertThat(accepted(postAt("2017-09-01T00:00:00+02:00")).response().id().value())
        .isEqualTo("r-web-1");
    assertThat(accepted(postAt("2017-11-30T23:59:59.999+01:00")).response().answers())
        .hasSize(3);
  }

  @Test
  void parse_explicitClosedState_refusedInsideTheDates() {
    Clock inside = Forms.at("2017-10-02T10:00:00+02:00");
    assertNotOpen(postAt(sampleIn(EditionState.SCORING), inside, minimal()));
    assertNotOpen(postAt(sampleIn(EditionState.PUBLISHED), inside, minimal()));
    assertNotOpen(postAt(sampleIn(EditionState.REGISTRATION), inside, minimal()));
  }

  @Test
  void parse_explicitCollectionState_openInsideTheDatesOnly() {
    EditionDefinitions collecting = sampleIn(EditionState.COLLECTION);
    assertThat(
            accepted(postAt(collecting, Forms.at("2017-10-02T10:00:00+02:00"), minimal()))
                .response()
                .structure()
                .value())
        .isEqualTo("mairie-grandpre-sur-vire");
    assertNotOpen(postAt(collecting, Forms.at("2017-12-02T10:00:00+01:00"), minimal()));
  }

  @Test
  void parse_closedCollection_saysOnlyThatWhateverTheBody() {
    assertNotOpen(
        postAt(Forms.SAMPLE, Forms.at("2018-01-05T10:00:00+01:00"), "nosuch=1&courtesy_staff=9"));
  }

  @Test
  void parse_closedCollectionInFrench_saysItInFrench() {
    Submission submission =
        Submissions.of(Forms.SAMPLE, SubmissionLimits.defaults(), Forms.at("2018-01-05T10:00Z"))
            .parse(minimal(), Forms.context(Locale.FRENCH));

    assertThat(rejected(submission).errors().get(0).message())
        .startsWith("Cette enquête ne recueille pas de réponses")
        .contains("du 01/09/2017 au 30/11/2017");
  }
}
