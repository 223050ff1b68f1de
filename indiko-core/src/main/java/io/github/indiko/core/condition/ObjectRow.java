package io.github.indiko.core.condition;

import io.github.indiko.core.audit.Observation;
import io.github.indiko.core.response.Answer;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Answer or observation objects, one per item by index, seen as the row that {@link Node} tests:
 * what the reference checks and the other callers of {@link QuestionnaireConditions#shown(int,
 * Answer[])} and {@link GridConditions#shown(int, Observation[])} evaluate on. A value whose class
 * does not fit its item's kind reads as unanswered, like an absent one or {@code na}; a choice that
 * is none of the options reads as the position -1; a missed measure reads as the number NaN. Holds
 * the array without copying it: valid while the array is unchanged. Not thread-safe.
 */
final class ObjectRow implements AnswerRow {
  private final List<Compiler.Item> items;
  private final @Nullable Object[] values;

  ObjectRow(List<Compiler.Item> items, @Nullable Object[] values) {
    this.items = items;
    this.values = values;
  }

  @Override
  public boolean answered(int item) {
    Object value = values[item];
    switch (items.get(item).kind()) {
      case NUMBER:
        return value instanceof Answer.Numeric;
      case YES_NO:
        return value instanceof Answer.YesNo;
      case SINGLE_CHOICE:
        return value instanceof Answer.Choice;
      case MULTI_CHOICE:
        return value instanceof Answer.Choices;
      case TEXT:
        return value instanceof Answer.Text;
      case DATE:
        return value instanceof Answer.Date;
      case CHECK:
        return value instanceof Observation.Check;
      default:
        return value instanceof Observation.Measured || value instanceof Observation.Missed;
    }
  }

  @Override
  public double number(int item) {
    Object value = values[item];
    if (value instanceof Answer.Numeric numeric) {
      return numeric.value();
    }
    return value instanceof Observation.Measured measured ? measured.value() : Double.NaN;
  }

  @Override
  public boolean yes(int item) {
    Object value = values[item];
    return value instanceof Answer.YesNo yesNo ? yesNo.value() : ((Observation.Check) value).met();
  }

  @Override
  public int option(int item) {
    return items.get(item).options().indexOf(((Answer.Choice) values[item]).value());
  }

  @Override
  public long options(int item) {
    List<String> options = items.get(item).options();
    List<String> chosen = ((Answer.Choices) values[item]).values();
    long bits = 0;
    // Indexed, not for-each: an iterator per evaluation is an allocation.
    for (int i = 0; i < chosen.size(); i++) {
      int position = options.indexOf(chosen.get(i));
      bits |= position < 0 ? 0 : 1L << position;
    }
    return bits;
  }

  @Override
  public String text(int item) {
    return ((Answer.Text) values[item]).value();
  }

  @Override
  public LocalDate date(int item) {
    return ((Answer.Date) values[item]).value();
  }
}
