package io.github.indiko.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class MarkupProperties {
  private static final Pattern REFERENCE = Pattern.compile("&(amp|lt|gt|quot|#39);");
  private static final Map<String, String> DECODED =
      Map.of("amp", "&", "lt", "<", "gt", ">", "quot", "\"", "#39", "'");

  /**
   * Texts of UTF-16 units drawn so that markup characters, controls, lone and paired surrogates,
   * noncharacters and ordinary letters all come up often.
   */
  private static Gen<String> texts() {
    Gen<Integer> special =
        integers()
            .between(0, 14)
            .map(
                i ->
                    (int)
                        "&<>\"'\t\n\r\u0000\u000C\u007F\u0085\uFFFE\uFFFF\uFDD0".charAt(i));
    Gen<Integer> any = integers().between(0, 0xFFFF);
    Gen<Integer> surrogate = integers().between(0xD800, 0xDFFF);
    Gen<Integer> ascii = integers().between(0x20, 0x7E);
    Gen<Integer> unit = special.mix(any, 30).mix(surrogate, 25).mix(ascii, 40);
    return lists().of(unit).ofSizeBetween(0, 40).map(MarkupProperties::string);
  }

  /** Texts of code points that HTML and XML allow, markup characters often among them. */
  private static Gen<String> validTexts() {
    Gen<Integer> markup = integers().between(0, 7).map(i -> (int) "&<>\"'\t\n\r".charAt(i));
    Gen<Integer> any =
        integers().between(0, 0x10FFFF).map(c -> allowedInHtmlAndXml(c) ? c : (int) 'x');
    return lists()
        .of(markup.mix(any, 60))
        .ofSizeBetween(0, 40)
        .map(
            codePoints -> {
              StringBuilder text = new StringBuilder();
              codePoints.forEach(text::appendCodePoint);
              return text.toString();
            });
  }

  private static String string(List<Integer> units) {
    StringBuilder text = new StringBuilder();
    units.forEach(unit -> text.append((char) unit.intValue()));
    return text.toString();
  }

  /** XML 1.0's Char production, without the controls and noncharacters HTML reports. */
  private static boolean allowedInHtmlAndXml(int c) {
    boolean xmlChar =
        c == 0x9
            || c == 0xA
            || c == 0xD
            || (c >= 0x20 && c <= 0xD7FF)
            || (c >= 0xE000 && c <= 0xFFFD)
            || (c >= 0x10000 && c <= 0x10FFFF);
    boolean control = c >= 0x7F && c <= 0x9F;
    boolean noncharacter = (c >= 0xFDD0 && c <= 0xFDEF) || c % 0x10000 >= 0xFFFE;
    return xmlChar && !control && !noncharacter;
  }

  /** Resolves the five references that escape writes, and fails on anything else after '&'. */
  private static String decode(String markup) {
    StringBuilder text = new StringBuilder();
    int i = 0;
    while (i < markup.length()) {
      Matcher reference = REFERENCE.matcher(markup).region(i, markup.length());
      if (markup.charAt(i) == '&') {
        assertThat(reference.lookingAt()).as("a reference at %d of %s", i, markup).isTrue();
        text.append(DECODED.get(reference.group(1)));
        i = reference.end();
      } else {
        text.append(markup.charAt(i));
        i++;
      }
    }
    return text.toString();
  }

  @Test
  void escape_leavesNoMarkupCharacterAndOnlyTheFiveReferences() {
    qt().forAll(texts())
        .checkAssert(
            text -> {
              String escaped = Markup.escape(text);
              assertThat(escaped).doesNotContain("<", ">", "\"", "'");
              assertThat(REFERENCE.matcher(escaped).replaceAll("")).doesNotContain("&");
            });
  }

  @Test
  void escape_writesOnlyCodePointsThatHtmlAndXmlAllow() {
    qt().forAll(texts())
        .checkAssert(
            text ->
                Markup.escape(text)
                    .codePoints()
                    .forEach(c -> assertThat(allowedInHtmlAndXml(c)).as("U+%04X", c).isTrue()));
  }

  @Test
  void escape_decodesToOneCodePointForEachOfTheText() {
    qt().forAll(texts())
        .checkAssert(
            text -> {
              String decoded = decode(Markup.escape(text));
              assertThat(decoded.codePointCount(0, decoded.length()))
                  .isEqualTo(text.codePointCount(0, text.length()));
            });
  }

  @Test
  void escape_roundTripsAValidText() {
    qt().forAll(validTexts())
        .checkAssert(text -> assertThat(decode(Markup.escape(text))).isEqualTo(text));
  }
}
