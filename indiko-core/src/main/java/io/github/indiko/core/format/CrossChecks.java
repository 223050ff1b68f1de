package io.github.indiko.core.format;

import io.github.indiko.core.DefinitionProblem;
import io.github.indiko.core.EditionDefinitions;
import io.github.indiko.core.edition.Channel;
import io.github.indiko.core.edition.DefinitionRef;
import io.github.indiko.core.edition.Edition;
import io.github.indiko.core.edition.Theme;
import io.github.indiko.core.grid.Criterion;
import io.github.indiko.core.questionnaire.Question;
import io.github.indiko.core.questionnaire.Questionnaire;
import io.github.indiko.core.questionnaire.Section;
import io.github.indiko.core.structure.Enrolment;
import io.github.indiko.core.structure.Structure;
import io.github.indiko.core.structure.StructureId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** The checks of an edition folder that need several documents. */
final class CrossChecks {
  private final EditionDefinitions definitions;
  private final List<DefinitionProblem> problems = new ArrayList<>();

  private CrossChecks(EditionDefinitions definitions) {
    this.definitions = definitions;
  }

  /**
   * @return every problem, edition first, then structures, enrolments, questionnaire and grid
   */
  static List<DefinitionProblem> check(EditionDefinitions definitions) {
    CrossChecks checks = new CrossChecks(definitions);
    checks.references();
    checks.structureChannels();
    checks.enrolments();
    checks.questionThemes();
    checks.criteria();
    return List.copyOf(checks.problems);
  }

  private void add(String file, String pointer, String message) {
    problems.add(new DefinitionProblem(file, pointer, message));
  }

  private void references() {
    Edition edition = definitions.edition();
    reference("questionnaire", edition.questionnaire(), definitions.questionnaire().ref());
    reference("grid", edition.grid(), definitions.grid().ref());
  }

  private void reference(String kind, DefinitionRef named, DefinitionRef found) {
    if (!named.equals(found)) {
      add(
          EditionFolder.EDITION,
          "/" + kind,
          "names " + kind + " " + named + ", but " + kind + ".json holds " + found);
    }
  }

  private void structureChannels() {
    List<Structure> structures = definitions.structures();
    for (int i = 0; i < structures.size(); i++) {
      List<Channel> channels = structures.get(i).channels();
      for (int j = 0; channels != null && j < channels.size(); j++) {
        if (!definitions.edition().knows(channels.get(j))) {
          add(
              EditionFolder.STRUCTURES,
              "/structures/" + i + "/channels/" + j,
              unknownChannel(channels.get(j)));
        }
      }
    }
  }

  private void enrolments() {
    Set<StructureId> structures =
        definitions.structures().stream().map(Structure::id).collect(Collectors.toSet());
    Map<StructureId, Integer> first = new HashMap<>();
    List<Enrolment> enrolments = definitions.enrolments();
    for (int i = 0; i < enrolments.size(); i++) {
      Enrolment enrolment = enrolments.get(i);
      String pointer = "/enrolments/" + i;
      if (!structures.contains(enrolment.structure())) {
        add(
            EditionFolder.ENROLMENTS,
            pointer,
            "unknown structure " + enrolment.structure() + ": it is not in structures.json");
      }
      if (!definitions.edition().registration().contains(enrolment.at())) {
        add(
            EditionFolder.ENROLMENTS,
            pointer,
            "enrolment of "
                + enrolment.structure()
                + " on "
                + enrolment.at()
                + " is outside the registration window "
                + definitions.edition().registration());
      }
      Integer earlier = first.putIfAbsent(enrolment.structure(), i);
      if (earlier != null) {
        add(
            EditionFolder.ENROLMENTS,
            pointer,
            "structure "
                + enrolment.structure()
                + " is enrolled twice (first at /enrolments/"
                + earlier
                + ")");
      }
    }
  }

  /** The themes of every version's questions, version by version in the edition's order. */
  private void questionThemes() {
    for (Questionnaire version : definitions.questionnaires()) {
      String file = EditionFolder.questionnaireFile(definitions.edition(), version.ref());
      List<Section> sections = version.sections();
      for (int s = 0; s < sections.size(); s++) {
        List<Question> questions = sections.get(s).questions();
        for (int q = 0; q < questions.size(); q++) {
          theme(file, "/sections/" + s + "/questions/" + q + "/theme", questions.get(q).theme());
        }
      }
    }
  }

  private void criteria() {
    // A question id of any version, at its first place in the edition's order of versions.
    Map<String, String> questions = new HashMap<>();
    for (Questionnaire version : definitions.questionnaires()) {
      String file = EditionFolder.questionnaireFile(definitions.edition(), version.ref());
      List<Section> sections = version.sections();
      for (int s = 0; s < sections.size(); s++) {
        List<Question> inSection = sections.get(s).questions();
        for (int q = 0; q < inSection.size(); q++) {
          questions.putIfAbsent(
              inSection.get(q).id().value(), file + " at /sections/" + s + "/questions/" + q);
        }
      }
    }
    List<Criterion> criteria = definitions.grid().criteria();
    for (int i = 0; i < criteria.size(); i++) {
      Criterion criterion = criteria.get(i);
      String pointer = "/criteria/" + i;
      String question = questions.get(criterion.id().value());
      if (question != null) {
        add(
            EditionFolder.GRID,
            pointer + "/id",
            "criterion id "
                + criterion.id()
                + " is also a question id ("
                + question
                + "): results key items by id");
      }
      if (!definitions.edition().knows(criterion.channel())) {
        add(EditionFolder.GRID, pointer + "/channel", unknownChannel(criterion.channel()));
      }
      theme(EditionFolder.GRID, pointer + "/theme", criterion.theme());
    }
  }

  private void theme(String file, String pointer, @Nullable Theme theme) {
    if (theme == null || definitions.edition().knows(theme)) {
      return;
    }
    Set<String> known = new LinkedHashSet<>();
    Theme.BUILT_IN.forEach(builtIn -> known.add(builtIn.id()));
    known.add(Theme.OVERALL.id());
    definitions.edition().scoring().themes().keySet().forEach(key -> known.add(key.id()));
    add(
        file,
        pointer,
        "unknown theme "
            + theme
            + ": expected one of "
            + String.join(", ", known)
            + " (domain.md's, overall, or a key of the edition's scoring.themes)");
  }

  private static String unknownChannel(Channel channel) {
    return "unknown channel "
        + channel
        + ": expected one of domain.md's ("
        + Channel.BUILT_IN.stream().map(Channel::id).collect(Collectors.joining(", "))
        + ") or one declared in the edition's channels";
  }
}
