package io.github.indiko.testkit.gen;

import io.github.indiko.core.EditionDefinitions;
import io.github.indiko.core.Quantity;
import io.github.indiko.core.audit.AuditId;
import io.github.indiko.core.audit.AuditRecord;
import io.github.indiko.core.audit.Observation;
import io.github.indiko.core.condition.GridConditions;
import io.github.indiko.core.condition.QuestionnaireConditions;
import io.github.indiko.core.edition.Channel;
import io.github.indiko.core.edition.DateRange;
import io.github.indiko.core.edition.DefinitionRef;
import io.github.indiko.core.edition.Edition;
import io.github.indiko.core.grid.Criterion;
import io.github.indiko.core.grid.CriterionId;
import io.github.indiko.core.grid.CriterionType;
import io.github.indiko.core.format.AuditLines;
import io.github.indiko.core.format.ResponseLines;
import io.github.indiko.core.questionnaire.Option;
import io.github.indiko.core.questionnaire.Question;
import io.github.indiko.core.questionnaire.QuestionId;
import io.github.indiko.core.questionnaire.QuestionType;
import io.github.indiko.core.questionnaire.Questionnaire;
import io.github.indiko.core.questionnaire.Segment;
import io.github.indiko.core.response.Answer;
import io.github.indiko.core.response.Response;
import io.github.indiko.core.response.ResponseId;
import io.github.indiko.core.structure.Enrolment;
import io.github.indiko.core.structure.Structure;
import io.github.indiko.core.structure.StructureId;
import io.github.indiko.testkit.property.Gen;
import io.github.indiko.testkit.property.RandomSource;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Generators of the data lines of an edition (formats.md, {@code responses.jsonl} and {@code
 * audits.jsonl}) that {@link io.github.indiko.core.validation.DataValidator} accepts for given
 * definitions: the right questionnaire or grid (one of the versions the edition names, analysis.md
 * §A4, each response answering its version's questions), an enrolled structure, a known channel
 * (for an audit, one the structure offers), an instant inside the collection period with various
 * offsets; answers typed per question, only shown questions answered and every shown required one;
 * a declared value of some declared segment keys (analysis.md §A2), free ones without a
 * declaration; every shown criterion of the audit's channel observed, with {@code na} and {@code
 * missed} among the observations. Each line is valid on its own: a stream of them may repeat an id
 * or a respondent.
 *
 * <p>Deterministic for a seed, shrinking toward fewer answers and simpler values. Immutable and
 * thread-safe.
 */
public final class DataGen {
  private static final List<String> LOCALES = List.of("fr", "en", "de", "br", "oc", "fr-CA");
  private static final List<ZoneOffset> OFFSETS =
      List.of(
          ZoneOffset.UTC,
          ZoneOffset.ofHours(2),
          ZoneOffset.ofHours(-3),
          ZoneOffset.ofHoursMinutes(5, 30),
          ZoneOffset.ofHours(14),
          ZoneOffset.ofHours(-18));

  private DataGen() {}

  /**
   * @param type a question's type
   * @return valid answers to a question of that type: in the scale or range, option values, texts
   *     within {@code maxLength} (hostile ones among them)
   * @throws IllegalArgumentException from {@link Gen#generate} when the type admits no answer (an
   *     integer number whose range holds no integer)
   */
  public static Gen<Answer> answers(QuestionType type) {
    Objects.requireNonNull(type, "type");
    return source -> answer(source, type);
  }

  /**
   * @param type a criterion's type
   * @return valid observations of a criterion of that type: {@code met}, {@code not_met}, a number
   *     in range, {@code missed}, and {@code na}
   */
  public static Gen<Observation> observations(CriterionType type) {
    Objects.requireNonNull(type, "type");
    return source -> observation(source, type);
  }

  /**
   * @param edition an edition
   * @return instants inside its collection period, with the offset of its time zone or another one
   */
  public static Gen<OffsetDateTime> collectionInstants(Edition edition) {
    Objects.requireNonNull(edition, "edition");
    return source -> instant(source, edition);
  }

