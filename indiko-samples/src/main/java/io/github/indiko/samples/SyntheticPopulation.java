package io.github.indiko.samples;

import io.github.indiko.core.EditionDefinitions;
import io.github.indiko.core.Quantity;
import io.github.indiko.core.Target;
import io.github.indiko.core.audit.AuditId;
import io.github.indiko.core.audit.AuditRecord;
import io.github.indiko.core.audit.Observation;
import io.github.indiko.core.condition.GridConditions;
import io.github.indiko.core.edition.Channel;
import io.github.indiko.core.grid.Criterion;
import io.github.indiko.core.grid.CriterionId;
import io.github.indiko.core.grid.CriterionType;
import io.github.indiko.core.questionnaire.Option;
import io.github.indiko.core.questionnaire.Question;
import io.github.indiko.core.questionnaire.QuestionId;
import io.github.indiko.core.questionnaire.QuestionType;
import io.github.indiko.core.response.Answer;
import io.github.indiko.core.response.Response;
import io.github.indiko.core.response.ResponseId;
import io.github.indiko.core.structure.Structure;
import io.github.indiko.core.structure.StructureId;
import io.github.indiko.testkit.gen.DataGen;
import io.github.indiko.testkit.gen.Draws;
import io.github.indiko.testkit.property.RandomSource;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.IntToDoubleFunction;
import org.jspecify.annotations.Nullable;

/**
 * The enrolled structures of a {@link SyntheticEdition} with their quality, weight and skew, and
 * the drawing of valid responses and audits for them: answers and observations around the
 * structure's quality shifted by the channel's offset, so that structures and channels score
 * differently; age bands and sex skewed by channel and structure away from the population's
 * shares (analysis.md §A2, §A3), older respondents a little more satisfied; each response answers
 * the version of the questionnaire in use on its day ({@link SyntheticVersions}). Not thread-safe:
 * the respondents are numbered as responses are drawn.
 */
final class SyntheticPopulation {
  private static final Map<String, Double> CHANNEL_OFFSETS =
      Map.of(
          "in_person", 0.06,
          "phone", -0.06,
          "email", -0.1,
          "mail", -0.04,
          "website", 0.02,
          "online_service", 0.04,
          "social", -0.12);
  private static final List<String> COMMENTS =
      List.of(
          "Accueil très aimable, merci.",
          "Trop d'attente au guichet.",
          "Personne ne répond au téléphone le matin.",
          "Site clair, démarche faite en ligne en cinq minutes.",
          "Horaires peu pratiques pour ceux qui travaillent.");
  /** The values of {@code age}, in declared order (SyntheticDefinitions.SEGMENTS). */
  static final List<String> AGES = List.of("16-34", "35-64", "65+");

  /**
   * The population's shares of {@link #AGES}, and of women: analysis.md §A3's example margins,
   * the ones a weighting step would declare for every structure.
   */
  static final double[] AGE_SHARES = {0.28, 0.49, 0.23};

  static final double WOMEN_SHARE = 0.52;

  /**
   * How each age band's answers are shifted from the structure's quality: older respondents are
   * more satisfied, so that a sample skewed young scores lower and weighting moves the scores.
   */
  private static final double[] AGE_SHIFTS = {-0.05, 0, 0.05};

  /** How far each channel's respondents lean young (above 0) or old (below), before the skew. */
  private static final Map<String, Double> CHANNEL_YOUTH =
      Map.of(
          "in_person", -0.4,
          "phone", -0.3,
          "email", 0.6,
          "mail", -0.8,
          "website", 0.9,
          "online_service", 1.0,
          "social", 1.2);

  private static final long PER_MILLION = 1_000_000;

  private final EditionDefinitions definitions;
  private final SyntheticVersions versions;
  private final GridConditions criterionConditions;
  private final List<Structure> enrolled = new ArrayList<>();
  private final List<Double> quality = new ArrayList<>();
  private final List<Double> skew = new ArrayList<>();
  private final List<Map<Channel, long[]>> ageThresholds = new ArrayList<>();
  private final List<Integer> cumulativeWeights = new ArrayList<>();
  private final Map<Channel, List<Integer>> criteriaByChannel = new LinkedHashMap<>();
  private final SyntheticAudits audits;
  private long respondents;

