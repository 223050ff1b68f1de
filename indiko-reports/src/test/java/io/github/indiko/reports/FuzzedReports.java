package io.github.indiko.reports;

import io.github.indiko.core.EditionDefinitions;
import io.github.indiko.core.LocalizedText;
import io.github.indiko.core.edition.Edition;
import io.github.indiko.core.grid.Criterion;
import io.github.indiko.core.grid.Grid;
import io.github.indiko.core.questionnaire.Option;
import io.github.indiko.core.questionnaire.Question;
import io.github.indiko.core.questionnaire.QuestionId;
import io.github.indiko.core.questionnaire.QuestionType;
import io.github.indiko.core.questionnaire.Questionnaire;
import io.github.indiko.core.questionnaire.Section;
import io.github.indiko.core.structure.Level;
import io.github.indiko.core.structure.Structure;
import io.github.indiko.core.structure.StructureId;
import io.github.indiko.core.validation.IndikoValidation;
import io.github.indiko.scoring.NotAwarded;
import io.github.indiko.scoring.QuestionDetail;
import io.github.indiko.scoring.TextAnswers;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * {@link HostileFixture}'s reports and definitions with the texts that come from data taken from a
 * fuzzer's input: structure names (when they keep to the name's constraint, as names from
 * definitions do), free-text answers, the edition's name, question, option and
 * criterion labels, item and action ids (when they follow the identifier rule, as ids from
 * definitions do), a reason of a trophy not awarded and a structure id. The
 * input is split at NUL bytes into UTF-8 texts (malformed sequences replaced), used in that order
 * and again from the first when there are fewer.
 */
