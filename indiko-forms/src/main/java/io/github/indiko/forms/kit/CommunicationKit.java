package io.github.indiko.forms.kit;

/** The communication kit of a structure for an edition. */
public final class CommunicationKit {
  private CommunicationKit() {}
}
