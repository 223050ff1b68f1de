package io.github.indiko.testkit.gen;

import io.github.indiko.core.EditionDefinitions;
import io.github.indiko.core.audit.AuditRecord;
import io.github.indiko.core.audit.Observation;
import io.github.indiko.core.edition.Channel;
import io.github.indiko.core.edition.DateRange;
import io.github.indiko.core.edition.DefinitionRef;
import io.github.indiko.core.edition.Edition;
import io.github.indiko.core.grid.Criterion;
import io.github.indiko.core.grid.CriterionId;
import io.github.indiko.core.grid.CriterionType;
import io.github.indiko.core.questionnaire.Option;
import io.github.indiko.core.questionnaire.Question;
import io.github.indiko.core.questionnaire.QuestionId;
import io.github.indiko.core.questionnaire.QuestionType;
import io.github.indiko.core.questionnaire.Segment;
import io.github.indiko.core.response.Answer;
import io.github.indiko.core.response.Response;
import io.github.indiko.core.structure.Structure;
import io.github.indiko.core.validation.RejectReason;
import io.github.indiko.testkit.property.Gen;
import io.github.indiko.testkit.property.RandomSource;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.IntFunction;
import org.jspecify.annotations.Nullable;

/**
 * Generators of data lines that {@link io.github.indiko.core.validation.DataValidator} rejects for
 * one chosen {@link RejectReason} of formats.md, for given definitions: each line is a valid line
 * of {@link DataGen} with one change that makes that reason the first failing check (so a line of
 * {@code invalid_answer} has no unknown question, and one of {@code missing_required} answers no
 * hidden question).
 *
 * <p>{@link RejectReason#DUPLICATE_ID}, {@link RejectReason#DUPLICATE_RESPONDENT} and {@link
 * RejectReason#SAME_AUDITOR} need two lines: their generators give two lines joined by {@code \n},
 * the first accepted, the second rejected with the reason. {@link RejectReason#UNKNOWN_ORIGINAL}
 * gives one line (a record doubling itself) or two likewise (an original, then a double of it
 * naming another structure or channel). Every other generator gives one line. No line of these
 * doubles another and is accepted (analysis.md §A5).
 *
 * <p>Deterministic for a seed, shrinking as {@link DataGen} does. Immutable and thread-safe.
 */
public final class InvalidLines {
  private static final Set<RejectReason> RESPONSE_REASONS =
      Collections.unmodifiableSet(
          EnumSet.of(
              RejectReason.MALFORMED,
              RejectReason.UNKNOWN_QUESTIONNAIRE,
              RejectReason.UNKNOWN_STRUCTURE,
              RejectReason.NOT_ENROLLED,
              RejectReason.UNKNOWN_CHANNEL,
              RejectReason.OUTSIDE_COLLECTION,
              RejectReason.UNKNOWN_QUESTION,
              RejectReason.INVALID_ANSWER,
              RejectReason.INVALID_SEGMENT,
              RejectReason.ANSWERED_HIDDEN,
              RejectReason.MISSING_REQUIRED,
              RejectReason.DUPLICATE_ID,
              RejectReason.DUPLICATE_RESPONDENT));

  private static final Set<RejectReason> AUDIT_REASONS =
      Collections.unmodifiableSet(
          EnumSet.of(
              RejectReason.MALFORMED,
              RejectReason.UNKNOWN_GRID,
              RejectReason.UNKNOWN_STRUCTURE,
              RejectReason.NOT_ENROLLED,
              RejectReason.UNKNOWN_CHANNEL,
              RejectReason.OUTSIDE_COLLECTION,
              RejectReason.UNKNOWN_CRITERION,
              RejectReason.INVALID_OBSERVATION,
              RejectReason.OBSERVED_HIDDEN,
              RejectReason.MISSING_OBSERVATION,
              RejectReason.DUPLICATE_ID,
              RejectReason.UNKNOWN_ORIGINAL,
              RejectReason.SAME_AUDITOR));

