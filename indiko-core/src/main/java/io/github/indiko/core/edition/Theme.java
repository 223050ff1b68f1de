package io.github.indiko.core.edition;

import io.github.indiko.core.internal.Checks;
import java.util.List;

/**
 * A theme that items are scored on. The six of domain.md and {@link #OVERALL} are constants; an
 * edition adds its own by naming them in {@code scoring.themes}.
 *
 * @param id an identifier of format v1
 */
public record Theme(String id) implements Comparable<Theme> {
  /** Accessibilité. */
  public static final Theme ACCESSIBILITY = new Theme("accessibility");
  /** Courtoisie. */
  public static final Theme COURTESY = new Theme("courtesy");
  /** Efficacité. */
  public static final Theme EFFICIENCY = new Theme("efficiency");
  /** Délai d'attente et de réponse. */
  public static final Theme WAITING_TIME = new Theme("waiting_time");
  /** Pertinence des e-procédures. */
  public static final Theme E_PROCEDURES = new Theme("e_procedures");
  /** Information et orientation. */
  public static final Theme INFORMATION = new Theme("information");
  /** The global questions: reported, never one of the composite's themes. */
  public static final Theme OVERALL = new Theme("overall");

  /** The six themes of domain.md, in its order ({@link #OVERALL} aside). */
  public static final List<Theme> BUILT_IN =
      List.of(ACCESSIBILITY, COURTESY, EFFICIENCY, WAITING_TIME, E_PROCEDURES, INFORMATION);

  /** Checks the identifier syntax. */
  public Theme {
    Checks.identifier(id, "theme");
  }

  @Override
  public int compareTo(Theme other) {
    return id.compareTo(other.id);
  }

  @Override
  public String toString() {
    return id;
  }
}
