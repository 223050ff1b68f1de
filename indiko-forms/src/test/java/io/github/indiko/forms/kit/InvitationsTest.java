package io.github.indiko.forms.kit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import io.github.indiko.core.edition.DateRange;
import io.github.indiko.core.edition.Edition;
import io.github.indiko.core.structure.Structure;
import io.github.indiko.core.structure.StructureId;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class InvitationsTest {
  private static final byte[] KEY = new byte[32];
  private static final StructureId MAIRIE = new StructureId("mairie-lyon");
  private static final StructureId CAF = new StructureId("caf-lyon");
  private static final Instant DURING = Instant.parse("2017-09-14T08:32:00Z");

  static {
    Arrays.fill(KEY, (byte) 7);
  }

  private final Invitations invitations = Invitations.of(KEY, edition());

  @Test
  void issue_tokenIsShortAndUrlSafe() {
    String token = invitations.issue(MAIRIE);

    assertThat(token).hasSizeLessThanOrEqualTo(60).matches("[A-Za-z0-9_-]+");
  }

  @Test
  void respondent_roundTrip_pseudonymOfTheInvitationNotTheToken() {
    String token = invitations.issue(MAIRIE);

    Optional<String> respondent = invitations.respondent(MAIRIE, token, DURING);

    assertThat(respondent).hasValueSatisfying(r -> assertThat(r).matches("[0-9a-f]{64}"));
    assertThat(respondent.orElseThrow()).doesNotContain(token);
  }

  @Test
  void respondent_sameToken_alwaysTheSameRespondent() {
    String token = invitations.issue(MAIRIE);

    assertThat(invitations.respondent(MAIRIE, token, DURING))
        .isEqualTo(invitations.respondent(MAIRIE, token, DURING.plusSeconds(3600)))
        .isEqualTo(Invitations.of(KEY.clone(), edition()).respondent(MAIRIE, token, DURING));
  }

  @Test
  void respondent_twoIssues_differentRespondents() {
    String one = invitations.issue(MAIRIE);
    String two = invitations.issue(MAIRIE);

    assertThat(one).isNotEqualTo(two);
    assertThat(invitations.respondent(MAIRIE, one, DURING).orElseThrow())
        .isNotEqualTo(invitations.respondent(MAIRIE, two, DURING).orElseThrow());
  }

  @Test
  void respondent_anotherStructuresToken_refused() {
    String token = invitations.issue(CAF);

    assertThat(invitations.respondent(MAIRIE, token, DURING)).isEmpty();
    assertThat(invitations.respondent(CAF, token, DURING)).isPresent();
  }

  @Test
  void respondent_anotherKey_refused() {
    byte[] other = KEY.clone();
    other[0] = 8;
    String token = Invitations.of(other, edition()).issue(MAIRIE);

    assertThat(invitations.respondent(MAIRIE, token, DURING)).isEmpty();
  }

  @Test
  void respondent_everyCharacterTampered_refused() {
    String token = invitations.issue(MAIRIE);

    for (int i = 0; i < token.length(); i++) {
      char c = token.charAt(i);
      for (char other : new char[] {'A', 'Q', 'g', 'w', '-', '_'}) {
        if (other != c) {
          String tampered = token.substring(0, i) + other + token.substring(i + 1);
          assertThat(invitations.respondent(MAIRIE, tampered, DURING)).as(tampered).isEmpty();
        }
      }
    }
  }

  @Test
  void respondent_truncatedOrExtended_refused() {
    String token = invitations.issue(MAIRIE);

    for (int length = 0; length < token.length(); length++) {
      assertThat(invitations.respondent(MAIRIE, token.substring(0, length), DURING)).isEmpty();
    }
    assertThat(invitations.respondent(MAIRIE, token + "A", DURING)).isEmpty();
    assertThat(invitations.respondent(MAIRIE, token + "=", DURING)).isEmpty();
  }

  @Test
  void respondent_garbage_emptyNeverThrows() {
    assertThat(invitations.respondent(MAIRIE, null, DURING)).isEmpty();
    assertThat(invitations.respondent(MAIRIE, "", DURING)).isEmpty();
    assertThat(invitations.respondent(MAIRIE, "A".repeat(55), DURING)).isEmpty();
    assertThat(invitations.respondent(MAIRIE, "%00" + "é".repeat(60), DURING)).isEmpty();
    qt().withExamples(2_000)
        .forAll(strings().allPossible().ofLengthBetween(0, 80))
        .check(garbage -> invitations.respondent(MAIRIE, garbage, DURING).isEmpty());
  }

  @Test
  void respondent_lastMinuteOfCollectionAccepted_dayAfterRefused() {
    String token = invitations.issue(MAIRIE);
    Instant lastMinute = OffsetDateTime.parse("2017-11-30T23:59:00+01:00").toInstant();
    Instant lastSecond = OffsetDateTime.parse("2017-11-30T23:59:59+01:00").toInstant();
    Instant dayAfter = OffsetDateTime.parse("2017-12-01T00:00:00+01:00").toInstant();

    assertThat(invitations.respondent(MAIRIE, token, lastMinute)).isPresent();
    assertThat(invitations.respondent(MAIRIE, token, lastSecond)).isPresent();
    assertThat(invitations.respondent(MAIRIE, token, dayAfter)).isEmpty();
    assertThat(invitations.respondent(MAIRIE, token, dayAfter.plusSeconds(86_400))).isEmpty();
  }

  @Test
  void of_shortKey_refused() {
    assertThatThrownBy(() -> Invitations.of(new byte[31], edition()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("32");
  }

  @Test
  void of_keyCopied_laterChangesIgnored() {
    byte[] key = KEY.clone();
    Invitations copied = Invitations.of(key, edition());
    String token = copied.issue(MAIRIE);

    Arrays.fill(key, (byte) 0);

    assertThat(copied.respondent(MAIRIE, token, DURING))
        .isEqualTo(invitations.respondent(MAIRIE, token, DURING))
        .isPresent();
    assertThat(copied.toString()).doesNotContain("7");
  }

  @Test
  void invitationLink_carriesTheTokenWithinTheLengthRule() {
    Structure structure = KitFixtures.structure("mairie-lyon", "Mairie de Lyon");
    CommunicationKit kit =
        CommunicationKit.of(edition(), structure, URI.create("https://portal.example/survey"));
    String token = invitations.issue(structure.id());

    URI link = kit.invitationLink(token);

    assertThat(link.toString())
        .isEqualTo("https://portal.example/survey?s=mairie-lyon&i=" + token)
        .hasSizeLessThanOrEqualTo(200);
  }

  @Test
  void invitationLink_beyond200Characters_refused() {
    Structure structure = KitFixtures.structure("mairie-lyon", "Mairie de Lyon");
    CommunicationKit kit =
        CommunicationKit.of(
            edition(), structure, URI.create("https://portal.example/" + "a".repeat(130)));
    String token = invitations.issue(structure.id());

    assertThat(kit.link().toString()).hasSizeLessThanOrEqualTo(200);
    assertThatThrownBy(() -> kit.invitationLink(token))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("more than 200");
  }

  @Test
  void invitationLink_baseWithAnInvitationParameter_refused() {
    Structure structure = KitFixtures.structure("mairie-lyon", "Mairie de Lyon");
    CommunicationKit kit =
        CommunicationKit.of(edition(), structure, URI.create("https://portal.example/?i=1"));

    assertThatThrownBy(() -> kit.invitationLink(invitations.issue(structure.id())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'i'");
  }

  /** An edition collecting from 1 September to 30 November 2017, in Paris. */
  private static Edition edition() {
    Edition e = KitFixtures.edition(Map.of("fr", "Baromètre 2017"), "fr");
    return new Edition(
        e.id(),
        e.name(),
        e.defaultLocale(),
        ZoneId.of("Europe/Paris"),
        new DateRange(LocalDate.of(2017, 6, 1), LocalDate.of(2017, 8, 31)),
        new DateRange(LocalDate.of(2017, 9, 1), LocalDate.of(2017, 11, 30)),
        e.questionnaire(),
        e.grid(),
        e.scoring(),
        e.trophies(),
        e.previous(),
        e.channels());
  }
}
