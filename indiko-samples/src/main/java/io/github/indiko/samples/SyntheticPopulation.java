package io.github.indiko.samples;

import io.github.indiko.core.EditionDefinitions;
import io.github.indiko.core.Quantity;
import io.github.indiko.core.Target;
import io.github.indiko.core.audit.AuditId;
import io.github.indiko.core.audit.AuditRecord;
import io.github.indiko.core.audit.Observation;
import io.github.indiko.core.condition.GridConditions;
import io.github.indiko.core.condition.QuestionnaireConditions;
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
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.IntToDoubleFunction;
import org.jspecify.annotations.Nullable;

/**
 * The enrolled structures of a {@link SyntheticEdition} with their quality and weight, and the
 * drawing of valid responses and audits for them: answers and observations around the
 * structure's quality shifted by the channel's offset, so that structures and channels score
 * differently. Not thread-safe: the respondents are numbered as responses are drawn.
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
  private static final List<String> AGES = List.of("18-29", "30-44", "45-59", "60+");

  private final EditionDefinitions definitions;
  private final QuestionnaireConditions questionConditions;
  private final GridConditions criterionConditions;
  private final List<Structure> enrolled = new ArrayList<>();
  private final List<Double> quality = new ArrayList<>();
  private final List<Integer> cumulativeWeights = new ArrayList<>();
  private final Map<Channel, List<Integer>> criteriaByChannel = new LinkedHashMap<>();
  private long respondents;

  /** {@code quality} gives the quality of each enrolled structure, by index, in order. */
  SyntheticPopulation(EditionDefinitions definitions, IntToDoubleFunction quality) {
    this.definitions = definitions;
    this.questionConditions = QuestionnaireConditions.compile(definitions.questionnaire());
    this.criterionConditions = GridConditions.compile(definitions.grid());
    Set<StructureId> enrolments = new HashSet<>();
    definitions.enrolments().forEach(enrolment -> enrolments.add(enrolment.structure()));
    int total = 0;
    List<Structure> all = definitions.structures();
    for (int i = 0; i < all.size(); i++) {
      if (enrolments.contains(all.get(i).id())) {
        enrolled.add(all.get(i));
        this.quality.add(quality.applyAsDouble(enrolled.size() - 1));
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
        });
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
    double centre = quality.get(index) + offset(channel);
    Map<String, String> segment = new LinkedHashMap<>();
    if (!Draws.oneIn(source, 4)) {
      segment.put("age", Draws.pick(source, AGES));
    }
    return new Response(
        new ResponseId(id),
        definitions.edition().questionnaire(),
        structure.id(),
        channel,
        DataGen.instant(source, definitions.edition()),
        Draws.oneIn(source, 10) ? "en" : "fr",
        Draws.oneIn(source, 3) ? null : SyntheticLines.id("p-", ++respondents),
        segment,
        answers(source, channel, centre));
  }

  private Map<QuestionId, Answer> answers(RandomSource source, Channel channel, double centre) {
    List<Question> questions = definitions.questionnaire().questions();
    @Nullable Answer[] byIndex = new Answer[questions.size()];
    Map<QuestionId, Answer> answers = new LinkedHashMap<>();
    for (int i = 0; i < questions.size(); i++) {
      Question question = questions.get(i);
      if (questionConditions.shown(i, byIndex)
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

  /** {@link #audit} as a line of {@code audits.jsonl}, without its terminator. */
  String auditLine(RandomSource source, String id) {
    return DataGen.line(audit(source, id));
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
    return new AuditRecord(
        new AuditId(id),
        definitions.edition().grid(),
        structure.id(),
        channel,
        "auditor-" + (1 + source.next(7)),
        DataGen.instant(source, definitions.edition()),
        observations(source, channel, centre),
        Draws.oneIn(source, 8) ? Draws.pick(source, COMMENTS) : null);
  }

  private Map<CriterionId, Observation> observations(
      RandomSource source, Channel channel, double centre) {
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
                    : new Observation.Measured(quantity(measure, around(source, centre)));
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