  /** Identifiers of format v1 they are not: uppercase, 65 characters, a leading '-', a space. */
  private static final List<String> NON_IDENTIFIERS =
      List.of("Mairie", "a".repeat(65), "-mairie", "r 1", "");

  private static final List<String> BAD_INSTANTS =
      List.of(
          "2017-09-14 10:32:00+02:00",
          "2017-09-14T10:32:00",
          "14/09/2017",
          "2017-13-01T10:00:00Z",
          "2017-09-14T24:00:00Z",
          "2017-09-14T10:32:00+2:00");

  private static final List<String> NOT_OBJECTS =
      List.of("[]", "\"line\"", "42", "{", "not json", "{\"id\":\"a\"", "null");

  /** How many valid lines a generator draws to find one it can change, for rare changes. */
  private static final int TRIES = 200;

  private InvalidLines() {}

  /**
   * @return the reasons a response line may be rejected for, each with a generator
   */
  public static Set<RejectReason> responseReasons() {
    return RESPONSE_REASONS;
  }

  /**
   * @return the reasons an audit line may be rejected for, each with a generator
   */
  public static Set<RejectReason> auditReasons() {
    return AUDIT_REASONS;
  }

  /**
   * @param definitions the edition's definitions, as for {@link DataGen#responses}
   * @param reason one of {@link #responseReasons()}
   * @return lines of {@code responses.jsonl} rejected with exactly that reason (two lines, the
   *     second rejected, for the duplicate reasons)
   * @throws IllegalArgumentException when the reason is not one of responses, or the definitions
   *     cannot produce it (no structure left unenrolled for {@code not_enrolled}, no question for
   *     {@code invalid_answer}, no declared segment for {@code invalid_segment}, {@code
   *     oneResponsePerRespondent} false for {@code duplicate_respondent})
   */
  public static Gen<String> responses(EditionDefinitions definitions, RejectReason reason) {
    DataGen.Context context = new DataGen.Context(definitions);
    Gen<Response> valid = DataGen.responses(definitions);
    List<Question> items = definitions.questionPool().questions();
    switch (reason) {
      case MALFORMED:
        return source ->
            malformed(
                source,
                members(valid.generate(source)),
                "submittedAt",
                "answers",
                List.of("id", "questionnaire", "version", "structure", "channel", "submittedAt"));
      case UNKNOWN_QUESTIONNAIRE:
        return source -> {
          Map<String, @Nullable Object> line = members(valid.generate(source));
          unknownDefinition(source, line, "questionnaire", definitions.edition().questionnaire());
          return Json.write(line);
        };
      case UNKNOWN_STRUCTURE:
        return source -> {
          Map<String, @Nullable Object> line = members(valid.generate(source));
          line.put("structure", unknownStructure(source, definitions));
          return Json.write(line);
        };
      case NOT_ENROLLED:
        require(!context.notEnrolled.isEmpty(), reason, "every structure is enrolled");
        return source -> {
          Map<String, @Nullable Object> line = members(valid.generate(source));
          line.put("structure", Draws.pick(source, context.notEnrolled).id().value());
          return Json.write(line);
        };
      case UNKNOWN_CHANNEL:
        return source -> {
          Map<String, @Nullable Object> line = members(valid.generate(source));
          line.put("channel", unknownChannel(source, context));
          return Json.write(line);
        };
      case OUTSIDE_COLLECTION:
        return source -> {
          Map<String, @Nullable Object> line = members(valid.generate(source));
          line.put("submittedAt", outside(source, definitions.edition()));
          return Json.write(line);
        };
      case UNKNOWN_QUESTION:
        // A question no version asks, or, when there are several, one only another version asks.
        return source -> {
          Response response = valid.generate(source);
          Map<String, @Nullable Object> line = members(response);
          Set<String> ids = new HashSet<>();
          items.forEach(question -> ids.add(question.id().value()));
          Set<QuestionId> asked = new HashSet<>();
          context.version(response).questions().forEach(question -> asked.add(question.id()));
          List<Question> others =
              items.stream().filter(question -> !asked.contains(question.id())).toList();
          String id =
              !others.isEmpty() && Draws.coin(source)
                  ? Draws.pick(source, others).id().value()
                  : Draws.unique(DomainGen.identifier(source), ids, '-');
          items(line, "answers").put(id, Draws.pick(source, Arrays.asList(null, 1, "x", true)));
          return Json.write(line);
        };
      case INVALID_ANSWER:
        require(!items.isEmpty(), reason, "the questionnaire has no question");
        return valid
            .filter(response -> !context.version(response).questions().isEmpty(), TRIES)
            .flatMap(
                response ->
                    source -> {
                      Map<String, @Nullable Object> line = members(response);
                      Question question =
                          Draws.pick(source, context.version(response).questions());
                      items(line, "answers")
                          .put(question.id().value(), invalidAnswer(source, question.type()));
                      return Json.write(line);
                    });
      case INVALID_SEGMENT:
        List<Segment> segments = definitions.questionnaire().segments();
        require(!segments.isEmpty(), reason, "the questionnaire declares no segment");
        return source -> {
          Response response = valid.generate(source);
          return Json.write(
              members(withSegment(response, SegmentGen.undeclared(source, segments))));
        };
      case ANSWERED_HIDDEN:
        return valid
            .filter(response -> !hidden(context, response).isEmpty(), TRIES)
            .flatMap(
                response ->
                    source -> {
                      Question question = Draws.pick(source, hidden(context, response));
                      Map<String, @Nullable Object> line = members(response);
                      items(line, "answers")
                          .put(
                              question.id().value(),
                              DataGen.value(DataGen.answer(source, question.type())));
                      return Json.write(line);
                    });
      case MISSING_REQUIRED:
        return valid
            .filter(response -> !requiredAnswered(context, response).isEmpty(), TRIES)
            .flatMap(
                response ->
                    source -> {
                      int removed = Draws.pick(source, requiredAnswered(context, response));
                      return Json.write(members(withoutAnswer(context, response, removed)));
                    });
      case DUPLICATE_ID:
        return Gen.zip(
            valid,
            valid,
            (first, second) ->
                DataGen.line(first)
                    + "\n"
                    + Json.write(with(members(second), "id", first.id().value())));
      case DUPLICATE_RESPONDENT:
        require(
            definitions.edition().scoring().oneResponsePerRespondent(),
            reason,
            "oneResponsePerRespondent is false");
        return source -> {
          Response first = valid.generate(source);
          Response second = valid.generate(source);
          String respondent =
              first.respondent() != null ? first.respondent() : DomainGen.identifier(source);
          Map<String, @Nullable Object> firstLine = with(members(first), "respondent", respondent);
          Map<String, @Nullable Object> secondLine = members(second);
          secondLine.put("id", Draws.unique(second.id().value(), new HashSet<>(Set.of(first.id().value())), '-'));
          secondLine.put("structure", first.structure().value());
          secondLine.put("respondent", respondent);
          return Json.write(firstLine) + "\n" + Json.write(secondLine);
        };
      default:
        throw new IllegalArgumentException("reason " + reason.code() + " is not one of responses");
    }
  }