  /**
   * {@code quality} gives the quality of each enrolled structure, by index, in order, and {@code
   * skew} the strength of its respondents' skew by age and sex ({@link #skew}).
   */
  SyntheticPopulation(
      EditionDefinitions definitions, IntToDoubleFunction quality, IntToDoubleFunction skew) {
    this.definitions = definitions;
    this.versions = new SyntheticVersions(definitions.edition(), definitions.questionnaires());
    this.criterionConditions = GridConditions.compile(definitions.grid());
    this.audits = new SyntheticAudits(definitions);
    Set<StructureId> enrolments = new HashSet<>();
    definitions.enrolments().forEach(enrolment -> enrolments.add(enrolment.structure()));
    int total = 0;
    List<Structure> all = definitions.structures();
    for (int i = 0; i < all.size(); i++) {
      if (enrolments.contains(all.get(i).id())) {
        enrolled.add(all.get(i));
        this.quality.add(quality.applyAsDouble(enrolled.size() - 1));
        this.skew.add(skew.applyAsDouble(enrolled.size() - 1));
        ageThresholds.add(ageThresholds(all.get(i), this.skew.get(this.skew.size() - 1)));
        total += SyntheticDefinitions.weight(i);
        cumulativeWeights.add(total);
      }
    }
    List<Criterion> criteria = definitions.grid().criteria();
    for (int i = 0; i < criteria.size(); i++) {
      criteriaByChannel
          .computeIfAbsent(criteria.get(i).channel(), channel -> new ArrayList<>())
          .add(i);
    }
  }

  /**
   * @return the same structures under {@code earlier}, each quality shifted by a change of 0.02
   *     to 0.1, up or down, drawn from {@code source}
   */
  SyntheticPopulation earlier(EditionDefinitions earlier, RandomSource source) {
    return new SyntheticPopulation(
        earlier,
        i -> {
          double change = (20 + source.next(80)) / 1000.0;
          double shifted = quality.get(i) + (source.next(1) == 0 ? change : -change);
          return Math.max(0, Math.min(1, shifted));
        },
        skew::get);
  }

  /**
   * @return a structure's strength of skew, from 0.4 to 1.6: how much more its online respondents
   *     are young, and its others old, than its population, and how many more are women
   */
  static double skew(RandomSource source) {
    return 0.4 + source.next(1200) / 1000.0;
  }

  /**
   * The cumulative chances, in millionths, of each age band among a structure's respondents by
   * channel: the population's share of a band times e^(skew · youth · lean), where the lean is 1
   * for 16-34, 0 for 35-64 and −1 for 65+, normalised.
   */
  private static Map<Channel, long[]> ageThresholds(Structure structure, double skew) {
    Map<Channel, long[]> thresholds = new HashMap<>();
    for (Channel channel : Objects.requireNonNull(structure.channels())) {
      double youth = CHANNEL_YOUTH.getOrDefault(channel.id(), 0.0);
      double[] weights = new double[AGES.size()];
      double total = 0;
      for (int band = 0; band < weights.length; band++) {
        weights[band] = AGE_SHARES[band] * Math.exp(skew * youth * (1 - band));
        total += weights[band];
      }
      long[] cumulative = new long[weights.length];
      double sum = 0;
      for (int band = 0; band < weights.length; band++) {
        sum += weights[band];
        cumulative[band] = Math.round(sum / total * PER_MILLION);
      }
      cumulative[weights.length - 1] = PER_MILLION;
      thresholds.put(channel, cumulative);
    }
    return thresholds;
  }

  private int structure(RandomSource source) {
    long draw = source.next(cumulativeWeights.get(cumulativeWeights.size() - 1) - 1L);
    int index = 0;
    while (cumulativeWeights.get(index) <= draw) {
      index++;
    }
    return index;
  }

