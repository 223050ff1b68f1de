package io.github.indiko.core.validation;

import io.github.indiko.core.EditionDefinitions;
import io.github.indiko.core.condition.ConditionException;
import io.github.indiko.core.condition.GridConditions;
import io.github.indiko.core.edition.Channel;
import io.github.indiko.core.edition.Edition;
import io.github.indiko.core.grid.Criterion;
import io.github.indiko.core.internal.Checks;
import io.github.indiko.core.questionnaire.Question;
import io.github.indiko.core.questionnaire.QuestionPool;
import io.github.indiko.core.questionnaire.Questionnaire;
import io.github.indiko.core.structure.Enrolment;
import io.github.indiko.core.structure.Structure;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The definitions of an edition indexed for the checks of data lines, with their conditions
 * compiled once: the survey's items (every version's questions pooled by id, analysis.md §A4), and
 * one {@link VersionPlan} per version of the questionnaire, which the responses naming it are
 * checked against. Immutable and thread-safe.
 */
final class EditionIndex {
  private final Edition edition;
  private final Map<String, Structure> structures = new HashMap<>();
  private final Map<String, Integer> structurePositions = new HashMap<>();
  private final List<Structure> structureList;
  private final List<Channel> channels;
  private final Map<Channel, Integer> channelPositions = new HashMap<>();
  private final Set<String> enrolled = new HashSet<>();
  private final Questionnaire questionnaire;
  private final List<Question> questions;
  private final Map<String, Integer> questionIndex = new HashMap<>();
  private final List<VersionPlan> versions = new ArrayList<>();
  private final List<Criterion> criteria;
  private final Map<String, Integer> criterionIndex = new HashMap<>();
  private final GridConditions criterionConditions;

  EditionIndex(EditionDefinitions definitions) throws ConditionException {
    this.edition = definitions.edition();
    this.structureList = definitions.structures();
    for (int i = 0; i < structureList.size(); i++) {
      structures.put(structureList.get(i).id().value(), structureList.get(i));
      structurePositions.put(structureList.get(i).id().value(), i);
    }
    this.channels = List.copyOf(edition.knownChannels());
    for (int i = 0; i < channels.size(); i++) {
      channelPositions.put(channels.get(i), i);
    }
    for (Enrolment enrolment : definitions.enrolments()) {
      enrolled.add(enrolment.structure().value());
    }
    this.questionnaire = definitions.questionnaire();
    QuestionPool pool = definitions.questionPool();
    this.questions = pool.questions();
    for (int i = 0; i < questions.size(); i++) {
      questionIndex.put(questions.get(i).id().value(), i);
    }
    for (int v = 0; v < pool.versions().size(); v++) {
      versions.add(new VersionPlan(pool.versions().get(v), pool.positions(v)));
    }
    this.criteria = definitions.grid().criteria();
    for (int i = 0; i < criteria.size(); i++) {
      criterionIndex.put(criteria.get(i).id().value(), i);
    }
    this.criterionConditions = GridConditions.compile(definitions.grid());
  }

  Edition edition() {
    return edition;
  }

  Optional<Structure> structure(String id) {
    return Optional.ofNullable(structures.get(id));
  }

  /**
   * @return the structures in {@link EditionDefinitions#structures()} order
   */
  List<Structure> structures() {
    return structureList;
  }

  /**
   * @return the position of the structure in {@link #structures()}, or -1
   */
  int structurePosition(String id) {
    return structurePositions.getOrDefault(id, -1);
  }

  /**
   * @return the known channels in {@link Edition#knownChannels()} order
   */
  List<Channel> channels() {
    return channels;
  }

  /**
   * @return the position of a known channel in {@link #channels()}, or -1
   */
  int channelPosition(Channel channel) {
    return channelPositions.getOrDefault(channel, -1);
  }

  boolean enrolled(String structure) {
    return enrolled.contains(structure);
  }

  /**
   * @param id a channel id as written in a line
   * @return the channel when the edition knows it
   */
  Optional<Channel> knownChannel(String id) {
    if (!Checks.IDENTIFIER.matcher(id).matches()) {
      return Optional.empty();
    }
    Channel channel = new Channel(id);
    return edition.knows(channel) ? Optional.of(channel) : Optional.empty();
  }

  /**
   * @return the newest version of the questionnaire, whose segments every version declares
   */
  Questionnaire questionnaire() {
    return questionnaire;
  }

  /**
   * @return the items: every version's questions pooled by id, in {@link QuestionPool}'s order
   */
  List<Question> questions() {
    return questions;
  }

  /**
   * @return the index of the question in {@link #questions()}, or -1
   */
  int questionIndex(String id) {
    return questionIndex.getOrDefault(id, -1);
  }

  /**
   * @return the plan of each version, in the order the edition names them
   */
  List<VersionPlan> versions() {
    return versions;
  }

  /**
   * @param id a questionnaire's id, as a line names it
   * @param version a version, as a line names it
   * @return the plan of that version, or null when the edition does not name it
   */
  @Nullable VersionPlan version(String id, long version) {
    for (VersionPlan plan : versions) {
      if (plan.ref.version() == version && plan.ref.id().equals(id)) {
        return plan;
      }
    }
    return null;
  }

  List<Criterion> criteria() {
    return criteria;
  }

  /**
   * @return the index of the criterion in {@link #criteria()}, or -1
   */
  int criterionIndex(String id) {
    return criterionIndex.getOrDefault(id, -1);
  }

  GridConditions criterionConditions() {
    return criterionConditions;
  }
}
