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
 * collection period's bounds in epoch seconds, the questionnaire's {@link QuestionTables} and its
 * declared segments. Immutable and thread-safe.
 */
final class FastPlan {
  /** The questionnaire's id, as the one key. */
  final ByteKeys questionnaire;

  final long version;
  final ByteKeys structures;
  final boolean[] enrolled;
  final ByteKeys channels;
  final long collectionStart;
  final long collectionEnd;
  final QuestionTables tables;

  /** The declared segment keys (analysis.md §A2), or null when the questionnaire declares none. */
  final @Nullable ByteKeys segmentKeys;

  /** Per declared segment key, its declared values. */
  final ByteKeys[] segmentValues;

  FastPlan(EditionIndex index) {
    Edition edition = index.edition();
    questionnaire = new ByteKeys(List.of(edition.questionnaire().id()));
    version = edition.questionnaire().version();
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
    tables = new QuestionTables(index.questions(), index.questionConditions());
    List<Segment> segments = index.questionnaire().segments();
    segmentKeys =
        segments.isEmpty() ? null : new ByteKeys(segments.stream().map(Segment::key).toList());
    segmentValues =
        segments.stream()
            .map(key -> new ByteKeys(key.values().stream().map(SegmentValue::value).toList()))
            .toArray(ByteKeys[]::new);
  }
}
