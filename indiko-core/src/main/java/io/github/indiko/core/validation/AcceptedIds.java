package io.github.indiko.core.validation;

import io.github.indiko.core.internal.data.ByteStringSet;
import io.github.indiko.core.internal.data.JsonValue;
import io.github.indiko.core.structure.Structure;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The duplicate checks of one read of a source (formats.md): an id accepted before ({@code
 * duplicate_id}), and, for responses when the edition keeps one response per respondent, a
 * respondent who already answered for the structure ({@code duplicate_respondent}); the first line
 * read wins. An audit record's later checks (a double's, analysis.md §A5) run between {@code
 * duplicate_id} and the moment its id counts as accepted. The ids and respondents accepted so far
 * are kept in {@link ByteStringSet}s, so the heap they take is bounded however many lines are
 * read: beyond a few tens of thousands they move to temporary files, deleted by {@link #close()}.
 * Not thread-safe: given the lines in line order ({@link #prepare} aside). {@link #expect} and
 * {@link #prefetch} make the checks cheaper and never change their outcome. Logs at DEBUG when a
 * set moves to temporary files, and why (docs/logging.md).
 */
final class AcceptedIds implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(AcceptedIds.class);

  private final String records;
  private final byte[][] structures;
  private final ByteStringSet ids = new ByteStringSet();
  private final @Nullable ByteStringSet respondents;

  /** Whether the move of each set to temporary files was logged. */
  private boolean idsOnDisk;

  private boolean respondentsOnDisk;

  /** The row of {@link #admit(String, int, String)}. */
  private final RowBuffer scratch = new RowBuffer(0);

  /**
   * @param records what the lines hold, as the log names them: {@code responses} or {@code audit
   *     records}
   * @param respondents whether respondents are checked too
   */
  AcceptedIds(EditionIndex index, String records, boolean respondents) {
    this.records = records;
    List<Structure> list = index.structures();
    structures = new byte[list.size()][];
    for (int s = 0; s < structures.length; s++) {
      structures[s] = list.get(s).id().value().getBytes(StandardCharsets.UTF_8);
    }
    this.respondents = respondents ? new ByteStringSet() : null;
  }

  /**
   * Tells the checks how many lines the source is expected to have, so that the sets of ids and
   * respondents size their tables on disk once (see {@link ByteStringSet#expect}): a hint, which
   * changes no answer.
   *
   * @param lines the expected number of lines, 0 or more
   */
  void expect(long lines) {
    ids.expect(lines);
    if (respondents != null) {
      respondents.expect(lines);
    }
  }

  /**
   * The checks of a line read as a record, by the reference path.
   *
   * @param id the line's id
   * @param structure the position of the line's structure in {@link EditionIndex#structures()}
   * @param respondent the line's respondent, or null
   * @return the duplicate fault, or null when the line is accepted (then its id and respondent
   *     count as accepted)
   */
  @Nullable Fault admit(String id, int structure, @Nullable String respondent) {
    scratch.idBytes = bytes(id);
    scratch.idOffset = 0;
    scratch.idLength = scratch.idBytes.length;
    scratch.structure = structure;
    scratch.respondentBytes = respondent == null ? null : bytes(respondent);
    scratch.respondentOffset = 0;
    scratch.respondentLength = respondent == null ? 0 : scratch.respondentBytes.length;
    prepare(scratch);
    return admit(scratch);
  }

  /**
   * The checks of an audit record by the reference path: {@code duplicate_id}, then {@code later},
   * the checks that come after it (a double's, analysis.md §A5); the id counts as accepted only
   * when both pass. For a read that checks no respondent.
   *
   * @param id the line's id
   * @param later the checks after {@code duplicate_id}, run only when it passes: a fault, or null
   *     when the line passes them too
   * @return the first fault, or null when the line is accepted (then its id counts as accepted)
   * @throws IllegalStateException when this read checks respondents
   */
  @Nullable Fault admit(String id, Supplier<@Nullable Fault> later) {
    if (respondents != null) {
      throw new IllegalStateException("a read of respondents has no checks after theirs");
    }
    scratch.idBytes = bytes(id);
    scratch.idOffset = 0;
    scratch.idLength = scratch.idBytes.length;
    scratch.respondentBytes = null;
    scratch.respondentLength = 0;
    prepare(scratch);
    Fault fault = duplicateId(scratch);
    if (fault == null) {
      fault = later.get();
    }
    if (fault == null) {
      add(scratch);
    }
    return fault;
  }

  /**
   * Computes the hashes of a row's id and respondent, and its respondent key. Thread-safe, so that
   * worker threads do it before {@link #admit(RowBuffer)} runs on the reading thread.
   *
   * @param row an accepted line, up to these checks
   */
  void prepare(RowBuffer row) {
    row.idHash = ids.hash(row.idBytes, row.idOffset, row.idLength);
    byte[] respondent = row.respondentBytes;
    if (respondents == null || respondent == null) {
      row.keyLength = 0;
      return;
    }
    byte[] structureId = structures[row.structure];
    int length = structureId.length + 1 + row.respondentLength;
    if (row.key.length < length) {
      row.key = new byte[Math.max(length, 2 * row.key.length)];
    }
    System.arraycopy(structureId, 0, row.key, 0, structureId.length);
    row.key[structureId.length] = 0;
    System.arraycopy(
        respondent, row.respondentOffset, row.key, structureId.length + 1, row.respondentLength);
    row.keyLength = length;
    row.keyHash = respondents.hash(row.key, 0, length);
  }

  /**
   * Starts reading, for each row, the part of the tables on disk where {@link #admit(RowBuffer)}
   * will look first, so that the processor waits for those reads together rather than one row
   * after the other; changes no answer.
   *
   * @param rows rows {@link #prepare prepared}, in {@code rows[from, to)}
   */
  void prefetch(RowBuffer[] rows, int from, int to) {
    for (int i = from; i < to; i++) {
      RowBuffer row = rows[i];
      ids.prefetch(row.idHash);
      if (respondents != null && row.keyLength > 0) {
        respondents.prefetch(row.keyHash);
      }
    }
  }

  /**
   * @param row an accepted line, up to these checks, {@link #prepare prepared}
   * @return the duplicate fault, or null when the line is accepted (then its id and respondent
   *     count as accepted)
   */
  @Nullable Fault admit(RowBuffer row) {
    Fault duplicate = duplicateId(row);
    if (duplicate != null) {
      return duplicate;
    }
    if (respondents != null && row.keyLength > 0) {
      boolean added = respondents.addIfAbsent(row.keyHash, row.key, 0, row.keyLength);
      if (!respondentsOnDisk && respondents.spilled()) {
        respondentsOnDisk = true;
        logSpill("respondents", respondents);
      }
      if (!added) {
        int structureLength = structures[row.structure].length;
        return new Fault(
            RejectReason.DUPLICATE_RESPONDENT,
            "respondent "
                + JsonValue.shown(
                    text(row.key, structureLength + 1, row.keyLength - structureLength - 1))
                + " already answered for "
                + text(row.key, 0, structureLength));
      }
    }
    add(row);
    return null;
  }

  /**
   * @return {@code duplicate_id} when the row's id was accepted before, else null
   */
  private @Nullable Fault duplicateId(RowBuffer row) {
    if (ids.contains(row.idHash, row.idBytes, row.idOffset, row.idLength)) {
      return new Fault(
          RejectReason.DUPLICATE_ID,
          "id " + text(row.idBytes, row.idOffset, row.idLength) + " was accepted before");
    }
    return null;
  }

  /** Counts the row's id as accepted. */
  private void add(RowBuffer row) {
    ids.add(row.idHash, row.idBytes, row.idOffset, row.idLength);
    if (!idsOnDisk && ids.spilled()) {
      idsOnDisk = true;
      logSpill("ids", ids);
    }
  }

  private void logSpill(String what, ByteStringSet set) {
    LOG.debug(
        "Duplicate checks of {}: {} {} accepted, more than the heap keeps; they move to temporary"
            + " files in java.io.tmpdir, deleted when the read ends",
        records,
        set.size(),
        what);
  }

  /**
   * The bytes under which a text is kept: its UTF-8 bytes, an unpaired surrogate (which UTF-8
   * cannot encode, and {@link String#getBytes} would make {@code ?}) written as the three bytes of
   * its code unit, as WTF-8 does. So distinct texts never share bytes, and a text read plainly from
   * a line (well-formed UTF-8) has its very bytes.
   *
   * @param text an id or a respondent
   * @return its bytes
   */
  static byte[] bytes(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (Character.isSurrogate(text.charAt(i))) {
        return withSurrogates(text);
      }
    }
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] withSurrogates(String text) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    text.codePoints()
        .forEach(
            c -> {
              if (c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE) {
                out.write(0xe0 | c >>> 12);
                out.write(0x80 | (c >>> 6 & 0x3f));
                out.write(0x80 | (c & 0x3f));
              } else {
                out.writeBytes(Character.toString(c).getBytes(StandardCharsets.UTF_8));
              }
            });
    return out.toByteArray();
  }

  /** The text of {@link #bytes}: UTF-8, where ED A0..BF xx is an unpaired surrogate. */
  private static String text(byte[] bytes, int offset, int length) {
    StringBuilder out = new StringBuilder(length);
    int end = offset + length;
    int from = offset;
    for (int i = offset; i + 2 < end; i++) {
      if ((bytes[i] & 0xff) == 0xed && (bytes[i + 1] & 0xff) >= 0xa0) {
        out.append(new String(bytes, from, i - from, StandardCharsets.UTF_8))
            .append((char) (0xd000 | (bytes[i + 1] & 0x3f) << 6 | bytes[i + 2] & 0x3f));
        i += 2;
        from = i + 1;
      }
    }
    return out.append(new String(bytes, from, end - from, StandardCharsets.UTF_8)).toString();
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
