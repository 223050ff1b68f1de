package io.github.indiko.scoring;

import io.github.indiko.core.EditionDefinitions;
import io.github.indiko.core.edition.Channel;
import io.github.indiko.core.edition.DefinitionRef;
import io.github.indiko.core.edition.Edition;
import io.github.indiko.core.edition.ScoringSettings;
import io.github.indiko.core.edition.Source;
import io.github.indiko.core.edition.Theme;
import io.github.indiko.core.grid.Criterion;
import io.github.indiko.core.grid.CriterionId;
import io.github.indiko.core.questionnaire.Question;
import io.github.indiko.core.questionnaire.QuestionId;
import io.github.indiko.core.questionnaire.QuestionPool;
import io.github.indiko.core.structure.Enrolment;
import io.github.indiko.core.structure.Level;
import io.github.indiko.core.structure.Structure;
import io.github.indiko.core.structure.StructureId;
import io.github.indiko.core.validation.DataValidator;
import io.github.indiko.core.validation.ResponseRow;
import io.github.indiko.scoring.spi.ItemStrategy;
import io.github.indiko.scoring.spi.RankingPolicy;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * An edition's definitions indexed for scoring: structures, items (questions then criteria), themes
 * and channels by int position, with the strategies and the ranking policy it names. The questions
 * are every version's pooled by id (analysis.md §A4), in the order of {@link QuestionPool}: an item
 * is scored over the responses of the versions that ask it, since no other answers it. Immutable
 * and thread-safe.
 */
final class EditionPlan {
  final EditionDefinitions definitions;
  final ItemStrategy surveyStrategy;
  final ItemStrategy auditStrategy;
  final RankingPolicy ranking;

  /** The edition's weighting (analysis.md §A3), or null when it does not ask for weighting. */
  final @Nullable WeightingPlan weighting;

  /** Every structure of the edition, sorted by id. */
  final List<Structure> structures;

  /**
   * Per position in {@link EditionDefinitions#structures()} (that of {@link
   * ResponseRow#structure()}), the structure's index in {@link #structures}.
   */
  final int[] structureOfPosition;

  /** Checks and reads the edition's data lines; also turns responses into rows. */
  final DataValidator validator;

  /** Per structure, its level, or null when it is not enrolled. */
  final @Nullable Level[] levels;

  /** The known channels: domain.md's, then the edition's. */
  final List<Channel> channels;

  /** Every theme of an item or of {@code scoring.themes}, sorted. */
  final List<Theme> themes;

  /** Per theme, its weight in the source scores, 0 when it has none. */
  final double[] themeWeights;

  /** Questions, then criteria. */
  final ItemPlan[] items;

  final int questionCount;

  /** Per question, its id. */
  final QuestionId[] questionIds;

  /**
   * The versions of the questionnaire, ascending, when the edition names several (analysis.md
   * §A4); empty when it names one.
   */
  final int[] versions;

  /** Per question, the positions in {@link #versions} of the versions that ask it. */
  final int[][] asking;

  /** Per item, whether its answers are pooled into satisfaction and net (scoring.md §4). */
  final boolean[] pooled;

  /** Per question, how its answers enter the raw results. */
  final AnswerPlan[] answers;

  /** The value slots of all the questions' distributions. */
  final int valueSlots;

  /** {@link #answers} and the questions' items, flattened for the tally. */
  final AnswerTable answerTable;

  /**
   * The reference item of importance (scoring.md §8.3): the first rating question of theme overall,
   * else the first nps question; −1 when there is neither.
   */
  final int reference;

  /** The themes of {@code scoring.themes}, as indices in {@link #themes}: sorted. */
  final int[] importanceThemes;

  private final Map<StructureId, Integer> structureIndex = new HashMap<>();
  private final Map<Channel, Integer> channelIndex = new HashMap<>();
  private final Map<CriterionId, Integer> criterionIndex = new HashMap<>();