  /**
   * @param definitions the edition's definitions; at least one enrolled structure
   * @return responses that the edition's validator accepts, each on its own
   * @throws IllegalArgumentException when no structure is enrolled
   * @throws io.github.indiko.core.condition.ConditionException when a condition does not compile
   */
  public static Gen<Response> responses(EditionDefinitions definitions) {
    Context context = new Context(definitions);
    if (context.enrolled.isEmpty()) {
      throw new IllegalArgumentException("no structure is enrolled: no response is valid");
    }
    return context::response;
  }

  /**
   * @param definitions the edition's definitions; at least one enrolled structure
   * @return JSON lines of {@link #responses}, some unanswered questions written as {@code null}
   * @throws IllegalArgumentException when no structure is enrolled
   */
  public static Gen<String> responseLines(EditionDefinitions definitions) {
    Context context = new Context(definitions);
    Gen<Response> responses = responses(definitions);
    return source -> {
      Response response = responses.generate(source);
      List<Question> questions = context.version(response).questions();
      Set<QuestionId> nulls = new HashSet<>();
      for (Question question : questions) {
        if (!response.answers().containsKey(question.id()) && Draws.oneIn(source, 3)) {
          nulls.add(question.id());
        }
      }
      return Json.write(members(response, questions, nulls));
    };
  }

  /**
   * @param definitions the edition's definitions; an enrolled structure offering a known channel
   * @return audit records that the edition's validator accepts, each on its own; half of them on a
   *     channel that criteria have
   * @throws IllegalArgumentException when no enrolled structure offers a known channel
   */
  public static Gen<AuditRecord> audits(EditionDefinitions definitions) {
    Context context = new Context(definitions);
    if (context.visits.isEmpty()) {
      throw new IllegalArgumentException(
          "no enrolled structure offers a known channel: no audit is valid");
    }
    return context::audit;
  }

  /**
   * @param definitions the edition's definitions
   * @return JSON lines of {@link #audits}
   * @throws IllegalArgumentException when no enrolled structure offers a known channel
   */
  public static Gen<String> auditLines(EditionDefinitions definitions) {
    return audits(definitions).map(DataGen::line);
  }

  /**
   * @param response a response
   * @return its line of {@code responses.jsonl}, answers in the response's order, as {@link
   *     ResponseLines#line} writes it
   */
  public static String line(Response response) {
    return ResponseLines.line(response);
  }

  /**
   * @param audit an audit record
   * @return its line of {@code audits.jsonl}, as {@link AuditLines#line} writes it (with a
   *     measure's two dates and the record a double names, analysis.md §A5 and §A6)
   */
  public static String line(AuditRecord audit) {
    return AuditLines.line(audit);
  }

  // ------------------------------------------------------------------ package-private

  /**
   * The members of a response's line: answers in the response's order, then {@code null} for the
   * questions of {@code nulls}, in the order of {@code questions}.
   */
  static Map<String, @Nullable Object> members(
      Response response, List<Question> questions, Set<QuestionId> nulls) {
    Map<String, @Nullable Object> line = new LinkedHashMap<>();
    line.put("id", response.id().value());
    line.put("questionnaire", response.questionnaire().id());
    line.put("version", response.questionnaire().version());
    line.put("structure", response.structure().value());
    line.put("channel", response.channel().id());
    line.put("submittedAt", response.submittedAt().toString());
    if (response.locale() != null) {
      line.put("locale", response.locale());
    }
    if (response.respondent() != null) {
      line.put("respondent", response.respondent());
    }
    if (!response.segment().isEmpty()) {
      line.put("segment", new LinkedHashMap<>(response.segment()));
    }
    Map<String, @Nullable Object> answers = new LinkedHashMap<>();
    response.answers().forEach((id, answer) -> answers.put(id.value(), value(answer)));
    for (Question question : questions) {
      if (nulls.contains(question.id())) {
        answers.put(question.id().value(), null);
      }
    }
    line.put("answers", answers);
    return line;
  }

