package io.github.indiko.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.indiko.core.EditionDefinitions;
import io.github.indiko.core.privacy.Pseudonymiser;
import io.github.indiko.core.structure.Structure;
import io.github.indiko.core.structure.StructureId;
import io.github.indiko.core.validation.EditionData;
import io.github.indiko.core.validation.Reject;
import io.github.indiko.core.validation.RejectReason;
import io.github.indiko.forms.kit.CommunicationKit;
import io.github.indiko.forms.kit.Invitations;
import io.github.indiko.scoring.Results;
import io.github.indiko.scoring.ScoringEngine;
import io.github.indiko.store.EditionStore;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A portal whose survey is answered by invitation only ({@code indiko.open-links=false}), under
 * the edition's key of {@code indiko.invitations.key}: the application issues tokens from the
 * starter's {@link Invitations} bean, the survey accepts each once, and the SQLite store keeps
 * the respondent as its pseudonym under the key, which the starter's engine scores as it is.
 */
@SpringBootTest(
    classes = CollectingApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "server.address=127.0.0.1",
      "indiko.open-links=false",
      "spring.autoconfigure.exclude="
          + NoLogin.CONFIGURATIONS
          + ",org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration"
    })
class InvitationKeyTest {
  private static final StructureId MAIRIE = new StructureId(SurveyHttp.STRUCTURE);
  private static final byte[] KEY = key();
  private static final String INVALID = "Le lien d&#39;invitation n&#39;est pas valide";
  private static Path folder;

