package io.github.indiko.core.response;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * An answer to a question, typed by the question's type. An unanswered question has no answer
 * ({@code null} in format v1 means unanswered).
 */
public sealed interface Answer {
  /**
   * The answer to a {@code rating}, {@code nps} or {@code number} question.
   *
   * @param value a finite number
   */
  record Numeric(double value) implements Answer {
    /** Checks that the value is finite. */
    public Numeric {
      if (!Double.isFinite(value)) {
        throw new IllegalArgumentException("a numeric answer must be finite: " + value);
      }
    }
  }

  /**
   * The answer to a {@code yes_no} question.
   *
   * @param value true for yes
   */
  record YesNo(boolean value) implements Answer {}

  /**
   * The answer to a {@code single_choice} question.
   *
   * @param value the chosen option's value
   */
  record Choice(String value) implements Answer {
    /** Checks that the value is not null. */
    public Choice {
      Objects.requireNonNull(value, "value");
    }
  }

  /**
   * The answer to a {@code multi_choice} question.
   *
   * @param values the chosen options' values, in the order given; may be empty
   */
  record Choices(List<String> values) implements Answer {
    /** Copies the values. */
    public Choices {
      values = List.copyOf(values);
    }
  }

  /**
   * The answer to a {@code text} question.
   *
   * @param value the text
   */
  record Text(String value) implements Answer {
    /** Checks that the value is not null. */
    public Text {
      Objects.requireNonNull(value, "value");
    }
  }

  /**
   * The answer to a {@code date} question.
   *
   * @param value the date
   */
  record Date(LocalDate value) implements Answer {
    /** Checks that the value is not null. */
    public Date {
      Objects.requireNonNull(value, "value");
    }
  }
}
