package io.github.indiko.samples;

import io.github.indiko.core.EditionDefinitions;
import io.github.indiko.core.LocalizedText;
import io.github.indiko.core.edition.Channel;
import io.github.indiko.core.edition.DateRange;
import io.github.indiko.core.edition.Edition;
import io.github.indiko.core.edition.EditionId;
import io.github.indiko.core.edition.ScoringSettings;
import io.github.indiko.core.edition.Weighting;
import io.github.indiko.core.format.EditionFolder;
import io.github.indiko.core.format.FormatV1;
import io.github.indiko.core.grid.Grid;
import io.github.indiko.core.questionnaire.Questionnaire;
import io.github.indiko.core.questionnaire.Segment;
import io.github.indiko.core.questionnaire.SegmentValue;
import io.github.indiko.core.structure.Enrolment;
import io.github.indiko.core.structure.Level;
import io.github.indiko.core.structure.Structure;
import io.github.indiko.core.structure.StructureId;
import io.github.indiko.core.structure.StructureType;
import io.github.indiko.core.structure.Territory;
import io.github.indiko.testkit.property.RandomSource;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The definitions of a {@link SyntheticEdition}: the edition, questionnaire and grid of the
 * samples resources, the structures made from templates and towns, which of them are enrolled and
 * at what level, and the same definitions a year earlier for the previous edition.
 */
final class SyntheticDefinitions {
  private static final String RESOURCE = "synthetic-";
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
  private static final List<String> ALSACE_MOSELLE = List.of("57", "67", "68");
  private static final List<String> OVERSEAS = List.of("971", "972", "973", "974", "976");

  /**
   * The segments of analysis.md §A2's example: age bands, then sex, labelled in French and
   * English. Declared here rather than in the resource, so that an edition without segments
   * leaves them out.
   */
  static final List<Segment> SEGMENTS =
      List.of(
          new Segment(
              "age",
              text("Âge", "Age"),
              List.of(
                  new SegmentValue("16-34", text("16 à 34 ans", "16 to 34")),
                  new SegmentValue("35-64", text("35 à 64 ans", "35 to 64")),
                  new SegmentValue("65+", text("65 ans et plus", "65 and over")))),
          new Segment(
              "sex",
              text("Sexe", "Sex"),
              List.of(
                  new SegmentValue("f", text("Femme", "Woman")),
                  new SegmentValue("m", text("Homme", "Man")))));

  private SyntheticDefinitions() {}

  private static LocalizedText text(String fr, String en) {
    return new LocalizedText(Map.of("fr", fr, "en", en));
  }

  /**
   * @param structures the number of structures, at least 1
   * @param source the draws of the populations, territories and enrolment dates
   * @param previous what {@code edition.json} names as the previous edition's results, or null
   * @param segments whether the questionnaire declares {@link #SEGMENTS}
   * @param weighting how responses are weighted; not {@code NONE} only with {@code segments}
   * @param versions how many versions of the questionnaire the edition names, 1 to {@value
   *     SyntheticEdition#MAX_VERSIONS}: the resource's and the newer ones of {@link
   *     SyntheticVersions}
   * @return the definitions: the same for the same structures and draws; with a weighting, the
   *     edition's {@code scoring.weighting} and the margins of {@link SyntheticMargins}
   */
  static EditionDefinitions of(
      int structures,
      RandomSource source,
      @Nullable String previous,
      boolean segments,
      Weighting.Method weighting,
      int versions) {
    Edition edition =
        weighted(
            FormatV1.readEdition(resource("edition.json"), EditionFolder.EDITION),
            SyntheticMargins.weighting(weighting));
    Questionnaire read =
        FormatV1.readQuestionnaire(resource("questionnaire.json"), EditionFolder.QUESTIONNAIRE);
    Questionnaire questionnaire =
        new Questionnaire(
            read.id(),
            read.version(),
            read.defaultLocale(),
            read.title(),
            read.sections(),
            segments ? SEGMENTS : List.of());
    Grid grid = FormatV1.readGrid(resource("grid.json"), EditionFolder.GRID);
    List<Structure> list = new ArrayList<>();
    List<Enrolment> enrolments = new ArrayList<>();
    LocalDate opens = edition.registration().from();
    long days = edition.registration().to().toEpochDay() - opens.toEpochDay();
    for (int i = 0; i < structures; i++) {
      Structure structure = structure(source, i);
      list.add(structure);
      if (enrolled(i, structures)) {
        enrolments.add(
            new Enrolment(
                structure.id(),
                opens.plusDays(source.next(days)),
                Level.values()[enrolments.size() % Level.values().length]));
      }
    }
    List<Questionnaire> questionnaires = SyntheticVersions.of(questionnaire, versions);
    Edition named =
        previous == null ? edition : edition(edition, edition.id(), edition.name(), 0, previous);
    return EditionDefinitions.ofVersions(
        versions == 1
            ? named
            : named.withQuestionnaires(questionnaires.stream().map(Questionnaire::ref).toList()),
        list,
        enrolments,
        questionnaires,
        grid,
        weighting == Weighting.Method.NONE
            ? null
            : SyntheticMargins.population(list, enrolments));
  }

