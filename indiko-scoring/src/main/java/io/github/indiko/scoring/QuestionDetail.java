package io.github.indiko.scoring;

import io.github.indiko.core.edition.Theme;
import io.github.indiko.core.questionnaire.QuestionId;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The raw results of one question for one structure (scoring.md §8.1), every question type
 * included. Immutable.
 *
 * @param id the question
 * @param type its type in format v1: {@code rating}, {@code nps}, {@code yes_no}, {@code
 *     single_choice}, {@code multi_choice}, {@code number}, {@code text} or {@code date}
 * @param theme its theme, or null
 * @param scored whether its answers have item scores (scoring.md §1): a {@code single_choice} is
 *     scored when one of its options has a score
 * @param versions the versions of the questionnaire that ask it, ascending, when the edition names
 *     several (analysis.md §A4); then {@code na} counts the responses of those versions only;
 *     empty when the edition names one
 * @param answered accepted responses that answer it
 * @param na accepted responses that were asked it but do not answer it (unanswered, {@code null}
 *     or hidden): responses have no {@code "na"} answer, so this is the {@code na} count of §2 for
 *     questions
 * @param distribution value → count of the answers of {@code rating}, {@code nps}, {@code yes_no}
 *     ({@code yes}, {@code no}), {@code single_choice} and {@code multi_choice} (each selected
 *     option counts once); sorted numbers first, then by text; empty for the other types
 * @param n item scores (answers that have one)
 * @param mean the mean item score, or null when n = 0
 * @param satisfaction 100 · favourable / n, or null when n = 0 or for an nps question
 * @param net 100 · (favourable − unfavourable) / n, or null when n = 0 or for an nps question
 * @param nps the NPS, for an nps question with n ≥ 1, else null
 * @param quantities the answers of a {@code number} question, or null for other types or when none
 * @param texts the answers of a {@code text} question; empty for other types
 */
public record QuestionDetail(
    QuestionId id,
    String type,
    @Nullable Theme theme,
    boolean scored,
    List<Integer> versions,
    long answered,
    long na,
    SortedMap<String, Long> distribution,
    long n,
    @Nullable Double mean,
    @Nullable Double satisfaction,
    @Nullable Double net,
    @Nullable Double nps,
    @Nullable QuantitySummary quantities,
    TextAnswers texts) {

  /** Checks that nothing required is null, and copies the distribution and the versions. */
  public QuestionDetail {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(texts, "texts");
    distribution = Collections.unmodifiableSortedMap(new TreeMap<>(distribution));
    versions = List.copyOf(versions);
  }

  /**
   * The raw results of a question of an edition that names one version of its questionnaire.
   *
   * @param id the question
   * @param type its type in format v1
   * @param theme its theme, or null
   * @param scored whether its answers have item scores
   * @param answered accepted responses that answer it
   * @param na accepted responses that do not
   * @param distribution value → count of its value answers
   * @param n item scores
   * @param mean the mean item score, or null
   * @param satisfaction 100 · favourable / n, or null
   * @param net 100 · (favourable − unfavourable) / n, or null
   * @param nps the NPS, or null
   * @param quantities the answers of a {@code number} question, or null
   * @param texts the answers of a {@code text} question
   */
  public QuestionDetail(
      QuestionId id,
      String type,
      @Nullable Theme theme,
      boolean scored,
      long answered,
      long na,
      SortedMap<String, Long> distribution,
      long n,
      @Nullable Double mean,
      @Nullable Double satisfaction,
      @Nullable Double net,
      @Nullable Double nps,
      @Nullable QuantitySummary quantities,
      TextAnswers texts) {
    this(
        id,
        type,
        theme,
        scored,
        List.of(),
        answered,
        na,
        distribution,
        n,
        mean,
        satisfaction,
        net,
        nps,
        quantities,
        texts);
  }
}
