package io.github.indiko.testkit.scenario;

import io.github.indiko.core.validation.RejectReason;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What the {@link io.github.indiko.core.validation.DataValidator} says of a scenario's data line:
 * accepted, or rejected with the first failing reason and its message. Immutable; equal verdicts
 * are equal, so a test compares with {@link #ACCEPTED} or a {@link Rejected}.
 */
public sealed interface Verdict {
  /** The line is accepted. */
  Verdict ACCEPTED = new Accepted();

  /**
   * @return the reason of a rejected line, or null when the line is accepted
   */
  @Nullable RejectReason reason();

  /**
   * @return true when the line is accepted
   */
  default boolean isAccepted() {
    return reason() == null;
  }

  /** An accepted line. */
  record Accepted() implements Verdict {
    @Override
    public @Nullable RejectReason reason() {
      return null;
    }

    @Override
    public String toString() {
      return "accepted";
    }
  }

  /**
   * A rejected line.
   *
   * @param reason the first failing reason
   * @param message the reject's message, e.g. {@code question overall: 7 is outside the scale
   *     1..5}
   */
  record Rejected(RejectReason reason, String message) implements Verdict {
    /** Checks that nothing is null. */
    public Rejected {
      Objects.requireNonNull(reason, "reason");
      Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
      return reason.code() + ": " + message;
    }
  }
}
