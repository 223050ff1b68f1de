package io.github.indiko.core.questionnaire;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The questions of every version of an edition's questionnaire pooled by id (analysis.md §A4): a
 * question id is one item across versions. The <b>items</b> come in the newest version's order,
 * then the questions only older versions ask, version by version from the newest down, each in the
 * order of that version; an item's definition is that of the newest version asking it. With one
 * version, the items are its questions in order. Immutable and thread-safe.
 *
 * <p>That the versions agree on what scores an item (its type, scale, top box, options, target,
 * theme, weight) and declare the same segments is checked with the definitions ({@code
 * EditionDefinitions}); the pool itself takes each item as its newest version gives it.
 */
public final class QuestionPool {
  private final List<Questionnaire> versions;
  private final List<Question> items;
  private final Map<QuestionId, Integer> positions = new HashMap<>();

  /** Per version, in {@link #versions} order: per question of it, its item's position. */
  private final int[][] placed;

  /** Per item: the versions asking it, in ascending order. */
  private final List<List<Integer>> asking;

  private QuestionPool(List<Questionnaire> versions) {
    this.versions = List.copyOf(versions);
    List<Questionnaire> newestFirst = new ArrayList<>(this.versions);
    newestFirst.sort(Comparator.comparingInt(Questionnaire::version).reversed());
    List<Question> pooled = new ArrayList<>();
    for (Questionnaire version : newestFirst) {
      for (Question question : version.questions()) {
        if (positions.putIfAbsent(question.id(), pooled.size()) == null) {
          pooled.add(question);
        }
      }
    }
    items = Collections.unmodifiableList(pooled);
    placed = new int[this.versions.size()][];
    List<List<Integer>> byItem = new ArrayList<>();
    pooled.forEach(item -> byItem.add(new ArrayList<>()));
    for (int v = 0; v < placed.length; v++) {
      List<Question> questions = this.versions.get(v).questions();
      placed[v] = new int[questions.size()];
      for (int q = 0; q < questions.size(); q++) {
        placed[v][q] = positions.get(questions.get(q).id());
        byItem.get(placed[v][q]).add(this.versions.get(v).version());
      }
    }
    byItem.forEach(Collections::sort);
    asking = byItem.stream().map(List::copyOf).toList();
  }

  /**
   * @param versions the versions of one questionnaire, at least one, distinct; in any order
   * @return their questions pooled
   * @throws IllegalArgumentException when {@code versions} is empty, or two have the same version
   */
  public static QuestionPool of(List<Questionnaire> versions) {
    if (versions.isEmpty()) {
      throw new IllegalArgumentException("a pool has at least one version");
    }
    if (versions.stream().map(Questionnaire::version).distinct().count() != versions.size()) {
      throw new IllegalArgumentException("a version is pooled twice");
    }
    return new QuestionPool(versions);
  }

  /**
   * @return the versions, in the order given
   */
  public List<Questionnaire> versions() {
    return versions;
  }

  /**
   * @return the items: every question of every version, once per id, in the pool's order
   */
  public List<Question> questions() {
    return items;
  }

  /**
   * @param id a question id
   * @return the position of its item in {@link #questions()}, or −1 when no version asks it
   */
  public int position(QuestionId id) {
    return positions.getOrDefault(Objects.requireNonNull(id, "id"), -1);
  }

  /**
   * @param version the position of a version in {@link #versions()}
   * @return per question of that version, in its order, the position of its item in {@link
   *     #questions()}; a new array
   * @throws IndexOutOfBoundsException when there is no such version
   */
  public int[] positions(int version) {
    return placed[Objects.checkIndex(version, placed.length)].clone();
  }

  /**
   * @param item the position of an item in {@link #questions()}
   * @return the versions that ask it, in ascending order
   * @throws IndexOutOfBoundsException when there is no such item
   */
  public List<Integer> versionsAsking(int item) {
    return asking.get(item);
  }
}
