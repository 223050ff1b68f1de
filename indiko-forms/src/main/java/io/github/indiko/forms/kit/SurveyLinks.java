package io.github.indiko.forms.kit;

import io.github.indiko.core.structure.StructureId;
import java.net.IDN;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The survey link of a structure: the host's base URI with the query parameter {@value
 * #PARAMETER} set to the structure's id (see {@link CommunicationKit} for the scheme).
 */
final class SurveyLinks {
  /** The query parameter that carries the structure's id. */
  static final String PARAMETER = "s";

  /** The query parameter that carries an invitation's token. */
  static final String INVITATION = "i";

  /** The longest link, in characters: it must leave room in a social text and stay a small QR code. */
  static final int MAX_LENGTH = 200;

  private SurveyLinks() {}

  /**
   * @throws IllegalArgumentException when the base is not an absolute {@code https} URI (or {@code
   *     http} on {@code localhost}, {@code 127.0.0.1}, {@code [::1]}) with a host, or holds user
   *     information, a fragment or a parameter {@value #PARAMETER} already, or when the link would
   *     be longer than {@value #MAX_LENGTH} characters
   */
  static URI of(URI base, StructureId structure) {
    if (!base.isAbsolute() || base.isOpaque()) {
      throw invalid("must be an absolute URI such as https://example.org/survey", base);
    }
    if (base.getRawFragment() != null) {
      throw invalid("must not have a fragment", base);
    }
    String authority = base.getRawAuthority();
    if (base.getRawUserInfo() != null || (authority != null && authority.contains("@"))) {
      throw invalid("must not hold user information", base);
    }
    if (authority == null || authority.isEmpty()) {
      throw invalid("must have a host", base);
    }
    String hostAndPort = hostAndPort(base, authority);
    String scheme = base.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("https") && !(scheme.equals("http") && isLocal(hostAndPort))) {
      throw invalid("must use https (http only on localhost)", base);
    }
    String path = base.getRawPath() == null || base.getRawPath().isEmpty() ? "/" : base.getRawPath();
    String query = base.getRawQuery();
    String parameter = PARAMETER + "=" + percentEncode(structure.value());
    if (query == null || query.isEmpty()) {
      query = parameter;
    } else {
      for (String pair : query.split("&", -1)) {
        String name = pair.contains("=") ? pair.substring(0, pair.indexOf('=')) : pair;
        if (decode(name).equals(PARAMETER)) {
          throw invalid("already has a query parameter '" + PARAMETER + "'", base);
        }
      }
      query = query + (query.endsWith("&") ? "" : "&") + parameter;
    }
    URI link = URI.create(URI.create(scheme + "://" + hostAndPort + path + "?" + query).toASCIIString());
    return checkedLength(link);
  }

  /**
   * @param link a survey link that {@link #of} gave
   * @param token an invitation's token
   * @return the link with the parameter {@value #INVITATION} set to the token, percent-encoded
   * @throws IllegalArgumentException when the link has a parameter {@value #INVITATION} already,
   *     or the invitation link would be longer than {@value #MAX_LENGTH} characters
   */
  static URI invitation(URI link, String token) {
    for (String pair : link.getRawQuery().split("&", -1)) {
      String name = pair.contains("=") ? pair.substring(0, pair.indexOf('=')) : pair;
      if (decode(name).equals(INVITATION)) {
        throw new IllegalArgumentException(
            "the survey link already has a query parameter '" + INVITATION + "': " + link);
      }
    }
    return checkedLength(URI.create(link + "&" + INVITATION + "=" + percentEncode(token)));
  }

  private static URI checkedLength(URI link) {
    if (link.toString().length() > MAX_LENGTH) {
      throw new IllegalArgumentException(
          String.format(
              Locale.ROOT,
              "the survey link has %d characters, more than %d: %s",
              link.toString().length(),
              MAX_LENGTH,
              link));
    }
    return link;
  }

  /**
   * The authority without user information, its host in lower case and, when it is an
   * internationalised domain name (which {@link URI} keeps as a registry-based authority), in
   * ASCII (punycode).
   */
  private static String hostAndPort(URI base, String authority) {
    if (base.getHost() != null) {
      String host = base.getHost().toLowerCase(Locale.ROOT);
      return base.getPort() < 0 ? host : host + ":" + base.getPort();
    }
    String host = authority;
    String port = "";
    int colon = authority.lastIndexOf(':');
    if (colon >= 0 && authority.substring(colon + 1).matches("[0-9]{1,5}")) {
      host = authority.substring(0, colon);
      port = authority.substring(colon);
    }
    String ascii;
    try {
      ascii = IDN.toASCII(decode(host), IDN.USE_STD3_ASCII_RULES);
    } catch (IllegalArgumentException e) {
      throw invalid("has a host that is not a domain name", base);
    }
    if (ascii.isEmpty()) {
      throw invalid("must have a host", base);
    }
    return ascii.toLowerCase(Locale.ROOT) + port;
  }

  private static boolean isLocal(String hostAndPort) {
    String host = hostAndPort.replaceFirst(":[0-9]+$", "");
    return host.equals("localhost") || host.equals("127.0.0.1") || host.equals("[::1]");
  }

  /** Percent-encodes the UTF-8 bytes of every character but RFC 3986's unreserved ones. */
  static String percentEncode(String text) {
    StringBuilder encoded = new StringBuilder();
    for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if ((c >= 'a' && c <= 'z')
          || (c >= 'A' && c <= 'Z')
          || (c >= '0' && c <= '9')
          || c == '-'
          || c == '.'
          || c == '_'
          || c == '~') {
        encoded.append((char) c);
      } else {
        encoded.append('%').append(String.format(Locale.ROOT, "%02X", c));
      }
    }
    return encoded.toString();
  }

  private static String decode(String text) {
    try {
      return URLDecoder.decode(text, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return text;
    }
  }

  private static IllegalArgumentException invalid(String rule, URI base) {
    return new IllegalArgumentException("the base URI " + rule + ": " + base);
  }
}
