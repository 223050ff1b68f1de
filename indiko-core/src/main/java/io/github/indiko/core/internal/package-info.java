/** Implementation detail: not exported. */
@NullMarked
package io.github.indiko.core.internal;

import org.jspecify.annotations.NullMarked;
