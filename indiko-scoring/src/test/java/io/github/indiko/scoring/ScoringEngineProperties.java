package io.github.indiko.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import io.github.indiko.core.DefinitionException;
import io.github.indiko.core.DefinitionProblem;
import io.github.indiko.core.EditionDefinitions;
import io.github.indiko.core.edition.Channel;
import io.github.indiko.core.edition.Edition;
import io.github.indiko.core.edition.ScoringSettings;
import io.github.indiko.core.edition.Source;
import io.github.indiko.core.edition.StrategyRef;
import io.github.indiko.core.edition.Theme;
import io.github.indiko.core.grid.Criterion;
import io.github.indiko.core.grid.Grid;
import io.github.indiko.core.format.EditionFolder;
import io.github.indiko.core.questionnaire.Question;
import io.github.indiko.core.questionnaire.Questionnaire;
import io.github.indiko.core.questionnaire.Section;
import io.github.indiko.core.structure.StructureId;
import io.github.indiko.testsupport.edition.TinyEdition;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScoringEngineProperties {
  private static final ScoringEngine ENGINE = ScoringEngine.builder().builtIns().threads(1).build();
  private static final double RELATIVE = 1e-12;

  private static EditionDefinitions sample;
  private static final List<Object> accepted = new ArrayList<>();

  @BeforeAll
  static void readSample() throws IOException {
    sample = EditionFolder.load(Samples.edition());
    DeterminismTest.read(sample, accepted, new ArrayList<>());
  }

  @Test
  void raisingOneAnswer_neverLowersItemThemeSourceOrComposite(@TempDir Path dir) {
    Map<String, TinyEdition> editions = new HashMap<>();
    Map<String, EditionDefinitions> definitions = new HashMap<>();
    for (String strategy : ENGINE.strategies()) {
      TinyEdition edition =
          new TinyEdition()
              .scoring(
                  "\"survey\": \"" + strategy + "\", \"minimumResponses\": 5, \"minimumAudits\": 1")
              .structure("s-a", 20000L, null, true);
      editions.put(strategy, edition);
      definitions.put(strategy, edition.write(dir.resolve(strategy)));
    }
    qt().withExamples(200)
        .forAll(
            integers().between(0, 2),
            lists().of(integers().between(1, 5)).ofSizeBetween(5, 40),
            integers().between(0, 39),
            lists().of(booleans().all()).ofSizeBetween(1, 5))
        .checkAssert(
            (which, answers, at, audits) -> {
              String strategy = new ArrayList<>(ENGINE.strategies()).get(which);
              TinyEdition edition = editions.get(strategy);
              int index = at % answers.size();
              List<Integer> raised = new ArrayList<>(answers);
              raised.set(index, Math.min(5, raised.get(index) + 1));

              StructureResult before = tiny(edition, definitions.get(strategy), answers, audits);
              StructureResult after = tiny(edition, definitions.get(strategy), raised, audits);

              assertThat(after.items().get("q").value())
                  .isGreaterThanOrEqualTo(before.items().get("q").value());
              assertThat(after.survey().themes().get(Theme.COURTESY))
                  .isGreaterThanOrEqualTo(before.survey().themes().get(Theme.COURTESY));
              assertThat(after.survey().score()).isGreaterThanOrEqualTo(before.survey().score());
              assertThat(after.composite()).isGreaterThanOrEqualTo(before.composite());
            });
  }

  private static StructureResult tiny(
      TinyEdition edition,
      EditionDefinitions definitions,
      List<Integer> answers,
      List<Boolean> audits) {
    Tally tally = ENGINE.tally(definitions);
    answers.forEach(q -> tally.add(edition.response("s-a", Channel.IN_PERSON, q, q)));
    audits.forEach(met -> tally.add(edition.audit("s-a", Channel.PHONE, met)));
    return ENGINE.results(tally).structure("s-a").orElseThrow();
  }

  @Test
  void splittingTheRecords_changesNoDetail() {
    Tally whole = ENGINE.tally(sample);
    accepted.forEach(record -> DeterminismTest.add(whole, record));
    Map<StructureId, StructureDetail> expected = ENGINE.scored(whole).details();
    qt().withExamples(20)
        .forAll(longs().all(), integers().between(2, 6))
        .checkAssert(
            (seed, count) -> {
              Random random = new Random(seed);
              List<Tally> parts = new ArrayList<>();
              for (int i = 0; i < count; i++) {
                parts.add(ENGINE.tally(sample));
              }
              List<Object> shuffled = new ArrayList<>(accepted);
              Collections.shuffle(shuffled, random);
              shuffled.forEach(
                  record -> DeterminismTest.add(parts.get(random.nextInt(count)), record));
              Collections.shuffle(parts, random);
              Tally merged = parts.get(0);
              for (Tally part : parts.subList(1, count)) {
                merged = merged.merge(part);
              }

              assertThat(ENGINE.scored(merged).details()).isEqualTo(expected);
            });
  }

  @Test
  void scalingThemeWeights_changesNothing() {
    qt().withExamples(15)
        .forAll(doubles().between(0.01, 10))
        .checkAssert(
            c ->
                assertSameNumbers(scoring(s -> settings(s, scale(s.themes(), c), s.sources())), c));
  }

  @Test
  void scalingSourceWeights_changesNothing() {
    qt().withExamples(15)
        .forAll(doubles().between(0.01, 10))
        .checkAssert(
            c ->
                assertSameNumbers(scoring(s -> settings(s, s.themes(), scale(s.sources(), c))), c));
  }

  @Test
  void scalingItemWeights_changesNothing() {
    qt().withExamples(15)
        .forAll(doubles().between(0.01, 10))
        .checkAssert(c -> assertSameNumbers(itemWeights(c), c));
  }

  @Test
  void unknownStrategy_definitionExceptionListingRegisteredNames() {
    qt().forAll(strings().basicLatinAlphabet().ofLengthBetween(1, 12))
        .assuming(name -> !name.isBlank() && !ENGINE.strategies().contains(name))
        .checkAssert(
            name -> {
              EditionDefinitions definitions =
                  scoring(
                      s ->
                          new ScoringSettings(
                              StrategyRef.of(name),
                              s.audit(),
                              s.ranking(),
                              s.themes(),
                              s.sources(),
                              s.minimumResponses(),
                              s.minimumAudits(),
                              s.confidence(),
                              s.disclosureThreshold(),
                              s.target(),
                              s.oneResponsePerRespondent()));

              assertThatThrownBy(() -> ENGINE.tally(definitions))
                  .isInstanceOfSatisfying(
                      DefinitionException.class,
                      e ->
                          assertThat(e.problems())
                              .containsExactly(
                                  new DefinitionProblem(
                                      "edition.json",
                                      "/scoring/survey",
                                      "unknown strategy \""
                                          + name
                                          + "\"; registered strategies: mean, share-at-least,"
                                          + " top-box")));
            });
  }

  private static void assertSameNumbers(EditionDefinitions scaled, double c) {
    Results expected = results(sample);
    Results actual = results(scaled);
    assertThat(actual.structures()).hasSameSizeAs(expected.structures());
    for (int i = 0; i < expected.structures().size(); i++) {
      StructureResult e = expected.structures().get(i);
      StructureResult a = actual.structures().get(i);
      String what = e.id() + " scaled by " + c;
      assertClose(what, a.composite(), e.composite());
      for (Source source : Source.values()) {
        SourceResult es = source == Source.SURVEY ? e.survey() : e.audit();
        SourceResult as = source == Source.SURVEY ? a.survey() : a.audit();
        assertClose(what + " " + source, as.score(), es.score());
        assertThat(as.themes().keySet()).isEqualTo(es.themes().keySet());
        es.themes().forEach((t, v) -> assertClose(what + " " + t, as.themes().get(t), v));
        es.channels()
            .forEach(
                (ch, v) -> assertClose(what + " " + ch, as.channels().get(ch).score(), v.score()));
      }
      assertThat(a.rank()).as(what).isEqualTo(e.rank());
      assertThat(a.items()).as(what).isEqualTo(e.items());
    }
  }

  private static void assertClose(String what, @Nullable Double actual, @Nullable Double expected) {
    if (expected == null) {
      assertThat(actual).as(what).isNull();
      return;
    }
    assertThat(actual).as(what).isNotNull();
    assertThat(Math.abs(actual - expected))
        .as("%s: %s, expected %s", what, actual, expected)
        .isLessThanOrEqualTo(RELATIVE * Math.max(1, Math.abs(expected)));
  }

  private static Results results(EditionDefinitions definitions) {
    Tally tally = ENGINE.tally(definitions);
    accepted.forEach(record -> DeterminismTest.add(tally, record));
    return ENGINE.results(tally);
  }

  private static <K> Map<K, Double> scale(Map<K, Double> weights, double c) {
    Map<K, Double> scaled = new HashMap<>();
    weights.forEach((key, weight) -> scaled.put(key, weight * c));
    return scaled;
  }

  private static ScoringSettings settings(
      ScoringSettings s, Map<Theme, Double> themes, Map<Source, Double> sources) {
    return new ScoringSettings(
        s.survey(),
        s.audit(),
        s.ranking(),
        themes,
        sources,
        s.minimumResponses(),
        s.minimumAudits(),
        s.confidence(),
        s.disclosureThreshold(),
        s.target(),
        s.oneResponsePerRespondent());
  }

  private static EditionDefinitions scoring(UnaryOperator<ScoringSettings> change) {
    Edition e = sample.edition();
    Edition edition =
        new Edition(
            e.id(),
            e.name(),
            e.defaultLocale(),
            e.timeZone(),
            e.registration(),
            e.collection(),
            e.questionnaire(),
            e.grid(),
            change.apply(e.scoring()),
            e.trophies(),
            e.previous(),
            e.channels());
    return new EditionDefinitions(
        edition, sample.structures(), sample.enrolments(), sample.questionnaire(), sample.grid());
  }

  private static EditionDefinitions itemWeights(double c) {
    Questionnaire q = sample.questionnaire();
    List<Section> sections = new ArrayList<>();
    for (Section section : q.sections()) {
      sections.add(
          new Section(
              section.id(),
              section.title(),
              map(
                  section.questions(),
                  question ->
                      new Question(
                          question.id(),
                          question.type(),
                          question.label(),
                          question.help(),
                          question.theme(),
                          question.weight() * c,
                          question.required(),
                          question.when()))));
    }
    Grid g = sample.grid();
    Grid grid =
        new Grid(
            g.id(),
            g.version(),
            g.defaultLocale(),
            g.title(),
            map(
                g.criteria(),
                k ->
                    new Criterion(
                        k.id(),
                        k.channel(),
                        k.type(),
                        k.label(),
                        k.theme(),
                        k.weight() * c,
                        k.when())));
    return new EditionDefinitions(
        sample.edition(),
        sample.structures(),
        sample.enrolments(),
        new Questionnaire(q.id(), q.version(), q.defaultLocale(), q.title(), sections),
        grid);
  }

  private static <T> List<T> map(List<T> list, Function<T, T> f) {
    List<T> mapped = new ArrayList<>();
    list.forEach(x -> mapped.add(f.apply(x)));
    return mapped;
  }
}
