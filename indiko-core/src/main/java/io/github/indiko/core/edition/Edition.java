package io.github.indiko.core.edition;

import io.github.indiko.core.LocalizedText;
import io.github.indiko.core.constraints.OrderedRange;
import jakarta.validation.Valid;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One yearly campaign of a barometer ({@code edition.json}). Immutable. Checked on construction:
 * nothing required is null, the name holds the default locale, no channel is declared twice.
 * Checked by Bean Validation: the order of both ranges, named as in format v1 ({@link
 * OrderedRange}), and the scoring and trophy settings (cascaded).
 *
 * <p>It may name several versions of its questionnaire (analysis.md §A4): {@link
 * #questionnaires()} lists them all, {@link #questionnaire()} is the newest, the one that forms and
 * portals serve by default.
 *
 * <p>Its state at an instant ({@link #stateAt}) follows its dates unless the operator set one
 * ({@link #state()}); responses and audit records are accepted only while it collects ({@link
 * #collectsAt}), and results scored before the collection is closed are provisional (domain.md,
 * Lifecycle of an edition).
 *
 * @param id the edition's identifier
 * @param name its name, holding {@code defaultLocale}
 * @param defaultLocale the BCP 47 tag every localized text must hold
 * @param timeZone the zone that dates are read in
 * @param registration when structures may enrol, both ends included
 * @param collection when responses and audits are accepted, both ends included
 * @param questionnaire the questionnaire of the survey: the newest of {@code questionnaires}
 * @param questionnaires every version of the questionnaire the edition names, in document order:
 *     one id, distinct versions, 1 to {@value #MAX_QUESTIONNAIRE_VERSIONS} of them (analysis.md
 *     §A4)
 * @param grid the audit grid
 * @param scoring scoring settings
 * @param trophies trophy settings
 * @param previous path to the previous edition's {@code results.json}, relative to the edition
 *     folder, or null
 * @param channels channels declared beyond domain.md's, in document order
 * @param state the state the operator set, which wins over the dates, or null: the state follows
 *     the dates
 */
public record Edition(
    EditionId id,
    LocalizedText name,
    String defaultLocale,
    ZoneId timeZone,
    @OrderedRange(first = "opens", last = "closes") DateRange registration,
    @OrderedRange(first = "from", last = "to") DateRange collection,
    DefinitionRef questionnaire,
    List<DefinitionRef> questionnaires,
    DefinitionRef grid,
    @Valid ScoringSettings scoring,
    @Valid TrophySettings trophies,
    @Nullable String previous,
    List<Channel> channels,
    @Nullable EditionState state) {

  /**
   * Most versions of the questionnaire an edition names (analysis.md §A4): a questionnaire revised
   * more than once a month through a yearly edition, while a data line's version is found among
   * them at a glance and the pooled questions stay within {@code Questionnaire.MAX_QUESTIONS}.
   */
  public static final int MAX_QUESTIONNAIRE_VERSIONS = 16;

  /**
   * Checks that nothing required is null, that the name holds the default locale, that the
   * questionnaire's versions are one questionnaire's, distinct, at most {@value
   * #MAX_QUESTIONNAIRE_VERSIONS}, with {@code questionnaire} the newest, and copies.
   */
  public Edition {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(timeZone, "timeZone");
    Objects.requireNonNull(registration, "registration");
    Objects.requireNonNull(collection, "collection");
    Objects.requireNonNull(questionnaire, "questionnaire");
    questionnaires = List.copyOf(questionnaires);
    checkVersions(questionnaire, questionnaires);
    Objects.requireNonNull(grid, "grid");
    Objects.requireNonNull(scoring, "scoring");
    Objects.requireNonNull(trophies, "trophies");
    if (!name.has(defaultLocale)) {
      throw new IllegalArgumentException("name has no text in the default locale " + defaultLocale);
    }
    channels = List.copyOf(channels);
    if (new LinkedHashSet<>(channels).size() != channels.size()) {
      throw new IllegalArgumentException("channels lists a channel twice");
    }
  }

  /**
   * An edition that names one version of its questionnaire.
   *
   * @param id the edition's identifier
   * @param name its name, holding {@code defaultLocale}
   * @param defaultLocale the BCP 47 tag every localized text must hold
   * @param timeZone the zone that dates are read in
   * @param registration when structures may enrol, both ends included
   * @param collection when responses and audits are accepted, both ends included
   * @param questionnaire the questionnaire of the survey, its only version
   * @param grid the audit grid
   * @param scoring scoring settings
   * @param trophies trophy settings
   * @param previous path to the previous edition's {@code results.json}, or null
   * @param channels channels declared beyond domain.md's, in document order
   * @param state the state the operator set, or null: the state follows the dates
   */
  public Edition(
      EditionId id,
      LocalizedText name,
      String defaultLocale,
      ZoneId timeZone,
      DateRange registration,
      DateRange collection,
      DefinitionRef questionnaire,
      DefinitionRef grid,
      ScoringSettings scoring,
      TrophySettings trophies,
      @Nullable String previous,
      List<Channel> channels,
      @Nullable EditionState state) {
    this(
        id,
        name,
        defaultLocale,
        timeZone,
        registration,
        collection,
        questionnaire,
        List.of(Objects.requireNonNull(questionnaire, "questionnaire")),
        grid,
        scoring,
        trophies,
        previous,
        channels,
        state);
  }

  /**
   * An edition whose state follows its dates: no state set by the operator.
   *
   * @param id the edition's identifier
   * @param name its name, holding {@code defaultLocale}
   * @param defaultLocale the BCP 47 tag every localized text must hold
   * @param timeZone the zone that dates are read in
   * @param registration when structures may enrol, both ends included
   * @param collection when responses and audits are accepted, both ends included
   * @param questionnaire the questionnaire of the survey
   * @param grid the audit grid
   * @param scoring scoring settings
   * @param trophies trophy settings
   * @param previous path to the previous edition's {@code results.json}, or null
   * @param channels channels declared beyond domain.md's, in document order
   */
  public Edition(
      EditionId id,
      LocalizedText name,
      String defaultLocale,
      ZoneId timeZone,
      DateRange registration,
      DateRange collection,
      DefinitionRef questionnaire,
      DefinitionRef grid,
      ScoringSettings scoring,
      TrophySettings trophies,
      @Nullable String previous,
      List<Channel> channels) {
    this(
        id,
        name,
        defaultLocale,
        timeZone,
        registration,
        collection,
        questionnaire,
        grid,
        scoring,
        trophies,
        previous,
        channels,
        null);
  }

  /**
   * This edition with the state an operator sets (domain.md, Lifecycle of an edition), or with
   * none, so that its dates give it.
   *
   * @param explicit the state, or null
   * @return the same edition but for its {@link #state()}
   */
  public Edition withState(@Nullable EditionState explicit) {
    return new Edition(
        id,
        name,
        defaultLocale,
        timeZone,
        registration,
        collection,
        questionnaire,
        questionnaires,
        grid,
        scoring,
        trophies,
        previous,
        channels,
        explicit);
  }

  /**
   * This edition naming other versions of its questionnaire (analysis.md §A4), the newest of them
   * as {@link #questionnaire()}.
   *
   * @param versions every version, in the order the edition names them
   * @return the same edition but for its questionnaire's versions
   * @throws IllegalArgumentException when {@code versions} is empty, holds more than {@value
   *     #MAX_QUESTIONNAIRE_VERSIONS} versions, or versions of several questionnaires or a version
   *     twice
   */
  public Edition withQuestionnaires(List<DefinitionRef> versions) {
    return new Edition(
        id,
        name,
        defaultLocale,
        timeZone,
        registration,
        collection,
        newest(versions),
        versions,
        grid,
        scoring,
        trophies,
        previous,
        channels,
        state);
  }

  /**
   * @param versions versions of one questionnaire, at least one
   * @return the one with the highest version
   * @throws IllegalArgumentException when {@code versions} is empty
   */
  public static DefinitionRef newest(List<DefinitionRef> versions) {
    return versions.stream()
        .max(Comparator.comparingInt(DefinitionRef::version))
        .orElseThrow(() -> new IllegalArgumentException("an edition names at least one version"));
  }

  /**
   * @return whether the edition names several versions of its questionnaire (analysis.md §A4)
   */
  public boolean versioned() {
    return questionnaires.size() > 1;
  }

  private static void checkVersions(DefinitionRef newest, List<DefinitionRef> versions) {
    if (versions.isEmpty() || versions.size() > MAX_QUESTIONNAIRE_VERSIONS) {
      throw new IllegalArgumentException(
          "an edition names 1 to "
              + MAX_QUESTIONNAIRE_VERSIONS
              + " versions of its questionnaire: "
              + versions.size());
    }
    Set<Integer> numbers = new HashSet<>();
    for (DefinitionRef version : versions) {
      if (!version.id().equals(newest.id())) {
        throw new IllegalArgumentException(
            "the versions of an edition are one questionnaire's: "
                + version
                + " is not of "
                + newest.id());
      }
      if (!numbers.add(version.version())) {
        throw new IllegalArgumentException("questionnaire " + version + " is named twice");
      }
    }
    if (!newest.equals(newest(versions))) {
      throw new IllegalArgumentException(
          "questionnaire " + newest + " is not the newest of " + versions);
    }
  }

  /**
   * The state at an instant (domain.md, Lifecycle of an edition): the state the operator set when
   * there is one, else the state the dates give on the instant's day in {@link #timeZone()} ({@link
   * #stateOn}).
   *
   * @param instant a moment, e.g. {@code clock.instant()}
   * @return the edition's state then
   */
  public EditionState stateAt(Instant instant) {
    return stateOn(LocalDate.ofInstant(Objects.requireNonNull(instant, "instant"), timeZone));
  }

  /**
   * The state throughout a day (domain.md, Lifecycle of an edition): the state the operator set
   * when there is one; else the latest stage whose first day has come: {@code draft} before {@code
   * registration.opens}, {@code registration} from it, {@code collection} from {@code
   * collection.from}, {@code scoring} from the day after {@code collection.to} (the whole day of
   * {@code to} still collects). {@code published} and {@code awarded} are never derived from the
   * dates.
   *
   * @param day a day in the edition's time zone
   * @return the edition's state on that day
   */
  public EditionState stateOn(LocalDate day) {
    Objects.requireNonNull(day, "day");
    if (state != null) {
      return state;
    }
    if (day.isAfter(collection.to())) {
      return EditionState.SCORING;
    }
    if (!day.isBefore(collection.from())) {
      return EditionState.COLLECTION;
    }
    if (!day.isBefore(registration.from())) {
      return EditionState.REGISTRATION;
    }
    return EditionState.DRAFT;
  }

  /**
   * Whether responses and audit records are accepted at an instant: the state is {@code
   * collection} and the instant's day, in {@link #timeZone()}, lies in {@code collection.from} …
   * {@code collection.to}. A state set by the operator can close the collection early or keep it
   * from opening; it never accepts data outside the collection dates.
   *
   * @param instant a moment, e.g. {@code clock.instant()}
   * @return whether the edition collects then
   */
  public boolean collectsAt(Instant instant) {
    LocalDate day = LocalDate.ofInstant(Objects.requireNonNull(instant, "instant"), timeZone);
    return stateOn(day) == EditionState.COLLECTION && collection.contains(day);
  }

  /**
   * @return the known channels: domain.md's, then the declared ones
   */
  public Set<Channel> knownChannels() {
    Set<Channel> known = new LinkedHashSet<>(Channel.BUILT_IN);
    known.addAll(channels);
    return known;
  }

  /**
   * @param channel a channel
   * @return whether domain.md lists it or the edition declares it
   */
  public boolean knows(Channel channel) {
    return Channel.BUILT_IN.contains(channel) || channels.contains(channel);
  }

  /**
   * @param theme a theme
   * @return whether a question or criterion may name it: domain.md's, {@code overall}, or a key of
   *     {@code scoring.themes}
   */
  public boolean knows(Theme theme) {
    return Theme.BUILT_IN.contains(theme)
        || theme.equals(Theme.OVERALL)
        || scoring.themes().containsKey(theme);
  }
}
