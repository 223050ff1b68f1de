package io.github.indiko.forms.kit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.indiko.core.structure.Structure;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CommunicationKitTest {
  private static final String SCRIPT = "<script>alert(1)</script>";
  private static final String IMG = "\"><img src=x onerror=alert(1)>";
  private static final String HOSTILE = "Mairie " + SCRIPT + " " + IMG + " ' & \u202Eevil";

  // ------------------------------------------------------------------ the link

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "https://portal.example/survey | https://portal.example/survey?s=mairie-lyon",
        "https://portal.example | https://portal.example/?s=mairie-lyon",
        "https://portal.example/ | https://portal.example/?s=mairie-lyon",
        "https://portal.example/survey?y=2017 | https://portal.example/survey?y=2017&s=mairie-lyon",
        "https://portal.example/survey?y=2017& | https://portal.example/survey?y=2017&s=mairie-lyon",
        "HTTPS://Portal.Example:8443/Survey | https://portal.example:8443/Survey?s=mairie-lyon",
        "http://localhost:8080/survey | http://localhost:8080/survey?s=mairie-lyon",
        "http://127.0.0.1/survey | http://127.0.0.1/survey?s=mairie-lyon",
        "http://[::1]:8080/ | http://[::1]:8080/?s=mairie-lyon",
        "https://portal.example/enquête?année=été | "
            + "https://portal.example/enqu%C3%AAte?ann%C3%A9e=%C3%A9t%C3%A9&s=mairie-lyon",
        "https://mairie-évry.example/enquête | "
            + "https://xn--mairie-vry-h7a.example/enqu%C3%AAte?s=mairie-lyon",
        "https://mairie-évry.example:444/ | https://xn--mairie-vry-h7a.example:444/?s=mairie-lyon",
        "https://portal.example/a%20b?q=%26 | https://portal.example/a%20b?q=%26&s=mairie-lyon"
      })
  void link_addsTheStructureToTheBase(String base, String expected) {
    CommunicationKit kit =
        CommunicationKit.of(
            KitFixtures.edition(), KitFixtures.structure("mairie-lyon", "Mairie"), URI.create(base));

    assertThat(kit.link()).hasToString(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"mairie-lyon", "a", "0.9_x-y", "zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz"})
  void link_carriesTheIdAsTheOnlyParameterS(String id) {
    CommunicationKit kit =
        CommunicationKit.of(
            KitFixtures.edition(), KitFixtures.structure(id, "Mairie"), KitFixtures.BASE);

    // Identifiers are made of unreserved characters only: percent-encoding leaves them as they are.
    assertThat(kit.link().getRawQuery()).isEqualTo("s=" + id);
    assertThat(kit.link().getQuery()).isEqualTo("s=" + id);
  }

  @Test
  void percentEncode_encodesEveryByteButUnreservedOnes() {
    assertThat(SurveyLinks.percentEncode("aZ09-._~")).isEqualTo("aZ09-._~");
    assertThat(SurveyLinks.percentEncode("é &=?#/+%")).isEqualTo("%C3%A9%20%26%3D%3F%23%2F%2B%25");
    assertThat(SurveyLinks.percentEncode("😀")).isEqualTo("%F0%9F%98%80");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "/survey | must be an absolute URI such as https://example.org/survey",
        "mailto:accueil@example.org | must be an absolute URI such as https://example.org/survey",
        "http://portal.example/survey | must use https (http only on localhost)",
        "ftp://portal.example/survey | must use https (http only on localhost)",
        "javascript://portal.example/%0Aalert(1) | must use https (http only on localhost)",
        "https://user:secret@portal.example/ | must not hold user information",
        "https://user@mairie-évry.example/ | must not hold user information",
        "https://portal.example/survey#top | must not have a fragment",
        "https:///survey | must have a host",
        "https://portal.example/survey?s=other | already has a query parameter 's'",
        "https://portal.example/survey?a=1&%73=x | already has a query parameter 's'",
        "https://bad_host!.example/ | has a host that is not a domain name"
      })
  void of_refusesABaseThatBreaksARule(String base, String rule) {
    assertThatThrownBy(
            () ->
                CommunicationKit.of(
                    KitFixtures.edition(),
                    KitFixtures.structure("mairie-lyon", "Mairie"),
                    URI.create(base)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the base URI " + rule + ": " + base);
  }

  @Test
  void of_refusesALinkLongerThan200Characters() {
    // "https://portal.example/" is 23 characters, "?s=mairie-lyon" 14.
    String fits = "https://portal.example/" + "p".repeat(200 - 23 - 14);
    String tooLong = fits + "p";

    assertThat(
            CommunicationKit.of(
                    KitFixtures.edition(),
                    KitFixtures.structure("mairie-lyon", "Mairie"),
                    URI.create(fits))
                .link()
                .toString())
        .hasSize(200);
    assertThatThrownBy(
            () ->
                CommunicationKit.of(
                    KitFixtures.edition(),
                    KitFixtures.structure("mairie-lyon", "Mairie"),
                    URI.create(tooLong)))
        .hasMessageStartingWith("the survey link has 201 characters, more than 200: ");
  }

  // ------------------------------------------------------------------ QR code and locales

  @Test
  void qrCode_decodesToTheLinkFromPngAndSvg() {
    CommunicationKit kit =
        CommunicationKit.of(
            KitFixtures.edition(),
            KitFixtures.structure("mairie-evry", "Mairie d’Évry"),
            URI.create("https://mairie-évry.example/enquête?année=été"));
    String link = "https://xn--mairie-vry-h7a.example/enqu%C3%AAte?ann%C3%A9e=%C3%A9t%C3%A9&s=mairie-evry";

    assertThat(kit.link()).hasToString(link);
    assertThat(KitFixtures.decodePng(kit.qrPng())).isEqualTo(link);
    assertThat(KitFixtures.decodeSvg(kit.qrSvg())).isEqualTo(link);
    assertThat(KitFixtures.decodeSvg(kit.qrSvg(Locale.ENGLISH))).isEqualTo(link);
    assertThat(kit.qrCode().text()).isEqualTo(link);
  }

  @Test
  void qrSvg_titleNamesTheLinkInTheLanguage() {
    CommunicationKit kit = KitFixtures.kit("Mairie");
    String link = "https://portal.example/survey?s=mairie-lyon";

    assertThat(Jsoup.parse(kit.qrSvg()).selectFirst("svg > title").wholeText())
        .isEqualTo("Code QR de l’enquête\u00a0: " + link);
    assertThat(Jsoup.parse(kit.qrSvg(Locale.GERMAN)).selectFirst("svg > title").wholeText())
        .isEqualTo("QR code of the survey: " + link);
  }

  @Test
  void qrPng_hasEightPixelsAModule() {
    CommunicationKit kit = KitFixtures.kit("Mairie");
    byte[] png = kit.qrPng();
    int side = java.nio.ByteBuffer.wrap(png, 16, 4).getInt();

    assertThat(side).isEqualTo(kit.qrCode().width() * CommunicationKit.PNG_PIXELS_PER_MODULE);
  }

  @Test
  void locales_areTheNamesTagsDefaultFirst() {
    CommunicationKit kit =
        CommunicationKit.of(
            KitFixtures.edition(Map.of("de", "Barometer", "en", "Barometer", "fr", "Baromètre"), "fr"),
            KitFixtures.structure("mairie-lyon", "Mairie"),
            KitFixtures.BASE);

    assertThat(kit.locales()).containsExactly(Locale.FRENCH, Locale.GERMAN, Locale.ENGLISH);
    assertThat(KitFixtures.kit("Mairie").locales()).containsExactly(Locale.FRENCH, Locale.ENGLISH);
  }

  // ------------------------------------------------------------------ pages

  @ParameterizedTest
  @CsvSource({"fr, A4", "en, A4", "fr, A5", "en, A5"})
  void posterAndFlyer_areSelfContainedAccessiblePages(String language, String size) {
    CommunicationKit kit = KitFixtures.kit("Mairie de Lyon");
    Locale locale = Locale.forLanguageTag(language);
    String html = size.equals("A4") ? kit.poster(locale) : kit.flyer(locale);
    Document page = Jsoup.parse(html);

    assertThat(html).startsWith("<!DOCTYPE html>");
    assertThat(page.selectFirst("html").attr("lang")).isEqualTo(language);
    assertThat(page.title())
        .isEqualTo(
            (language.equals("fr")
                    ? (size.equals("A4") ? "Affiche" : "Flyer") + " de l’enquête — "
                    : "Survey " + (size.equals("A4") ? "poster" : "flyer") + " — ")
                + "Mairie de Lyon");
    assertThat(page.select("style").html()).contains("@page{size:" + size + ";");
    assertThat(page.select("h1")).hasSize(1);
    assertThat(page.select("main")).hasSize(1);
    assertThat(page.selectFirst(".edition").text())
        .isEqualTo(language.equals("fr") ? KitFixtures.EDITION_FR : KitFixtures.EDITION_EN);
    assertThat(page.selectFirst(".structure").text()).isEqualTo("Mairie de Lyon");
    String link = "https://portal.example/survey?s=mairie-lyon";
    assertThat(page.selectFirst(".link a").text()).isEqualTo(link);
    assertThat(page.selectFirst(".link a").attr("href")).isEqualTo(link);
    Element svg = page.selectFirst("figure > svg");
    assertThat(svg.attr("role")).isEqualTo("img");
    assertThat(svg.child(0).tagName()).isEqualTo("title");
    assertThat(svg.child(0).text()).endsWith(link);
    assertThat(page.selectFirst("figcaption").text()).isNotBlank();
    String inline = html.substring(html.indexOf("<svg"), html.indexOf("</svg>") + 6);
    assertThat(KitFixtures.decodeSvg(inline)).isEqualTo(link);
    assertNothingActiveOrExternal(page, link);
  }

  @ParameterizedTest
  @ValueSource(strings = {"fr", "en"})
  void pages_escapeHostileNames(String language) {
    Structure structure = KitFixtures.structure("mairie-lyon", HOSTILE);
    CommunicationKit kit =
        CommunicationKit.of(
            KitFixtures.edition(Map.of("fr", HOSTILE, "en", IMG + SCRIPT), "fr"),
            structure,
            KitFixtures.BASE);
    Locale locale = Locale.forLanguageTag(language);
    String link = kit.link().toString();
    String edition = language.equals("fr") ? HOSTILE : IMG + SCRIPT;

    for (String html : List.of(kit.poster(locale), kit.flyer(locale))) {
      Document page = Jsoup.parse(html);
      assertNothingActiveOrExternal(page, link);
      assertThat(page.select("img")).isEmpty();
      assertThat(page.title()).endsWith(HOSTILE);
      assertThat(page.selectFirst(".structure bdi").text()).isEqualTo(HOSTILE);
      assertThat(page.selectFirst(".edition bdi").text()).isEqualTo(edition);
    }
    Document banner = Jsoup.parseBodyFragment(kit.banner(locale));
    assertNothingActiveOrExternal(banner, link);
    assertThat(banner.select("img")).isEmpty();
    assertThat(banner.select("aside bdi").eachText()).containsExactly(HOSTILE, edition);
  }

  @Test
  void poster_marksTheEditionsLanguageWhenItIsNotThePages() {
    CommunicationKit kit =
        CommunicationKit.of(
            KitFixtures.edition(Map.of("de", "Bürgerbarometer", "fr", "Baromètre"), "fr"),
            KitFixtures.structure("mairie-lyon", "Rathaus"),
            KitFixtures.BASE);

    Document german = Jsoup.parse(kit.poster(Locale.GERMAN));
    Document english = Jsoup.parse(kit.poster(Locale.forLanguageTag("en-GB")));
    Document french = Jsoup.parse(kit.poster(Locale.CANADA_FRENCH));

    // German has no interface texts: English ones, and the German name marked as German.
    assertThat(german.selectFirst("html").attr("lang")).isEqualTo("en");
    assertThat(german.selectFirst("h1").text()).isEqualTo("Your opinion matters!");
    assertThat(german.selectFirst(".edition bdi").attr("lang")).isEqualTo("de");
    assertThat(german.selectFirst(".edition").text()).isEqualTo("Bürgerbarometer");
    // No English name: the default locale's, marked as French.
    assertThat(english.selectFirst(".edition bdi").attr("lang")).isEqualTo("fr");
    assertThat(english.selectFirst(".edition").text()).isEqualTo("Baromètre");
    // fr-CA: French interface, the name of language fr, not marked.
    assertThat(french.selectFirst("html").attr("lang")).isEqualTo("fr");
    assertThat(french.selectFirst("h1").text()).isEqualTo("Votre avis compte\u202f!");
    assertThat(french.selectFirst(".edition bdi").hasAttr("lang")).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"fr", "en"})
  void banner_isAStyledFragmentWithItsLanguageAndTheLink(String language) {
    CommunicationKit kit = KitFixtures.kit("Mairie de Lyon");
    String html = kit.banner(Locale.forLanguageTag(language));
    Document fragment = Jsoup.parseBodyFragment(html);

    assertThat(fragment.body().children()).hasSize(1);
    Element aside = fragment.body().child(0);
    assertThat(aside.tagName()).isEqualTo("aside");
    assertThat(aside.attr("lang")).isEqualTo(language);
    assertThat(aside.attr("aria-label")).isNotBlank();
    assertThat(aside.attr("style")).contains("border:");
    assertThat(fragment.select("style, link, meta, html > head > *")).isEmpty();
    assertThat(fragment.select("[class]")).isEmpty();
    Element a = aside.selectFirst("a");
    assertThat(a.attr("href")).isEqualTo("https://portal.example/survey?s=mairie-lyon");
    assertThat(a.text()).isEqualTo(language.equals("fr") ? "Répondre à l’enquête" : "Take the survey");
    assertThat(aside.text())
        .contains("Mairie de Lyon")
        .contains(language.equals("fr") ? KitFixtures.EDITION_FR : KitFixtures.EDITION_EN);
    assertNothingActiveOrExternal(fragment, kit.link().toString());
  }

  // ------------------------------------------------------------------ social text

  @Test
  void socialText_holdsBothNamesAndTheLinkWhenTheyFit() {
    CommunicationKit kit = KitFixtures.kit("Mairie de Lyon");
    String link = "https://portal.example/survey?s=mairie-lyon";

    assertThat(kit.socialText(Locale.FRENCH))
        .isEqualTo(
            "Mairie de Lyon\u00a0: votre avis sur notre accueil compte\u202f! Enquête «\u00a0"
                + KitFixtures.EDITION_FR
                + "\u00a0»\u00a0: "
                + link);
    assertThat(kit.socialText(Locale.ENGLISH))
        .isEqualTo(
            "Mairie de Lyon: your opinion of our reception matters! Take the “"
                + KitFixtures.EDITION_EN
                + "” survey: "
                + link);
  }

  @Test
  void socialText_shortensALongNameNeverTheLink() {
    String longName = "Communauté d’agglomération " + "é".repeat(1990);
    CommunicationKit kit = KitFixtures.kit(longName);
    String link = kit.link().toString();

    for (Locale locale : List.of(Locale.FRENCH, Locale.ENGLISH, Locale.JAPANESE)) {
      String text = kit.socialText(locale);
      assertThat(text.codePointCount(0, text.length())).isLessThanOrEqualTo(280);
      assertThat(text).endsWith(link).startsWith("Communauté d’agglomération éé").contains("…");
      // The edition's name is short enough to stay whole; Japanese falls back to the French one.
      assertThat(text)
          .contains(locale.equals(Locale.ENGLISH) ? KitFixtures.EDITION_EN : KitFixtures.EDITION_FR);
    }
    // French: the fixed words and the link take 56 + 43 code points; the names get the other 181.
    String french = kit.socialText(Locale.FRENCH);
    assertThat(french.codePointCount(0, french.length())).isEqualTo(280);
  }

  @Test
  void socialText_isOneLineWithoutControls() {
    CommunicationKit kit = KitFixtures.kit("Mairie\n\tde\u0000 Lyon\u202E  ");

    assertThat(kit.socialText(Locale.ENGLISH)).startsWith("Mairie de Lyon: ").doesNotContain("\n");
  }

  private static void assertNothingActiveOrExternal(Document page, String link) {
    assertThat(page.select("script, iframe, object, embed, link, img, base, form")).isEmpty();
    for (Element element : page.getAllElements()) {
      for (Attribute attribute : element.attributes()) {
        assertThat(attribute.getKey()).as("attribute of <%s>", element.tagName()).doesNotStartWith("on");
        if (List.of("src", "srcset", "data", "action", "formaction", "xlink:href", "poster")
            .contains(attribute.getKey())) {
          throw new AssertionError("resource attribute " + attribute + " in " + element);
        }
        if (attribute.getKey().equals("href")) {
          assertThat(attribute.getValue()).as("the only link").isEqualTo(link);
        }
        if (attribute.getKey().equals("style")) {
          assertThat(attribute.getValue()).doesNotContain("url(");
        }
      }
    }
    assertThat(page.select("style").html()).doesNotContain("url(").doesNotContain("@import");
    assertThat(page.select("svg")).allSatisfy(svg -> assertThat(svg.select("image, use, foreignObject")).isEmpty());
  }
}
