package io.github.indiko.core.edition;

import io.github.indiko.core.internal.Checks;
import java.util.List;

/**
 * A reception channel. The seven of domain.md are constants here; an edition may declare more.
 *
 * @param id an identifier of format v1
 */
public record Channel(String id) implements Comparable<Channel> {
  /** Accueil physique. */
  public static final Channel IN_PERSON = new Channel("in_person");
  /** Téléphone. */
  public static final Channel PHONE = new Channel("phone");
  /** Courriel. */
  public static final Channel EMAIL = new Channel("email");
  /** Courrier postal. */
  public static final Channel MAIL = new Channel("mail");
  /** Site internet. */
  public static final Channel WEBSITE = new Channel("website");
  /** Réseaux sociaux. */
  public static final Channel SOCIAL = new Channel("social");
  /** Démarche en ligne. */
  public static final Channel ONLINE_SERVICE = new Channel("online_service");

  /** The channels of domain.md, in its order. */
  public static final List<Channel> BUILT_IN =
      List.of(IN_PERSON, PHONE, EMAIL, MAIL, WEBSITE, SOCIAL, ONLINE_SERVICE);

  /** Checks the identifier syntax. */
  public Channel {
    Checks.identifier(id, "channel");
  }

  @Override
  public int compareTo(Channel other) {
    return id.compareTo(other.id);
  }

  @Override
  public String toString() {
    return id;
  }
}
