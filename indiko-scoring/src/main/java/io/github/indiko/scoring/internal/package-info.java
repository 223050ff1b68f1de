/** Implementation detail of scoring: not exported. */
@NullMarked
package io.github.indiko.scoring.internal;

import org.jspecify.annotations.NullMarked;
