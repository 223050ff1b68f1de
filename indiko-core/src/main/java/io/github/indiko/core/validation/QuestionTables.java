package io.github.indiko.core.validation;

import io.github.indiko.core.condition.QuestionnaireConditions;
import io.github.indiko.core.questionnaire.Option;
import io.github.indiko.core.questionnaire.Question;
import io.github.indiko.core.questionnaire.QuestionType;
import io.github.indiko.core.questionnaire.Scale;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One version of an edition's questionnaire as flat tables by item position (the position of its
 * question among the edition's items, the rows' positions), for the fast reader ({@link
 * FastResponses}): the version's question ids as {@link ByteKeys} and each one's item; each
 * question's kind, and the bounds of its answers as {@link AnswerBounds} derives them from its
 * type (scale, option values as {@link ByteKeys}, selection bounds, number type, length, date
 * range), its condition and whether it is required. An item the version does not ask has no key:
 * its slots are never read. Immutable and thread-safe once built.
 */
final class QuestionTables {
  static final int RATING = 0;
  static final int YES_NO = 1;
  static final int SINGLE = 2;
  static final int MULTI = 3;
  static final int NUMBER = 4;
  static final int TEXT = 5;
  static final int DATE = 6;

  /**
   * A choice question with an option value that has no UTF-8 form (an unpaired surrogate): its
   * answers are left to the reference, as no bytes of a line stand for that value alone.
   */
  static final int UNREAD = 7;

  /** The items, every version's: the width of a row. */
  final int count;

  /** The version's question ids, at their positions in the version. */
  final ByteKeys questions;

  /** Per question of the version, by its position in the version: its item. */
  final int[] positions;

  final int[] kinds;
  final int[] lowest;
  final int[] highest;
  final @Nullable ByteKeys[] options;
  final int[] fewestSelected;
  final int[] mostSelected;
  final QuestionType.@Nullable Number[] numbers;
  final int[] maxLength;
  final long[] firstDay;
  final long[] lastDay;
  final boolean[] required;
  /** The version's conditions, on rows of items. */
  final QuestionnaireConditions conditions;

  /** The questions with a condition, by their positions in the version. */
  final int[] conditional;

  /** The required questions without condition, by their items. */
  final int[] requiredAlways;

  /**
   * @param items the edition's items
   * @param plan the version
   */
  QuestionTables(int items, VersionPlan plan) {
    List<Question> list = plan.questions;
    count = items;
    questions = new ByteKeys(list.stream().map(q -> q.id().value()).toList());
    positions = plan.positions.clone();
    kinds = new int[count];
    lowest = new int[count];
    highest = new int[count];
    options = new ByteKeys[count];
    fewestSelected = new int[count];
    mostSelected = new int[count];
    numbers = new QuestionType.Number[count];
    maxLength = new int[count];
    firstDay = new long[count];
    lastDay = new long[count];
    required = new boolean[count];
    for (int k = 0; k < list.size(); k++) {
      describe(positions[k], list.get(k));
    }
    this.conditions = plan.rowConditions;
    List<Integer> withCondition = new ArrayList<>();
    List<Integer> always = new ArrayList<>();
    for (int k = 0; k < list.size(); k++) {
      if (conditions.condition(k).isPresent()) {
        withCondition.add(k);
      } else if (required[positions[k]]) {
        always.add(positions[k]);
      }
    }
    conditional = withCondition.stream().mapToInt(Integer::intValue).toArray();
    requiredAlways = always.stream().mapToInt(Integer::intValue).toArray();
  }

  private void describe(int q, Question question) {
    QuestionType type = question.type();
    required[q] = question.required();
    if (type instanceof QuestionType.Rating rating) {
      points(q, rating.scale());
    } else if (type instanceof QuestionType.Nps) {
      points(q, AnswerBounds.NPS);
    } else if (type instanceof QuestionType.YesNo) {
      kinds[q] = YES_NO;
    } else if (type instanceof QuestionType.SingleChoice single && encodable(single.options())) {
      kinds[q] = SINGLE;
      options[q] = new ByteKeys(single.options().stream().map(Option::value).toList());
    } else if (type instanceof QuestionType.MultiChoice multi && encodable(multi.options())) {
      kinds[q] = MULTI;
      options[q] = new ByteKeys(multi.options().stream().map(Option::value).toList());
      fewestSelected[q] = AnswerBounds.fewest(multi);
      mostSelected[q] = AnswerBounds.most(multi);
    } else if (type instanceof QuestionType.Number number) {
      kinds[q] = NUMBER;
      numbers[q] = number;
    } else if (type instanceof QuestionType.Text text) {
      kinds[q] = TEXT;
      maxLength[q] = text.maxLength();
    } else if (type instanceof QuestionType.Date date) {
      kinds[q] = DATE;
      firstDay[q] = AnswerBounds.firstDay(date);
      lastDay[q] = AnswerBounds.lastDay(date);
    } else {
      kinds[q] = UNREAD;
    }
  }

  private void points(int q, Scale scale) {
    kinds[q] = RATING;
    lowest[q] = scale.min();
    highest[q] = scale.max();
  }

  /** Whether each option value is the only string its UTF-8 bytes decode to. */
  private static boolean encodable(List<Option> options) {
    for (Option option : options) {
      String value = option.value();
      byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
      if (!value.equals(new String(bytes, StandardCharsets.UTF_8))) {
        return false;
      }
    }
    return true;
  }
}