  /** A draw around {@code centre}: the mean of three uniform draws, spread ±0.25, in [0, 1]. */
  private static double around(RandomSource source, double centre) {
    double noise = (source.next(1000) + source.next(1000) + source.next(1000)) / 3000.0 - 0.5;
    return Math.max(0, Math.min(1, centre + noise / 2));
  }

  private static double offset(Channel channel) {
    return CHANNEL_OFFSETS.getOrDefault(channel.id(), 0.0);
  }

  /** The index of an enrolled structure drawn by weight, for a valid {@code what}. */
  private int enrolledIndex(RandomSource source, String what) {
    if (enrolled.isEmpty()) {
      throw new IllegalStateException("no structure is enrolled: no " + what + " is valid");
    }
    return structure(source);
  }

  /** {@link #response} as a line of {@code responses.jsonl}, without its terminator. */
  String responseLine(RandomSource source, String id) {
    return DataGen.line(response(source, id));
  }

  /** A valid response under {@code id}, for an enrolled structure drawn by weight. */
  Response response(RandomSource source, String id) {
    int index = enrolledIndex(source, "response");
    Structure structure = enrolled.get(index);
    List<Channel> channels = Objects.requireNonNull(structure.channels());
    Channel channel = Draws.pick(source, channels);
    OffsetDateTime at = DataGen.instant(source, definitions.edition());
    SyntheticVersions.Version version = versions.at(at);
    String locale = Draws.oneIn(source, 10) ? "en" : "fr";
    @Nullable String respondent =
        Draws.oneIn(source, 3) ? null : SyntheticLines.id("p-", ++respondents);
    Map<String, String> segment = segment(source, index, channel);
    String age = segment.get("age");
    double centre =
        quality.get(index) + offset(channel) + (age == null ? 0 : AGE_SHIFTS[AGES.indexOf(age)]);
    return new Response(
        new ResponseId(id),
        version.questionnaire().ref(),
        structure.id(),
        channel,
        at,
        locale,
        respondent,
        segment,
        answers(source, version, channel, centre));
  }

  /**
   * The respondent's age band, drawn for the structure and channel, and sex, women a little more
   * often with a stronger skew; one in twelve omits the age, one in sixteen the sex.
   */
  private Map<String, String> segment(RandomSource source, int index, Channel channel) {
    Map<String, String> segment = new LinkedHashMap<>(4);
    if (!Draws.oneIn(source, 12)) {
      long draw = source.next(PER_MILLION - 1);
      long[] thresholds = ageThresholds.get(index).get(channel);
      int band = 0;
      while (thresholds[band] <= draw) {
        band++;
      }
      segment.put("age", AGES.get(band));
    }
    if (!Draws.oneIn(source, 16)) {
      double women = WOMEN_SHARE + 0.05 * skew.get(index);
      segment.put("sex", source.next(PER_MILLION - 1) < women * PER_MILLION ? "f" : "m");
    }
    return segment;
  }

  /** The answers to the questions of {@code version} that the previous answers show. */
  private static Map<QuestionId, Answer> answers(
      RandomSource source, SyntheticVersions.Version version, Channel channel, double centre) {
    List<Question> questions = version.questionnaire().questions();
    @Nullable Answer[] byIndex = new Answer[questions.size()];
    Map<QuestionId, Answer> answers = new LinkedHashMap<>();
    for (int i = 0; i < questions.size(); i++) {
      Question question = questions.get(i);
      if (version.conditions().shown(i, byIndex)
          && (question.required() || !Draws.oneIn(source, 5))) {
        Answer answer = answer(source, question.type(), channel, centre);
        byIndex[i] = answer;
        answers.put(question.id(), answer);
      }
    }
    return answers;
  }

