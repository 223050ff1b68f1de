/**
 * A runnable example portal on the JDK's built-in HTTP server: it serves the survey of the bundled
 * sample edition for one structure ({@code /?s=ID}, the link of the communication kit), stores each
 * accepted response as a line of {@code responses.jsonl}, and shows the structure's live results
 * ({@code /results?s=ID}) scored by the engine from the sample's data and the stored responses.
 * Start it with {@link io.github.indiko.examples.portal.Portal#main}.
 */
@NullMarked
package io.github.indiko.examples.portal;

import org.jspecify.annotations.NullMarked;
