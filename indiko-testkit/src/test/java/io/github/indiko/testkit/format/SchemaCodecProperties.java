package io.github.indiko.testkit.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.indiko.core.DefinitionException;
import io.github.indiko.core.format.EditionFolder;
import io.github.indiko.core.format.FormatV1;
import io.github.indiko.core.validation.DataValidator;
import io.github.indiko.core.validation.LineReader;
import io.github.indiko.core.validation.LineResult;
import io.github.indiko.core.validation.Reject;
import io.github.indiko.core.validation.RejectReason;
import io.github.indiko.testkit.gen.DomainGen;
import io.github.indiko.testkit.property.Gen;
import io.github.indiko.testkit.property.RandomSource;
import io.github.indiko.testkit.quicktheories.QuickTheoriesGen;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.core.JsonPointer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON Schemas and the readers agree on generated documents and lines: what the codec writes is
 * schema-valid, and one schema-visible change to a valid document or line is refused by the schema
 * exactly when the codec refuses it (a data line: exactly when {@link DataValidator} rejects it as
 * {@code malformed}, any later reason being schema-valid).
 *
 * <p>The changes, drawn per kind: remove a required member; add an unknown member to any object;
 * replace a value by one of another JSON type; an identifier by a non-identifier; a number by one
 * beyond ±1e15, or a count, version or scale point by 2^31; a weight by 0 or 1000.5; a date by
 * {@code 2017-13-01} or {@code 14/09/2017}; {@code format} by version 2; an enumerated word by an
 * unknown one; a text by 2 001 code points (or 2 000, half outside the Basic Multilingual Plane); a
 * {@code when} by 1 001 code points (or 1 000); a language tag by an ill-formed or another
 * well-formed one; or nothing. A data line's changes: unknown, missing and mistyped members, a
 * non-identifier {@code id}, instants of the wrong shape or beyond what java.time holds, numbers
 * beyond ±1e15 inside an answer, answers of any JSON type, and values that fail a later check.
 *
 * <p>None turns on a rule a schema cannot express (Schemas' notes, docs/decisions.md): texts
 * holding the default locale, unique ids and option values, scale points and topBox, min not above
 * max, minSelected and maxSelected, target good differing from bad, known themes and channels,
 * dates that do not exist, {@code format} first, a line's size, depth and repeated members. No
 * change writes another valid id, theme, channel, bound or default locale, or a date or an instant
 * of the right shape that does not exist; so the verdicts are compared with no exception.
 */
class SchemaCodecProperties {
  private static final int EXAMPLES = 200;

  /** Few: each candidate regenerates a document and its changes. */
  private static final int SHRINK_CYCLES = 5;

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final String UNKNOWN_MEMBER = "unknownMember";

  /** Non-identifiers: uppercase, 65 characters, leading '-', a line feed after an identifier. */
  private static final List<String> NON_IDENTIFIERS =
      List.of("Mairie", "a".repeat(65), "-mairie", "mairie\n");

  /** Language tags that are not well-formed BCP 47. */
  private static final List<String> ILL_FORMED_TAGS =
      List.of("a", "fr-1", "en-a-b", "fr-CA-x", "abcdefghi", "i-klingon", "fr_FR", "");

  /** Well-formed BCP 47 language tags. */
  private static final List<String> WELL_FORMED_TAGS =
      List.of("zh-Hant-TW", "es-419", "de-CH-1901", "x-private", "en-u-ca-buddhist");

  /** Values of every JSON type, to replace a value by one of another type. */
  private static final List<JsonNode> PALETTE =
      List.of(
          NODES.nullNode(),
          NODES.booleanNode(true),
          NODES.numberNode(7),
          NODES.stringNode("text"),
          NODES.arrayNode(),
          NODES.objectNode());

  /** Numbers beyond ±1e15, which every number of format v1 refuses. */
  private static final List<JsonNode> BEYOND =
      List.of(
          NODES.numberNode(new BigDecimal("1E+16")),
          NODES.numberNode(new BigDecimal("-1E+16")),
          NODES.numberNode(1_000_000_000_000_001L));

  /** A document or a line after one change, with what the change was, for the failure report. */
  record Case(String change, String json) {
    private static final Pattern LONG_STRING = Pattern.compile("\"(?:[^\"\\\\]|\\\\.){120,}\"");

    /** The change and the JSON, long strings cut short. */
    @Override
    public String toString() {
      return change + " in " + LONG_STRING.matcher(json).replaceAll("\"<a long string>\"");
    }
  }

  /** A change: what it does, and the changed copy of a tree. */
  private record Edit(String description, UnaryOperator<JsonNode> apply) {}

  /** Where each schema-visible rule of a definition kind applies, by JSON pointer. */
  private record Shape(
      BiFunction<String, JsonNode, List<String>> required,
      Pattern identifiers,
      Pattern dates,
      Pattern enums,
      Pattern texts,
      Pattern plainTexts,
      Pattern items,
      Pattern weights,
      Pattern counts) {}

  private static final String QUESTION = "/sections/\\d+/questions/\\d+";

  /** The five definition kinds: schema, generator and writer, reader, and shape. */
  enum Kind {
    EDITION(
        "edition",
        DomainGen.editions().map(value -> written(value, FormatV1::writeEdition)),
        in -> FormatV1.readEdition(in, "edition.json"),
        new Shape(
            (pointer, node) ->
                switch (pointer) {
                  case "" ->
                      List.of(
                          "format",
                          "id",
                          "name",
                          "defaultLocale",
                          "timeZone",
                          "registration",
                          "collection",
                          "questionnaire",
                          "grid");
                  case "/registration" -> List.of("opens", "closes");
                  case "/collection" -> List.of("from", "to");
                  case "/questionnaire", "/grid" -> List.of("id", "version");
                  case "/scoring/survey", "/scoring/audit", "/scoring/ranking" ->
                      List.of("strategy");
                  default -> List.of();
                },
            Pattern.compile("/id|/questionnaire/id|/grid/id|/channels/\\d+"),
            Pattern.compile("/registration/(opens|closes)|/collection/(from|to)"),
            Pattern.compile("(?!)"),
            Pattern.compile("/name"),
            Pattern.compile("(?!)"),
            Pattern.compile("(?!)"),
            Pattern.compile("/scoring/themes/[^/]+|/scoring/sources/[^/]+"),
            Pattern.compile(
                "/questionnaire/version|/grid/version|/scoring/minimumResponses"
                    + "|/scoring/minimumAudits(/[^/]+)?|/scoring/disclosureThreshold"
                    + "|/trophies/minimumEligible|/trophies/consultation/minimumResponses"))),
    STRUCTURES(
        "structures",
        DomainGen.structures().map(value -> written(value, FormatV1::writeStructures)),
        in -> FormatV1.readStructures(in, "structures.json"),
        new Shape(
            (pointer, node) ->
                pointer.isEmpty()
                    ? List.of("format", "structures")
                    : pointer.matches("/structures/\\d+")
                        ? List.of("id", "name", "type")
                        : List.of(),
            Pattern.compile("/structures/\\d+/(id|channels/\\d+)"),
            Pattern.compile("(?!)"),
            Pattern.compile("/structures/\\d+/type"),
            Pattern.compile("(?!)"),
            Pattern.compile("/structures/\\d+/name"),
            Pattern.compile("(?!)"),
            Pattern.compile("(?!)"),
            Pattern.compile("(?!)"))),
    ENROLMENTS(
        "enrolments",
        DomainGen.enrolments().map(value -> written(value, FormatV1::writeEnrolments)),
        in -> FormatV1.readEnrolments(in, "enrolments.json"),
        new Shape(
            (pointer, node) ->
                pointer.isEmpty()
                    ? List.of("format", "enrolments")
                    : pointer.matches("/enrolments/\\d+")
                        ? List.of("structure", "at", "level")
                        : List.of(),
            Pattern.compile("/enrolments/\\d+/structure"),
            Pattern.compile("/enrolments/\\d+/at"),
            Pattern.compile("/enrolments/\\d+/level"),
            Pattern.compile("(?!)"),
            Pattern.compile("(?!)"),
            Pattern.compile("(?!)"),
            Pattern.compile("(?!)"),
            Pattern.compile("(?!)"))),
    QUESTIONNAIRE(
        "questionnaire",
        DomainGen.questionnaires().map(value -> written(value, FormatV1::writeQuestionnaire)),
        in -> FormatV1.readQuestionnaire(in, "questionnaire.json"),
        new Shape(
            Kind::questionnaireRequired,
            Pattern.compile("/id|/sections/\\d+/id|" + QUESTION + "/(id|theme)"),
            Pattern.compile(QUESTION + "/(min|max)"),
            Pattern.compile(QUESTION + "/type"),
            Pattern.compile(
                "/title|/sections/\\d+/title|"
                    + QUESTION
                    + "/(label|help|labels/-?\\d+|options/\\d+/label)"),
            Pattern.compile("(?!)"),
            Pattern.compile(QUESTION),
            Pattern.compile("(?!)"),
            Pattern.compile("/version|" + QUESTION + "/scale/(min|max)"))),
    GRID(
        "grid",
        DomainGen.grids().map(value -> written(value, FormatV1::writeGrid)),
        in -> FormatV1.readGrid(in, "grid.json"),
        new Shape(
            (pointer, node) ->
                pointer.isEmpty()
                    ? List.of("format", "id", "version", "defaultLocale", "title", "criteria")
                    : pointer.matches("/criteria/\\d+")
                        ? List.of("id", "channel", "type", "label")
                        : pointer.matches("/criteria/\\d+/target")
                            ? List.of("good", "bad")
                            : List.of(),
            Pattern.compile("/id|/criteria/\\d+/(id|channel|theme)"),
            Pattern.compile("(?!)"),
            Pattern.compile("/criteria/\\d+/type"),
            Pattern.compile("/title|/criteria/\\d+/label"),
            Pattern.compile("(?!)"),
            Pattern.compile("/criteria/\\d+"),
            Pattern.compile("(?!)"),
            Pattern.compile("/version")));

    private final String schema;
    private final Gen<String> document;
    private final Function<InputStream, Object> reader;
    private final Shape shape;

    Kind(
        String schema,
        Gen<String> document,
        Function<InputStream, Object> reader,
        Shape shape) {
      this.schema = schema;
      this.document = document;
      this.reader = reader;
      this.shape = shape;
    }

    private static List<String> questionnaireRequired(String pointer, JsonNode node) {
      if (pointer.isEmpty()) {
        return List.of("format", "id", "version", "defaultLocale", "title", "sections");
      }
      if (pointer.matches("/sections/\\d+")) {
        return List.of("id", "questions");
      }
      if (pointer.matches(QUESTION)) {
        return switch (node.path("type").asString("")) {
          case "rating" -> List.of("id", "type", "label", "scale");
          case "single_choice", "multi_choice" -> List.of("id", "type", "label", "options");
          default -> List.of("id", "type", "label");
        };
      }
      if (pointer.matches(QUESTION + "/scale")) {
        return List.of("min", "max");
      }
      if (pointer.matches(QUESTION + "/options/\\d+")) {
        return List.of("value", "label");
      }
      if (pointer.matches(QUESTION + "/target")) {
        return List.of("good", "bad");
      }
      return List.of();
    }
  }

  private static <T> String written(T value, BiConsumer<T, OutputStream> writer) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    writer.accept(value, out);
    return out.toString(StandardCharsets.UTF_8);
  }

  private static InputStream stream(String json) {
    return new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
  }

  /** A member name as a JSON Pointer token (RFC 6901). */
  private static String escape(String name) {
    return name.replace("~", "~0").replace("/", "~1");
  }

  private static JsonNode tree(String json) {
    return SchemaCheck.JSON.readTree(json);
  }

  private static String text(JsonNode tree) {
    return SchemaCheck.JSON.writeValueAsString(tree);
  }

  /** A string of {@code count} code points, half of them outside the Basic Multilingual Plane. */
  private static String codePoints(int count) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < count; i++) {
      text.append(i % 2 == 0 ? "😀" : "é");
    }
    return text.toString();
  }

  // ---------------------------------------------------------------- trees and their changes

  private record Site(String pointer, JsonNode node) {}

  private static List<Site> sites(JsonNode root) {
    List<Site> sites = new ArrayList<>();
    walk(root, "", sites);
    return sites;
  }

  private static void walk(JsonNode node, String pointer, List<Site> sites) {
    sites.add(new Site(pointer, node));
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> member : node.properties()) {
        walk(member.getValue(), pointer + "/" + escape(member.getKey()), sites);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        walk(node.get(i), pointer + "/" + i, sites);
      }
    }
  }

  /** Sets the value at {@code pointer}: an existing member keeps its place, a new one goes last. */
  private static Edit set(String description, String pointer, JsonNode value) {
    return new Edit(
        description + " at " + pointer,
        document -> {
          JsonNode copy = document.deepCopy();
          JsonPointer at = JsonPointer.compile(pointer);
          JsonNode parent = copy.at(at.head());
          if (parent instanceof ArrayNode array) {
            array.set(at.last().getMatchingIndex(), value);
          } else {
            ((ObjectNode) parent).set(at.last().getMatchingProperty(), value);
          }
          return copy;
        });
  }

  private static Edit remove(String pointer) {
    return new Edit(
        "remove " + pointer,
        document -> {
          JsonNode copy = document.deepCopy();
          JsonPointer at = JsonPointer.compile(pointer);
          ((ObjectNode) copy.at(at.head())).remove(at.last().getMatchingProperty());
          return copy;
        });
  }

  private static void add(Map<String, List<Edit>> edits, String category, Edit edit) {
    edits.computeIfAbsent(category, c -> new ArrayList<>()).add(edit);
  }

  /** Draws a category with at least one change, then a change of it, and applies it. */
  private static Case draw(
      Map<String, List<Edit>> edits, JsonNode document, RandomSource source) {
    List<List<Edit>> categories = List.copyOf(edits.values());
    List<Edit> category = categories.get((int) source.next(categories.size() - 1L));
    Edit edit = category.get((int) source.next(category.size() - 1L));
    return new Case(edit.description(), text(edit.apply().apply(document)));
  }

  private static void otherTypes(Map<String, List<Edit>> edits, Site site) {
    for (JsonNode value : PALETTE) {
      if (value.getNodeType() != site.node().getNodeType()) {
        add(edits, "another JSON type", set("replace by " + value, site.pointer(), value));
      }
    }
  }

  // ---------------------------------------------------------------- definitions

  /** Every schema-visible change of the kind's list that applies to the document. */
  private static Map<String, List<Edit>> edits(Kind kind, JsonNode document) {
    Shape shape = kind.shape;
    Map<String, List<Edit>> edits = new LinkedHashMap<>();
    add(edits, "identity", new Edit("no change", UnaryOperator.identity()));
    add(edits, "format", set("set", "/format", NODES.stringNode("indiko." + kind.schema + "/2")));
    for (Site site : sites(document)) {
      String pointer = site.pointer();
      JsonNode node = site.node();
      if (node.isObject()) {
        for (String name : shape.required().apply(pointer, node)) {
          if (node.has(name)) {
            add(edits, "remove a required member", remove(pointer + "/" + name));
          }
        }
        add(
            edits,
            "add an unknown member",
            set("add", pointer + "/" + UNKNOWN_MEMBER, NODES.numberNode(1)));
      }
      if (!pointer.isEmpty()) {
        otherTypes(edits, site);
      }
      if (shape.identifiers().matcher(pointer).matches()) {
        for (String id : NON_IDENTIFIERS) {
          add(edits, "a non-identifier", set("set", pointer, NODES.stringNode(id)));
        }
      }
      if (node.isNumber()) {
        for (JsonNode beyond : BEYOND) {
          add(edits, "a number beyond ±1e15", set("set " + beyond, pointer, beyond));
        }
      }
      if (shape.counts().matcher(pointer).matches() && node.isNumber()) {
        add(
            edits,
            "an integer beyond 32 bits",
            set("set 2147483648", pointer, NODES.numberNode(2_147_483_648L)));
      }
      if (shape.weights().matcher(pointer).matches()) {
        weights(edits, pointer);
      }
      if (shape.items().matcher(pointer).matches()) {
        weights(edits, pointer + "/weight");
        add(
            edits,
            "a long when",
            set("set 1 001 code points", pointer + "/when", NODES.stringNode("x".repeat(1001))));
        add(
            edits,
            "a long when",
            set("set 1 000 code points", pointer + "/when", NODES.stringNode(codePoints(1000))));
      }
      if (shape.dates().matcher(pointer).matches() && node.isString()) {
        for (String date : List.of("2017-13-01", "14/09/2017")) {
          add(edits, "a malformed date", set("set", pointer, NODES.stringNode(date)));
        }
      }
      if (shape.enums().matcher(pointer).matches()) {
        add(edits, "an unknown word", set("set", pointer, NODES.stringNode("unheard_of")));
      }
      if (shape.texts().matcher(pointer).matches()) {
        for (Map.Entry<String, JsonNode> text : node.properties()) {
          longTexts(edits, pointer + "/" + escape(text.getKey()));
        }
        for (String tag : ILL_FORMED_TAGS) {
          add(edits, "a language tag", set("add", pointer + "/" + tag, NODES.stringNode("x")));
        }
        for (String tag : WELL_FORMED_TAGS) {
          add(edits, "a language tag", set("add", pointer + "/" + tag, NODES.stringNode("x")));
        }
      }
      if (pointer.equals("/defaultLocale")) {
        for (String tag : ILL_FORMED_TAGS) {
          add(edits, "a language tag", set("set", pointer, NODES.stringNode(tag)));
        }
      }
      if (shape.plainTexts().matcher(pointer).matches()) {
        longTexts(edits, pointer);
      }
    }
    return edits;
  }

  private static void weights(Map<String, List<Edit>> edits, String pointer) {
    add(edits, "a weight", set("set 0", pointer, NODES.numberNode(0)));
    add(edits, "a weight", set("set 1000.5", pointer, NODES.numberNode(new BigDecimal("1000.5"))));
  }

  private static void longTexts(Map<String, List<Edit>> edits, String pointer) {
    add(
        edits,
        "a long text",
        set("set 2 001 code points", pointer, NODES.stringNode(codePoints(2001))));
    add(
        edits,
        "a long text",
        set("set 2 000 code points", pointer, NODES.stringNode(codePoints(2000))));
  }

  private static org.quicktheories.core.Gen<Case> definitionCases(Kind kind) {
    return QuickTheoriesGen.of(
        source -> {
          JsonNode document = tree(kind.document.generate(source));
          return draw(edits(kind, document), document, source);
        });
  }

  /** The codec's verdict: null when it accepts the document, else its problems. */
  private static String codecRefusal(Kind kind, String json) {
    try {
      kind.reader.apply(stream(json));
      return null;
    } catch (DefinitionException e) {
      return e.problems().toString();
    }
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void write_validAgainstTheSchema(Kind kind) {
    qt().withExamples(EXAMPLES)
        .forAll(QuickTheoriesGen.of(kind.document))
        .checkAssert(json -> assertThat(SchemaCheck.errors(kind.schema, json)).isEmpty());
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void read_refusesOneChangeExactlyWhenTheSchemaDoes(Kind kind) {
    Set<Boolean> verdicts = new HashSet<>();
    qt().withExamples(EXAMPLES)
        .withShrinkCycles(SHRINK_CYCLES)
        .forAll(definitionCases(kind))
        .checkAssert(
            change -> {
              List<?> errors = SchemaCheck.errors(kind.schema, change.json());
              String refusal = codecRefusal(kind, change.json());
              verdicts.add(refusal == null);
              assertThat(refusal == null)
                  .as("%s%nschema: %s%ncodec: %s", change, errors, refusal)
                  .isEqualTo(errors.isEmpty());
            });

    assertThat(verdicts)
        .as("changes both accepted and refused")
        .containsExactlyInAnyOrder(true, false);
  }

  // ---------------------------------------------------------------- data lines

  /** The sample edition, whose accepted lines are the seeds of the changed lines. */
  private static final Path SAMPLE = sample();

  private static final DataValidator VALIDATOR = DataValidator.of(EditionFolder.load(SAMPLE));

  private static Path sample() {
    try {
      return Path.of(
          SchemaCodecProperties.class
              .getResource("/io/github/indiko/samples/edition-2017")
              .toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The two data sources: schema, file, members, and the member holding answers. */
  enum Source {
    RESPONSES(
        "response",
        DataValidator.RESPONSES,
        List.of("id", "questionnaire", "version", "structure", "channel", "submittedAt", "answers"),
        List.of("locale", "respondent", "segment"),
        "questionnaire",
        "submittedAt",
        "answers"),
    AUDITS(
        "audit",
        DataValidator.AUDITS,
        List.of("id", "grid", "version", "structure", "channel", "performedAt", "observations"),
        List.of("auditor", "comment"),
        "grid",
        "performedAt",
        "observations");

    private final String schema;
    private final String file;
    private final List<String> required;
    private final List<String> optional;
    private final String definition;
    private final String instant;
    private final String items;

    Source(
        String schema,
        String file,
        List<String> required,
        List<String> optional,
        String definition,
        String instant,
        String items) {
      this.schema = schema;
      this.file = file;
      this.required = required;
      this.optional = optional;
      this.definition = definition;
      this.instant = instant;
      this.items = items;
    }

    private LineReader<?> reader(InputStream in) {
      return this == RESPONSES ? VALIDATOR.responses(in, file) : VALIDATOR.audits(in, file);
    }
  }

  /** Instants of the wrong shape, and with a fraction or an offset java.time does not read. */
  private static final List<String> BAD_INSTANTS =
      List.of(
          "2017-09-14 10:32:00+02:00",
          "2017-09-14T10:32:00",
          "14/09/2017",
          "2017-13-01T10:00:00Z",
          "2017-09-14T24:00:00Z",
          "2017-09-14T10:60Z",
          "2017-09-14T10:32:00+2:00",
          "2017-09-14t10:32:00z",
          "2017-09-14T10:32:00.1234567890Z",
          "2017-09-14T10:32:00+19:00",
          "2017-09-14T10:32:00+18:01");

  /** Instants of the right shape, inside the collection period or not. */
  private static final List<String> GOOD_INSTANTS =
      List.of(
          "2017-09-14T10:32Z",
          "2017-09-14T10:32:00.5-03:00",
          "2017-10-01T12:00:00.123456789+14:00",
          "2017-10-01T12:00:00-18:00",
          "2016-01-01T00:00:00Z");

  /** Answers and observations that JSON Lines allow but no question or criterion does. */
  private static final List<String> ODD_ITEMS =
      List.of("{\"text\":\"ok\"}", "[\"a\",1]", "[[]]", "[true]", "{}", "[]", "\"\"");

  /** Answers and observations holding a number beyond ±1e15. */
  private static final List<String> BEYOND_ITEMS =
      List.of("1e16", "-1e16", "1000000000000001", "[1e16]", "[\"a\",-1e16]", "{\"n\":1e16}");

  /** The text of the sample's lines that the validator accepts. */
  private static List<String> acceptedLines(Source source) {
    Set<Long> accepted = new HashSet<>();
    Path file = SAMPLE.resolve(source.file);
    try (InputStream in = Files.newInputStream(file);
        LineReader<?> reader = source.reader(in)) {
      reader.forEachRemaining(
          result -> {
            if (result instanceof LineResult.Accepted<?>) {
              accepted.add(result.line());
            }
          });
      String[] lines = new String(Files.readAllBytes(file), StandardCharsets.UTF_8).split("\n", -1);
      List<String> texts = new ArrayList<>();
      for (long line : accepted) {
        texts.add(lines[(int) line - 1]);
      }
      return texts;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Map<String, List<Edit>> lineEdits(Source source, JsonNode line) {
    Map<String, List<Edit>> edits = new LinkedHashMap<>();
    add(edits, "identity", new Edit("no change", UnaryOperator.identity()));
    add(edits, "an unknown member", set("add", "/" + UNKNOWN_MEMBER, NODES.numberNode(1)));
    add(edits, "an unknown member", set("add", "/sumbittedAt", NODES.stringNode("x")));
    for (String name : source.required) {
      add(edits, "a missing member", remove("/" + name));
    }
    for (String name : source.optional) {
      if (line.has(name)) {
        add(edits, "an optional member removed", remove("/" + name));
      }
    }
    for (Map.Entry<String, JsonNode> member : line.properties()) {
      otherTypes(edits, new Site("/" + member.getKey(), member.getValue()));
    }
    for (String id : NON_IDENTIFIERS) {
      add(edits, "a non-identifier id", set("set", "/id", NODES.stringNode(id)));
    }
    for (String instant : BAD_INSTANTS) {
      add(edits, "a bad instant", set("set", "/" + source.instant, NODES.stringNode(instant)));
    }
    for (String instant : GOOD_INSTANTS) {
      add(edits, "a good instant", set("set", "/" + source.instant, NODES.stringNode(instant)));
    }
    for (String version : List.of("3.0", "1.0", "3.5", "99", "1e16", "2147483648")) {
      add(edits, "a version", set("set", "/version", tree(version)));
    }
    for (String later : List.of("nowhere", "Not An Id", "carrier_pigeon", "fax")) {
      add(edits, "a later reason", set("set", "/structure", NODES.stringNode(later)));
      add(edits, "a later reason", set("set", "/channel", NODES.stringNode(later)));
      add(edits, "a later reason", set("set", "/" + source.definition, NODES.stringNode(later)));
    }
    add(
        edits,
        "an unknown item",
        set("add", "/" + source.items + "/" + UNKNOWN_MEMBER, NODES.numberNode(1)));
    if (source == Source.RESPONSES) {
      add(edits, "a segment", set("set", "/segment", tree("{\"age\":1}")));
      add(edits, "a segment", set("set", "/segment", tree("{\"age\":\"18-24\",\"x\":null}")));
      add(edits, "a segment", set("set", "/segment", tree("{\"age\":\"18-24\"}")));
    }
    for (Map.Entry<String, JsonNode> item : line.path(source.items).properties()) {
      String pointer = "/" + source.items + "/" + escape(item.getKey());
      for (String beyond : BEYOND_ITEMS) {
        add(edits, "a number beyond ±1e15 in an item", set("set " + beyond, pointer, tree(beyond)));
      }
      for (String odd : ODD_ITEMS) {
        add(edits, "an item of an odd type", set("set " + odd, pointer, tree(odd)));
      }
      otherTypes(edits, new Site(pointer, item.getValue()));
    }
    return edits;
  }

  private static org.quicktheories.core.Gen<Case> lineCases(Source source) {
    List<String> seeds = acceptedLines(source);
    return QuickTheoriesGen.of(
        draws -> {
          JsonNode line = tree(seeds.get((int) draws.next(seeds.size() - 1L)));
          return draw(lineEdits(source, line), line, draws);
        });
  }

  private static LineResult<?> validate(Source source, String line) {
    try (LineReader<?> reader = source.reader(stream(line))) {
      return reader.next();
    }
  }

  @ParameterizedTest
  @EnumSource(Source.class)
  void acceptedLines_manyInTheSample(Source source) {
    assertThat(acceptedLines(source)).hasSizeGreaterThan(100);
  }

  @ParameterizedTest
  @EnumSource(Source.class)
  void validate_malformedExactlyWhenTheSchemaRefuses(Source source) {
    Set<String> outcomes = new HashSet<>();
    qt().withExamples(EXAMPLES)
        .withShrinkCycles(SHRINK_CYCLES)
        .forAll(lineCases(source))
        .checkAssert(
            change -> {
              List<?> errors = SchemaCheck.errors(source.schema, change.json());
              LineResult<?> result = validate(source, change.json());
              Reject reject =
                  result instanceof LineResult.Rejected<?> rejected ? rejected.reject() : null;
              boolean malformed = reject != null && reject.reason() == RejectReason.MALFORMED;
              outcomes.add(reject == null ? "accepted" : malformed ? "malformed" : "later reason");
              assertThat(errors.isEmpty())
                  .as("%s%nschema: %s%nvalidator: %s", change, errors, reject)
                  .isEqualTo(!malformed);
            });

    assertThat(outcomes).containsExactlyInAnyOrder("accepted", "malformed", "later reason");
  }
}
