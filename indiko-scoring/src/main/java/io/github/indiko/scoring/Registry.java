package io.github.indiko.scoring;

import io.github.indiko.core.DefinitionException;
import io.github.indiko.core.DefinitionProblem;
import io.github.indiko.core.EditionDefinitions;
import io.github.indiko.core.edition.Population;
import io.github.indiko.core.edition.StrategyRef;
import io.github.indiko.core.edition.Weighting;
import io.github.indiko.core.format.EditionFolder;
import io.github.indiko.scoring.spi.ItemStrategy;
import io.github.indiko.scoring.spi.RankingPolicy;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The item strategies (scoring.md §3) and ranking policies (scoring.md §7) of a {@link
 * ScoringEngine}, by name, and the resolution of those an edition names in {@code edition.json}:
 * each is looked up and configured with the edition's parameters; a name that is not registered,
 * or parameters it refuses, are a {@link DefinitionException} pointing at the member that holds
 * them. Immutable and thread-safe.
 */
final class Registry {
  private final SortedMap<String, ItemStrategy> strategies;
  private final SortedMap<String, RankingPolicy> policies;

  /**
   * @param strategies the item strategies by name, copied
   * @param policies the ranking policies by name, copied
   */
  Registry(Map<String, ItemStrategy> strategies, Map<String, RankingPolicy> policies) {
    this.strategies = Collections.unmodifiableSortedMap(new TreeMap<>(strategies));
    this.policies = Collections.unmodifiableSortedMap(new TreeMap<>(policies));
  }

  /**
   * @return the names of the item strategies, sorted
   */
  Set<String> strategies() {
    return Collections.unmodifiableSet(strategies.keySet());
  }

  /**
   * @return the names of the ranking policies, sorted
   */
  Set<String> rankingPolicies() {
    return Collections.unmodifiableSet(policies.keySet());
  }

  /**
   * @param definitions the edition's definitions
   * @return the edition's plan, with its survey and audit strategies and ranking policy configured
   * @throws DefinitionException when the edition names a strategy or policy that is not registered,
   *     or gives it parameters it refuses, or asks for weighting (analysis.md §A3) with a survey
   *     strategy that does not accept weights
   */
  EditionPlan plan(EditionDefinitions definitions) {
    Weighting declared = definitions.edition().scoring().weighting();
    Population population = definitions.population();
    boolean asked = declared.asked() && population != null;
    return plan(
        definitions,
        asked
            ? new WeightingPlan(definitions.questionnaire(), declared, population)
            : null);
  }

  /**
   * @param weighting the edition's weighting (analysis.md §A3), or null when it asks for none
   * @return the edition's plan, weighted as {@code weighting} says
   * @throws DefinitionException as {@link #plan(EditionDefinitions)}, and when there is a
   *     weighting and the survey strategy does not accept weights (analysis.md §A3, Weighted
   *     statistics)
   */
  EditionPlan plan(EditionDefinitions definitions, @Nullable WeightingPlan weighting) {
    var scoring = definitions.edition().scoring();
    ItemStrategy survey = strategy(scoring.survey(), "/scoring/survey");
    ItemStrategy audit = strategy(scoring.audit(), "/scoring/audit");
    RankingPolicy ranking = policy(scoring.ranking());
    if (weighting != null && !survey.acceptsWeights()) {
      throw problem(
          "/scoring/weighting",
          "the survey strategy \"" + survey.name() + "\" does not accept weights");
    }
    return new EditionPlan(definitions, survey, audit, ranking, weighting);
  }

  private ItemStrategy strategy(StrategyRef ref, String pointer) {
    ItemStrategy strategy = strategies.get(ref.name());
    if (strategy == null) {
      throw unknown("strategy", "strategies", ref.name(), strategies.keySet(), pointer);
    }
    try {
      return strategy.configure(ref.parameters());
    } catch (IllegalArgumentException e) {
      throw problem(pointer, e.getMessage());
    }
  }

  private RankingPolicy policy(StrategyRef ref) {
    String pointer = "/scoring/ranking";
    RankingPolicy policy = policies.get(ref.name());
    if (policy == null) {
      throw unknown("ranking policy", "ranking policies", ref.name(), policies.keySet(), pointer);
    }
    try {
      return policy.configure(ref.parameters());
    } catch (IllegalArgumentException e) {
      throw problem(pointer, e.getMessage());
    }
  }

  private static DefinitionException unknown(
      String kind, String kinds, String name, Set<String> registered, String pointer) {
    return problem(
        pointer,
        String.format(
            Locale.ROOT,
            "unknown %s \"%s\"; registered %s: %s",
            kind,
            name,
            kinds,
            registered.isEmpty() ? "none" : String.join(", ", registered)));
  }

  private static DefinitionException problem(String pointer, String message) {
    return new DefinitionException(
        new DefinitionProblem(EditionFolder.EDITION, pointer, Objects.toString(message)));
  }
}