  private static Answer answer(
      RandomSource source, QuestionType type, Channel channel, double centre) {
    if (type instanceof QuestionType.Rating rating) {
      int min = rating.scale().min();
      int max = rating.scale().max();
      return new Answer.Numeric(min + Math.round(around(source, centre) * (max - min)));
    }
    if (type instanceof QuestionType.Nps) {
      return new Answer.Numeric(Math.round(around(source, centre) * 10));
    }
    if (type instanceof QuestionType.YesNo yesNo) {
      boolean good = source.next(999) < around(source, centre) * 1000;
      return new Answer.YesNo(good == yesNo.favourable());
    }
    if (type instanceof QuestionType.SingleChoice choice) {
      for (Option option : choice.options()) {
        if (option.value().equals(channel.id())) {
          return new Answer.Choice(option.value());
        }
      }
      return DataGen.answer(source, type);
    }
    if (type instanceof QuestionType.Number number && number.target() != null) {
      return new Answer.Numeric(quantity(number, around(source, centre)));
    }
    if (type instanceof QuestionType.Text text) {
      String comment = Draws.pick(source, COMMENTS);
      return new Answer.Text(comment.substring(0, Math.min(comment.length(), text.maxLength())));
    }
    return DataGen.answer(source, type);
  }

  /** The value of a quantity at a quality in [0, 1]: bad at 0, good at 1, within its range. */
  private static double quantity(Quantity quantity, double at) {
    Target target = Objects.requireNonNull(quantity.target());
    double value = target.bad() + (target.good() - target.bad()) * at;
    if (quantity.min() != null) {
      value = Math.max(quantity.min(), value);
    }
    if (quantity.max() != null) {
      value = Math.min(quantity.max(), value);
    }
    return quantity.integer() ? Math.rint(value) : Math.round(value * 10) / 10.0;
  }

  /** A valid audit under {@code id}, for an enrolled structure drawn by weight. */
  AuditRecord audit(RandomSource source, String id) {
    int first = enrolledIndex(source, "audit");
    Structure structure = enrolled.get(first);
    List<Channel> channels = new ArrayList<>();
    for (Channel channel : Objects.requireNonNull(structure.channels())) {
      if (criteriaByChannel.containsKey(channel)) {
        channels.add(channel);
      }
    }
    Channel channel =
        Draws.pick(source, channels.isEmpty() ? structure.channels() : channels);
    double centre = quality.get(first) + offset(channel);
    String auditor = SyntheticAudits.auditor(1 + source.next(SyntheticAudits.AUDITORS - 1));
    OffsetDateTime at = DataGen.instant(source, definitions.edition());
    return new AuditRecord(
        new AuditId(id),
        definitions.edition().grid(),
        structure.id(),
        channel,
        auditor,
        at,
        observations(source, channel, centre, structure.id(), at),
        Draws.oneIn(source, 8) ? Draws.pick(source, COMMENTS) : null);
  }

  /**
   * The observations of an audit of {@code structure} on {@code channel}; a measure in days is
   * observed as its dates (analysis.md §A6), the audit's day the answer's.
   */
  private Map<CriterionId, Observation> observations(
      RandomSource source,
      Channel channel,
      double centre,
      StructureId structure,
      OffsetDateTime at) {
    List<Criterion> criteria = definitions.grid().criteria();
    @Nullable Observation[] byIndex = new Observation[criteria.size()];
    Map<CriterionId, Observation> observations = new LinkedHashMap<>();
    for (int i : criteriaByChannel.getOrDefault(channel, List.of())) {
      if (!criterionConditions.shown(i, byIndex)) {
        continue;
      }
      Criterion criterion = criteria.get(i);
      Observation observation;
      if (criterion.type() instanceof CriterionType.Measure measure) {
        observation =
            measure.target() == null
                ? DataGen.observation(source, measure)
                : Draws.oneIn(source, 20)
                    ? Observation.MISSED
                    : audits.measured(
                        measure, quantity(measure, around(source, centre)), structure, at);
      } else if (Draws.oneIn(source, 30)) {
        observation = Observation.NOT_APPLICABLE;
      } else {
        observation =
            source.next(999) < around(source, centre) * 1000
                ? Observation.MET
                : Observation.NOT_MET;
      }
      byIndex[i] = observation;
      observations.put(criterion.id(), observation);
    }
    return observations;
  }
}
