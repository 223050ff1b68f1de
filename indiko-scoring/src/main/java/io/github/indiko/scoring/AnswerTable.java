package io.github.indiko.scoring;

/**
 * The plans of an edition's questions flattened into arrays, for the tally's loop over a
 * response's answers: one switch on a byte and a few array reads per answer, instead of the plans'
 * enums and objects. Made once per {@link EditionPlan}; immutable (the arrays are not to be
 * written).
 */
final class AnswerTable {
  /** Per question, how an answer is read: {@link AnswerPlan#read}. */
  final byte[] reads;

  /** Per question, its first value slot ({@link AnswerPlan#offset}) and how many it has. */
  final int[] slotOffsets;

  final int[] slotCounts;

  /** Per rating or nps question, the point of its first value slot ({@link AnswerPlan#min}). */
  final int[] lowestPoints;

  /** Per value slot of all the questions, its item score, or NaN when it has none. */
  final double[] slotScores;

  /** Per question, its theme's index in {@link EditionPlan#themes}, or −1. */
  final int[] themes;

  /** Per question, its weight when its theme weighs in the respondent index, else 0. */
  final double[] themedWeights;

  /**
   * @param answers per question, its answer plan
   * @param items the items, questions first (the first {@code answers.length} are read)
   * @param themeWeights per theme, its weight in the source scores
   * @param valueSlots the value slots of all the questions
   */
  AnswerTable(AnswerPlan[] answers, ItemPlan[] items, double[] themeWeights, int valueSlots) {
    int questions = answers.length;
    reads = new byte[questions];
    slotOffsets = new int[questions];
    slotCounts = new int[questions];
    lowestPoints = new int[questions];
    slotScores = new double[valueSlots];
    themes = new int[questions];
    themedWeights = new double[questions];
    for (int q = 0; q < questions; q++) {
      AnswerPlan answer = answers[q];
      ItemPlan item = items[q];
      reads[q] = answer.read;
      slotOffsets[q] = answer.offset;
      slotCounts[q] = answer.values.size();
      lowestPoints[q] = answer.min;
      for (int slot = 0; slot < slotCounts[q]; slot++) {
        slotScores[answer.offset + slot] = item.scored() ? item.score(slot) : Double.NaN;
      }
      themes[q] = item.themeIndex;
      themedWeights[q] =
          item.themeIndex >= 0 && themeWeights[item.themeIndex] > 0 ? item.weight : 0;
    }
  }
}
