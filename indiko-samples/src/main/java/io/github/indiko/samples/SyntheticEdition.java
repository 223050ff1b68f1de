package io.github.indiko.samples;

import io.github.indiko.core.EditionDefinitions;
import io.github.indiko.core.LocalizedText;
import io.github.indiko.core.Quantity;
import io.github.indiko.core.Target;
import io.github.indiko.core.audit.AuditId;
import io.github.indiko.core.audit.AuditRecord;
import io.github.indiko.core.audit.Observation;
import io.github.indiko.core.condition.GridConditions;
import io.github.indiko.core.condition.QuestionnaireConditions;
import io.github.indiko.core.edition.Channel;
import io.github.indiko.core.edition.DateRange;
import io.github.indiko.core.edition.Edition;
import io.github.indiko.core.edition.EditionId;
import io.github.indiko.core.grid.Criterion;
import io.github.indiko.core.grid.CriterionId;
import io.github.indiko.core.grid.CriterionType;
import io.github.indiko.core.grid.Grid;
import io.github.indiko.core.format.EditionFolder;
import io.github.indiko.core.format.FormatV1;
import io.github.indiko.core.questionnaire.Option;
import io.github.indiko.core.questionnaire.Question;
import io.github.indiko.core.questionnaire.QuestionId;
import io.github.indiko.core.questionnaire.QuestionType;
import io.github.indiko.core.questionnaire.Questionnaire;
import io.github.indiko.core.response.Answer;
import io.github.indiko.core.response.Response;
import io.github.indiko.core.response.ResponseId;
import io.github.indiko.core.structure.Enrolment;
import io.github.indiko.core.structure.Level;
import io.github.indiko.core.structure.Structure;
import io.github.indiko.core.structure.StructureId;
import io.github.indiko.core.structure.StructureType;
import io.github.indiko.core.structure.Territory;
import io.github.indiko.core.validation.DataValidator;
import io.github.indiko.core.validation.RejectReason;
import io.github.indiko.scoring.ResultsJson;
import io.github.indiko.scoring.ScoringEngine;
import io.github.indiko.scoring.Tally;
import io.github.indiko.testkit.gen.DataGen;
import io.github.indiko.testkit.gen.Draws;
import io.github.indiko.testkit.gen.InvalidLines;
import io.github.indiko.testkit.property.Gen;
import io.github.indiko.testkit.property.RandomSource;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.function.IntToDoubleFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

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
 * <p>With an invalid ratio r, each data line is, with probability r, replaced by a line of {@link
 * InvalidLines} (its id renumbered when it is a valid identifier): the first invalid lines of a
 * source cycle through all its reasons, the next ones draw a reason at random. A {@code
 * duplicate_id} or {@code duplicate_respondent} replacement writes two lines, the first accepted.
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
 */
