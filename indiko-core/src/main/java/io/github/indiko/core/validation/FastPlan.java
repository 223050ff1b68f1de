package io.github.indiko.core.validation;

import io.github.indiko.core.edition.Channel;
import io.github.indiko.core.edition.DateRange;
import io.github.indiko.core.edition.Edition;
import io.github.indiko.core.questionnaire.Segment;
import io.github.indiko.core.questionnaire.SegmentValue;
import io.github.indiko.core.structure.Structure;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The definitions of an edition as the fast reader ({@link FastResponses}) reads a line against
 * them: the names it looks up on the line's bytes ({@link ByteKeys}), the enrolled structures, the
 * collection period's bounds in epoch seconds, one {@link QuestionTables} per version of the
 * questionnaire (analysis.md §A4), and the declared segments, which every version shares.
 * Immutable and thread-safe.
 */
final class FastPlan {
  /** The questionnaire's id, as the one key: every version has it. */
  final ByteKeys questionnaire;

  /** Per version, in the edition's order: its number. */
  final long[] versions;

  /** Per version, as {@link #versions}: its tables. */
  final QuestionTables[] tables;

  /** Whether the edition names one version, whose tables every line is read with. */
  final boolean single;

  final ByteKeys structures;
  final boolean[] enrolled;
  final ByteKeys channels;
  final long collectionStart;
  final long collectionEnd;

  /** The declared segment keys (analysis.md §A2), or null when the questionnaire declares none. */
  final @Nullable ByteKeys segmentKeys;

  /** Per declared segment key, its declared values. */
  final ByteKeys[] segmentValues;

  FastPlan(EditionIndex index) {
    Edition edition = index.edition();
    questionnaire = new ByteKeys(List.of(edition.questionnaire().id()));
    List<VersionPlan> plans = index.versions();
    versions = plans.stream().mapToLong(plan -> plan.ref.version()).toArray();
    tables =
        plans.stream()
            .map(plan -> new QuestionTables(index.questions().size(), plan))
            .toArray(QuestionTables[]::new);
    single = plans.size() == 1;
    List<Structure> structureList = index.structures();
    List<String> structureIds = new ArrayList<>();
    enrolled = new boolean[structureList.size()];
    for (int s = 0; s < structureList.size(); s++) {
      structureIds.add(structureList.get(s).id().value());
      enrolled[s] = index.enrolled(structureIds.get(s));
    }
    structures = new ByteKeys(structureIds);
    channels = new ByteKeys(index.channels().stream().map(Channel::id).toList());
    // The period's bounds in the edition's time zone: zone rules, which java.time holds.
    DateRange collection = edition.collection();
    collectionStart = collection.from().atStartOfDay(edition.timeZone()).toEpochSecond();
    collectionEnd = collection.to().plusDays(1).atStartOfDay(edition.timeZone()).toEpochSecond();
    List<Segment> segments = index.questionnaire().segments();
    segmentKeys =
        segments.isEmpty() ? null : new ByteKeys(segments.stream().map(Segment::key).toList());
    segmentValues =
        segments.stream()
            .map(key -> new ByteKeys(key.values().stream().map(SegmentValue::value).toList()))
            .toArray(ByteKeys[]::new);
  }

  /**
   * @param number a version as a line names it
   * @return the position of that version in {@link #versions}, or -1 when the edition does not
   *     name it
   */
  int version(long number) {
    for (int v = 0; v < versions.length; v++) {
      if (versions[v] == number) {
        return v;
      }
    }
    return -1;
  }
}