  @LocalServerPort int port;
  @Autowired Invitations invitations;
  @Autowired EditionStore edition;
  @Autowired EditionDefinitions definitions;
  @Autowired ScoringEngine engine;

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) throws IOException {
    folder = SurveyHttp.folderWithTheSample("indiko-starter-invitations-");
    Path sample = folder.resolve("edition");
    Path key = Files.write(folder.resolve("edition.key"), KEY);
    registry.add("indiko.edition", () -> sample.toUri().toString());
    registry.add("indiko.store.sqlite-file", () -> folder.resolve("responses.db").toString());
    registry.add("indiko.invitations.key", () -> key.toUri().toString());
  }

  @AfterAll
  static void deleteFolder() throws IOException {
    SurveyHttp.delete(folder);
  }

  @Test
  void get_invitationOfTheBean_form() throws Exception {
    SurveyHttp http = new SurveyHttp(port);
    String token = invitations.issue(MAIRIE);

    SurveyHttp.Form form = http.open("/survey", "?i=" + token);

    assertThat(form.token()).isNotBlank();
  }

  @Test
  void get_kitInvitationLink_303ToTheFormOfTheInvitation() throws Exception {
    SurveyHttp http = new SurveyHttp(port);
    Structure mairie =
        definitions.structures().stream()
            .filter(s -> s.id().equals(MAIRIE))
            .findFirst()
            .orElseThrow();
    URI base = URI.create("http://127.0.0.1:" + port + "/survey");
    String token = invitations.issue(mairie.id());
    URI link = CommunicationKit.of(definitions.edition(), mairie, base).invitationLink(token);

    HttpResponse<String> redirect = http.get(link.getRawPath() + "?" + link.getRawQuery());
    String location = redirect.headers().firstValue("Location").orElseThrow();

    assertThat(redirect.statusCode()).isEqualTo(303);
    assertThat(location).isEqualTo("/survey/" + SurveyHttp.STRUCTURE + "?i=" + token);
    assertThat(http.open("/survey", "?i=" + token).token()).isNotBlank();
  }

  @Test
  void post_throughInvitation_303AndStoredAsThePseudonymUnderTheKey() throws Exception {
    SurveyHttp http = new SurveyHttp(port);
    String token = invitations.issue(MAIRIE);
    SurveyHttp.Form form = http.open("/survey", "?i=" + token);

    HttpResponse<String> answer =
        http.post("/survey", "?i=" + token, form, form.body(SurveyHttp.ANSWERS));

    assertThat(answer.statusCode()).isEqualTo(303);
    String invited = respondent(token);
    String stored = exported();
    assertThat(stored)
        .contains("\"respondent\":\"" + Pseudonymiser.of(KEY).pseudonym(invited) + "\"")
        .doesNotContain(token)
        .doesNotContain(invited);
  }

  @Test
  void post_secondAnswerThroughTheSameInvitation_409() throws Exception {
    SurveyHttp http = new SurveyHttp(port);
    String token = invitations.issue(MAIRIE);
    SurveyHttp.Form first = http.open("/survey", "?i=" + token);
    SurveyHttp.Form second = http.open("/survey", "?i=" + token);
    long before = edition.count("responses.jsonl");

    HttpResponse<String> one =
        http.post("/survey", "?i=" + token, first, first.body(SurveyHttp.ANSWERS));
    HttpResponse<String> two =
        http.post("/survey", "?i=" + token, second, second.body(SurveyHttp.ANSWERS));

    assertThat(one.statusCode()).isEqualTo(303);
    assertThat(two.statusCode()).isEqualTo(409);
    assertThat(edition.count("responses.jsonl")).isEqualTo(before + 1);
  }

  @Test
  void get_invalidToken_403WithoutTheForm() throws Exception {
    SurveyHttp http = new SurveyHttp(port);
    String token = invitations.issue(MAIRIE);
    String tampered =
        token.substring(0, 20) + (token.charAt(20) == 'A' ? 'B' : 'A') + token.substring(21);
    byte[] otherKey = key();
    otherKey[0]++;
    String otherEdition = Invitations.of(otherKey, definitions.edition()).issue(MAIRIE);

    for (String query : List.of("?i=" + tampered, "?i=" + otherEdition, "?i=")) {
      HttpResponse<String> page = http.get("/survey/" + SurveyHttp.STRUCTURE + query);
      assertThat(page.statusCode()).as(query).isEqualTo(403);
      assertThat(page.body()).as(query).contains(INVALID).doesNotContain("<form");
    }
  }

  @Test
  void get_withoutInvitationWhenLinksAreNotOpen_403() throws Exception {
    SurveyHttp http = new SurveyHttp(port);

    HttpResponse<String> page = http.get("/survey/" + SurveyHttp.STRUCTURE);

    assertThat(page.statusCode()).isEqualTo(403);
    assertThat(page.body()).contains(INVALID).doesNotContain("<form");
  }

  @Test
  void score_storeOfPseudonyms_respondentsReadAsStoredNotPseudonymisedAgain() throws Exception {
    SurveyHttp http = new SurveyHttp(port);
    String token = invitations.issue(MAIRIE);
    SurveyHttp.Form form = http.open("/survey", "?i=" + token);
    HttpResponse<String> answer =
        http.post("/survey", "?i=" + token, form, form.body(SurveyHttp.ANSWERS));
    assertThat(answer.statusCode()).isEqualTo(303);
    String stored = Pseudonymiser.of(KEY).pseudonym(respondent(token));
    List<Reject> rejects = new ArrayList<>();

    Results results = engine.score(definitions, edition.data(), rejects::add);
    Results repeated = engine.score(definitions, repeatedOnce(stored), rejects::add);

    assertThat(results.structure(SurveyHttp.STRUCTURE).orElseThrow().responses())
        .isEqualTo(edition.count("responses.jsonl"));
    assertThat(repeated.structure(SurveyHttp.STRUCTURE).orElseThrow().responses())
        .isEqualTo(edition.count("responses.jsonl"));
    assertThat(rejects)
        .singleElement()
        .satisfies(
            reject -> {
              assertThat(reject.reason()).isEqualTo(RejectReason.DUPLICATE_RESPONDENT);
              assertThat(reject.message()).contains("\"" + stored.substring(0, 40));
            });
  }

  /** The respondent the invitation gives, before the store pseudonymises it. */
  private String respondent(String token) {
    return invitations.respondent(MAIRIE, token, SurveyHttp.collecting().instant()).orElseThrow();
  }

  /** The store's lines, then the stored line of a respondent once more, under another id. */
  private EditionData repeatedOnce(String respondent) throws IOException {
    EditionData data = edition.data();
    String line =
        exported()
            .lines()
            .filter(l -> l.contains("\"respondent\":\"" + respondent + "\""))
            .findFirst()
            .orElseThrow()
            .replaceFirst("\"id\":\"[^\"]+\"", "\"id\":\"repeated\"")
            + "\n";
    return new EditionData() {
      @Override
      public String describe() {
        return data.describe() + " and one line more";
      }

      @Override
      public String name(String source) {
        return data.name(source);
      }

      @Override
      public InputStream responses() throws IOException {
        return new SequenceInputStream(
            data.responses(), new ByteArrayInputStream(line.getBytes(StandardCharsets.UTF_8)));
      }

      @Override
      public InputStream audits() throws IOException {
        return data.audits();
      }
    };
  }

  private String exported() throws IOException {
    Path out = folder.resolve("export-" + UUID.randomUUID());
    edition.export(out);
    return Files.readString(out.resolve("responses.jsonl"));
  }

  private static byte[] key() {
    byte[] key = new byte[32];
    Arrays.fill(key, (byte) 7);
    return key;
  }
}