  static Map<String, @Nullable Object> members(AuditRecord audit) {
    Map<String, @Nullable Object> line = new LinkedHashMap<>();
    line.put("id", audit.id().value());
    line.put("grid", audit.grid().id());
    line.put("version", audit.grid().version());
    line.put("structure", audit.structure().value());
    line.put("channel", audit.channel().id());
    if (audit.auditor() != null) {
      line.put("auditor", audit.auditor());
    }
    line.put("performedAt", audit.performedAt().toString());
    Map<String, @Nullable Object> observations = new LinkedHashMap<>();
    audit.observations().forEach((id, observation) -> observations.put(id.value(), value(observation)));
    line.put("observations", observations);
    if (audit.comment() != null) {
      line.put("comment", audit.comment());
    }
    if (audit.of() != null) {
      line.put("of", audit.of().value());
    }
    return line;
  }

  static Object value(Answer answer) {
    if (answer instanceof Answer.Numeric numeric) {
      return numeric.value();
    }
    if (answer instanceof Answer.YesNo yesNo) {
      return yesNo.value();
    }
    if (answer instanceof Answer.Choice choice) {
      return choice.value();
    }
    if (answer instanceof Answer.Choices choices) {
      return choices.values();
    }
    if (answer instanceof Answer.Text text) {
      return text.value();
    }
    return ((Answer.Date) answer).value().toString();
  }

  static Object value(Observation observation) {
    if (observation instanceof Observation.Check check) {
      return check.met() ? "met" : "not_met";
    }
    if (observation instanceof Observation.Measured measured) {
      return measured.value();
    }
    return observation instanceof Observation.Missed ? "missed" : "na";
  }

  /**
   * Public for indiko-samples' {@code SyntheticEdition}, which draws its answers here.
   *
   * @param source the draws
   * @param type a question's type
   * @return an answer that the type accepts, shrinking toward the simplest
   */
  public static Answer answer(RandomSource source, QuestionType type) {
    if (type instanceof QuestionType.Rating rating) {
      return new Answer.Numeric(
          Draws.between(source, rating.scale().min(), rating.scale().max()));
    }
    if (type instanceof QuestionType.Nps) {
      return new Answer.Numeric(Draws.between(source, 0, 10));
    }
    if (type instanceof QuestionType.YesNo) {
      return new Answer.YesNo(Draws.coin(source));
    }
    if (type instanceof QuestionType.SingleChoice choice) {
      return new Answer.Choice(Draws.pick(source, choice.options()).value());
    }
    if (type instanceof QuestionType.MultiChoice choices) {
      List<Option> options = choices.options();
      int min = choices.minSelected() == null ? 0 : choices.minSelected();
      int max = choices.maxSelected() == null ? options.size() : choices.maxSelected();
      List<Option> order = Gen.permutations(options).generate(source);
      List<String> values = new ArrayList<>();
      for (Option option : order.subList(0, Draws.between(source, min, max))) {
        values.add(option.value());
      }
      return new Answer.Choices(values);
    }
    if (type instanceof QuestionType.Number number) {
      return new Answer.Numeric(quantity(source, number));
    }
    if (type instanceof QuestionType.Text text) {
      return new Answer.Text(
          Draws.coin(source)
              ? HostileText.texts(text.maxLength()).generate(source)
              : DomainGen.text(source, Math.min(text.maxLength(), 40)));
    }
    QuestionType.Date date = (QuestionType.Date) type;
    LocalDate min = date.min();
    LocalDate max = date.max();
    LocalDate low = min != null ? min : max != null ? max.minusDays(400) : DomainGen.date(source);
    LocalDate high = max != null ? max : low.plusDays(400);
    return new Answer.Date(
        low.plusDays(source.next(ChronoUnit.DAYS.between(low, high))));
  }

