package io.github.indiko.core.validation;

import io.github.indiko.core.internal.data.ByteStringSet;
import io.github.indiko.core.internal.data.JsonValue;
import io.github.indiko.core.structure.Structure;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The duplicate checks of one read of a source (formats.md): an id accepted before ({@code
 * duplicate_id}), and, for responses when the edition keeps one response per respondent, a
 * respondent who already answered for the structure ({@code duplicate_respondent}); the first line
 * read wins. The ids and respondents accepted so far are kept in {@link ByteStringSet}s, so the
 * heap they take is bounded however many lines are read: beyond a few tens of thousands they move
 * to temporary files, deleted by {@link #close()}. Not thread-safe: given the lines in line order.
 */
final class AcceptedIds implements AutoCloseable {
  private final EditionIndex index;
  private final byte[][] structures;
  private final ByteStringSet ids = new ByteStringSet();
  private final @Nullable ByteStringSet respondents;

  /** Scratch for a respondent's key: the structure's id, a 0 byte, the respondent. */
  private byte[] key = new byte[256];

  /**
   * @param respondents whether respondents are checked too
   */
  AcceptedIds(EditionIndex index, boolean respondents) {
    this.index = index;
    List<Structure> list = index.structures();
    structures = new byte[list.size()][];
    for (int s = 0; s < structures.length; s++) {
      structures[s] = list.get(s).id().value().getBytes(StandardCharsets.UTF_8);
    }
    this.respondents = respondents ? new ByteStringSet() : null;
  }

  /**
   * @param id a line's id
   * @param structure the line's structure
   * @param respondent the line's respondent, or null
   * @return the duplicate fault, or null when the line is accepted (then its id and respondent
   *     count as accepted)
   */
  @Nullable Fault admit(String id, String structure, @Nullable String respondent) {
    byte[] idBytes = id.getBytes(StandardCharsets.UTF_8);
    byte[] respondentBytes =
        respondent == null ? null : respondent.getBytes(StandardCharsets.UTF_8);
    return admit(
        idBytes,
        0,
        idBytes.length,
        index.structurePosition(structure),
        respondentBytes,
        0,
        respondentBytes == null ? 0 : respondentBytes.length);
  }

  /**
   * @param row an accepted line, up to these checks
   * @return the duplicate fault, or null when the line is accepted (then its id and respondent
   *     count as accepted)
   */
  @Nullable Fault admit(RowBuffer row) {
    return admit(
        row.idBytes,
        row.idOffset,
        row.idLength,
        row.structure,
        row.respondentBytes,
        row.respondentOffset,
        row.respondentLength);
  }

  private @Nullable Fault admit(
      byte[] id,
      int idOffset,
      int idLength,
      int structure,
      byte @Nullable [] respondent,
      int respondentOffset,
      int respondentLength) {
    long idHash = ids.hash(id, idOffset, idLength);
    if (ids.contains(idHash, id, idOffset, idLength)) {
      return new Fault(
          RejectReason.DUPLICATE_ID,
          "id " + text(id, idOffset, idLength) + " was accepted before");
    }
    if (respondents != null && respondent != null) {
      byte[] structureId = structures[structure];
      int length = structureId.length + 1 + respondentLength;
      if (key.length < length) {
        key = new byte[Math.max(length, 2 * key.length)];
      }
      System.arraycopy(structureId, 0, key, 0, structureId.length);
      key[structureId.length] = 0;
      System.arraycopy(respondent, respondentOffset, key, structureId.length + 1, respondentLength);
      long keyHash = respondents.hash(key, 0, length);
      if (respondents.contains(keyHash, key, 0, length)) {
        return new Fault(
            RejectReason.DUPLICATE_RESPONDENT,
            "respondent "
                + JsonValue.shown(text(respondent, respondentOffset, respondentLength))
                + " already answered for "
                + text(structureId, 0, structureId.length));
      }
      respondents.add(keyHash, key, 0, length);
    }
    ids.add(idHash, id, idOffset, idLength);
    return null;
  }

  private static String text(byte[] bytes, int offset, int length) {
    return new String(bytes, offset, length, StandardCharsets.UTF_8);
  }

  /** Deletes the temporary files, if any. */
  @Override
  public void close() {
    try {
      ids.close();
    } finally {
      if (respondents != null) {
        respondents.close();
      }
    }
  }
}
