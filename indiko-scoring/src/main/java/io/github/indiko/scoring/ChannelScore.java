package io.github.indiko.scoring;

import org.jspecify.annotations.Nullable;

/**
 * A source's score on one channel.
 *
 * @param score the score computed from that channel's lines alone, or null when suppressed or
 *     when no item has a value
 * @param n accepted lines of that channel
 * @param suppressed whether the score is withheld under the disclosure threshold (survey only)
 */
public record ChannelScore(@Nullable Double score, long n, boolean suppressed) {}