  /**
   * Public for indiko-samples' {@code SyntheticEdition}, which draws its observations here.
   *
   * @param source the draws
   * @param type a criterion's type
   * @return an observation that the type accepts, shrinking toward the simplest
   */
  public static Observation observation(RandomSource source, CriterionType type) {
    if (type instanceof CriterionType.Check) {
      return switch ((int) source.next(2)) {
        case 0 -> Observation.MET;
        case 1 -> Observation.NOT_MET;
        default -> Observation.NOT_APPLICABLE;
      };
    }
    return switch ((int) source.next(3)) {
      case 0, 1 -> new Observation.Measured(quantity(source, (CriterionType.Measure) type));
      case 2 -> Observation.MISSED;
      default -> Observation.NOT_APPLICABLE;
    };
  }

  /** A value the quantity accepts; without bounds, within ±1 000 of the one given. */
  static double quantity(RandomSource source, Quantity quantity) {
    Double min = quantity.min();
    Double max = quantity.max();
    double low = min != null ? min : max != null ? max - 1000 : -1000;
    double high = max != null ? max : low + 2000;
    if (quantity.integer()) {
      return Gen.longs((long) Math.ceil(low), (long) Math.floor(high)).generate(source);
    }
    return Gen.doubles(low, high).generate(source);
  }

  /**
   * Public for indiko-samples' {@code SyntheticEdition}, which dates its lines here.
   *
   * @param source the draws
   * @param edition the edition
   * @return an instant within the edition's collection period
   */
  public static OffsetDateTime instant(RandomSource source, Edition edition) {
    DateRange collection = edition.collection();
    ZoneId zone = edition.timeZone();
    LocalDate day =
        collection
            .from()
            .plusDays(source.next(ChronoUnit.DAYS.between(collection.from(), collection.to())));
    LocalDateTime local =
        LocalDateTime.of(day, LocalTime.ofSecondOfDay(source.next(24 * 3600 - 1)));
    OffsetDateTime at = local.atZone(zone).toOffsetDateTime();
    if (!collection.contains(at.toInstant(), zone)) {
      at = day.atStartOfDay(zone).toOffsetDateTime();
    }
    return Draws.coin(source) ? at.withOffsetSameInstant(Draws.pick(source, OFFSETS)) : at;
  }

  /** What the generators need of the definitions, computed once. */
  static final class Context {
    final EditionDefinitions definitions;

    /** The versions of the questionnaire, in the edition's order. */
    final List<Version> versions = new ArrayList<>();

    final GridConditions criterionConditions;
    final List<Criterion> criteria;
    final List<Structure> enrolled = new ArrayList<>();
    final List<Structure> notEnrolled = new ArrayList<>();
    final List<Channel> known;
    final List<Visit> visits = new ArrayList<>();
    final List<Visit> criterionVisits = new ArrayList<>();

    /** A structure and a channel it offers. */
    record Visit(Structure structure, Channel channel) {}

    /**
     * A version of the questionnaire.
     *
     * @param ref its id and version
     * @param questions its questions, in its order
     * @param conditions their compiled conditions
     */
    record Version(
        DefinitionRef ref, List<Question> questions, QuestionnaireConditions conditions) {}

    Context(EditionDefinitions definitions) {
      this.definitions = Objects.requireNonNull(definitions, "definitions");
      for (Questionnaire questionnaire : definitions.questionnaires()) {
        versions.add(
            new Version(
                questionnaire.ref(),
                questionnaire.questions(),
                QuestionnaireConditions.compile(questionnaire)));
      }
      this.criterionConditions = GridConditions.compile(definitions.grid());
      this.criteria = definitions.grid().criteria();
      this.known = List.copyOf(definitions.edition().knownChannels());
      Set<StructureId> enrolments = new HashSet<>();
      for (Enrolment enrolment : definitions.enrolments()) {
        enrolments.add(enrolment.structure());
      }
      Set<Channel> criterionChannels = new HashSet<>();
      criteria.forEach(criterion -> criterionChannels.add(criterion.channel()));
      for (Structure structure : definitions.structures()) {
        if (!enrolments.contains(structure.id())) {
          notEnrolled.add(structure);
          continue;
        }
        enrolled.add(structure);
        for (Channel channel : known) {
          if (structure.offers(channel)) {
            visits.add(new Visit(structure, channel));
            if (criterionChannels.contains(channel)) {
              criterionVisits.add(new Visit(structure, channel));
            }
          }
        }
      }
    }

