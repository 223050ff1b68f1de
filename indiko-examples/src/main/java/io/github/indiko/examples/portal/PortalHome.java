package io.github.indiko.examples.portal;

import io.github.indiko.core.EditionDefinitions;
import io.github.indiko.core.structure.Enrolment;
import io.github.indiko.core.structure.Structure;
import io.github.indiko.core.structure.StructureId;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The portal's page {@code /}: the survey of the default structure ({@code --structure}), else the
 * list of the enrolled structures with a link to each survey and to the public overview. The links
 * of the former portal, {@code /?s=ID} (and the communication kit's, a base URL ending in {@code
 * /}), are sent on to the survey {@code /survey/ID}, with their invitation {@code i} when they have
 * one. Thread-safe.
 */
@RestController
class PortalHome {
  private static final String CSP =
      "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; base-uri 'none';"
          + " frame-ancestors 'none'";

  private final PortalSettings settings;
  private final Pages pages;
  private final Map<String, String> surveys;
  private final Set<StructureId> enrolled;

  PortalHome(PortalSettings settings, EditionDefinitions definitions) {
    this.settings = settings;
    Locale locale =
        settings.locale() != null
            ? settings.locale()
            : Locale.forLanguageTag(definitions.edition().defaultLocale());
    this.pages = Pages.of(locale);
    this.enrolled =
        definitions.enrolments().stream().map(Enrolment::structure).collect(Collectors.toSet());
    this.surveys = new LinkedHashMap<>();
    definitions.structures().stream()
        .filter(s -> enrolled.contains(s.id()))
        .sorted(Comparator.comparing(Structure::name))
        .forEach(s -> surveys.put(survey(s.id()), s.name()));
  }

  @GetMapping("/")
  ResponseEntity<String> home(
      @RequestParam(name = "s", required = false) @Nullable String structure,
      @RequestParam(name = "i", required = false) @Nullable String invitation) {
    if (structure == null && settings.defaultStructure() != null) {
      structure = settings.defaultStructure().value();
    }
    if (structure == null) {
      return page(HttpStatus.OK, pages.directory(surveys, Portal.RESULTS));
    }
    StructureId id;
    try {
      id = new StructureId(structure);
    } catch (IllegalArgumentException e) {
      return page(HttpStatus.NOT_FOUND, pages.unknownStructure(structure));
    }
    if (!enrolled.contains(id)) {
      return page(HttpStatus.NOT_FOUND, pages.unknownStructure(structure));
    }
    String location =
        survey(id)
            + (invitation == null
                ? ""
                : "?i=" + URLEncoder.encode(invitation, StandardCharsets.UTF_8));
    return ResponseEntity.status(HttpStatus.SEE_OTHER)
        .header(HttpHeaders.LOCATION, location)
        .header("Content-Security-Policy", CSP)
        .build();
  }

  /** The survey's path: the mount and the id, an identifier of format v1 that needs no escape. */
  static String survey(StructureId structure) {
    return Portal.MOUNT + "/" + structure.value();
  }

  private static ResponseEntity<String> page(HttpStatus status, String html) {
    return ResponseEntity.status(status)
        .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
        .header("Content-Security-Policy", CSP)
        .header("Referrer-Policy", "no-referrer")
        .body(html);
  }
}