public record SyntheticEdition(
    int structures,
    long responses,
    long audits,
    long seed,
    double invalidRatio,
    boolean previous) {
  /** Where the previous edition's results are written, relative to the edition folder. */
  public static final String PREVIOUS = "previous/results.json";

  private static final String RESOURCE = "synthetic-";
  private static final Pattern LEADING_ID =
      Pattern.compile("^\\{\"id\":\"([a-z0-9][a-z0-9._-]{0,63})\"");
  private static final List<Template> TEMPLATES =
      List.of(
          new Template(StructureType.COMMUNE, "mairie", "Mairie de ", 10_000, 50_000, 2),
          new Template(StructureType.HOSPITAL, "ch", "Centre hospitalier de ", 0, 0, 2),
          new Template(StructureType.COMMUNE, "mairie", "Mairie de ", 3_500, 10_000, 1),
          new Template(StructureType.POLICE, "commissariat", "Commissariat de ", 0, 0, 1),
          new Template(StructureType.COMMUNE, "mairie", "Mairie de ", 10_000, 50_000, 2),
          new Template(StructureType.COMMUNE, "mairie", "Mairie de ", 50_000, 200_000, 3));
  private static final List<String> TOWNS =
      List.of(
          "Lanvezec", "Castelbrune", "Montbazac", "Lezignac", "Ezanville", "Trevennec",
          "Grandpre", "Rochebelle", "Valmorin", "Saint-Ardoux", "Kerlouan", "Beaufrene",
          "Aurignac", "Pontcelle", "Marvilly", "Lestrade", "Corbignac", "Hautefage");
  private static final List<List<String>> CHANNELS =
      List.of(
          List.of("in_person", "phone", "email", "website", "online_service"),
          List.of("in_person", "phone", "email", "website"),
          List.of("in_person", "phone", "mail", "website", "social"),
          List.of("in_person", "phone", "website"));
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
  private static final long PER_MILLION = 1_000_000;

  /** Checks the counts and the ratio. */
  public SyntheticEdition {
    if (structures < 1) {
      throw new IllegalArgumentException("structures must be at least 1: " + structures);
    }
    if (responses < 0 || audits < 0) {
      throw new IllegalArgumentException("responses and audits must not be negative");
    }
    if (!(invalidRatio >= 0 && invalidRatio <= 1)) {
      throw new IllegalArgumentException("invalidRatio must be in [0, 1]: " + invalidRatio);
    }
  }

  /**
   * @return options of cli.md's defaults: 12 structures, 2 000 responses, 150 audits, seed 1, no
   *     invalid line, a previous edition
   */
  public static SyntheticEdition defaults() {
    return new SyntheticEdition(12, 2_000, 150, 1, 0, true);
  }

  /**
   * @param structures the number of structures, at least 1
   * @return these options with that number
   */
  public SyntheticEdition withStructures(int structures) {
    return new SyntheticEdition(structures, responses, audits, seed, invalidRatio, previous);
  }

  /**
   * @param responses the number of response lines
   * @return these options with that number
   */
  public SyntheticEdition withResponses(long responses) {
    return new SyntheticEdition(structures, responses, audits, seed, invalidRatio, previous);
  }

  /**
   * @param audits the number of audit lines
   * @return these options with that number
   */
  public SyntheticEdition withAudits(long audits) {
    return new SyntheticEdition(structures, responses, audits, seed, invalidRatio, previous);
  }

  /**
   * @param seed the seed
   * @return these options with that seed
   */
  public SyntheticEdition withSeed(long seed) {
    return new SyntheticEdition(structures, responses, audits, seed, invalidRatio, previous);
  }

  /**
   * @param invalidRatio the probability that a data line is invalid, in [0, 1]
   * @return these options with that ratio
   */
  public SyntheticEdition withInvalidRatio(double invalidRatio) {
    return new SyntheticEdition(structures, responses, audits, seed, invalidRatio, previous);
  }

  /**
   * @param previous whether the folder holds the previous edition's results
   * @return these options with that choice
   */
  public SyntheticEdition withPrevious(boolean previous) {
    return new SyntheticEdition(structures, responses, audits, seed, invalidRatio, previous);
  }

  /**
   * @return the definitions of the edition: the same for the same structures and seed; its {@code
   *     previous} is {@value #PREVIOUS} when the folder holds the previous edition, else null
   */
  public EditionDefinitions definitions() {
    Edition edition = FormatV1.readEdition(resource("edition.json"), EditionFolder.EDITION);
    Questionnaire questionnaire =
        FormatV1.readQuestionnaire(resource("questionnaire.json"), EditionFolder.QUESTIONNAIRE);
    Grid grid = FormatV1.readGrid(resource("grid.json"), EditionFolder.GRID);
    RandomSource source = source(seed);
    List<Structure> list = new ArrayList<>();
    List<Enrolment> enrolments = new ArrayList<>();
    LocalDate opens = edition.registration().from();
    long days = edition.registration().to().toEpochDay() - opens.toEpochDay();
    for (int i = 0; i < structures; i++) {
      Structure structure = structure(source, i);
      list.add(structure);
      if (enrolled(i)) {
        enrolments.add(
            new Enrolment(
                structure.id(),
                opens.plusDays(source.next(days)),
                Level.values()[enrolments.size() % Level.values().length]));
      }
    }
    return new EditionDefinitions(
        previous ? edition(edition, edition.id(), edition.name(), 0, PREVIOUS) : edition,
        list,
        enrolments,
        questionnaire,
        grid);
  }

  /**
   * Whether the structure at {@code index} is enrolled: all but the tenth, the twentieth…; with 2
   * to 9 structures, all but the last, so that an edition of two structures or more always has
   * one that is not enrolled (and {@code not_enrolled} lines can be made for it).
   */
  private boolean enrolled(int index) {
    boolean last = index == structures - 1 && structures >= 2 && structures < 10;
    return index % 10 != 9 && !last;
  }

  /**
   * Writes the edition folder: {@code edition.json}, {@code structures.json}, {@code
   * enrolments.json}, {@code questionnaire.json}, {@code grid.json}, {@code responses.jsonl}, {@code
   * audits.jsonl} and, with {@code previous}, {@value #PREVIOUS}, replacing files of those names.
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
      try (OutputStream out = Files.newOutputStream(dir.resolve(EditionFolder.QUESTIONNAIRE))) {
        FormatV1.writeQuestionnaire(definitions.questionnaire(), out);
      }
      try (OutputStream out = Files.newOutputStream(dir.resolve(EditionFolder.GRID))) {
        FormatV1.writeGrid(definitions.grid(), out);
      }
      RandomSource qualities = source(seed);
      Population population =
          new Population(definitions, i -> 0.3 + qualities.next(550) / 1000.0);
      Set<RejectReason> leftOut = EnumSet.noneOf(RejectReason.class);
      writeLines(
          dir.resolve(DataValidator.RESPONSES),
          responses,
          source(seed * 31 + 7),
          "r-",
          population::responseLine,
          producible(
              InvalidLines.responseReasons(),
              reason -> InvalidLines.responses(definitions, reason),
              leftOut));
      writeLines(
          dir.resolve(DataValidator.AUDITS),
          audits,
          source(seed * 31 + 11),
          "a-",
          population::auditLine,
          producible(
              InvalidLines.auditReasons(),
              reason -> InvalidLines.audits(definitions, reason),
              leftOut));
      if (previous) {
        writePrevious(dir, definitions, population);
      }
      return invalidRatio > 0 ? Collections.unmodifiableSet(leftOut) : Set.of();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the edition to " + dir, e);
    }
  }

  // ------------------------------------------------------------------ private

  /**
   * The generators of the reasons these definitions can produce, in the order of {@code reasons};
   * InvalidLines refuses to make one it cannot (IllegalArgumentException), and that reason goes
   * to {@code leftOut}.
   */
  private static Map<RejectReason, Gen<String>> producible(
      Set<RejectReason> reasons,
      Function<RejectReason, Gen<String>> generator,
      Set<RejectReason> leftOut) {
    Map<RejectReason, Gen<String>> generators = new LinkedHashMap<>();
    for (RejectReason reason : reasons) {
      try {
        generators.put(reason, generator.apply(reason));
      } catch (IllegalArgumentException cannot) {
        leftOut.add(reason);
      }
    }
    return generators;
  }

  /** Scores the previous edition in memory and writes its results. */
  private void writePrevious(Path dir, EditionDefinitions current, Population population)
      throws IOException {
    EditionDefinitions definitions = previousDefinitions(current);
    Population earlier = population.earlier(definitions, source(seed * 31 + 13));
    ScoringEngine engine = ScoringEngine.builder().builtIns().threads(1).build();
    Tally tally = engine.tally(definitions);
    RandomSource source = source(seed * 31 + 17);
    long count = Math.min(responses / 2, 200L * structures);
    for (long i = 1; i <= count; i++) {
      tally.add(earlier.response(source, id("r-", i)));
    }
    count = Math.min(audits, 20L * structures);
    for (long i = 1; i <= count; i++) {
      tally.add(earlier.audit(source, id("a-", i)));
    }
    Path file = dir.resolve(PREVIOUS);
    Files.createDirectories(Objects.requireNonNull(file.getParent()));
    try (OutputStream out = Files.newOutputStream(file)) {
      ResultsJson.write(engine.results(tally), out);
    }
  }

  /** The same structures and enrolments a year earlier, under the id one less (ids are years). */
  private static EditionDefinitions previousDefinitions(EditionDefinitions current) {
    Edition edition = current.edition();
    String id = edition.id().value();
    String earlierId = Long.toString(Long.parseLong(id) - 1);
    Map<String, String> names = new LinkedHashMap<>();
    edition.name().values().forEach((tag, text) -> names.put(tag, text.replace(id, earlierId)));
    List<Enrolment> enrolments = new ArrayList<>();
    for (Enrolment enrolment : current.enrolments()) {
      enrolments.add(
          new Enrolment(enrolment.structure(), enrolment.at().minusYears(1), enrolment.level()));
    }
    return new EditionDefinitions(
        edition(edition, new EditionId(earlierId), new LocalizedText(names), 1, null),
        current.structures(),
        enrolments,
        current.questionnaire(),
        current.grid());
  }

  /** {@code edition} under that id and name, its dates {@code yearsEarlier} earlier. */
  private static Edition edition(
      Edition edition,
      EditionId id,
      LocalizedText name,
      int yearsEarlier,
      @Nullable String previous) {
    return new Edition(
        id,
        name,
        edition.defaultLocale(),
        edition.timeZone(),
        earlier(edition.registration(), yearsEarlier),
        earlier(edition.collection(), yearsEarlier),
        edition.questionnaire(),
        edition.grid(),
        edition.scoring(),
        edition.trophies(),
        previous,
        edition.channels());
  }

  private static DateRange earlier(DateRange range, int years) {
    return new DateRange(range.from().minusYears(years), range.to().minusYears(years));
  }

  /** A valid line from its source and its id. */
  @FunctionalInterface
  private interface LineMaker {
    String line(RandomSource source, String id);
  }

  private void writeLines(
      Path file,
      long count,
      RandomSource source,
      String prefix,
      LineMaker valid,
      Map<RejectReason, Gen<String>> generators)
      throws IOException {
    List<RejectReason> order = List.copyOf(generators.keySet());
    long threshold = Math.round(invalidRatio * PER_MILLION);
    long invalidLines = 0;
    long next = 1;
    try (Writer out =
        new BufferedWriter(
            new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8),
            1 << 16)) {
      for (long i = 0; i < count; i++) {
        if (source.next(PER_MILLION - 1) < threshold) {
          RejectReason reason =
              invalidLines < order.size()
                  ? order.get((int) invalidLines)
                  : Draws.pick(source, order);
          invalidLines++;
          String lines =
              generators.get(reason).generate(source);
          Map<String, String> renamed = new HashMap<>();
          for (String line : lines.split("\n", -1)) {
            Matcher matcher = LEADING_ID.matcher(line);
            if (matcher.find()) {
              String id = renamed.get(matcher.group(1));
              if (id == null) {
                id = id(prefix, next++);
                renamed.put(matcher.group(1), id);
              }
              line = "{\"id\":\"" + id + "\"" + line.substring(matcher.end());
            } else {
              next++;
            }
            out.write(line);
            out.write('\n');
          }
        } else {
          out.write(valid.line(source, id(prefix, next++)));
          out.write('\n');
        }
      }
    }
  }

  private static String id(String prefix, long number) {
    return prefix + String.format(Locale.ROOT, "%07d", number);
  }

  private static Structure structure(RandomSource source, int index) {
    Template template = TEMPLATES.get(index % TEMPLATES.size());
    String town = TOWNS.get(index % TOWNS.size());
    int round = index / TOWNS.size();
    String slug = town.toLowerCase(Locale.ROOT) + (round == 0 ? "" : "-" + (round + 1));
    Long population =
        template.maxPopulation() == 0
            ? null
            : template.minPopulation()
                + source.next(template.maxPopulation() - template.minPopulation() - 1L);
    List<Channel> channels = new ArrayList<>();
    for (String channel : CHANNELS.get(index % CHANNELS.size())) {
      channels.add(new Channel(channel));
    }
    String department = String.format(Locale.ROOT, "%02d", 1 + source.next(94));
    return new Structure(
        new StructureId(template.prefix() + "-" + slug),
        template.name() + town + (round == 0 ? "" : " " + (round + 1)),
        template.type(),
        population,
        new Territory(String.format(Locale.ROOT, "%02d", 11 + source.next(82)), department, null),
        channels);
  }

  private static InputStream resource(String name) {
    InputStream in = SyntheticEdition.class.getResourceAsStream(RESOURCE + name);
    if (in == null) {
      throw new IllegalStateException("the samples resource " + RESOURCE + name + " is missing");
    }
    return in;
  }

  /** Uniform draws that, unlike {@link RandomSource#seeded}, record nothing. */
  private static RandomSource source(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    return max -> {
      if (max < 0) {
        throw new IllegalArgumentException("the largest choice must not be negative: " + max);
      }
      return max == Long.MAX_VALUE ? random.nextLong() & Long.MAX_VALUE : random.nextLong(max + 1);
    };
  }

  /** A kind of structure: type, id prefix, name prefix, population range (0 for none), weight. */
  private record Template(
      StructureType type,
      String prefix,
      String name,
      long minPopulation,
      long maxPopulation,
      int weight) {}

  /** The enrolled structures with their quality and weight, and how lines are drawn for them. */
  private static final class Population {
    private final EditionDefinitions definitions;
    private final QuestionnaireConditions questionConditions;
    private final GridConditions criterionConditions;
    private final List<Structure> enrolled = new ArrayList<>();
    private final List<Double> quality = new ArrayList<>();
    private final List<Integer> cumulativeWeights = new ArrayList<>();
    private final Map<Channel, List<Integer>> criteriaByChannel = new LinkedHashMap<>();
    private long respondents;

    /** {@code quality} gives the quality of each enrolled structure, by index, in order. */
    Population(EditionDefinitions definitions, IntToDoubleFunction quality) {
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
          total += TEMPLATES.get(i % TEMPLATES.size()).weight();
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
    Population earlier(EditionDefinitions earlier, RandomSource source) {
      return new Population(
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

    String responseLine(RandomSource source, String id) {
      return DataGen.line(response(source, id));
    }

    Response response(RandomSource source, String id) {
      int index = enrolled.isEmpty() ? -1 : structure(source);
      if (index < 0) {
        throw new IllegalStateException("no structure is enrolled: no response is valid");
      }
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
          Draws.oneIn(source, 3) ? null : id("p-", ++respondents),
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

    String auditLine(RandomSource source, String id) {
      return DataGen.line(audit(source, id));
    }

    AuditRecord audit(RandomSource source, String id) {
      int first = enrolled.isEmpty() ? -1 : structure(source);
      if (first < 0) {
        throw new IllegalStateException("no structure is enrolled: no audit is valid");
      }
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
}
