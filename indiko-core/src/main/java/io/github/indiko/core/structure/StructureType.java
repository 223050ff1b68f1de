package io.github.indiko.core.structure;

import java.util.Locale;

/** The types of structure of domain.md. */
public enum StructureType {
  /** Mairie. */
  COMMUNE,
  /** Intercommunalité. */
  INTERCOMMUNALITY,
  /** Conseil départemental. */
  DEPARTMENT,
  /** Conseil régional. */
  REGION,
  /** Préfecture. */
  PREFECTURE,
  /** Hôpital. */
  HOSPITAL,
  /** Commissariat, gendarmerie. */
  POLICE,
  /** Bibliothèque, médiathèque. */
  LIBRARY,
  /** Université. */
  UNIVERSITY,
  /** Transport public. */
  PUBLIC_TRANSPORT,
  /** Sécurité sociale (CAF, CPAM…). */
  SOCIAL_SECURITY,
  /** Any other public service. */
  OTHER;

  /**
   * @return the identifier in format v1, e.g. {@code public_transport}
   */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * @param id an identifier of format v1
   * @return the type
   * @throws IllegalArgumentException when no type has that identifier
   */
  public static StructureType fromId(String id) {
    for (StructureType type : values()) {
      if (type.id().equals(id)) {
        return type;
      }
    }
    throw new IllegalArgumentException("unknown structure type \"" + id + "\"");
  }
}
