/** Audit grids and their criteria. */
@NullMarked
package io.github.indiko.core.grid;

import org.jspecify.annotations.NullMarked;
