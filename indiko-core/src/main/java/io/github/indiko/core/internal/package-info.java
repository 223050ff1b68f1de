/** Implementation detail, shared with the sibling modules only (a qualified export). */
@NullMarked
package io.github.indiko.core.internal;

import org.jspecify.annotations.NullMarked;
