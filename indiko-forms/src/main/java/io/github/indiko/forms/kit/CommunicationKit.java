package io.github.indiko.forms.kit;

import io.github.indiko.core.LocalizedText;
import io.github.indiko.core.edition.Edition;
import io.github.indiko.core.structure.Structure;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The communication kit of a structure for an edition: the survey link, its QR code, an A4
 * poster, an A5 flyer, a banner snippet and a short text for social networks. Immutable and
 * thread-safe; every method gives the same output for the same inputs.
 *
 * <h2>The survey link</h2>
 *
 * The host gives the base URI of the page that shows the survey; the link is that URI with the
 * query parameter {@code s} set to the structure's id, percent-encoded (RFC 3986), after the
 * base's own parameters:
 *
 * <pre>
 * https://portal.example/survey          →  https://portal.example/survey?s=mairie-lyon
 * https://portal.example                 →  https://portal.example/?s=mairie-lyon
 * https://portal.example/survey?y=2017   →  https://portal.example/survey?y=2017&amp;s=mairie-lyon
 * https://mairie-évry.example/enquête    →  https://xn--mairie-vry-h7a.example/enqu%C3%AAte?s=…
 * </pre>
 *
 * The base must be absolute, use {@code https} ({@code http} only on {@code localhost}, {@code
 * 127.0.0.1} or {@code [::1]}), have a host and hold neither user information, nor a fragment, nor
 * a parameter {@code s}. The link is written in US-ASCII: an internationalised host name in
 * punycode, other characters percent-encoded in UTF-8; the scheme and the host are in lower case.
 * It is at most 200 characters long, so that it fits a social text and a small QR code. An
 * invitation link ({@link #invitationLink}) is the same link with a parameter {@code i} carrying
 * a single-use invitation's token ({@link Invitations}), under the same 200-character rule.
 *
 * <h2>Languages</h2>
 *
 * The kit is written in each locale the edition's name carries ({@link #locales()}), and in any
 * other on request. Interface texts are French for a locale of language {@code fr} and English for
 * any other; the edition's name is taken in the locale's tag, else its language, else the
 * edition's default locale, and marked with its own {@code lang} when it differs from the page's.
 *
 * <h2>Safety</h2>
 *
 * Every text from data (names, the link) is escaped; pages and the banner hold no script and load
 * nothing: styles are inline and the QR code is inline SVG.
 *
 * <p>Example:
 *
 * <pre>{@code
 * CommunicationKit kit =
 *     CommunicationKit.of(edition, structure, URI.create("https://portal.example/survey"));
 * Files.writeString(dir.resolve("poster-fr.html"), kit.poster(Locale.FRENCH));
 * Files.write(dir.resolve("qr.png"), kit.qrPng());
 * }</pre>
 */
public final class CommunicationKit {
  /** Pixels on a module's side in {@link #qrPng()}: with the quiet zone, 250 to 1 480 pixels. */
  public static final int PNG_PIXELS_PER_MODULE = 8;

  private final Edition edition;
  private final Structure structure;
  private final URI link;
  private final QrCode qrCode;

  private CommunicationKit(Edition edition, Structure structure, URI link) {
    this.edition = edition;
    this.structure = structure;
    this.link = link;
    this.qrCode = QrCode.of(link.toString());
  }

  /**
   * @param edition the edition whose survey is announced
   * @param structure the structure whose citizens are invited
   * @param base the base URI of the survey page (see the class's description)
   * @return the kit
   * @throws IllegalArgumentException when the base URI breaks one of the rules of the survey link,
   *     or the link would be longer than 200 characters
   */
  public static CommunicationKit of(Edition edition, Structure structure, URI base) {
    return new CommunicationKit(edition, structure, SurveyLinks.of(base, structure.id()));
  }

  /**
   * @return the survey link: the base with the parameter {@code s}, in US-ASCII, at most 200
   *     characters
   */
  public URI link() {
    return link;
  }

  /**
   * @param token an invitation's token ({@link Invitations#issue}) for this kit's structure
   * @return the survey link with the parameter {@code i} set to the token, percent-encoded: the
   *     link of a single-use invitation
   * @throws IllegalArgumentException when the base has a parameter {@code i} already, or the
   *     invitation link would be longer than 200 characters
   */
  public URI invitationLink(String token) {
    return SurveyLinks.invitation(link, Objects.requireNonNull(token, "token"));
  }

  /**
   * @return the locales of the edition's name: its default locale first, then the others in the
   *     order of their tags
   */
  public List<Locale> locales() {
    List<Locale> locales = new ArrayList<>();
    locales.add(Locale.forLanguageTag(edition.defaultLocale()));
    edition.name().values().keySet().stream()
        .filter(tag -> !tag.equals(edition.defaultLocale()))
        .map(Locale::forLanguageTag)
        .forEach(locales::add);
    return List.copyOf(locales);
  }

  /**
   * @return the QR code of the link (error correction M, quiet zone of four modules)
   */
  public QrCode qrCode() {
    return qrCode;
  }

  /**
   * @return the QR code as a standalone SVG image titled in the edition's default locale
   * @see QrCode#svg(String)
   */
  public String qrSvg() {
    return qrSvg(Locale.forLanguageTag(edition.defaultLocale()));
  }

  /**
   * @param locale the reader's locale
   * @return the QR code as a standalone SVG image whose title, in that locale's interface language,
   *     names the link
   * @see QrCode#svg(String)
   */
  public String qrSvg(Locale locale) {
    return qrCode.svg(KitText.of(locale).msg("qr.title", link.toString()));
  }

  /**
   * @return the QR code as PNG bytes: 1-bit greyscale, {@value #PNG_PIXELS_PER_MODULE} pixels a
   *     module, quiet zone included
   * @see QrCode#png(int)
   */
  public byte[] qrPng() {
    return qrCode.png(PNG_PIXELS_PER_MODULE);
  }

  /**
   * @param locale the reader's locale
   * @return an HTML page to print on A4 ({@code @page { size: A4 }}): the edition's name, a call to
   *     action, the structure's name, the QR code as inline SVG with its title, the link as text;
   *     self-contained (no script, no external resource), with its {@code lang} and a title
   */
  public String poster(Locale locale) {
    return page(Pages.Sheet.A4, locale);
  }

  /**
   * @param locale the reader's locale
   * @return the same page as {@link #poster(Locale)}, laid out for A5 ({@code @page { size: A5 }})
   */
  public String flyer(Locale locale) {
    return page(Pages.Sheet.A5, locale);
  }

  /**
   * @param locale the reader's locale
   * @return an HTML fragment for a portal's page: one {@code <aside>} with its {@code lang}, an
   *     accessible name, inline styles (no class, no style sheet, no script: a host whose content
   *     security policy forbids inline styles shows it unstyled), a call to action naming the
   *     structure and the edition, and a link to the survey
   */
  public String banner(Locale locale) {
    KitText text = KitText.of(locale);
    return Pages.banner(text, editionName(locale), structure.name(), link.toString());
  }

  /**
   * @param locale the reader's locale
   * @return a plain text for social networks, at most 280 Unicode code points, ending with the
   *     whole link: names are put on one line without control characters, and shortened with an
   *     ellipsis when they do not fit; the link never is
   */
  public String socialText(Locale locale) {
    return SocialText.of(
        KitText.of(locale), structure.name(), editionName(locale).text(), link.toString());
  }

  private String page(Pages.Sheet sheet, Locale locale) {
    return Pages.page(sheet, KitText.of(locale), editionName(locale), structure.name(), qrCode);
  }

  private LocalizedText.Choice editionName(Locale locale) {
    return edition.name().choose(locale.toLanguageTag(), edition.defaultLocale());
  }
}
