package io.github.indiko.testkit.gen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.indiko.core.EditionDefinitions;
import io.github.indiko.core.edition.DateRange;
import io.github.indiko.core.edition.DefinitionRef;
import io.github.indiko.core.edition.Edition;
import io.github.indiko.core.edition.ScoringSettings;
import io.github.indiko.core.edition.Theme;
import io.github.indiko.core.questionnaire.Option;
import io.github.indiko.core.questionnaire.Question;
import io.github.indiko.core.questionnaire.QuestionType;
import io.github.indiko.core.questionnaire.Questionnaire;
import io.github.indiko.core.response.Answer;
import io.github.indiko.core.response.Response;
import io.github.indiko.core.response.ResponseId;
import io.github.indiko.core.structure.Enrolment;
import io.github.indiko.core.structure.Structure;
import io.github.indiko.core.validation.DataValidator;
import io.github.indiko.core.validation.LineResult;
import io.github.indiko.core.validation.RejectReason;
import io.github.indiko.core.validation.ResponseRow;
import io.github.indiko.core.validation.SourceCounts;
import io.github.indiko.testkit.property.Gen;
import io.github.indiko.testkit.property.RandomSource;
import io.github.indiko.testkit.quicktheories.QuickTheoriesGen;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The fast path of {@code responses.jsonl} ({@link DataValidator#scanResponses}, on two threads)
 * against the reference checks ({@link DataValidator#validateResponses(java.io.InputStream, String,
 * java.util.function.Consumer)}) on generated editions, with every question type, conditions,
 * several versions of the questionnaire (analysis.md §A4), time zones with daylight saving
 * (collection periods that start or end on a transition day), and {@code oneResponsePerRespondent}
 * both ways. The lines are those of {@link DataGen} and {@link InvalidLines}, the same rewritten
 * token by token (escapes, numbers spelt otherwise, repeated, {@code null} or missing members,
 * whitespace, answers and instants at their bounds), and the same with bytes deleted, inserted or
 * replaced. Every source must give the same rejects in line order, the same counts, and for each
 * accepted line a row equal to {@link DataValidator#row} of the reference's response.
 */
class FastPathProperties {
  private static final ExecutorService WORKERS = Executors.newFixedThreadPool(2);

  /** Zones whose clocks change, some of them at midnight (a day that starts at 01:00). */
  private static final List<String> CHANGING_ZONES =
      List.of(
          "Europe/Paris",
          "America/Santiago",
          "America/Asuncion",
          "Asia/Beirut",
          "America/Havana",
          "Atlantic/Azores",
          "Australia/Lord_Howe");

  /** Offsets of instants: the edges of the range, and the zero written three ways. */
  private static final List<String> OFFSETS =
      List.of("Z", "+00:00", "-00:00", "+18:00", "-18:00", "+05:30", "-03:00", "+14:00", "-09:30");

  /** Bytes to insert: JSON's syntax, whitespace, controls, and UTF-8's edges, whole or cut. */
  private static final List<byte[]> INSERTS =
      Stream.of(
              // JSON's syntax and whitespace: " \ , } { [ ] : space tab CR LF 0 9 - + . e E n u
              "22 5c 2c 7d 7b 5b 5d 3a 20 09 0d 0a 30 39 2d 2b 2e 65 45 6e 75",
              // Controls and DEL; lone lead and continuation bytes.
              "00 01 1f 7f 80 bf c0 c1 c2 df e0 ed ef f0 f4 f5 ff",
              // Whole sequences, good (é, U+D7FF, U+FFFF, 😀, U+10FFFF) and bad (overlong,
              // surrogate, beyond U+10FFFF, cut short).
              "c3a9 ed9fbf efbfbf f09f9880 f48fbfbf c0af e080af eda080 f4908080 f08fbfbf e282",
              // The escapes \u0061 and \ud800.
              "5c7530303631 5c7564383030")
          .flatMap(group -> Arrays.stream(group.split(" ")))
          .map(FastPathProperties::hex)
          .toList();

  /** The longest line, without its terminator, in bytes (formats.md). */
  private static final int MAX_LINE = 1 << 20;

  private static final Mix MIX_ALL = new Mix(3, 2, 3, 1, 1);

  private static final List<String> WHITESPACE = List.of(" ", "\t", "\r", "  ", " \r ", "\t\r");

  @AfterAll
  static void stop() {
    WORKERS.shutdownNow();
  }

  @Test
  void scan_givesTheReferenceOutcomes_onGeneratedAndInvalidLines() {
    qt().withExamples(250)
        .forAll(QuickTheoriesGen.of(sources(new Mix(4, 6, 0, 0, 0), 10)))
        .checkAssert(FastPathProperties::sameOutcomes);
  }

  @Test
  void scan_givesTheReferenceOutcomes_onRewrittenLines() {
    qt().withExamples(500)
        .forAll(QuickTheoriesGen.of(sources(new Mix(1, 1, 8, 0, 2), 10)))
        .checkAssert(FastPathProperties::sameOutcomes);
  }

  @Test
  void scan_givesTheReferenceOutcomes_onMutatedBytes() {
    qt().withExamples(400)
        .forAll(QuickTheoriesGen.of(sources(new Mix(0, 0, 2, 8, 0), 8)))
        .checkAssert(FastPathProperties::sameOutcomes);
  }

  @Test
  void scan_givesTheReferenceOutcomes_onInstantsAtTheCollectionBounds() {
    qt().withExamples(300)
        .forAll(QuickTheoriesGen.of(sources(new Mix(0, 0, 2, 1, 8), 8)))
        .checkAssert(FastPathProperties::sameOutcomes);
  }

  @Test
  void scan_givesTheReferenceOutcomes_onEditionsOfSeveralVersions() {
    Gen<EditionDefinitions> drawn = definitions();
    Gen<EditionDefinitions> versioned = source -> versioned(source, drawn.generate(source));
    qt().withExamples(250)
        .forAll(QuickTheoriesGen.of(sources(versioned, MIX_ALL, 10)))
        .checkAssert(FastPathProperties::sameOutcomes);
  }

  @Test
  void scan_givesTheReferenceOutcomes_onSourcesOfSeveralBlocks() {
    // Blocks are 1 MiB: these sources span several, duplicates reaching across them, with lines
    // of the longest length allowed and one byte more or less, some ending in \r\n.
    for (long seed : new long[] {11, 12}) {
      RandomSource source = RandomSource.seeded(seed);
      EditionDefinitions definitions = definitions().generate(source);
      Lines lines = new Lines(definitions);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      out.writeBytes(lines(source, lines, MIX_ALL, 3 << 19, 0));
      byte[] line = utf8(DataGen.responseLines(definitions).generate(source));
      for (int length : new int[] {MAX_LINE - 1, MAX_LINE, MAX_LINE + 1}) {
        for (String end : new String[] {"\n", "\r\n"}) {
          out.writeBytes(line);
          out.writeBytes(utf8(" ".repeat(length - line.length) + end));
        }
      }
      out.writeBytes(lines(source, lines, MIX_ALL, 3 << 19, 0));
      sameOutcomes(new Data(definitions, out.toByteArray()));
    }
  }

  // ------------------------------------------------------------------ the comparison

  /** Definitions and the bytes of a {@code responses.jsonl} for them. */
  record Data(EditionDefinitions definitions, byte[] bytes) {
    @Override
    public String toString() {
      return summary(definitions) + "lines:\n" + shown(bytes);
    }
  }

  private static void sameOutcomes(Data data) {
    DataValidator validator = DataValidator.of(data.definitions());
    List<Question> questions = data.definitions().questionPool().questions();
    List<Object> expected = new ArrayList<>();
    SourceCounts reference =
        validator.validateResponses(
            new ByteArrayInputStream(data.bytes()),
            DataValidator.RESPONSES,
            result ->
                expected.add(
                    result instanceof LineResult.Accepted<Response> accepted
                        ? describe(validator.row(accepted.record()), accepted.line(), questions)
                        : result));
    List<Map.Entry<Long, Object>> outcomes = new ArrayList<>();
    SourceCounts fast =
        validator.scanResponses(
            new ByteArrayInputStream(data.bytes()),
            DataValidator.RESPONSES,
            () ->
                row -> {
                  String described = describe(row, row.line(), questions);
                  synchronized (outcomes) {
                    outcomes.add(Map.entry(row.line(), described));
                  }
                },
            rejected -> {
              synchronized (outcomes) {
                outcomes.add(Map.entry(rejected.line(), rejected));
              }
            },
            WORKERS,
            2);
    // Rows come in no particular order: put every outcome back in line order.
    outcomes.sort(Map.Entry.comparingByKey());
    List<Object> actual = outcomes.stream().map(Map.Entry::getValue).toList();
    assertThat(actual).as(data::toString).isEqualTo(expected);
    assertThat(fast).as(data::toString).isEqualTo(reference);
  }

  /**
   * Everything a row holds, as text: line, structure, channel, version of the questionnaire, each
   * item's typed answer.
   */
  private static String describe(ResponseRow row, long line, List<Question> questions) {
    StringBuilder out =
        new StringBuilder()
            .append(line)
            .append(' ')
            .append(row.structure())
            .append(' ')
            .append(row.channel())
            .append(" v")
            .append(row.questionnaireVersion());
    for (int q = 0; q < questions.size(); q++) {
      out.append(' ');
      if (!row.answered(q)) {
        out.append('-');
        continue;
      }
      QuestionType type = questions.get(q).type();
      if (type instanceof QuestionType.Rating
          || type instanceof QuestionType.Nps
          || type instanceof QuestionType.Number) {
        out.append(Double.doubleToRawLongBits(row.number(q))).append('=').append(row.number(q));
      } else if (type instanceof QuestionType.YesNo) {
        out.append(row.yes(q));
      } else if (type instanceof QuestionType.SingleChoice) {
        out.append(row.option(q));
      } else if (type instanceof QuestionType.MultiChoice) {
        out.append(Long.toBinaryString(row.options(q)));
      } else if (type instanceof QuestionType.Text) {
        out.append(JsonQuote.plain(row.text(q)));
      } else {
        out.append(row.date(q));
      }
    }
    return out.toString();
  }

  private static String summary(EditionDefinitions definitions) {
    Edition edition = definitions.edition();
    StringBuilder out =
        new StringBuilder()
            .append("zone ")
            .append(edition.timeZone())
            .append(", collection ")
            .append(edition.collection())
            .append(", questionnaire ")
            .append(edition.questionnaires())
            .append(", oneResponsePerRespondent ")
            .append(edition.scoring().oneResponsePerRespondent())
            .append("\nchannels ")
            .append(edition.knownChannels())
            .append("\nstructures");
    for (Structure structure : definitions.structures()) {
      out.append(' ').append(structure.id());
    }
    out.append("\nenrolled");
    for (Enrolment enrolment : definitions.enrolments()) {
      out.append(' ').append(enrolment.structure());
    }
    out.append('\n');
    for (Questionnaire version : definitions.questionnaires()) {
      out.append("version ").append(version.version()).append('\n');
      for (Question question : version.questions()) {
        out.append(question.id()).append(": ").append(typeSummary(question.type()));
        if (question.required()) {
          out.append(", required");
        }
        if (question.when() != null) {
          out.append(", when ").append(question.when());
        }
        out.append('\n');
      }
    }
    return out.toString();
  }

  private static String typeSummary(QuestionType type) {
    if (type instanceof QuestionType.Rating rating) {
      return "rating " + rating.scale();
    }
    if (type instanceof QuestionType.SingleChoice single) {
      return "single_choice " + values(single.options());
    }
    if (type instanceof QuestionType.MultiChoice multi) {
      return "multi_choice "
          + values(multi.options())
          + " min "
          + multi.minSelected()
          + " max "
          + multi.maxSelected();
    }
    return type.toString();
  }

  private static List<String> values(List<Option> options) {
    return options.stream().map(o -> JsonQuote.plain(o.value())).toList();
  }

  /** The bytes as text, every byte outside printable ASCII shown as {@code \xNN}. */
  private static String shown(byte[] bytes) {
    StringBuilder out = new StringBuilder();
    for (byte b : bytes) {
      int c = b & 0xff;
      if (c == '\n' || c >= 0x20 && c < 0x7f && c != '\\') {
        out.append((char) c);
      } else {
        out.append(String.format(Locale.ROOT, "\\x%02x", c));
      }
    }
    return out.toString();
  }

  // ------------------------------------------------------------------ editions

  /**
   * The definitions of {@link DomainGen#definitions()}, {@code oneResponsePerRespondent} drawn, and
   * one in three moved to a zone whose clocks change, its collection period starting or ending
   * around a change.
   */
  private static Gen<EditionDefinitions> definitions() {
    Gen<EditionDefinitions> drawn = DomainGen.definitions();
    return source -> {
      EditionDefinitions definitions = drawn.generate(source);
      Edition e = definitions.edition();
      ZoneId zone = e.timeZone();
      DateRange collection = e.collection();
      if (Draws.oneIn(source, 3)) {
        zone = ZoneId.of(Draws.pick(source, CHANGING_ZONES));
        collection = aroundChange(source, zone);
      }
      ScoringSettings s = e.scoring();
      ScoringSettings scoring =
          new ScoringSettings(
              s.survey(),
              s.audit(),
              s.ranking(),
              s.themes(),
              s.sources(),
              s.minimumResponses(),
              s.minimumAudits(),
              s.confidence(),
              s.disclosureThreshold(),
              s.target(),
              Draws.coin(source));
      Edition edition =
          new Edition(
              e.id(),
              e.name(),
              e.defaultLocale(),
              zone,
              e.registration(),
              collection,
              e.questionnaire(),
              e.grid(),
              scoring,
              e.trophies(),
              e.previous(),
              e.channels());
      return EditionDefinitions.ofVersions(
          edition.withQuestionnaires(e.questionnaires()),
          definitions.structures(),
          definitions.enrolments(),
          definitions.questionnaires(),
          definitions.grid(),
          null);
    };
  }

  /** The definitions, given versions as {@link DomainGen#definitions()} does when they have one. */
  private static EditionDefinitions versioned(RandomSource source, EditionDefinitions drawn) {
    if (drawn.edition().versioned()) {
      return drawn;
    }
    Set<String> taken = new HashSet<>();
    drawn.questionnaire().questions().forEach(q -> taken.add(q.id().value()));
    drawn.grid().criteria().forEach(c -> taken.add(c.id().value()));
    List<Theme> themes = new ArrayList<>(Theme.BUILT_IN);
    themes.add(Theme.OVERALL);
    themes.addAll(drawn.edition().scoring().themes().keySet());
    List<Questionnaire> versions = DomainGen.versions(source, drawn.questionnaire(), themes, taken);
    return EditionDefinitions.ofVersions(
        drawn.edition().withQuestionnaires(versions.stream().map(Questionnaire::ref).toList()),
        drawn.structures(),
        drawn.enrolments(),
        versions,
        drawn.grid(),
        null);
  }

  private static DateRange aroundChange(RandomSource source, ZoneId zone) {
    Instant from =
        LocalDate.of(2016 + Draws.between(source, 0, 3), 1 + Draws.between(source, 0, 11), 1)
            .atStartOfDay(ZoneOffset.UTC)
            .toInstant();
    ZoneOffsetTransition change = zone.getRules().nextTransition(from);
    LocalDate day = change.getDateTimeBefore().toLocalDate().plusDays(Draws.between(source, -1, 1));
    int days = Draws.between(source, 0, 20);
    return Draws.coin(source)
        ? new DateRange(day, day.plusDays(days))
        : new DateRange(day.minusDays(days), day);
  }

  // ------------------------------------------------------------------ sources

  /**
   * The weights of the kinds of line in a source.
   *
   * @param valid lines of {@link DataGen#responseLines}
   * @param invalid lines of {@link InvalidLines#responses}, one reason drawn
   * @param rewritten a generated response (or an earlier one again) rewritten token by token
   * @param mutated a line of the kinds above with bytes deleted, inserted or replaced
   * @param instants a rewritten line whose instant lies on a bound of the collection
   */
  record Mix(int valid, int invalid, int rewritten, int mutated, int instants) {
    int total() {
      return valid + invalid + rewritten + mutated + instants;
    }
  }

  private static Gen<Data> sources(Mix mix, int maxLines) {
    return sources(definitions(), mix, maxLines);
  }

  private static Gen<Data> sources(Gen<EditionDefinitions> definitions, Mix mix, int maxLines) {
    return source -> {
      EditionDefinitions drawn = definitions.generate(source);
      return new Data(
          drawn, lines(source, new Lines(drawn), mix, 0, Draws.between(source, 1, maxLines)));
    };
  }

  /** Lines until both {@code minBytes} and {@code minLines} are reached. */
  private static byte[] lines(
      RandomSource source, Lines lines, Mix mix, int minBytes, int minLines) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int count = 0;
    while (out.size() < minBytes || count < minLines) {
      if (Draws.oneIn(source, 25)) {
        out.writeBytes(
            Draws.pick(source, List.of("", " ", "\t", "\r")).getBytes(StandardCharsets.UTF_8));
      } else {
        out.writeBytes(lines.line(source, mix));
      }
      out.write('\n');
      count++;
    }
    return out.toByteArray();
  }

  /** Makes lines for one edition, and remembers the responses written, to write them again. */
  private static final class Lines {
    private final EditionDefinitions definitions;

    /** Per version of the questionnaire: its questions. */
    private final Map<DefinitionRef, List<Question>> questions = new HashMap<>();

    private final Gen<Response> responses;
    private final Gen<String> valid;
    private final List<Gen<String>> invalid = new ArrayList<>();
    private final List<Response> written = new ArrayList<>();

    Lines(EditionDefinitions definitions) {
      this.definitions = definitions;
      definitions.questionnaires().forEach(v -> questions.put(v.ref(), v.questions()));
      this.responses = DataGen.responses(definitions);
      this.valid = DataGen.responseLines(definitions);
      for (RejectReason reason : InvalidLines.responseReasons()) {
        try {
          invalid.add(InvalidLines.responses(definitions, reason));
        } catch (IllegalArgumentException impossible) {
          // These definitions cannot give that reason.
        }
      }
    }

    byte[] line(RandomSource source, Mix mix) {
      long kind = source.next(mix.total() - 1L);
      if ((kind -= mix.valid()) < 0) {
        return utf8(valid.generate(source));
      }
      if ((kind -= mix.invalid()) < 0) {
        return utf8(invalid(source));
      }
      if ((kind -= mix.rewritten()) < 0) {
        return utf8(rewritten(source, false));
      }
      if ((kind -= mix.mutated()) < 0) {
        byte[] line =
            Draws.coin(source)
                ? utf8(rewritten(source, false))
                : utf8(Draws.coin(source) ? valid.generate(source) : invalid(source));
        return mutated(source, line);
      }
      return utf8(rewritten(source, true));
    }

    private String invalid(RandomSource source) {
      try {
        return Draws.pick(source, invalid).generate(source);
      } catch (IllegalStateException rare) {
        // A filter found no response to change (no hidden question, say).
        return valid.generate(source);
      }
    }

    /** A new response, or an earlier one again (the same id, or the same respondent). */
    private String rewritten(RandomSource source, boolean instant) {
      Response response;
      if (!written.isEmpty() && Draws.oneIn(source, 5)) {
        Response earlier = Draws.pick(source, written);
        response =
            Draws.coin(source)
                ? earlier
                : withId(
                    earlier,
                    DomainGen.identifier(source),
                    earlier.respondent() == null ? "p-1" : earlier.respondent());
      } else {
        response = responses.generate(source);
        written.add(response);
      }
      Node.Obj line = Node.of(response, questions.get(response.questionnaire()), source);
      if (instant) {
        line = line.with("submittedAt", Edges.instant(source, definitions.edition()));
      }
      for (int i = Draws.between(source, instant ? 0 : 1, 2); i > 0; i--) {
        line = Rewrites.rewrite(source, line, definitions, written);
      }
      return Node.write(line, source);
    }
  }

  private static Response withId(Response response, String id, String respondent) {
    return new Response(
        new ResponseId(id),
        response.questionnaire(),
        response.structure(),
        response.channel(),
        response.submittedAt(),
        response.locale(),
        respondent,
        response.segment(),
        response.answers());
  }

  /** The line with one to three bytes deleted, inserted or replaced. */
  private static byte[] mutated(RandomSource source, byte[] line) {
    byte[] bytes = line;
    for (int i = Draws.between(source, 1, 3); i > 0; i--) {
      int at = Draws.between(source, 0, bytes.length);
      int kind = Draws.between(source, 0, 2);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      out.write(bytes, 0, at);
      if (kind > 0) {
        out.writeBytes(Draws.pick(source, INSERTS));
      }
      int from = kind == 1 || at == bytes.length ? at : at + 1;
      out.write(bytes, from, bytes.length - from);
      bytes = out.toByteArray();
    }
    return bytes;
  }

  // ------------------------------------------------------------------ lines as tokens

  /** A JSON value as it will be written: strings keep their text, numbers their spelling. */
  sealed interface Node {
    /** A string, written with the escapes it needs, and sometimes others. */
    record Str(String value) implements Node {}

    /** A string written with some of its characters escaped though they need not be. */
    record Escaped(String value) implements Node {}

    /** Text written as it is: a number, a literal, or anything else. */
    record Raw(String text) implements Node {}

    /** An array. */
    record Arr(List<Node> elements) implements Node {}

    /** An object whose members may repeat. */
    record Obj(List<Member> members) implements Node {
      Obj with(String name, Node value) {
        List<Member> copy = new ArrayList<>(members);
        for (int i = 0; i < copy.size(); i++) {
          if (copy.get(i).name().equals(name)) {
            copy.set(i, new Member(name, value));
            return new Obj(copy);
          }
        }
        copy.add(new Member(name, value));
        return new Obj(copy);
      }

      @Nullable Node get(String name) {
        for (Member member : members) {
          if (member.name().equals(name)) {
            return member.value();
          }
        }
        return null;
      }
    }

    /** A member of an object. */
    record Member(String name, Node value) {}

    /** The tokens of a response's line, as {@link DataGen} writes it, some answers null. */
    static Obj of(Response response, List<Question> questions, RandomSource source) {
      List<Member> members = new ArrayList<>();
      members.add(new Member("id", new Str(response.id().value())));
      members.add(new Member("questionnaire", new Str(response.questionnaire().id())));
      members.add(
          new Member("version", new Raw(Integer.toString(response.questionnaire().version()))));
      members.add(new Member("structure", new Str(response.structure().value())));
      members.add(new Member("channel", new Str(response.channel().id())));
      members.add(new Member("submittedAt", new Str(response.submittedAt().toString())));
      if (response.locale() != null) {
        members.add(new Member("locale", new Str(response.locale())));
      }
      if (response.respondent() != null) {
        members.add(new Member("respondent", new Str(response.respondent())));
      }
      if (!response.segment().isEmpty()) {
        List<Member> segment = new ArrayList<>();
        response.segment().forEach((k, v) -> segment.add(new Member(k, new Str(v))));
        members.add(new Member("segment", new Obj(segment)));
      }
      List<Member> answers = new ArrayList<>();
      response.answers().forEach((id, answer) -> answers.add(new Member(id.value(), of(answer))));
      for (Question question : questions) {
        if (!response.answers().containsKey(question.id()) && Draws.oneIn(source, 4)) {
          answers.add(new Member(question.id().value(), new Raw("null")));
        }
      }
      members.add(new Member("answers", new Obj(answers)));
      return new Obj(members);
    }

    static Node of(Answer answer) {
      if (answer instanceof Answer.Numeric numeric) {
        return new Raw(Json.number(numeric.value()));
      }
      if (answer instanceof Answer.YesNo yesNo) {
        return new Raw(Boolean.toString(yesNo.value()));
      }
      if (answer instanceof Answer.Choice choice) {
        return new Str(choice.value());
      }
      if (answer instanceof Answer.Choices choices) {
        return new Arr(choices.values().stream().map(v -> (Node) new Str(v)).toList());
      }
      if (answer instanceof Answer.Text text) {
        return new Str(text.value());
      }
      return new Str(((Answer.Date) answer).value().toString());
    }

    /** Writes the value, now and then with whitespace around a token or escapes in a string. */
    static String write(Node node, RandomSource source) {
      StringBuilder out = new StringBuilder();
      write(node, source, out);
      return out.toString();
    }

    private static void write(Node node, RandomSource source, StringBuilder out) {
      if (node instanceof Str str) {
        JsonQuote.quote(str.value(), source, out);
      } else if (node instanceof Escaped escaped) {
        JsonQuote.escaped(escaped.value(), source, out);
      } else if (node instanceof Raw raw) {
        out.append(raw.text());
      } else if (node instanceof Arr arr) {
        out.append('[');
        for (int i = 0; i < arr.elements().size(); i++) {
          space(source, out);
          if (i > 0) {
            out.append(',');
            space(source, out);
          }
          write(arr.elements().get(i), source, out);
        }
        space(source, out);
        out.append(']');
      } else {
        Obj obj = (Obj) node;
        out.append('{');
        for (int i = 0; i < obj.members().size(); i++) {
          space(source, out);
          if (i > 0) {
            out.append(',');
            space(source, out);
          }
          Member member = obj.members().get(i);
          JsonQuote.quote(member.name(), source, out);
          space(source, out);
          out.append(':');
          space(source, out);
          write(member.value(), source, out);
        }
        space(source, out);
        out.append('}');
      }
    }

    private static void space(RandomSource source, StringBuilder out) {
      if (Draws.oneIn(source, 15)) {
        out.append(Draws.pick(source, WHITESPACE));
      }
    }
  }

  /** JSON strings, with the escapes they need and, now and then, escapes they do not. */
  static final class JsonQuote {
    private JsonQuote() {}

    /** The text quoted with the escapes it needs only, for messages. */
    static String plain(String text) {
      StringBuilder out = new StringBuilder();
      quote(text, false, source -> 0, out);
      return out.toString();
    }

    static void escaped(String text, RandomSource source, StringBuilder out) {
      quote(text, true, source, out);
    }

    static void quote(String text, RandomSource source, StringBuilder out) {
      quote(text, Draws.oneIn(source, 40), source, out);
    }

    private static void quote(
        String text, boolean escaping, RandomSource source, StringBuilder out) {
      out.append('"');
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        boolean pair =
            Character.isHighSurrogate(c)
                && i + 1 < text.length()
                && Character.isLowSurrogate(text.charAt(i + 1));
        if (escaping && Draws.oneIn(source, 3)) {
          escape(c, source, out);
          if (pair) {
            escape(text.charAt(++i), source, out);
          }
          continue;
        }
        switch (c) {
          case '"' -> out.append("\\\"");
          case '\\' -> out.append("\\\\");
          case '\n' -> out.append("\\n");
          case '\r' -> out.append("\\r");
          case '\t' -> out.append("\\t");
          case '\b' -> out.append("\\b");
          case '\f' -> out.append("\\f");
          default -> {
            if (c < 0x20 || Character.isSurrogate(c) && !pair) {
              escape(c, source, out);
            } else {
              out.append(c);
              if (pair) {
                out.append(text.charAt(++i));
              }
            }
          }
        }
      }
      out.append('"');
    }

    private static void escape(char c, RandomSource source, StringBuilder out) {
      if (c == '/' && Draws.coin(source)) {
        out.append("\\/");
        return;
      }
      String hex = String.format(Locale.ROOT, "%04x", (int) c);
      out.append("\\u").append(Draws.coin(source) ? hex : hex.toUpperCase(Locale.ROOT));
    }
  }

  // ------------------------------------------------------------------ rewrites

  /** One change to a line's tokens, of the kinds the fast path reads or declines. */
  static final class Rewrites {
    private static final List<Node> WRONG_TYPES =
        List.of(
            new Node.Raw("1"),
            new Node.Raw("1.5"),
            new Node.Str("x"),
            new Node.Raw("true"),
            new Node.Raw("null"),
            new Node.Raw("[]"),
            new Node.Raw("{}"),
            new Node.Raw("[\"a\"]"));

    /** The kinds of change, each as often as it appears. */
    private static final List<Integer> KINDS =
        List.of(0, 0, 0, 1, 1, 1, 1, 1, 2, 2, 2, 3, 4, 5, 5, 6, 7, 7, 8, 9, 10, 11, 12, 12, 12);

    private Rewrites() {}

    static Node.Obj rewrite(
        RandomSource source,
        Node.Obj line,
        EditionDefinitions definitions,
        List<Response> written) {
      // Every version's: an answer to another version's question is unknown_question.
      List<Question> questions = definitions.questionPool().questions();
      Node.Obj answers =
          line.get("answers") instanceof Node.Obj obj ? obj : new Node.Obj(List.of());
      // Weighted: most changes keep the line well-formed, so that later checks are reached.
      switch (Draws.pick(source, KINDS)) {
        case 0:
          return respelledNumbers(source, line);
        case 1:
          if (questions.isEmpty()) {
            return line;
          }
          Question question = Draws.pick(source, questions);
          return line.with(
              "answers",
              answers.with(question.id().value(), Edges.answer(source, question.type())));
        case 2:
          return Draws.oneIn(source, 4)
              ? changed(source, line, m -> new Node.Member(m.name(), new Node.Raw("null")))
              : line.with(
                  "answers",
                  changed(source, answers, m -> new Node.Member(m.name(), new Node.Raw("null"))));
        case 3:
          return Draws.oneIn(source, 4)
              ? removed(source, line)
              : line.with("answers", removed(source, answers));
        case 4:
          return Draws.coin(source)
              ? repeated(source, line)
              : line.with("answers", repeated(source, answers));
        case 5:
          return line.with("submittedAt", Edges.instant(source, definitions.edition()));
        case 6:
          return line.with("id", Edges.id(source, written));
        case 7:
          return line.with("segment", Edges.segment(source));
        case 8:
          return changed(
              source, line, m -> new Node.Member(m.name(), Draws.pick(source, WRONG_TYPES)));
        case 9:
          return Draws.coin(source)
              ? line.with(
                  Draws.pick(source, List.of("extra", "Id", "answers ", "i\u0000d")),
                  new Node.Raw("1"))
              : line.with(
                  "answers", answers.with(DomainGen.identifier(source) + "-x", new Node.Raw("1")));
        case 10:
          return line.with(
              Draws.pick(
                  source, List.of("locale", "respondent", "structure", "channel", "questionnaire")),
              Edges.string(source, definitions));
        case 11:
          return line.with(
              "version",
              Edges.number(
                  source, Draws.pick(source, definitions.edition().questionnaires()).version()));
        default:
          // Escapes in a string the fast path reads: a text, an option, a date, or an envelope's.
          return Draws.coin(source)
              ? line.with("answers", escaped(source, answers))
              : escaped(source, line);
      }
    }

    /** One string of the object, or one in its array value, written with escapes. */
    private static Node.Obj escaped(RandomSource source, Node.Obj obj) {
      return changed(
          source,
          obj,
          m -> {
            if (m.value() instanceof Node.Str str) {
              return new Node.Member(m.name(), new Node.Escaped(str.value()));
            }
            if (m.value() instanceof Node.Arr arr && !arr.elements().isEmpty()) {
              List<Node> elements = new ArrayList<>(arr.elements());
              int at = Draws.between(source, 0, elements.size() - 1);
              if (elements.get(at) instanceof Node.Str str) {
                elements.set(at, new Node.Escaped(str.value()));
              }
              return new Node.Member(m.name(), new Node.Arr(elements));
            }
            return m;
          });
    }

    private static Node.Obj changed(
        RandomSource source, Node.Obj obj, java.util.function.UnaryOperator<Node.Member> change) {
      if (obj.members().isEmpty()) {
        return obj;
      }
      List<Node.Member> members = new ArrayList<>(obj.members());
      int at = Draws.between(source, 0, members.size() - 1);
      members.set(at, change.apply(members.get(at)));
      return new Node.Obj(members);
    }

    private static Node.Obj removed(RandomSource source, Node.Obj obj) {
      if (obj.members().isEmpty()) {
        return obj;
      }
      List<Node.Member> members = new ArrayList<>(obj.members());
      members.remove(Draws.between(source, 0, members.size() - 1));
      return new Node.Obj(members);
    }

    /** A member written twice, with the same value or another. */
    private static Node.Obj repeated(RandomSource source, Node.Obj obj) {
      if (obj.members().isEmpty()) {
        return obj;
      }
      List<Node.Member> members = new ArrayList<>(obj.members());
      Node.Member member = Draws.pick(source, members);
      Node value = Draws.coin(source) ? member.value() : Draws.pick(source, WRONG_TYPES);
      members.add(Draws.between(source, 0, members.size()), new Node.Member(member.name(), value));
      return new Node.Obj(members);
    }

    /** Every number of the line (version, numeric answers), one of them spelt otherwise. */
    private static Node.Obj respelledNumbers(RandomSource source, Node.Obj line) {
      List<String> places = new ArrayList<>();
      if (line.get("version") instanceof Node.Raw) {
        places.add("version");
      }
      Node.Obj answers = line.get("answers") instanceof Node.Obj obj ? obj : null;
      if (answers != null) {
        for (Node.Member member : answers.members()) {
          if (member.value() instanceof Node.Raw raw && isNumber(raw.text())) {
            places.add(member.name());
          }
        }
      }
      if (places.isEmpty()) {
        return line;
      }
      String place = Draws.pick(source, places);
      if (place.equals("version")
          && line.get("version") instanceof Node.Raw raw
          && isNumber(raw.text())) {
        return line.with(
            "version", new Node.Raw(Edges.respelled(source, new BigDecimal(raw.text()))));
      }
      if (answers == null
          || !(answers.get(place) instanceof Node.Raw raw)
          || !isNumber(raw.text())) {
        return line;
      }
      return line.with(
          "answers",
          answers.with(place, new Node.Raw(Edges.respelled(source, new BigDecimal(raw.text())))));
    }

    private static boolean isNumber(String text) {
      try {
        new BigDecimal(text);
        return true;
      } catch (NumberFormatException e) {
        return false;
      }
    }
  }

  // ------------------------------------------------------------------ values on the edges

  /** Values on the edges of what each member and answer admits. */
  static final class Edges {
    private Edges() {}

    /**
     * An instant at a bound of the collection (its first moment, its end) in the edition's zone, a
     * second, a nanosecond or a minute off, written with another offset, a fraction, or not a valid
     * instant at all (hour 24, second 60, a year before 1000).
     */
    static Node instant(RandomSource source, Edition edition) {
      ZoneId zone = edition.timeZone();
      DateRange collection = edition.collection();
      OffsetDateTime bound =
          (Draws.coin(source) ? collection.from() : collection.to().plusDays(1))
              .atStartOfDay(zone)
              .toOffsetDateTime();
      OffsetDateTime at =
          switch ((int) source.next(6)) {
            case 0 -> bound;
            case 1 -> bound.minusSeconds(1);
            case 2 -> bound.minusNanos(1);
            case 3 -> bound.plusNanos(Draws.between(source, 1, 999_999_999));
            case 4 -> bound.minusMinutes(1);
            case 5 -> bound.plusSeconds(1);
            default -> bound.minusNanos(Draws.between(source, 1, 999_999_999));
          };
      String offset;
      if (Draws.coin(source)) {
        offset = Draws.pick(source, OFFSETS);
        at =
            at.withOffsetSameInstant(
                offset.equals("-00:00") ? ZoneOffset.UTC : ZoneOffset.of(offset));
      } else {
        // The zone's own offset at that moment.
        offset = at.getOffset().equals(ZoneOffset.UTC) ? "Z" : at.getOffset().getId();
      }
      int hour = at.getHour();
      int second = at.getSecond();
      LocalDate day = at.toLocalDate();
      int year = -1;
      switch ((int) source.next(7)) {
        case 0:
          // Hour 24 of the day before, for midnight (refused).
          if (hour == 0 && at.getMinute() == 0) {
            day = day.minusDays(1);
            hour = 24;
          }
          break;
        case 1:
          second = 60;
          break;
        case 2:
          year = Draws.between(source, 0, 999);
          break;
        default:
          break;
      }
      StringBuilder out =
          new StringBuilder(
              String.format(
                  Locale.ROOT,
                  "%04d-%02d-%02dT%02d:%02d",
                  year < 0 ? day.getYear() : year,
                  day.getMonthValue(),
                  day.getDayOfMonth(),
                  hour,
                  at.getMinute()));
      int nanos = at.getNano();
      if (second != 0 || nanos != 0 || Draws.coin(source)) {
        out.append(String.format(Locale.ROOT, ":%02d", second));
        if (nanos != 0 || Draws.oneIn(source, 3)) {
          String fraction = String.format(Locale.ROOT, "%09d", nanos);
          int digits = Draws.between(source, 1, 9);
          String kept = fraction.substring(0, digits);
          // A fraction cut short moves the instant; keep it whole when it would.
          out.append('.')
              .append(fraction.substring(digits).chars().allMatch(c -> c == '0') ? kept : fraction);
        }
      }
      return new Node.Str(out.append(offset).toString());
    }

    /** Valid and invalid answers at the bounds of a question's type. */
    static Node answer(RandomSource source, QuestionType type) {
      if (type instanceof QuestionType.Rating rating) {
        return scalePoint(source, rating.scale().min(), rating.scale().max());
      }
      if (type instanceof QuestionType.Nps) {
        return scalePoint(source, 0, 10);
      }
      if (type instanceof QuestionType.YesNo) {
        return Draws.pick(
            source,
            List.of(
                new Node.Raw("true"),
                new Node.Raw("false"),
                new Node.Str("true"),
                new Node.Raw("1"),
                new Node.Raw("tRue")));
      }
      if (type instanceof QuestionType.SingleChoice single) {
        String value = Draws.pick(source, single.options()).value();
        return switch ((int) source.next(6)) {
          case 0 -> new Node.Str(value + "x");
          case 1 -> new Node.Str(value.toUpperCase(Locale.ROOT));
          case 2 -> new Node.Str("");
          case 3 -> new Node.Arr(List.of(new Node.Str(value)));
          case 4 -> new Node.Raw("0");
          default -> new Node.Str(value);
        };
      }
      if (type instanceof QuestionType.MultiChoice multi) {
        return choices(source, multi);
      }
      if (type instanceof QuestionType.Number number) {
        return number(source, number);
      }
      if (type instanceof QuestionType.Text text) {
        return text(source, text.maxLength());
      }
      return date(source, (QuestionType.Date) type);
    }

    private static Node scalePoint(RandomSource source, int min, int max) {
      int point = Draws.pick(source, List.of(min, max, min - 1, max + 1, (min + max) / 2, 0));
      return new Node.Raw(
          Draws.coin(source)
              ? Integer.toString(point)
              : respelled(source, BigDecimal.valueOf(point)));
    }

    /** Selections of every size around the bounds, some repeating an option or not strings. */
    private static Node choices(RandomSource source, QuestionType.MultiChoice multi) {
      List<Option> options = Gen.permutations(multi.options()).generate(source);
      int min = multi.minSelected() == null ? 0 : multi.minSelected();
      int max = multi.maxSelected() == null ? options.size() : multi.maxSelected();
      int size =
          Math.max(
              0,
              Math.min(
                  options.size(),
                  Draws.pick(source, List.of(0, min - 1, min, max, max + 1, options.size()))));
      List<Node> chosen = new ArrayList<>();
      for (Option option : options.subList(0, size)) {
        chosen.add(new Node.Str(option.value()));
      }
      switch ((int) source.next(5)) {
        case 0:
          if (!chosen.isEmpty()) {
            chosen.add(Draws.between(source, 0, chosen.size()), Draws.pick(source, chosen));
          }
          break;
        case 1:
          chosen.add(
              Draws.between(source, 0, chosen.size()),
              Draws.pick(
                  source,
                  List.of(new Node.Raw("1"), new Node.Raw("null"), new Node.Arr(List.of()))));
          break;
        case 2:
          return chosen.isEmpty() ? new Node.Str("x") : chosen.get(0);
        default:
          break;
      }
      return new Node.Arr(chosen);
    }

    private static Node number(RandomSource source, QuestionType.Number number) {
      BigDecimal min =
          number.min() == null ? BigDecimal.valueOf(-1000) : BigDecimal.valueOf(number.min());
      BigDecimal max =
          number.max() == null ? BigDecimal.valueOf(1000) : BigDecimal.valueOf(number.max());
      BigDecimal bound = Draws.coin(source) ? min : max;
      BigDecimal value =
          switch ((int) source.next(9)) {
            case 0 -> bound;
            case 1 -> bound.add(BigDecimal.ONE);
            case 2 -> bound.subtract(BigDecimal.ONE);
            case 3 -> bound.add(new BigDecimal("0.001"));
            case 4 -> bound.subtract(new BigDecimal("0.001"));
            case 5 -> bound.add(new BigDecimal("0.5"));
            case 6 -> bound.add(BigDecimal.ONE.movePointLeft(Draws.between(source, 10, 20)));
            case 7 -> BigDecimal.ZERO;
            case 8 -> between(source, min, max);
            default ->
                new BigDecimal(
                    Draws.pick(
                        source,
                        List.of(
                            "999999999999999", "123456789012.345", "0.1", "-0.30000000000000004")));
          };
      return new Node.Raw(Draws.coin(source) ? value.toPlainString() : respelled(source, value));
    }

    /**
     * A decimal in [min, max] of 1 to 17 significant digits: those of up to 15 the fast path reads,
     * and must round to the double the reference gets.
     */
    private static BigDecimal between(RandomSource source, BigDecimal min, BigDecimal max) {
      BigDecimal fraction = BigDecimal.valueOf(source.next(1L << 53)).movePointLeft(16);
      BigDecimal value = min.add(max.subtract(min).multiply(fraction));
      int digits = Draws.between(source, 1, 17);
      return value.round(new java.math.MathContext(digits, java.math.RoundingMode.DOWN)).max(min);
    }

    /** Texts of maxLength - 1 to maxLength + 1 code points, some of two chars, some escaped. */
    private static Node text(RandomSource source, int maxLength) {
      switch ((int) source.next(6)) {
        case 0:
          return new Node.Raw("\"a\\ud800b\"");
        case 1:
          return new Node.Raw("\"\\ud83d\\ude00" + "x".repeat(Math.max(0, maxLength - 1)) + "\"");
        case 2:
          return new Node.Raw("\"\\ude00\\ud83d\"");
        case 3:
          return new Node.Raw("\"\\u0000\\u001f\\u007f\\u00e9\\u20ac\\/\\b\\f\"");
        default:
          int length = maxLength + Draws.between(source, -1, 1);
          List<String> pieces = List.of("x", "é", "😀", "€", "\"", "\\", "\u0000", "\t", "\u2028");
          String piece = Draws.pick(source, pieces);
          StringBuilder text = new StringBuilder();
          for (int i = 0; i < length; i++) {
            text.append(Draws.oneIn(source, 8) ? Draws.pick(source, pieces) : piece);
          }
          return new Node.Str(text.toString());
      }
    }

    private static Node date(RandomSource source, QuestionType.Date date) {
      LocalDate min = date.min();
      LocalDate max = date.max();
      LocalDate bound =
          Draws.coin(source)
              ? (min != null ? min : LocalDate.of(1000, 1, 1))
              : (max != null ? max : LocalDate.of(9999, 12, 31));
      return switch ((int) source.next(8)) {
        case 0 -> new Node.Str(bound.toString());
        case 1 -> new Node.Str(bound.minusDays(1).toString());
        case 2 -> new Node.Str(bound.plusDays(1).toString());
        case 3 ->
            new Node.Str(
                Draws.pick(
                    source, List.of("0999-12-31", "1000-01-01", "0000-01-01", "9999-12-31")));
        case 4 ->
            new Node.Str(
                Draws.pick(
                    source,
                    List.of("2016-02-29", "2017-02-29", "1900-02-29", "2000-02-29", "2017-04-31")));
        case 5 ->
            new Node.Str(
                Draws.pick(
                    source,
                    List.of(
                        "2017-1-01",
                        "2017-01-1 ",
                        "+2017-01-01",
                        "2017/01/01",
                        "2017-01-01T00:00")));
        case 6 -> new Node.Raw("20170101");
        default -> new Node.Str(bound.toString().replace('-', '\u2010'));
      };
    }

    /** An id: the longest, one too long, not an identifier, or an earlier line's. */
    static Node id(RandomSource source, List<Response> written) {
      if (!written.isEmpty() && Draws.coin(source)) {
        return new Node.Str(Draws.pick(source, written).id().value());
      }
      return new Node.Str(
          Draws.pick(
              source,
              List.of("a".repeat(64), "a".repeat(65), "A1", "-a", "a b", "é", "", "0", "a.b_c-d")));
    }

    /** A segment: as many members as the fast path reads and more, long names, repeated ones. */
    static Node segment(RandomSource source) {
      List<Node.Member> members = new ArrayList<>();
      int count = Draws.pick(source, List.of(0, 1, 15, 16, 17, 20));
      for (int i = 0; i < count; i++) {
        members.add(new Node.Member("s" + i, new Node.Str("v" + i)));
      }
      switch ((int) source.next(4)) {
        case 0:
          members.add(
              new Node.Member(
                  Draws.pick(
                      source,
                      List.of(
                          "n".repeat(1000), "n".repeat(1001), "é".repeat(500), "é".repeat(501))),
                  new Node.Str("v")));
          break;
        case 1:
          members.add(new Node.Member("s0", new Node.Str("again")));
          break;
        case 2:
          members.add(new Node.Member("n", Draws.pick(source, Rewrites.WRONG_TYPES)));
          break;
        default:
          break;
      }
      return new Node.Obj(members);
    }

    /** A string member's value: one the edition knows, spelt otherwise, or one it does not. */
    static Node string(RandomSource source, EditionDefinitions definitions) {
      List<String> known = new ArrayList<>();
      definitions.structures().forEach(s -> known.add(s.id().value()));
      definitions.edition().knownChannels().forEach(c -> known.add(c.id()));
      known.add(definitions.edition().questionnaire().id());
      String value = Draws.pick(source, known);
      return switch ((int) source.next(3)) {
        case 0 -> new Node.Str(value.toUpperCase(Locale.ROOT));
        case 1 -> new Node.Str(value + "\u0000");
        default -> new Node.Str(value);
      };
    }

    /** The version or another number, spelt as {@link #respelled} does. */
    static Node number(RandomSource source, int version) {
      return new Node.Raw(
          respelled(source, BigDecimal.valueOf(version + Draws.between(source, -1, 1))));
    }

    /**
     * A number spelt another way: trailing zeros (up to 16 digits and more), an exponent, a leading
     * zero, a minus zero, a last digit beyond double precision, or not JSON at all.
     */
    static String respelled(RandomSource source, BigDecimal value) {
      String plain = value.toPlainString();
      switch ((int) source.next(8)) {
        case 0:
          return value
              .setScale(Math.max(0, value.scale()) + Draws.between(source, 1, 17))
              .toPlainString();
        case 1:
          String exponent = Draws.pick(source, List.of("e", "E", "e+", "E+"));
          BigDecimal stripped = value.stripTrailingZeros();
          int shift = Draws.between(source, 0, 3);
          return stripped.movePointLeft(shift).toPlainString() + exponent + shift;
        case 2:
          return value.signum() < 0 ? "-0" + plain.substring(1) : "0" + plain;
        case 3:
          return value.signum() == 0
              ? Draws.pick(source, List.of("-0", "-0.0", "-0e0", "0.0", "-0.000000000000000"))
              : value.signum() < 0 ? plain.substring(1) : "-" + plain;
        case 4:
          return value
              .add(
                  BigDecimal.ONE
                      .movePointLeft(Draws.between(source, 1, 20))
                      .multiply(BigDecimal.valueOf(Draws.pick(source, List.of(1, -1)))))
              .toPlainString();
        case 5:
          return Draws.pick(
              source,
              List.of(
                  plain + ".",
                  "." + plain,
                  plain + "e",
                  "+" + plain,
                  plain + "_0",
                  "NaN",
                  "-Infinity",
                  plain + " 1"));
        case 6:
          return Draws.pick(
              source,
              List.of(
                  "1e15",
                  "1000000000000000",
                  "-1000000000000000.5",
                  "1e16",
                  "1e400",
                  "1e-400",
                  "999999999999999",
                  "99999999999999.99",
                  "0.000000000000001",
                  "1000000000000001"));
        default:
          return value.stripTrailingZeros().toPlainString();
      }
    }
  }

  // ------------------------------------------------------------------ bytes

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] hex(String digits) {
    byte[] bytes = new byte[digits.length() / 2];
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = (byte) Integer.parseInt(digits.substring(2 * i, 2 * i + 2), 16);
    }
    return bytes;
  }
}
