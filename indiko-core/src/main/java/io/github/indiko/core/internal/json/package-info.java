/**
 * The one strict configuration of Jackson for every document Indiko reads ({@code StrictJson}: its
 * limits, no duplicate keys, no coercion), the one reading of Jackson's failures into messages that
 * name what is wrong and where ({@code JsonErrors}), and the conventions of every JSON document
 * Indiko writes ({@code JsonDocument}). Internal: exported by name to scoring, reports and forms.
 */
@NullMarked
package io.github.indiko.core.internal.json;

import org.jspecify.annotations.NullMarked;
