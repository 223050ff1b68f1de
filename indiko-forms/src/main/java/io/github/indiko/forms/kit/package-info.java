/**
 * The communication kit of a structure for an edition: the survey link, its QR code (SVG and PNG),
 * an A4 poster, an A5 flyer, a banner snippet and a short text for social networks, per locale.
 *
 * <p>{@link io.github.indiko.forms.kit.CommunicationKit} is the entry point; its description gives
 * the scheme of the survey link (the host's base URI with the query parameter {@code s} set to the
 * structure's id). {@link io.github.indiko.forms.kit.Invitations} issues and checks the signed
 * tokens of single-use invitation links. {@link io.github.indiko.forms.kit.QrCode} encodes any
 * text and renders it. The PNG encoder needs nothing beyond {@code java.base}. Everything here is
 * immutable and thread-safe.
 */
@NullMarked
package io.github.indiko.forms.kit;

import org.jspecify.annotations.NullMarked;
