package io.github.indiko.scoring;

import io.github.indiko.core.audit.AuditRecord;
import io.github.indiko.core.response.Response;
import io.github.indiko.core.validation.Reject;

/**
 * The mergeable accumulation of an edition's accepted records and counts.
 *
 * <p>PLACEHOLDER SIGNATURES: the engine helper replaces every body.
 */
public final class Tally {
  private Tally() {}

  /**
   * @param response an accepted response
   */
  public void add(Response response) {
    throw new UnsupportedOperationException();
  }

  /**
   * @param audit an accepted audit record
   */
  public void add(AuditRecord audit) {
    throw new UnsupportedOperationException();
  }

  /**
   * @param reject a refused line, counted by source and reason
   */
  public void add(Reject reject) {
    throw new UnsupportedOperationException();
  }

  /**
   * @param other a tally of the same edition and engine; not modified
   * @return a new tally holding both
   */
  public Tally merge(Tally other) {
    throw new UnsupportedOperationException();
  }
}
