package io.github.indiko.servlet;

import static io.github.indiko.servlet.ServletFixture.RESPONSES;
import static io.github.indiko.servlet.ServletFixture.STRUCTURE;
import static io.github.indiko.servlet.ServletFixture.minimal;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.indiko.core.edition.DateRange;
import io.github.indiko.core.edition.Edition;
import io.github.indiko.core.format.EditionFolder;
import io.github.indiko.core.structure.StructureId;
import io.github.indiko.forms.kit.Invitations;
import io.github.indiko.samples.SampleEdition;
import io.github.indiko.servlet.ServletFixture.Form;
import io.github.indiko.store.IndikoStore;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Single-use invitations and the communication kit's link, over HTTP. */
class InvitationsHttpTest {
  private static final StructureId MAIRIE = new StructureId(STRUCTURE);
  private static final StructureId OTHER = new StructureId("mairie-roches-sur-marne");
  private static final String INVALID = "Le lien d&#39;invitation n&#39;est pas valide";

  @TempDir Path temp;

  private ServletFixture fixture;
  private Invitations invitations;

  @AfterEach
  void stop() throws Exception {
    fixture.close();
  }

  private void start(UnaryOperator<SurveySettings> settings) throws Exception {
    byte[] key = new byte[32];
    Arrays.fill(key, (byte) 42);
    invitations = Invitations.of(key, sampleEdition());
    fixture =
        new ServletFixture(
            temp, IndikoStore::sqlite, settings, builder -> builder.invitations(invitations));
  }

  @Test
  void get_withInvitation_formPostsWithTheToken() throws Exception {
    start(s -> s);
    String token = invitations.issue(MAIRIE);

    Form form = fixture.open("/survey/" + STRUCTURE + "?i=" + token);

    assertThat(form.action()).isEqualTo("/survey/" + STRUCTURE + "?i=" + token);
  }

  @Test
  void post_throughInvitation_storedWithThePseudonymNeverTheToken() throws Exception {
    start(s -> s);
    String token = invitations.issue(MAIRIE);
    Form form = fixture.open("/survey/" + STRUCTURE + "?i=" + token);

    HttpResponse<String> answer = fixture.post(form, minimal());

    assertThat(answer.statusCode()).isEqualTo(303);
    String pseudonym =
        invitations.respondent(MAIRIE, token, ServletFixture.DURING).orElseThrow();
    String stored = exported();
    assertThat(stored).contains("\"respondent\":\"" + pseudonym + "\"").doesNotContain(token);
  }

  @Test
  void post_secondAnswerThroughTheSameInvitation_409AndNothingMoreStored() throws Exception {
    start(s -> s);
    String token = invitations.issue(MAIRIE);
    Form first = fixture.open("/survey/" + STRUCTURE + "?i=" + token);
    Form second = fixture.open("/survey/" + STRUCTURE + "?i=" + token);

    HttpResponse<String> one = fixture.post(first, minimal());
    HttpResponse<String> replay = fixture.post(first, minimal());
    HttpResponse<String> two = fixture.post(second, minimal());

    assertThat(one.statusCode()).isEqualTo(303);
    assertThat(replay.statusCode()).isEqualTo(303);
    assertThat(two.statusCode()).isEqualTo(409);
    assertThat(two.body())
        .contains("Vous avez déjà répondu par cette invitation")
        .doesNotContain("<form");
    assertThat(fixture.edition.count(RESPONSES)).isEqualTo(1);
  }

  @Test
  void post_twoInvitations_twoResponses() throws Exception {
    start(s -> s);
    Form one = fixture.open("/survey/" + STRUCTURE + "?i=" + invitations.issue(MAIRIE));
    Form two = fixture.open("/survey/" + STRUCTURE + "?i=" + invitations.issue(MAIRIE));

    assertThat(fixture.post(one, minimal()).statusCode()).isEqualTo(303);
    assertThat(fixture.post(two, minimal()).statusCode()).isEqualTo(303);
    assertThat(fixture.edition.count(RESPONSES)).isEqualTo(2);
  }

  @Test
  void get_invalidInvitations_403WithoutTheForm() throws Exception {
    start(s -> s);
    String token = invitations.issue(MAIRIE);
    String tampered =
        token.substring(0, 20) + (token.charAt(20) == 'A' ? 'B' : 'A') + token.substring(21);

    for (String query :
        new String[] {
          "?i=" + tampered,
          "?i=" + token.substring(1),
          "?i=",
          "?i=%2F%2E%C3",
          "?i=" + token + "&i=" + token,
          "?i=" + invitations.issue(OTHER),
        }) {
      HttpResponse<String> page = fixture.get("/survey/" + STRUCTURE + query);
      assertThat(page.statusCode()).as(query).isEqualTo(403);
      assertThat(page.body()).as(query).contains(INVALID).doesNotContain("<form");
    }
  }

