/** Structures, their types, size bands, categories and enrolments. */
@NullMarked
package io.github.indiko.core.structure;

import org.jspecify.annotations.NullMarked;
