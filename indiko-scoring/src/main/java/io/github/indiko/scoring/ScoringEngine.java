package io.github.indiko.scoring;

import io.github.indiko.core.DefinitionException;
import io.github.indiko.core.EditionDefinitions;
import io.github.indiko.core.InputException;
import io.github.indiko.core.edition.Edition;
import io.github.indiko.core.format.EditionFolder;
import io.github.indiko.core.privacy.Pseudonymiser;
import io.github.indiko.core.response.Response;
import io.github.indiko.core.validation.DataValidator;
import io.github.indiko.core.validation.EditionData;
import io.github.indiko.core.validation.Reject;
import io.github.indiko.scoring.spi.ItemStrategy;
import io.github.indiko.scoring.spi.RankingPolicies;
import io.github.indiko.scoring.spi.RankingPolicy;
import io.github.indiko.scoring.spi.Strategies;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Scores editions (scoring.md): validates the data lines, tallies the accepted ones, then computes
 * every number, the rankings and the trophies. Immutable and thread-safe once built.
 *
 * <pre>{@code
 * ScoringEngine engine = ScoringEngine.builder().builtIns().build();
 * Results results = engine.score(Path.of("edition-2017"), reject -> rejects.add(reject));
 * }</pre>
 *
 * <p>The results depend neither on the number of threads nor on the order of the data lines (except
 * which duplicate is kept: the first line read wins), bit for bit. They are scored as of a day
 * ({@link Results#asOf()}, provisional before the collection is closed): the day set by {@link
 * Builder#asOf}, else the clock's day in the edition's time zone, so that only an engine given its
 * day gives the same results whatever the day it runs.
 *
 * <p>Each scoring of a folder is logged through SLF4J (docs/logging.md): a line at INFO when it
 * starts and one when it ends, with the counts, its phases at DEBUG, and at WARN what an operator
 * must act on; ids and counts only, never a datum of a line. A failure is thrown, not logged.
 */
public final class ScoringEngine {
  private final Registry registry;
  private final DataTally reader;
  private final Clock clock;
  private final @Nullable LocalDate asOf;

  private ScoringEngine(Builder builder) {
    this.registry = new Registry(builder.strategies, builder.policies);
    this.reader = new DataTally(builder.threads, builder.pseudonymiser);
    this.clock = builder.clock;
    this.asOf = builder.asOf;
  }

  /**
   * @return a builder with no strategy and no policy registered, and as many threads as available
   *     processors
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * @return the names of the registered item strategies, sorted
   */
  public Set<String> strategies() {
    return registry.strategies();
  }

  /**
   * @return the names of the registered ranking policies, sorted
   */
  public Set<String> rankingPolicies() {
    return registry.rankingPolicies();
  }

  /**
   * @return the number of worker threads {@link #score} uses
   */
  public int threads() {
    return reader.threads();
  }

  /**
   * Loads, validates and scores an edition folder. The responses take the fast path of {@link
   * DataValidator#scanResponses}: read in blocks of lines straight into the tally's primitive
   * accumulators, without a {@link Response} per line, in memory bounded whatever the number of
   * responses. With one thread, the calling thread does all. With more, blocks of lines are parsed
   * and checked by {@link #threads()} worker threads (started for this call and stopped before it
   * returns), while the calling thread reads the files, applies the duplicate checks in line order
   * and tallies: the rejects and results are exactly, byte for byte, those of a sequential read
   * through {@link DataValidator#validateResponses(InputStream, String, Consumer)} and {@link
   * Tally#add(Response)}.
   *
   * @param editionFolder the folder of formats.md
   * @param rejects receives every refused line: responses first, then audits, in line order; called
   *     on the calling thread
   * @return the results
   * @throws InputException when a file is missing or cannot be read
   * @throws DefinitionException when the definitions are invalid, or name a strategy or policy that
   *     is not registered, or give it parameters it refuses
   */
  public Results score(Path editionFolder, Consumer<? super Reject> rejects) {
    return score(EditionFolder.load(editionFolder), editionFolder, rejects);
  }

  /**
   * Validates and scores the data files of an edition folder whose definitions are already
   * loaded, as {@link #score(Path, Consumer)} does, without reading the definitions again.
   *
   * @param definitions the folder's definitions, e.g. from {@link EditionFolder#load}
   * @param editionFolder the folder holding {@code responses.jsonl} and {@code audits.jsonl}
   * @param rejects receives every refused line: responses first, then audits, in line order
   * @return the results
   * @throws InputException when a data file is missing or cannot be read
   * @throws DefinitionException when the definitions name a strategy or policy that is not
   *     registered, or give it parameters it refuses
   */
  public Results score(
      EditionDefinitions definitions, Path editionFolder, Consumer<? super Reject> rejects) {
    return score(definitions, EditionData.folder(editionFolder), rejects);
  }

  /**
   * Validates and scores an edition's data lines from wherever they are kept, a folder or a store,
   * as {@link #score(Path, Consumer)} does with a folder's files: the same lines, in the same
   * order, with the same lines refused before ({@link EditionData#refused}), give the same results,
   * byte for byte once written.
   *
   * @param definitions the edition's definitions
   * @param data its data lines
   * @param rejects receives every refused line: responses first, then audits; of each, those
   *     refused before, then the others in line order
   * @return the results
   * @throws InputException when a source cannot be opened or read
   * @throws DefinitionException when the definitions name a strategy or policy that is not
   *     registered, or give it parameters it refuses
   */
  public Results score(
      EditionDefinitions definitions, EditionData data, Consumer<? super Reject> rejects) {
    EditionPlan plan = registry.plan(definitions);
    ScoringRun run = start(definitions, data);
    Results results = results(reader.tally(plan, data, rejects, run));
    run.phase("results computed");
    run.end(results);
    return results;
  }

  /**
   * Scores an edition folder as {@link #score(Path, Consumer)} does, and keeps the details of each
   * enrolled structure from which the reports of scoring.md §8 are made.
   *
   * @param editionFolder the folder of formats.md
   * @param rejects receives every refused line: responses first, then audits, in line order
   * @return the definitions, the results and the details
   * @throws InputException when a file is missing or cannot be read
   * @throws DefinitionException when the definitions are invalid, or name a strategy or policy that
   *     is not registered, or give it parameters it refuses
   */
  public ScoredEdition scoreInFull(Path editionFolder, Consumer<? super Reject> rejects) {
    return scoreInFull(EditionFolder.load(editionFolder), editionFolder, rejects);
  }

  /**
   * Scores the data files of an edition folder whose definitions are already loaded, as {@link
   * #scoreInFull(Path, Consumer)} does.
   *
   * @param definitions the folder's definitions, e.g. from {@link EditionFolder#load}
   * @param editionFolder the folder holding {@code responses.jsonl} and {@code audits.jsonl}
   * @param rejects receives every refused line: responses first, then audits, in line order
   * @return the definitions, the results and the details
   * @throws InputException when a data file is missing or cannot be read
   * @throws DefinitionException when the definitions name a strategy or policy that is not
   *     registered, or give it parameters it refuses
   */
  public ScoredEdition scoreInFull(
      EditionDefinitions definitions, Path editionFolder, Consumer<? super Reject> rejects) {
    return scoreInFull(definitions, EditionData.folder(editionFolder), rejects);
  }

  /**
   * Scores an edition's data lines from wherever they are kept, as {@link
   * #score(EditionDefinitions, EditionData, Consumer)} does, and keeps the details of each enrolled
   * structure.
   *
   * @param definitions the edition's definitions
   * @param data its data lines
   * @param rejects receives every refused line: responses first, then audits
   * @return the definitions, the results and the details
   * @throws InputException when a source cannot be opened or read
   * @throws DefinitionException when the definitions name a strategy or policy that is not
   *     registered, or give it parameters it refuses
   */
  public ScoredEdition scoreInFull(
      EditionDefinitions definitions, EditionData data, Consumer<? super Reject> rejects) {
    EditionPlan plan = registry.plan(definitions);
    ScoringRun run = start(definitions, data);
    ScoredEdition scored = scored(reader.tally(plan, data, rejects, run));
    run.phase("results and details computed");
    run.end(scored.results());
    return scored;
  }

  /**
   * Validates and tallies the data files of an edition folder whose definitions are already loaded,
   * as {@link #score(EditionDefinitions, Path, Consumer)} does before it computes the results: the
   * tally gives the results ({@link #results}), the details ({@link #scored}) and the explanation
   * of a structure ({@link #explain}). It logs the scoring's start and phases; the line of its end,
   * with the counts, is logged by {@link #score} and {@link #scoreInFull}.
   *
   * @param definitions the folder's definitions, e.g. from {@link EditionFolder#load}
   * @param editionFolder the folder holding {@code responses.jsonl} and {@code audits.jsonl}
   * @param rejects receives every refused line: responses first, then audits, in line order
   * @return everything accepted and counted
   * @throws InputException when a data file is missing or cannot be read
   * @throws DefinitionException when the definitions name a strategy or policy that is not
   *     registered, or give it parameters it refuses
   */
  public Tally tally(
      EditionDefinitions definitions, Path editionFolder, Consumer<? super Reject> rejects) {
    return tally(definitions, EditionData.folder(editionFolder), rejects);
  }

  /**
   * Validates and tallies an edition's data lines from wherever they are kept, as {@link
   * #tally(EditionDefinitions, Path, Consumer)} does with a folder's files.
   *
   * @param definitions the edition's definitions
   * @param data its data lines
   * @param rejects receives every refused line: responses first, then audits
   * @return everything accepted and counted
   * @throws InputException when a source cannot be opened or read
   * @throws DefinitionException when the definitions name a strategy or policy that is not
   *     registered, or give it parameters it refuses
   */
  public Tally tally(
      EditionDefinitions definitions, EditionData data, Consumer<? super Reject> rejects) {
    EditionPlan plan = registry.plan(definitions);
    ScoringRun run = start(definitions, data);
    return reader.tally(plan, data, rejects, run);
  }

  /** Logs the start of a scoring of {@code data} with this engine's threads. */
  private ScoringRun start(EditionDefinitions definitions, EditionData data) {
    return ScoringRun.start(definitions, data, reader.threads(), reader.pseudonymised());
  }

  /**
   * @param definitions the edition's definitions
   * @return an empty tally of that edition, to feed accepted records into
   * @throws DefinitionException when the edition names a strategy or policy that is not registered,
   *     or gives it parameters it refuses
   */
  public Tally tally(EditionDefinitions definitions) {
    return new Tally(registry.plan(Objects.requireNonNull(definitions, "definitions")));
  }

  /**
   * An empty tally of an edition weighted as {@code weighting} says (analysis.md §A3), whatever
   * its {@code edition.json} declares, e.g. to compare weightings of one edition.
   *
   * @param weighting the weighting, or null for none
   * @throws DefinitionException as {@link #tally(EditionDefinitions)}, and when the survey
   *     strategy does not accept weights
   */
  Tally tally(EditionDefinitions definitions, @Nullable WeightingPlan weighting) {
    return new Tally(registry.plan(definitions, weighting));
  }

  /**
   * @param tally everything accepted and counted
   * @return the results, as of the engine's day
   */
  public Results results(Tally tally) {
    Edition edition = tally.plan.definitions.edition();
    LocalDate day = asOf != null ? asOf : LocalDate.now(clock.withZone(edition.timeZone()));
    return ResultsAssembler.results(tally, AsOf.of(edition, day));
  }

  /**
   * @param tally everything accepted and counted
   * @return the definitions, the results and the details of each enrolled structure
   */
  public ScoredEdition scored(Tally tally) {
    return new ScoredEdition(
        tally.plan.definitions, results(tally), DetailsAssembler.details(tally));
  }

  /**
   * Explains how one structure's numbers were made: its sources, themes and items with their
   * weights, the weighted means of its source scores and composite, the intervals of its items and
   * indicators with their quantiles and standard errors, and its ranking (scoring.md §4, §5).
   *
   * @param tally everything accepted and counted
   * @param structure a structure id: an enrolled structure, or one that data named
   * @return the explanation, whose numbers are those of {@link #results(Tally)}
   * @throws IllegalArgumentException naming the structure when the results do not list it
   */
  public Explanation explain(Tally tally, String structure) {
    return ExplanationAssembler.explain(tally, results(tally), structure);
  }

  /**
   * Builds an engine. Registration is explicit: a new builder knows no strategy and no policy.
   * Registering a name again replaces the earlier one. Not thread-safe.
   */
  public static final class Builder {
    private final Map<String, ItemStrategy> strategies = new TreeMap<>();
    private final Map<String, RankingPolicy> policies = new TreeMap<>();
    private int threads = Runtime.getRuntime().availableProcessors();
    private @Nullable Pseudonymiser pseudonymiser;
    private Clock clock = Clock.systemUTC();
    private @Nullable LocalDate asOf;

    private Builder() {}

    /**
     * @param strategy an item strategy to register under its name
     * @return this builder
     */
    public Builder strategy(ItemStrategy strategy) {
      strategies.put(strategy.name(), strategy);
      return this;
    }

    /**
     * @param policy a ranking policy to register under its name
     * @return this builder
     */
    public Builder rankingPolicy(RankingPolicy policy) {
      policies.put(policy.name(), policy);
      return this;
    }

    /**
     * @return this builder, with the built-ins registered: {@link Strategies#builtIns()} and {@link
     *     RankingPolicies#builtIns()}
     */
    public Builder builtIns() {
      Strategies.builtIns().forEach(this::strategy);
      RankingPolicies.builtIns().forEach(this::rankingPolicy);
      return this;
    }

    /**
     * @return this builder, with the strategies and policies that {@link ServiceLoader} finds
     *     registered (the built-ins among them, as they are declared providers)
     */
    public Builder discover() {
      ServiceLoader.load(ItemStrategy.class).forEach(this::strategy);
      ServiceLoader.load(RankingPolicy.class).forEach(this::rankingPolicy);
      return this;
    }

    /**
     * @param threads worker threads, at least 1
     * @return this builder
     * @throws IllegalArgumentException when {@code threads} is below 1
     */
    public Builder threads(int threads) {
      if (threads < 1) {
        throw new IllegalArgumentException("threads must be at least 1: " + threads);
      }
      this.threads = threads;
      return this;
    }

    /**
     * Makes the engine read {@code responses.jsonl} through {@link Pseudonymiser#responses}: every
     * respondent token is replaced with its pseudonym before the lines are checked, so that the
     * duplicate checks, the temporary files they may use and the rejects only ever hold pseudonyms.
     *
     * @param pseudonymiser the pseudonymiser, or null to read the tokens as they are (the default)
     * @return this builder
     */
    public Builder pseudonymiser(@Nullable Pseudonymiser pseudonymiser) {
      this.pseudonymiser = pseudonymiser;
      return this;
    }

    /**
     * @param clock the clock whose day, in the edition's time zone, the results are scored as of
     *     when no {@link #asOf} day is set (default: the system clock)
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * @param day the day the results are scored as of, in the edition's time zone, whatever the
     *     clock; or null for the clock's day (the default)
     * @return this builder
     */
    public Builder asOf(@Nullable LocalDate day) {
      this.asOf = day;
      return this;
    }

    /**
     * @return the engine
     */
    public ScoringEngine build() {
      return new ScoringEngine(this);
    }
  }
}
