/**
 * Privacy: {@link io.github.indiko.core.privacy.Pseudonymiser} replaces respondent tokens with
 * keyed pseudonyms (HMAC-SHA-256 under a key the host keeps), in a token or in the lines of a
 * {@code responses.jsonl}, before anything checks, keeps or writes them.
 */
@NullMarked
package io.github.indiko.core.privacy;

import org.jspecify.annotations.NullMarked;
