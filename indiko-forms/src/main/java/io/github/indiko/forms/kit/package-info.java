/**
 * The communication kit of a structure for an edition: the survey link, its QR code (SVG and PNG),
 * an A4 poster, an A5 flyer, a banner snippet and a short text for social networks, per locale.
 */
@NullMarked
package io.github.indiko.forms.kit;

import org.jspecify.annotations.NullMarked;