  /**
   * @param definitions the edition's definitions, as for {@link DataGen#audits}
   * @param reason one of {@link #auditReasons()}
   * @return lines of {@code audits.jsonl} rejected with exactly that reason (two lines, the second
   *     rejected, for {@code duplicate_id} and {@code same_auditor}; one or two for {@code
   *     unknown_original})
   * @throws IllegalArgumentException when the reason is not one of audits, or the definitions
   *     cannot produce it (no structure left unenrolled for {@code not_enrolled}, no criterion for
   *     {@code invalid_observation})
   */
  public static Gen<String> audits(EditionDefinitions definitions, RejectReason reason) {
    DataGen.Context context = new DataGen.Context(definitions);
    Gen<AuditRecord> valid = DataGen.audits(definitions);
    List<Criterion> criteria = context.criteria;
    switch (reason) {
      case MALFORMED:
        return source ->
            malformed(
                source,
                DataGen.members(valid.generate(source)),
                "performedAt",
                "observations",
                List.of("id", "grid", "version", "structure", "channel", "performedAt"));
      case UNKNOWN_GRID:
        return source -> {
          Map<String, @Nullable Object> line = DataGen.members(valid.generate(source));
          unknownDefinition(source, line, "grid", definitions.edition().grid());
          return Json.write(line);
        };
      case UNKNOWN_STRUCTURE:
        return source -> {
          Map<String, @Nullable Object> line = DataGen.members(valid.generate(source));
          line.put("structure", unknownStructure(source, definitions));
          return Json.write(line);
        };
      case NOT_ENROLLED:
        require(!context.notEnrolled.isEmpty(), reason, "every structure is enrolled");
        return source -> {
          Map<String, @Nullable Object> line = DataGen.members(valid.generate(source));
          line.put("structure", Draws.pick(source, context.notEnrolled).id().value());
          return Json.write(line);
        };
      case UNKNOWN_CHANNEL:
        List<DataGen.Context.Visit> unoffered = unoffered(context);
        return source -> {
          Map<String, @Nullable Object> line = DataGen.members(valid.generate(source));
          if (!unoffered.isEmpty() && Draws.coin(source)) {
            DataGen.Context.Visit visit = Draws.pick(source, unoffered);
            line.put("structure", visit.structure().id().value());
            line.put("channel", visit.channel().id());
          } else {
            line.put("channel", unknownChannel(source, context));
          }
          return Json.write(line);
        };
      case OUTSIDE_COLLECTION:
        return source -> {
          Map<String, @Nullable Object> line = DataGen.members(valid.generate(source));
          line.put("performedAt", outside(source, definitions.edition()));
          return Json.write(line);
        };
      case UNKNOWN_CRITERION:
        return source -> {
          Map<String, @Nullable Object> line = DataGen.members(valid.generate(source));
          Set<String> ids = new HashSet<>();
          criteria.forEach(criterion -> ids.add(criterion.id().value()));
          items(line, "observations")
              .put(
                  Draws.unique(DomainGen.identifier(source), ids, '-'),
                  Draws.pick(source, Arrays.asList(null, "met", "na", 1)));
          return Json.write(line);
        };
      case INVALID_OBSERVATION:
        require(!criteria.isEmpty(), reason, "the grid has no criterion");
        return source -> {
          Map<String, @Nullable Object> line = DataGen.members(valid.generate(source));
          Criterion criterion = Draws.pick(source, criteria);
          items(line, "observations")
              .put(criterion.id().value(), invalidObservation(source, criterion.type()));
          return Json.write(line);
        };
      case OBSERVED_HIDDEN:
        return valid
            .filter(audit -> !unobservable(context, audit).isEmpty(), TRIES)
            .flatMap(
                audit ->
                    source -> {
                      Criterion criterion = Draws.pick(source, unobservable(context, audit));
                      Map<String, @Nullable Object> line = DataGen.members(audit);
                      items(line, "observations").put(criterion.id().value(), "na");
                      return Json.write(line);
                    });
      case MISSING_OBSERVATION:
        return valid
            .filter(audit -> !audit.observations().isEmpty(), TRIES)
            .flatMap(
                audit ->
                    source -> {
                      List<Integer> observed = new ArrayList<>();
                      for (int i = 0; i < criteria.size(); i++) {
                        if (audit.observations().containsKey(criteria.get(i).id())) {
                          observed.add(i);
                        }
                      }
                      int removed = Draws.pick(source, observed);
                      return DataGen.line(withoutObservation(context, audit, removed));
                    });
      case DUPLICATE_ID:
        return Gen.zip(
            valid,
            valid,
            (first, second) ->
                DataGen.line(first)
                    + "\n"
                    + Json.write(with(DataGen.members(second), "id", first.id().value())));
      case UNKNOWN_ORIGINAL:
        return DoubleLines.unknownOriginal(definitions);
      case SAME_AUDITOR:
        return DoubleLines.sameAuditor(definitions);
      default:
        throw new IllegalArgumentException("reason " + reason.code() + " is not one of audits");
    }
  }

