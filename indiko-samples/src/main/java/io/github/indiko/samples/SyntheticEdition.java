package io.github.indiko.samples;

import io.github.indiko.core.EditionDefinitions;
import io.github.indiko.core.edition.Population;
import io.github.indiko.core.edition.Weighting;
import io.github.indiko.core.format.EditionFolder;
import io.github.indiko.core.format.FormatV1;
import io.github.indiko.core.validation.DataValidator;
import io.github.indiko.core.validation.RejectReason;
import io.github.indiko.testkit.gen.InvalidLines;
import io.github.indiko.testkit.property.RandomSource;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * A synthetic but realistic edition in format v1, for trials, load tests and benchmarks: the seven
 * files of an edition folder, the same bytes for the same options.
 *
 * <p>The questionnaire and the grid are fixed, modelled on the sample edition: six themes, every
 * question type, criteria on several channels, conditions. Structures are communes of three size
 * bands, hospitals and police stations (the last two without population); about one in ten is not
 * enrolled (the tenth, the twentieth…, or the last of 2 to 9), the others are enrolled at the three
 * levels in turn. Each structure has a latent
 * quality and each channel an offset: ratings, yes/no answers, quantities and checks are drawn
 * around them, so structures and channels score differently and rankings mean something. Response
 * ids are {@code r-0000001}…, audit ids {@code a-0000001}…; respondents are unique.
 *
 * <p>The questionnaire declares the segments of analysis.md §A2's example, {@code age} ({@code
 * 16-34}, {@code 35-64}, {@code 65+}) and {@code sex} ({@code f}, {@code m}), and responses answer
 * them (one in twelve omits its age, one in sixteen its sex) as respondents answer surveys: younger
 * online (website, online service, social networks, e-mail) and older at the counter, by phone and
 * by mail than the population (16-34 28 %, 35-64 49 %, 65+ 23 %; women 52 %), women a little more
 * often, each structure with its own seeded strength of that skew; older respondents are a little
 * more satisfied. A weighting step therefore has something to correct. Without segments, the
 * questionnaire declares none and the lines are the same: their {@code segment} is then free and
 * not analysed.
 *
 * <p>With a weighting method other than {@code NONE}, {@code edition.json} asks for it ({@code
 * scoring.weighting}, analysis.md §A3): post-stratification on {@code age}, raking on {@code age}
 * and {@code sex}; and the folder holds {@value EditionFolder#POPULATION}: the {@code "*"} margins
 * are the population's shares above, the ones the respondents are drawn from, and the first two
 * enrolled communes have their own (a younger town, an older one). The data lines are the same
 * bytes whatever the method; the previous edition is weighted as the current one.
 *
 * <p>Structures have departments, one in eight in Alsace-Moselle (57, 67, 68) and one in eight
 * overseas (971 to 976), among them some of those that offer the mail channel, whose criterion
 * {@code mail_reply} (the days to answer a letter, target 5 to 15 working days in the spirit of the
 * Marianne commitments) is observed as two dates (analysis.md §A6): the letter sent, and answered
 * on the audit's day, the working days between them those of the structure's department.
 *
 * <p>With a doubles ratio d, each valid audit line is, with probability d, followed by a
 * calibration double of it (analysis.md §A5), under the next id: {@code "of"} its original, the
 * same structure, channel and grid, another auditor, performed 30 minutes to three days later, each
 * check the same nine times in ten, each measure within a little noise (dates stay dates). The
 * doubles draw from a source of their own, so the other lines are the same whatever d but for
 * their ids, and d = 0 writes the same bytes as before; the file then holds about {@code audits ×
 * (1 + d)} lines. The previous edition has none.
 *
 * <p>With n versions (1 to {@value #MAX_VERSIONS}), the edition names n versions of its
 * questionnaire (analysis.md §A4), {@code 3} to {@code 3 + n − 1}, written to {@value
 * EditionFolder#QUESTIONNAIRES} from two on: each newer version adds a question (the second one
 * about the new online appointment service, a rating that scores) and rewords another one's label,
 * what scores it unchanged. The collection is cut into n equal spans, and a response answers the
 * version of the span its day is in, as when a questionnaire changes during the collection. The
 * previous edition asked the oldest version. One version writes the same bytes as before versions.
 *
 * <p>With an invalid ratio r, each data line is, with probability r, replaced by a line of {@link
 * InvalidLines} (its id renumbered when it is a valid identifier, and a double's {@code of} with
 * it): the first invalid lines of a source cycle through all its reasons, the next ones draw a
 * reason at random. A {@code duplicate_id}, {@code duplicate_respondent} or {@code same_auditor}
 * replacement writes two lines, the first accepted; an {@code unknown_original} one, one or two
 * likewise (analysis.md §A5).
 * Data lines are written as they are drawn: memory does not grow with the number of lines.
 *
 * <p>With {@code previous}, the folder also holds {@value #PREVIOUS}, the results of the previous
 * edition (id one less, dates one year earlier, same structures and enrolments), and {@code
 * edition.json} names it. Each enrolled structure's quality then was the current one shifted by a
 * seeded change of 0.02 to 0.1 up or down, so some structures improve and others decline. That
 * edition had half as many responses (at most 200 per structure) and as many audits (at most 20 per
 * structure), all valid; it is scored in memory, its lines are not written.
 *
 * @param structures the number of structures, at least 1 (from 2 on, at least one is not enrolled)
 * @param responses the number of response lines, not negative
 * @param audits the number of audit lines, not negative
 * @param seed the seed: the same options give the same bytes
 * @param invalidRatio the probability that a data line is replaced by an invalid one, in [0, 1]
 * @param previous whether the folder holds the previous edition's results
 * @param segments whether the questionnaire declares its segments (see above); the data lines are
 *     the same bytes either way
 * @param weighting how responses are weighted (see above), {@code NONE} without segments
 * @param doubles the probability, in [0, 1], that a valid audit line is followed by a calibration
 *     double of it (see above); 0 writes none
 * @param versions how many versions of the questionnaire the edition names (see above), 1 to
 *     {@value #MAX_VERSIONS}; 1 writes the same bytes as before versions
 */
public record SyntheticEdition(
    int structures,
    long responses,
    long audits,
    long seed,
    double invalidRatio,
    boolean previous,
    boolean segments,
    Weighting.Method weighting,
    double doubles,
    int versions) {
  /** Where the previous edition's results are written, relative to the edition folder. */
  public static final String PREVIOUS = "previous/results.json";

  /** The most versions of its questionnaire a synthetic edition names: the first and five more. */
  public static final int MAX_VERSIONS = 6;

  /**
   * Checks the counts, the ratios, the versions and that a weighting has the segments it weights
   * on.
   */
  public SyntheticEdition {
    Objects.requireNonNull(weighting, "weighting");
    if (weighting != Weighting.Method.NONE && !segments) {
      throw new IllegalArgumentException(
          "weighting "
              + weighting.code()
              + " weights on the segments age and sex: the questionnaire must declare them");
    }
    if (structures < 1) {
      throw new IllegalArgumentException("structures must be at least 1: " + structures);
    }
    if (responses < 0 || audits < 0) {
      throw new IllegalArgumentException("responses and audits must not be negative");
    }
    if (!(invalidRatio >= 0 && invalidRatio <= 1)) {
      throw new IllegalArgumentException("invalidRatio must be in [0, 1]: " + invalidRatio);
    }
    if (!(doubles >= 0 && doubles <= 1)) {
      throw new IllegalArgumentException("doubles must be in [0, 1]: " + doubles);
    }
    if (versions < 1 || versions > MAX_VERSIONS) {
      throw new IllegalArgumentException(
          "versions must be 1 to " + MAX_VERSIONS + ": " + versions);
    }
  }

  /**
   * Options without weighting, calibration doubles or several versions of the questionnaire.
   *
   * @param structures the number of structures, at least 1
   * @param responses the number of response lines, not negative
   * @param audits the number of audit lines, not negative
   * @param seed the seed
   * @param invalidRatio the probability that a data line is invalid, in [0, 1]
   * @param previous whether the folder holds the previous edition's results
   * @param segments whether the questionnaire declares its segments
   */
  public SyntheticEdition(
      int structures,
      long responses,
      long audits,
      long seed,
      double invalidRatio,
      boolean previous,
      boolean segments) {
    this(
        structures,
        responses,
        audits,
        seed,
        invalidRatio,
        previous,
        segments,
        Weighting.Method.NONE,
        0,
        1);
  }

  /**
   * @return options of cli.md's defaults: 12 structures, 2 000 responses, 150 audits, seed 1, no
   *     invalid line, a previous edition, declared segments, no weighting
   */
  public static SyntheticEdition defaults() {
    return new SyntheticEdition(12, 2_000, 150, 1, 0, true, true);
  }

  /**
   * @param structures the number of structures, at least 1
   * @return these options with that number
   */
  public SyntheticEdition withStructures(int structures) {
    return new SyntheticEdition(
        structures, responses, audits, seed, invalidRatio, previous, segments, weighting, doubles,
        versions);
  }

  /**
   * @param responses the number of response lines
   * @return these options with that number
   */
  public SyntheticEdition withResponses(long responses) {
    return new SyntheticEdition(
        structures, responses, audits, seed, invalidRatio, previous, segments, weighting, doubles,
        versions);
  }

  /**
   * @param audits the number of audit lines
   * @return these options with that number
   */
  public SyntheticEdition withAudits(long audits) {
    return new SyntheticEdition(
        structures, responses, audits, seed, invalidRatio, previous, segments, weighting, doubles,
        versions);
  }

  /**
   * @param seed the seed
   * @return these options with that seed
   */
  public SyntheticEdition withSeed(long seed) {
    return new SyntheticEdition(
        structures, responses, audits, seed, invalidRatio, previous, segments, weighting, doubles,
        versions);
  }

  /**
   * @param invalidRatio the probability that a data line is invalid, in [0, 1]
   * @return these options with that ratio
   */
  public SyntheticEdition withInvalidRatio(double invalidRatio) {
    return new SyntheticEdition(
        structures, responses, audits, seed, invalidRatio, previous, segments, weighting, doubles,
        versions);
  }

  /**
   * @param previous whether the folder holds the previous edition's results
   * @return these options with that choice
   */
  public SyntheticEdition withPrevious(boolean previous) {
    return new SyntheticEdition(
        structures, responses, audits, seed, invalidRatio, previous, segments, weighting, doubles,
        versions);
  }

  /**
   * @param segments whether the questionnaire declares its segments
   * @return these options with that choice
   */
  public SyntheticEdition withSegments(boolean segments) {
    return new SyntheticEdition(
        structures, responses, audits, seed, invalidRatio, previous, segments, weighting, doubles,
        versions);
  }

  /**
   * @param weighting how responses are weighted; {@code NONE} unless the segments are declared
   * @return these options with that method
   */
  public SyntheticEdition withWeighting(Weighting.Method weighting) {
    return new SyntheticEdition(
        structures, responses, audits, seed, invalidRatio, previous, segments, weighting, doubles,
        versions);
  }

  /**
   * @param doubles the probability that a valid audit line is followed by its calibration double,
   *     in [0, 1]
   * @return these options with that ratio
   */
  public SyntheticEdition withDoubles(double doubles) {
    return new SyntheticEdition(
        structures, responses, audits, seed, invalidRatio, previous, segments, weighting, doubles,
        versions);
  }

  /**
   * @param versions how many versions of the questionnaire the edition names, 1 to {@value
   *     #MAX_VERSIONS}
   * @return these options with that number
   */
  public SyntheticEdition withVersions(int versions) {
    return new SyntheticEdition(
        structures, responses, audits, seed, invalidRatio, previous, segments, weighting, doubles,
        versions);
  }

  /**
   * @return the definitions of the edition: the same for the same structures and seed; its {@code
   *     previous} is {@value #PREVIOUS} when the folder holds the previous edition, else null; its
   *     questionnaire declares {@code age} and {@code sex} with {@code segments}, else nothing;
   *     with a weighting, its edition asks for it and its population holds the margins
   */
  public EditionDefinitions definitions() {
    return SyntheticDefinitions.of(
        structures, source(seed), previous ? PREVIOUS : null, segments, weighting, versions);
  }

  /**
   * Writes the edition folder: {@code edition.json}, {@code structures.json}, {@code
   * enrolments.json}, {@code questionnaire.json} (in the layout of {@link
   * EditionFolder#writeQuestionnaires}), {@code grid.json}, {@code responses.jsonl}, {@code
   * audits.jsonl}, with a weighting {@value EditionFolder#POPULATION} and, with {@code previous},
   * {@value #PREVIOUS}, replacing files of those names.
   *
   * <p>A reject reason these structures cannot give a line for (with one structure, every
   * structure is enrolled, so no line can be {@code not_enrolled}) is left out: the invalid lines
   * cycle through the other reasons, and the reason is in the returned set.
   *
   * @param dir the folder, created with its parents when missing
   * @return the reject reasons, of responses or audits, that no line was given because these
   *     structures cannot produce them; empty unless the invalid ratio is above 0
   * @throws UncheckedIOException when a file cannot be written
   */
  public Set<RejectReason> write(Path dir) {
    Objects.requireNonNull(dir, "dir");
    EditionDefinitions definitions = definitions();
    try {
      Files.createDirectories(dir);
      try (OutputStream out = Files.newOutputStream(dir.resolve(EditionFolder.EDITION))) {
        FormatV1.writeEdition(definitions.edition(), out);
      }
      try (OutputStream out = Files.newOutputStream(dir.resolve(EditionFolder.STRUCTURES))) {
        FormatV1.writeStructures(definitions.structures(), out);
      }
      try (OutputStream out = Files.newOutputStream(dir.resolve(EditionFolder.ENROLMENTS))) {
        FormatV1.writeEnrolments(definitions.enrolments(), out);
      }
      EditionFolder.writeQuestionnaires(definitions, dir);
      try (OutputStream out = Files.newOutputStream(dir.resolve(EditionFolder.GRID))) {
        FormatV1.writeGrid(definitions.grid(), out);
      }
      Population population = definitions.population();
      if (population != null) {
        try (OutputStream out = Files.newOutputStream(dir.resolve(EditionFolder.POPULATION))) {
          SyntheticMargins.write(population, out);
        }
      }
      RandomSource qualities = source(seed);
      RandomSource skews = source(seed * 31 + 19);
      SyntheticPopulation respondents =
          new SyntheticPopulation(
              definitions,
              i -> 0.3 + qualities.next(550) / 1000.0,
              i -> SyntheticPopulation.skew(skews));
      Set<RejectReason> leftOut = EnumSet.noneOf(RejectReason.class);
      new SyntheticLines(
              "r-",
              respondents::responseLine,
              SyntheticLines.producible(
                  InvalidLines.responseReasons(),
                  reason -> InvalidLines.responses(definitions, reason),
                  leftOut))
          .write(
              dir.resolve(DataValidator.RESPONSES), responses, source(seed * 31 + 7), invalidRatio);
      SyntheticDoubles doubling =
          new SyntheticDoubles(
              respondents, new SyntheticAudits(definitions), doubles, source(seed * 31 + 23));
      new SyntheticLines(
              "a-",
              doubling,
              SyntheticLines.producible(
                  InvalidLines.auditReasons(),
                  reason -> InvalidLines.audits(definitions, reason),
                  leftOut),
              doubling)
          .write(dir.resolve(DataValidator.AUDITS), audits, source(seed * 31 + 11), invalidRatio);
      if (previous) {
        SyntheticPrevious.write(this, dir, definitions, respondents);
      }
      return invalidRatio > 0 ? Collections.unmodifiableSet(leftOut) : Set.of();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the edition to " + dir, e);
    }
  }

  // ------------------------------------------------------------------ private

  /** Uniform draws that, unlike {@link RandomSource#seeded}, record nothing. */
  static RandomSource source(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    return max -> {
      if (max < 0) {
        throw new IllegalArgumentException("the largest choice must not be negative: " + max);
      }
      return max == Long.MAX_VALUE ? random.nextLong() & Long.MAX_VALUE : random.nextLong(max + 1);
    };
  }
}