  /**
   * @param index the index of a structure among the edition's
   * @return its share of the data lines, relative to the others': its template's weight
   */
  static int weight(int index) {
    return TEMPLATES.get(index % TEMPLATES.size()).weight();
  }

  /**
   * @param current definitions made by {@link #of}
   * @return the same structures and enrolments a year earlier, under the id one less (ids are
   *     years), naming no previous edition, weighted as the current one, asking the oldest
   *     version of the current questionnaire
   */
  static EditionDefinitions previous(EditionDefinitions current) {
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
    Questionnaire oldest = current.questionnaires().get(0);
    return new EditionDefinitions(
        edition(edition, new EditionId(earlierId), new LocalizedText(names), 1, null)
            .withQuestionnaires(List.of(oldest.ref())),
        current.structures(),
        enrolments,
        oldest,
        current.grid(),
        current.population());
  }

  /**
   * Whether the structure at {@code index} is enrolled: all but the tenth, the twentieth…; with 2
   * to 9 structures, all but the last, so that an edition of two structures or more always has
   * one that is not enrolled (and {@code not_enrolled} lines can be made for it).
   */
  private static boolean enrolled(int index, int structures) {
    boolean last = index == structures - 1 && structures >= 2 && structures < 10;
    return index % 10 != 9 && !last;
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
    String department = department(index, source.next(94));
    return new Structure(
        new StructureId(template.prefix() + "-" + slug),
        template.name() + town + (round == 0 ? "" : " " + (round + 1)),
        template.type(),
        population,
        new Territory(String.format(Locale.ROOT, "%02d", 11 + source.next(82)), department, null),
        channels);
  }

  /**
   * The department of the structure at {@code index}, from a draw in [0, 94]: one in eight in
   * Alsace-Moselle and one in eight overseas (the third and the seventh of each eight, which offer
   * the mail channel: their working days differ, analysis.md §A6), one in ten more of each among
   * the others; the rest in metropolitan France, {@code 01} to {@code 95}.
   */
  private static String department(int index, long draw) {
    if (index % 8 == 2 || index % 10 == 5) {
      return ALSACE_MOSELLE.get((int) (draw % ALSACE_MOSELLE.size()));
    }
    if (index % 8 == 6 || index % 10 == 3) {
      return OVERSEAS.get((int) (draw % OVERSEAS.size()));
    }
    return String.format(Locale.ROOT, "%02d", 1 + draw);
  }

  /** {@code edition} under that id and name, its dates {@code yearsEarlier} earlier. */
  private static Edition edition(
      Edition edition,
      EditionId id,
      LocalizedText name,
      int yearsEarlier,
      @Nullable String previous) {
    return edition(edition, edition.scoring(), id, name, yearsEarlier, previous);
  }

  /** {@code edition} with that scoring, under that id and name, {@code yearsEarlier} earlier. */
  private static Edition edition(
      Edition edition,
      ScoringSettings scoring,
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
        scoring,
        edition.trophies(),
        previous,
        edition.channels(),
        edition.state());
  }

  /** {@code edition} asking for {@code weighting} (perhaps none), its other settings kept. */
  private static Edition weighted(Edition edition, Weighting weighting) {
    ScoringSettings settings = edition.scoring();
    ScoringSettings scoring =
        new ScoringSettings(
            settings.survey(),
            settings.audit(),
            settings.ranking(),
            settings.themes(),
            settings.sources(),
            settings.minimumResponses(),
            settings.minimumAudits(),
            settings.confidence(),
            settings.disclosureThreshold(),
            settings.target(),
            settings.oneResponsePerRespondent(),
            weighting);
    return edition(edition, scoring, edition.id(), edition.name(), 0, edition.previous());
  }

  private static DateRange earlier(DateRange range, int years) {
    return new DateRange(range.from().minusYears(years), range.to().minusYears(years));
  }

  private static InputStream resource(String name) {
    InputStream in = SyntheticDefinitions.class.getResourceAsStream(RESOURCE + name);
    if (in == null) {
      throw new IllegalStateException("the samples resource " + RESOURCE + name + " is missing");
    }
    return in;
  }

  /** A kind of structure: type, id prefix, name prefix, population range (0 for none), weight. */
  private record Template(
      StructureType type,
      String prefix,
      String name,
      long minPopulation,
      long maxPopulation,
      int weight) {}
}