  EditionPlan(
      EditionDefinitions definitions,
      ItemStrategy surveyStrategy,
      ItemStrategy auditStrategy,
      RankingPolicy ranking,
      @Nullable WeightingPlan weighting) {
    this.definitions = definitions;
    this.weighting = weighting;
    this.surveyStrategy = surveyStrategy;
    this.auditStrategy = auditStrategy;
    this.ranking = ranking;
    Edition edition = definitions.edition();

    List<Structure> sorted = new ArrayList<>(definitions.structures());
    sorted.sort(Comparator.comparing(Structure::id));
    structures = List.copyOf(sorted);
    Map<StructureId, Level> enrolled = new HashMap<>();
    for (Enrolment enrolment : definitions.enrolments()) {
      enrolled.put(enrolment.structure(), enrolment.level());
    }
    levels = new Level[structures.size()];
    for (int s = 0; s < structures.size(); s++) {
      StructureId id = structures.get(s).id();
      structureIndex.put(id, s);
      levels[s] = enrolled.get(id);
    }

    structureOfPosition = new int[structures.size()];
    for (int p = 0; p < structures.size(); p++) {
      structureOfPosition[p] = structureIndex.get(definitions.structures().get(p).id());
    }
    validator = DataValidator.of(definitions);

    channels = List.copyOf(edition.knownChannels());
    for (int c = 0; c < channels.size(); c++) {
      channelIndex.put(channels.get(c), c);
    }

    QuestionPool pool = definitions.questionPool();
    List<Question> questions = pool.questions();
    List<Criterion> criteria = definitions.grid().criteria();
    TreeSet<Theme> allThemes = new TreeSet<>(edition.scoring().themes().keySet());
    questions.stream().map(Question::theme).filter(Objects::nonNull).forEach(allThemes::add);
    criteria.stream().map(Criterion::theme).filter(Objects::nonNull).forEach(allThemes::add);
    themes = List.copyOf(allThemes);
    themeWeights = new double[themes.size()];
    for (int t = 0; t < themes.size(); t++) {
      themeWeights[t] = edition.scoring().themes().getOrDefault(themes.get(t), 0.0);
    }

    questionCount = questions.size();
    items = new ItemPlan[questionCount + criteria.size()];
    questionIds = new QuestionId[questionCount];
    for (int q = 0; q < questionCount; q++) {
      Question question = questions.get(q);
      items[q] = ItemPlan.of(question, themeIndex(question.theme()));
      questionIds[q] = question.id();
    }
    versions =
        edition.versioned()
            ? edition.questionnaires().stream().mapToInt(DefinitionRef::version).sorted().toArray()
            : new int[0];
    asking = new int[questionCount][];
    for (int q = 0; q < questionCount; q++) {
      asking[q] = pool.versionsAsking(q).stream().mapToInt(this::version).filter(v -> v >= 0)
          .toArray();
    }
    for (int k = 0; k < criteria.size(); k++) {
      Criterion criterion = criteria.get(k);
      Integer channel = channelIndex.get(criterion.channel());
      items[questionCount + k] =
          ItemPlan.of(criterion, themeIndex(criterion.theme()), channel == null ? -1 : channel);
      criterionIndex.put(criterion.id(), questionCount + k);
    }

    pooled = new boolean[items.length];
    boolean overallOnly = false;
    for (int q = 0; q < questionCount; q++) {
      overallOnly |= satisfactionItem(items[q]) && Theme.OVERALL.equals(items[q].theme);
    }
    for (int q = 0; q < questionCount; q++) {
      pooled[q] =
          satisfactionItem(items[q]) && (!overallOnly || Theme.OVERALL.equals(items[q].theme));
    }

    answers = new AnswerPlan[questionCount];
    int slots = 0;
    for (int q = 0; q < questionCount; q++) {
      answers[q] = AnswerPlan.of(questions.get(q), slots);
      slots += answers[q].values.size();
    }
    valueSlots = slots;
    answerTable = new AnswerTable(answers, items, themeWeights, slots);
    reference = reference(items, questionCount);
    importanceThemes =
        edition.scoring().themes().keySet().stream().mapToInt(themes::indexOf).sorted().toArray();
  }

  private static int reference(ItemPlan[] items, int questionCount) {
    int nps = -1;
    for (int q = 0; q < questionCount; q++) {
      if (items[q].kind == ItemPlan.Kind.RATING && Theme.OVERALL.equals(items[q].theme)) {
        return q;
      }
      if (nps < 0 && items[q].isNps()) {
        nps = q;
      }
    }
    return nps;
  }

  private static boolean satisfactionItem(ItemPlan item) {
    return item.kind == ItemPlan.Kind.RATING || item.kind == ItemPlan.Kind.YES_NO;
  }

  private int themeIndex(@Nullable Theme theme) {
    return theme == null ? -1 : themes.indexOf(theme);
  }

  /**
   * @param number a version of the questionnaire
   * @return its position in {@link #versions}, or −1 when the edition names one version or not
   *     that one
   */
  int version(int number) {
    for (int v = 0; v < versions.length; v++) {
      if (versions[v] == number) {
        return v;
      }
    }
    return -1;
  }

  ScoringSettings settings() {
    return definitions.edition().scoring();
  }

  ItemStrategy strategy(Source source) {
    return source == Source.SURVEY ? surveyStrategy : auditStrategy;
  }

  /**
   * @throws IllegalArgumentException when the edition has no such structure
   */
  int structure(StructureId id) {
    Integer s = structureIndex.get(id);
    if (s == null) {
      throw new IllegalArgumentException("unknown structure " + id);
    }
    return s;
  }

  /**
   * @return the structure's index, or −1 when the edition has no such structure
   */
  int structureOrNone(StructureId id) {
    return structureIndex.getOrDefault(id, -1);
  }

  /**
   * @throws IllegalArgumentException when the channel is not known
   */
  int channel(Channel channel) {
    Integer c = channelIndex.get(channel);
    if (c == null) {
      throw new IllegalArgumentException("unknown channel " + channel);
    }
    return c;
  }

  /**
   * @throws IllegalArgumentException when the grid has no such criterion
   */
  int criterion(CriterionId id) {
    Integer k = criterionIndex.get(id);
    if (k == null) {
      throw new IllegalArgumentException("unknown criterion " + id);
    }
    return k;
  }

  /** Plans are equal when made of equal definitions, strategies, policy and weighting. */
  @Override
  public boolean equals(@Nullable Object other) {
    return other == this
        || other instanceof EditionPlan that
            && definitions.equals(that.definitions)
            && surveyStrategy.equals(that.surveyStrategy)
            && auditStrategy.equals(that.auditStrategy)
            && ranking.equals(that.ranking)
            && Objects.equals(weighting, that.weighting);
  }

  @Override
  public int hashCode() {
    return Objects.hash(definitions, surveyStrategy, auditStrategy, ranking, weighting);
  }
}
