/**
 * Interchange format v1 (formats.md): the strict readers of every definition document and of the
 * edition folder, the writers of definitions and data lines, the JSON Schemas, and how the format
 * writes numbers ({@link io.github.indiko.core.format.Numbers}).
 */
@NullMarked
package io.github.indiko.core.format;

import org.jspecify.annotations.NullMarked;