  // ------------------------------------------------------------------ changes

  private static void require(boolean possible, RejectReason reason, String why) {
    if (!possible) {
      throw new IllegalArgumentException(
          "these definitions cannot produce " + reason.code() + ": " + why);
    }
  }

  private static Map<String, @Nullable Object> members(Response response) {
    return DataGen.members(response, List.of(), Set.of());
  }

  private static Response withSegment(Response response, Map<String, String> segment) {
    return new Response(
        response.id(),
        response.questionnaire(),
        response.structure(),
        response.channel(),
        response.submittedAt(),
        response.locale(),
        response.respondent(),
        segment,
        response.answers());
  }

  private static Map<String, @Nullable Object> with(
      Map<String, @Nullable Object> line, String member, Object value) {
    line.put(member, value);
    return line;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, @Nullable Object> items(
      Map<String, @Nullable Object> line, String member) {
    return (Map<String, @Nullable Object>) Objects.requireNonNull(line.get(member));
  }

  /** One envelope fault: unknown, missing, repeated or mistyped member, or not an object. */
  private static String malformed(
      RandomSource source,
      Map<String, @Nullable Object> line,
      String instant,
      String items,
      List<String> required) {
    switch ((int) source.next(9)) {
      case 0:
        line.put("unknownMember", 1);
        break;
      case 1:
        line.remove(Draws.pick(source, required));
        break;
      case 2:
        line.put("id", Draws.pick(source, NON_IDENTIFIERS));
        break;
      case 3:
        line.put("version", Draws.pick(source, List.of("1", 1.5, true)));
        break;
      case 4:
        line.put(instant, Draws.pick(source, BAD_INSTANTS));
        break;
      case 5:
        line.put(items, Draws.pick(source, List.of(List.of(), "x", 1)));
        break;
      case 6:
        items(line, items).put("x", new Json.Raw(Draws.pick(source, List.of("1e16", "-1e16"))));
        break;
      case 7:
        return Draws.pick(source, NOT_OBJECTS);
      case 8:
        String json = Json.write(line);
        return "{\"id\":" + Json.write(line.get("id")) + "," + json.substring(1);
      default:
        line.put("channel", Draws.pick(source, List.of(1, false, List.of("phone"))));
        break;
    }
    return Json.write(line);
  }

  private static void unknownDefinition(
      RandomSource source, Map<String, @Nullable Object> line, String member, DefinitionRef ref) {
    if (Draws.coin(source)) {
      line.put("version", ref.version() + 1 + (int) source.next(9));
    } else {
      line.put(member, Draws.unique(DomainGen.identifier(source), new HashSet<>(Set.of(ref.id())), '-'));
    }
  }

  private static String unknownStructure(RandomSource source, EditionDefinitions definitions) {
    Set<String> ids = new HashSet<>();
    definitions.structures().forEach(structure -> ids.add(structure.id().value()));
    return Draws.coin(source)
        ? Draws.unique(DomainGen.identifier(source), ids, '-')
        : Draws.pick(source, NON_IDENTIFIERS);
  }

  private static String unknownChannel(RandomSource source, DataGen.Context context) {
    Set<String> ids = new HashSet<>();
    context.known.forEach(channel -> ids.add(channel.id()));
    return Draws.coin(source)
        ? Draws.unique(DomainGen.identifier(source), ids, '-')
        : Draws.pick(source, NON_IDENTIFIERS);
  }

  private static List<DataGen.Context.Visit> unoffered(DataGen.Context context) {
    List<DataGen.Context.Visit> unoffered = new ArrayList<>();
    for (Structure structure : context.enrolled) {
      for (Channel channel : context.known) {
        if (!structure.offers(channel)) {
          unoffered.add(new DataGen.Context.Visit(structure, channel));
        }
      }
    }
    return unoffered;
  }

  /** An instant before the collection window or at or after its end, with the zone's offset. */
  private static String outside(RandomSource source, Edition edition) {
    DateRange collection = edition.collection();
    long seconds = source.next(3 * 365 * 24 * 3600L);
    OffsetDateTime at =
        Draws.coin(source)
            ? collection.to().plusDays(1).atStartOfDay(edition.timeZone()).toOffsetDateTime()
                .plusSeconds(seconds)
            : collection.from().atStartOfDay(edition.timeZone()).toOffsetDateTime()
                .minusSeconds(1 + seconds);
    return at.toString();
  }

  private static Object invalidAnswer(RandomSource source, QuestionType type) {
    List<Object> values = new ArrayList<>();
    if (type instanceof QuestionType.Rating rating) {
      values.addAll(
          List.of(
              rating.scale().max() + 1, rating.scale().min() - 1, rating.scale().min() + 0.5, "x"));
    } else if (type instanceof QuestionType.Nps) {
      values.addAll(List.of(11, -1, 4.5, "9"));
    } else if (type instanceof QuestionType.YesNo) {
      values.addAll(List.of("yes", 1, "true", List.of(true)));
    } else if (type instanceof QuestionType.SingleChoice choice) {
      values.addAll(List.of(notAnOption(choice.options()), 1, List.of(choice.options().get(0).value())));
    } else if (type instanceof QuestionType.MultiChoice choices) {
      List<String> all = new ArrayList<>();
      choices.options().forEach(option -> all.add(option.value()));
      values.addAll(
          List.of(all.get(0), List.of(notAnOption(choices.options())), List.of(all.get(0), all.get(0)), List.of(1)));
      Integer min = choices.minSelected();
      if (min != null && min > 0) {
        values.add(all.subList(0, min - 1));
      }
      Integer max = choices.maxSelected();
      if (max != null && max < all.size()) {
        values.add(all.subList(0, max + 1));
      }
    } else if (type instanceof QuestionType.Number number) {
      values.addAll(List.of("1", true));
      if (number.integer()) {
        double low = number.min() != null ? number.min() : 0;
        values.add(low + 0.5);
      }
      if (number.min() != null) {
        values.add(Math.floor(number.min()) - 1 - source.next(99));
      }
      if (number.max() != null) {
        values.add(Math.ceil(number.max()) + 1 + source.next(99));
      }
    } else if (type instanceof QuestionType.Text text) {
      values.addAll(List.of(1, true, List.of("a"), "x".repeat(text.maxLength() + 1)));
    } else {
      QuestionType.Date date = (QuestionType.Date) type;
      values.addAll(List.of("2017-13-01", "14/09/2017", "2017-02-30", 20170101, true));
      if (date.min() != null) {
        values.add(date.min().minusDays(1 + source.next(99)).toString());
      }
      if (date.max() != null) {
        values.add(date.max().plusDays(1 + source.next(99)).toString());
      }
    }
    return Draws.pick(source, values);
  }

  private static String notAnOption(List<Option> options) {
    Set<String> values = new HashSet<>();
    options.forEach(option -> values.add(option.value()));
    return Draws.unique("not-an-option", values, '-');
  }

  private static @Nullable Object invalidObservation(RandomSource source, CriterionType type) {
    List<@Nullable Object> values = new ArrayList<>(Arrays.asList(null, true, "yes"));
    if (type instanceof CriterionType.Measure measure) {
      values.addAll(List.of("met", "not_met", "MISSED"));
      if (measure.integer()) {
        values.add((measure.min() != null ? measure.min() : 0) + 0.5);
      }
      if (measure.min() != null) {
        values.add(Math.floor(measure.min()) - 1 - source.next(99));
      }
      if (measure.max() != null) {
        values.add(Math.ceil(measure.max()) + 1 + source.next(99));
      }
    } else {
      values.addAll(List.of("missed", 1, "MET", List.of("met")));
    }
    return Draws.pick(source, values);
  }

  /** The questions of its version a response leaves hidden. */
  private static List<Question> hidden(DataGen.Context context, Response response) {
    DataGen.Context.Version version = context.version(response);
    @Nullable Answer[] byIndex = byIndex(version, response);
    List<Question> hidden = new ArrayList<>();
    for (int i = 0; i < version.questions().size(); i++) {
      if (!version.conditions().shown(i, byIndex)) {
        hidden.add(version.questions().get(i));
      }
    }
    return hidden;
  }

  /** The indexes in its version of the required questions a response answers. */
  private static List<Integer> requiredAnswered(DataGen.Context context, Response response) {
    List<Question> questions = context.version(response).questions();
    List<Integer> indexes = new ArrayList<>();
    for (int i = 0; i < questions.size(); i++) {
      Question question = questions.get(i);
      if (question.required() && response.answers().containsKey(question.id())) {
        indexes.add(i);
      }
    }
    return indexes;
  }

  private static @Nullable Answer[] byIndex(DataGen.Context.Version version, Response response) {
    @Nullable Answer[] byIndex = new Answer[version.questions().size()];
    for (int i = 0; i < byIndex.length; i++) {
      byIndex[i] = response.answers().get(version.questions().get(i).id());
    }
    return byIndex;
  }

  /** The response without that answer and without the answers it hid. */
  private static Response withoutAnswer(DataGen.Context context, Response response, int removed) {
    DataGen.Context.Version version = context.version(response);
    Map<QuestionId, Answer> answers =
        without(
            byIndex(version, response),
            removed,
            version.conditions()::shown,
            i -> version.questions().get(i).id());
    return response.withAnswers(answers);
  }

  /** The criteria an audit may not observe: of another channel, or hidden. */
  private static List<Criterion> unobservable(DataGen.Context context, AuditRecord audit) {
    @Nullable Observation[] byIndex = observations(context, audit);
    List<Criterion> criteria = new ArrayList<>();
    for (int i = 0; i < context.criteria.size(); i++) {
      Criterion criterion = context.criteria.get(i);
      if (!criterion.channel().equals(audit.channel())
          || !context.criterionConditions.shown(i, byIndex)) {
        criteria.add(criterion);
      }
    }
    return criteria;
  }

  private static @Nullable Observation[] observations(DataGen.Context context, AuditRecord audit) {
    @Nullable Observation[] byIndex = new Observation[context.criteria.size()];
    for (int i = 0; i < byIndex.length; i++) {
      byIndex[i] = audit.observations().get(context.criteria.get(i).id());
    }
    return byIndex;
  }

  /** The audit without that observation and without the observations it made shown. */
  private static AuditRecord withoutObservation(
      DataGen.Context context, AuditRecord audit, int removed) {
    Map<CriterionId, Observation> observations =
        without(
            observations(context, audit),
            removed,
            context.criterionConditions::shown,
            i -> context.criteria.get(i).id());
    return new AuditRecord(
        audit.id(),
        audit.grid(),
        audit.structure(),
        audit.channel(),
        audit.auditor(),
        audit.performedAt(),
        observations,
        audit.comment());
  }

  /** The values by index (overwritten) but the removed one and those it hid, keyed by item id. */
  private static <K, V> Map<K, V> without(
      @Nullable V[] byIndex,
      int removed,
      BiPredicate<Integer, @Nullable V[]> shown,
      IntFunction<K> id) {
    byIndex[removed] = null;
    for (int i = removed + 1; i < byIndex.length; i++) {
      if (byIndex[i] != null && !shown.test(i, byIndex)) {
        byIndex[i] = null;
      }
    }
    Map<K, V> kept = new LinkedHashMap<>();
    for (int i = 0; i < byIndex.length; i++) {
      V value = byIndex[i];
      if (value != null) {
        kept.put(id.apply(i), value);
      }
    }
    return kept;
  }
}