    /**
     * @return the version a response names
     * @throws IllegalArgumentException when the edition does not name it
     */
    Version version(Response response) {
      for (Version version : versions) {
        if (version.ref().equals(response.questionnaire())) {
          return version;
        }
      }
      throw new IllegalArgumentException(
          "questionnaire " + response.questionnaire() + " is not of the edition");
    }

    Response response(RandomSource source) {
      // A free segment is drawn first, as before segments were declared; a declared one last, so
      // that a shrink that drops it leaves the other draws where they were. A version is drawn
      // only when the edition names several, so that one version's draws stay as they were.
      List<Segment> segments = definitions.questionnaire().segments();
      Map<String, String> free = segments.isEmpty() ? freeSegment(source) : Map.of();
      Edition edition = definitions.edition();
      ResponseId id = new ResponseId(DomainGen.identifier(source));
      StructureId structure = Draws.pick(source, enrolled).id();
      Channel channel = Draws.pick(source, known);
      OffsetDateTime at = instant(source, edition);
      @Nullable String locale = Draws.maybe(source, () -> Draws.pick(source, LOCALES));
      @Nullable String respondent = Draws.maybe(source, () -> DomainGen.identifier(source));
      Version version = versions.size() == 1 ? versions.get(0) : Draws.pick(source, versions);
      Map<QuestionId, Answer> answers = answers(source, version);
      return new Response(
          id,
          version.ref(),
          structure,
          channel,
          at,
          locale,
          respondent,
          segments.isEmpty() ? free : SegmentGen.answer(source, segments),
          answers);
    }

    /** Free keys and texts, when the questionnaire declares no segment (analysis.md §A2). */
    Map<String, String> freeSegment(RandomSource source) {
      Map<String, String> segment = new LinkedHashMap<>();
      for (int i = Draws.between(source, 0, 2); i > 0; i--) {
        segment.put(DomainGen.identifier(source), DomainGen.text(source, 10));
      }
      return segment;
    }

    /** Answers in the version's order: each shown question, always when required. */
    Map<QuestionId, Answer> answers(RandomSource source, Version version) {
      List<Question> questions = version.questions();
      @Nullable Answer[] byIndex = new Answer[questions.size()];
      Map<QuestionId, Answer> answers = new LinkedHashMap<>();
      for (int i = 0; i < questions.size(); i++) {
        Question question = questions.get(i);
        if (version.conditions().shown(i, byIndex)
            && (question.required() || Draws.coin(source))) {
          Answer answer = answer(source, question.type());
          byIndex[i] = answer;
          answers.put(question.id(), answer);
        }
      }
      return answers;
    }

    AuditRecord audit(RandomSource source) {
      Visit visit =
          !criterionVisits.isEmpty() && Draws.coin(source)
              ? Draws.pick(source, criterionVisits)
              : Draws.pick(source, visits);
      return new AuditRecord(
          new AuditId(DomainGen.identifier(source)),
          definitions.edition().grid(),
          visit.structure().id(),
          visit.channel(),
          Draws.maybe(source, () -> DomainGen.identifier(source)),
          instant(source, definitions.edition()),
          observations(source, visit.channel()),
          Draws.maybe(
              source,
              () ->
                  Draws.coin(source)
                      ? DomainGen.text(source, 40)
                      : HostileText.texts(200).generate(source)));
    }

    /** Observations in grid order: every shown criterion of the channel. */
    Map<CriterionId, Observation> observations(RandomSource source, Channel channel) {
      @Nullable Observation[] byIndex = new Observation[criteria.size()];
      Map<CriterionId, Observation> observations = new LinkedHashMap<>();
      for (int i = 0; i < criteria.size(); i++) {
        Criterion criterion = criteria.get(i);
        if (criterion.channel().equals(channel) && criterionConditions.shown(i, byIndex)) {
          Observation observation = observation(source, criterion.type());
          byIndex[i] = observation;
          observations.put(criterion.id(), observation);
        }
      }
      return observations;
    }
  }
}
