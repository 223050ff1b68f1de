package io.github.indiko.servlet;

import static io.github.indiko.servlet.ServletFixture.RESPONSES;
import static io.github.indiko.servlet.ServletFixture.STRUCTURE;
import static io.github.indiko.servlet.ServletFixture.minimal;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.indiko.servlet.ServletFixture.Form;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The collection period of the sample (1 September to 30 November 2017, Europe/Paris) over HTTP:
 * the survey is served only while the edition collects (domain.md, Lifecycle of an edition).
 */
class CollectionPeriodTest {
  private static final Instant BEFORE =
      OffsetDateTime.parse("2017-08-31T23:59:00+02:00").toInstant();
  private static final Instant LAST_MINUTE =
      OffsetDateTime.parse("2017-11-30T23:59:00+01:00").toInstant();
  private static final Instant AFTER = OffsetDateTime.parse("2017-12-01T00:00:00+01:00").toInstant();

  @TempDir Path temp;

  private ServletFixture fixture;

  @BeforeEach
  void start() throws Exception {
    fixture = ServletFixture.start(temp, s -> s, builder -> builder);
  }

  @AfterEach
  void stop() throws Exception {
    fixture.close();
  }

  @Test
  void get_beforeTheCollection_403NotYetOpenWithTheDate() throws Exception {
    fixture.clock.set(BEFORE);

    HttpResponse<String> page = fixture.get("/survey/" + STRUCTURE);

    assertThat(page.statusCode()).isEqualTo(403);
    assertThat(page.body())
        .contains("pas encore ouverte", "Elle ouvrira le 1 septembre 2017.")
        .doesNotContain("<form");
  }

  @Test
  void post_beforeTheCollection_403AndNothingStored() throws Exception {
    Form form = fixture.open();
    fixture.clock.set(BEFORE);

    HttpResponse<String> answer = fixture.post(form, minimal());

    assertThat(answer.statusCode()).isEqualTo(403);
    assertThat(answer.body()).contains("pas encore ouverte");
    assertThat(fixture.edition.count(RESPONSES)).isZero();
  }

  @Test
  void get_afterTheCollection_410Closed() throws Exception {
    fixture.clock.set(AFTER);

    HttpResponse<String> page = fixture.get("/survey/" + STRUCTURE);

    assertThat(page.statusCode()).isEqualTo(410);
    assertThat(page.body()).contains("L&#39;enquête est close").doesNotContain("<form");
  }

  @Test
  void post_afterTheCollection_410AndNothingStored() throws Exception {
    Form form = fixture.open();
    fixture.clock.set(AFTER);

    HttpResponse<String> answer = fixture.post(form, minimal());

    assertThat(answer.statusCode()).isEqualTo(410);
    assertThat(fixture.edition.count(RESPONSES)).isZero();
  }

  @Test
  void post_lastMinuteOfTheCollection_stored() throws Exception {
    fixture.clock.set(LAST_MINUTE);
    Form form = fixture.open();

    HttpResponse<String> answer = fixture.post(form, minimal());

    assertThat(answer.statusCode()).isEqualTo(303);
    assertThat(fixture.edition.count(RESPONSES)).isEqualTo(1);
  }
}
