package io.github.indiko.store;

import io.github.indiko.core.validation.Reject;
import java.util.Objects;

/** What a store did with a line it was given: stored it, had it already, or refused it. */
public sealed interface Outcome {
  /**
   * The line was stored.
   *
   * @param receipt its receipt
   */
  record Stored(Receipt receipt) implements Outcome {
    /** Checks that the receipt is not null. */
    public Stored {
      Objects.requireNonNull(receipt, "receipt");
    }
  }

  /**
   * The submission key was used before: nothing was stored, and this is the first receipt.
   *
   * @param receipt the receipt given when the key was first used
   */
  record Replayed(Receipt receipt) implements Outcome {
    /** Checks that the receipt is not null. */
    public Replayed {
      Objects.requireNonNull(receipt, "receipt");
    }
  }

  /**
   * The line was refused, with the reason and message that the file validator gives the line
   * (formats.md, Rejects); line number 1. Nothing was stored and the key stays free.
   *
   * @param reject why
   */
  record Refused(Reject reject) implements Outcome {
    /** Checks that the reject is not null. */
    public Refused {
      Objects.requireNonNull(reject, "reject");
    }
  }
}
