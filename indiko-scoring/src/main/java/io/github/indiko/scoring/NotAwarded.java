package io.github.indiko.scoring;

import io.github.indiko.core.structure.Category;

/**
 * A category whose trophy is not awarded.
 *
 * @param category the category
 * @param reason why, e.g. {@code too_few_eligible}
 * @param eligible how many of its structures are eligible
 */
public record NotAwarded(Category category, String reason, int eligible) {}