  @Test
  void post_invalidInvitation_403AndNothingStored() throws Exception {
    start(s -> s);
    Form open = fixture.open();
    String other = invitations.issue(OTHER);
    Form invited = new Form(open.session(), open.token(), open.action() + "?i=" + other);

    HttpResponse<String> answer = fixture.post(invited, minimal());

    assertThat(answer.statusCode()).isEqualTo(403);
    assertThat(answer.body()).contains(INVALID);
    assertThat(fixture.edition.count(RESPONSES)).isZero();
  }

  @Test
  void get_expiredInvitation_403() throws Exception {
    start(s -> s);
    byte[] key = new byte[32];
    Arrays.fill(key, (byte) 42);
    Edition sample = sampleEdition();
    Edition shorter =
        new Edition(
            sample.id(), sample.name(), sample.defaultLocale(), sample.timeZone(),
            sample.registration(),
            new DateRange(sample.collection().from(), LocalDate.of(2017, 9, 13)),
            sample.questionnaire(), sample.grid(), sample.scoring(), sample.trophies(),
            sample.previous(), sample.channels());
    String expired = Invitations.of(key, shorter).issue(MAIRIE);

    HttpResponse<String> page = fixture.get("/survey/" + STRUCTURE + "?i=" + expired);

    assertThat(page.statusCode()).isEqualTo(403);
    assertThat(page.body()).contains(INVALID);
  }

  @Test
  void openLinksRefused_withoutInvitation403_withInvitationServed() throws Exception {
    start(s -> s.withOpenLinks(false));
    String token = invitations.issue(MAIRIE);

    HttpResponse<String> open = fixture.get("/survey/" + STRUCTURE);
    HttpResponse<String> post =
        fixture.post("/survey/" + STRUCTURE, null, minimal() + "&_csrf=x");
    Form invited = fixture.open("/survey/" + STRUCTURE + "?i=" + token);

    assertThat(open.statusCode()).isEqualTo(403);
    assertThat(open.body()).contains(INVALID);
    assertThat(post.statusCode()).isEqualTo(403);
    assertThat(post.body()).contains(INVALID);
    assertThat(fixture.post(invited, minimal()).statusCode()).isEqualTo(303);
    assertThat(fixture.edition.count(RESPONSES)).isEqualTo(1);
  }

  @Test
  void openLinksAllowed_storedWithoutRespondent() throws Exception {
    start(s -> s);
    Form form = fixture.open();

    assertThat(fixture.post(form, minimal()).statusCode()).isEqualTo(303);
    assertThat(exported()).doesNotContain("\"respondent\":\"");
  }

  @Test
  void get_invitationWithoutInvitationsConfigured_403() throws Exception {
    fixture = ServletFixture.start(temp, s -> s, b -> b);
    byte[] key = new byte[32];
    String token = Invitations.of(key, sampleEdition()).issue(MAIRIE);

    HttpResponse<String> page = fixture.get("/survey/" + STRUCTURE + "?i=" + token);

    assertThat(page.statusCode()).isEqualTo(403);
  }

  @Test
  void get_kitLink_303ToTheSurveyKeepingTheInvitation() throws Exception {
    start(s -> s);
    String token = invitations.issue(MAIRIE);

    HttpResponse<String> bare = fixture.get("/survey?s=" + STRUCTURE);
    HttpResponse<String> slash = fixture.get("/survey/?s=" + STRUCTURE + "&i=" + token);

    assertThat(bare.statusCode()).isEqualTo(303);
    assertThat(bare.headers().firstValue("Location")).hasValue("/survey/" + STRUCTURE);
    assertThat(slash.statusCode()).isEqualTo(303);
    assertThat(slash.headers().firstValue("Location"))
        .hasValue("/survey/" + STRUCTURE + "?i=" + token);
    assertThat(fixture.open(slash.headers().firstValue("Location").orElseThrow()).action())
        .endsWith("?i=" + token);
  }

  @Test
  void get_kitLinkOfNoStructure_404() throws Exception {
    start(s -> s);

    assertThat(fixture.get("/survey?s=no-such-structure").statusCode()).isEqualTo(404);
    assertThat(fixture.get("/survey/?s=Not%20An%20Id").statusCode()).isEqualTo(404);
    assertThat(fixture.get("/survey/?s=" + STRUCTURE + "%2Fthanks").statusCode())
        .isEqualTo(404);
    assertThat(fixture.get("/survey?s=" + STRUCTURE + "&s=" + STRUCTURE).statusCode())
        .isEqualTo(404);
    assertThat(fixture.get("/survey/" + STRUCTURE + "?s=" + STRUCTURE).statusCode())
        .isEqualTo(200);
    assertThat(fixture.get("/survey").statusCode()).isEqualTo(404);
  }

  private Edition sampleEdition() throws Exception {
    return EditionFolder.load(SampleEdition.copyTo(temp.resolve("sample"))).edition();
  }

  private String exported() throws Exception {
    Path out = temp.resolve("export");
    fixture.edition.export(out);
    return Files.readString(out.resolve(RESPONSES));
  }
}