record FuzzedReports(
    EditionDefinitions definitions,
    RawReport raw,
    AnalysisReport analysis,
    OrganisationReport organisation,
    Overview overview,
    List<String> freeTexts) {

  /**
   * @param input the fuzzer's bytes
   * @return the reports, or null when a text is refused by a record (too long for a label, say)
   */
  static @Nullable FuzzedReports of(byte[] input) {
    Texts texts = new Texts(input);
    String nameA = structureName(texts.next(), HostileFixture.JAVASCRIPT);
    String nameB = structureName(texts.next(), HostileFixture.SCRIPT);
    List<String> freeTexts = List.of(texts.next(), texts.next(), texts.next());
    String title = texts.next();
    String questionLabel = texts.next();
    String optionLabel = texts.next();
    String criterionLabel = texts.next();
    String itemId = identifier(texts.next(), HostileFixture.COURTESY.value());
    String actionId = identifier(texts.next(), HostileFixture.GREETING.value());
    String reason = texts.next();
    StructureId idC = structureId(texts.next());
    try {
      return new FuzzedReports(
          definitions(nameA, nameB, idC, title, questionLabel, optionLabel, criterionLabel),
          raw(nameA, freeTexts),
          analysis(nameA, itemId),
          organisation(nameA, actionId),
          overview(nameA, nameB, idC, title, reason),
          freeTexts);
    } catch (IllegalArgumentException refusedByARecord) {
      return null;
    }
  }

  /**
   * Item and action ids come from the definitions, so they follow the identifier rule: a text that
   * does not stands for the id the fixture has.
   */
  private static String identifier(String text, String otherwise) {
    try {
      return new QuestionId(text).value();
    } catch (IllegalArgumentException notAnId) {
      return otherwise;
    }
  }

  /**
   * Structure names come from the definitions, so they keep to the name's constraint (1 to 2 000
   * code points): a text that does not stands for the name the fixture has.
   */
  private static String structureName(String text, String otherwise) {
    return IndikoValidation.validator().validateValue(Structure.class, "name", text).isEmpty()
        ? text
        : otherwise;
  }

  private static StructureId structureId(String text) {
    try {
      return new StructureId(text);
    } catch (IllegalArgumentException notAnId) {
      return HostileFixture.C;
    }
  }

  private static EditionDefinitions definitions(
      String nameA,
      String nameB,
      StructureId idC,
      String title,
      String questionLabel,
      String optionLabel,
      String criterionLabel) {
    EditionDefinitions hostile = HostileFixture.definitions();
    Edition e = hostile.edition();
    Edition edition =
        new Edition(
            e.id(),
            new LocalizedText(Map.of("fr", title, "en", title)),
            e.defaultLocale(),
            e.timeZone(),
            e.registration(),
            e.collection(),
            e.questionnaire(),
            e.grid(),
            e.scoring(),
            e.trophies(),
            e.previous(),
            e.channels());
    List<Question> questions = new ArrayList<>();
    for (Question q : hostile.questionnaire().questions()) {
      QuestionType type = q.type();
      if (type instanceof QuestionType.SingleChoice single) {
        List<Option> options = new ArrayList<>();
        for (Option o : single.options()) {
          options.add(
              new Option(o.value(), LocalizedText.of("fr", optionLabel), o.score(), o.favourable()));
        }
        type = new QuestionType.SingleChoice(options);
      }
      questions.add(
          new Question(
              q.id(),
              type,
              new LocalizedText(Map.of("fr", questionLabel, "en", questionLabel)),
              q.help(),
              q.theme(),
              q.weight(),
              q.required(),
              q.when()));
    }
    Questionnaire hq = hostile.questionnaire();
    Questionnaire questionnaire =
        new Questionnaire(
            hq.id(), hq.version(), hq.defaultLocale(), hq.title(),
            List.of(new Section("main", null, questions)));
    List<Criterion> criteria = new ArrayList<>();
    for (Criterion c : hostile.grid().criteria()) {
      criteria.add(
          new Criterion(
              c.id(), c.channel(), c.type(), LocalizedText.of("fr", criterionLabel), c.theme(),
              c.weight(), c.when()));
    }
    Grid hg = hostile.grid();
    Grid grid = new Grid(hg.id(), hg.version(), hg.defaultLocale(), hg.title(), criteria);
    List<Structure> structures = new ArrayList<>();
    for (Structure s : hostile.structures()) {
      String name = s.id().equals(HostileFixture.A) ? nameA : nameB;
      StructureId id = s.id().equals(HostileFixture.C) ? idC : s.id();
      structures.add(
          new Structure(id, name, s.type(), s.population(), s.territory(), s.channels()));
    }
    return new EditionDefinitions(
        edition, structures, hostile.enrolments(), questionnaire, grid);
  }

  private static StructureInfo info(String name) {
    return HostileFixture.info(HostileFixture.A, name, Level.ORGANISATION);
  }

  private static RawReport raw(String name, List<String> freeTexts) {
    RawReport hostile = HostileFixture.raw();
    List<QuestionDetail> questions = new ArrayList<>();
    for (QuestionDetail q : hostile.questions()) {
      questions.add(
          q.texts().count() == 0
              ? q
              : new QuestionDetail(
                  q.id(), q.type(), q.theme(), q.scored(), q.answered(), q.na(),
                  q.distribution(), q.n(), q.mean(), q.satisfaction(), q.net(), q.nps(),
                  q.quantities(),
                  new TextAnswers(freeTexts.size(), freeTexts.stream().sorted().toList())));
    }
    return new RawReport(
        info(name), hostile.responses(), hostile.audits(), questions, hostile.criteria());
  }

  private static AnalysisReport analysis(String name, String itemId) {
    AnalysisReport a = HostileFixture.analysis();
    List<ItemAnalysis> items = new ArrayList<>();
    for (ItemAnalysis item : a.items()) {
      items.add(
          items.isEmpty()
              ? new ItemAnalysis(itemId, item.source(), item.theme(), item.value(), item.n(), item.ci())
              : item);
    }
    return new AnalysisReport(
        info(name), a.target(), a.previousEdition(), a.composite(), a.partial(), a.eligible(),
        a.ranking(), a.satisfaction(), a.net(), a.nps(), a.satisfactionChange(), a.sources(),
        a.themes(), a.strengths(), a.weaknesses(), items);
  }

  private static OrganisationReport organisation(String name, String actionId) {
    OrganisationReport o = HostileFixture.organisation();
    List<Action> actions = new ArrayList<>(o.actionPlan());
    // The second action is a criterion's: its id is looked up, and shown as it is when unknown.
    Action criterion = actions.get(1);
    actions.set(
        1, new Action(criterion.kind(), actionId, criterion.priority(), criterion.score()));
    return new OrganisationReport(
        info(name), o.criteria(), o.themes(), o.meanImportance(), o.meanPerformance(), actions);
  }

  private static Overview overview(
      String nameA, String nameB, StructureId idC, String title, String reason) {
    Overview o = HostileFixture.overview();
    List<StructureEntry> structures = new ArrayList<>();
    for (StructureEntry s : o.structures()) {
      structures.add(
          new StructureEntry(
              s.id().equals(HostileFixture.C) ? idC : s.id(),
              s.id().equals(HostileFixture.A) ? nameA : nameB,
              s.category(),
              s.level()));
    }
    List<NotAwarded> notAwarded = new ArrayList<>();
    for (NotAwarded n : o.notAwarded()) {
      notAwarded.add(new NotAwarded(n.category(), reason, n.eligible()));
    }
    return new Overview(
        o.edition(),
        o.asOf(),
        new LocalizedText(Map.of("fr", title, "en", title)),
        o.responses(), o.audits(), o.categories(), o.trophies(), notAwarded, o.consultation(),
        structures);
  }

  /** The texts of an input, split at NUL bytes, cycling. */
  private static final class Texts {
    private final List<String> texts;
    private int next;

    Texts(byte[] input) {
      List<String> parts = new ArrayList<>();
      int start = 0;
      for (int i = 0; i <= input.length; i++) {
        if (i == input.length || input[i] == 0) {
          parts.add(new String(Arrays.copyOfRange(input, start, i), StandardCharsets.UTF_8));
          start = i + 1;
        }
      }
      this.texts = parts;
    }

    String next() {
      return texts.get(next++ % texts.size());
    }
  }
}
