package io.github.indiko.scoring;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * How a structure's survey responses were weighted (analysis.md §A3, Weights): its {@code
 * weighting} in {@code results.json}, present when the edition asks for weighting.
 *
 * @param status how the weighting ended
 * @param cycles the raking cycles run when {@link Status#WEIGHTED}, else null
 * @param weightedResponses n_R, the accepted responses with a value for every weighting key
 * @param unweightedResponses the other accepted responses, of weight 1
 * @param nEffective (Σw)² / Σw² over the accepted responses; n unless weighted
 * @param designEffect n · Σw² / (Σw)²; 1 unless weighted
 * @param key with {@link Status#EMPTY_CELL}, the first weighting key with an empty value, else
 *     null
 * @param value with {@link Status#EMPTY_CELL}, that value, else null
 */
public record StructureWeighting(
    Status status,
    @Nullable Integer cycles,
    long weightedResponses,
    long unweightedResponses,
    double nEffective,
    double designEffect,
    @Nullable String key,
    @Nullable String value) {

  /** How the weighting of a structure ended. */
  public enum Status {
    /** Converged: the weighted numbers are given. */
    WEIGHTED("weighted"),
    /** A value with a positive share has no weighted response: every number is unweighted. */
    EMPTY_CELL("empty_cell"),
    /** No convergence in 1 000 cycles: every number is unweighted. */
    NOT_CONVERGED("not_converged"),
    /** No accepted response has every weighting key: every number is unweighted. */
    NONE("none");

    private final String json;

    Status(String json) {
      this.json = json;
    }

    /**
     * @return the status as {@code results.json} writes it
     */
    public String json() {
      return json;
    }

    /**
     * @param json a status as {@code results.json} writes it
     * @return the status
     * @throws IllegalArgumentException when it is none of them
     */
    public static Status ofJson(String json) {
      for (Status status : values()) {
        if (status.json.equals(json)) {
          return status;
        }
      }
      throw new IllegalArgumentException("unknown weighting status: " + json);
    }
  }

  /** Checks that the status is given, and that cycles go with weighted and key with empty_cell. */
  public StructureWeighting {
    Objects.requireNonNull(status, "status");
    if ((cycles != null) != (status == Status.WEIGHTED)) {
      throw new IllegalArgumentException("cycles are given exactly when weighted: " + cycles);
    }
    if ((key != null || value != null) != (status == Status.EMPTY_CELL)
        || (key == null) != (value == null)) {
      throw new IllegalArgumentException("key and value are given exactly with empty_cell");
    }
  }
}
