package io.github.indiko.samples;

import io.github.indiko.core.EditionDefinitions;
import io.github.indiko.core.validation.DataValidator;
import io.github.indiko.testkit.gen.DataGen;
import io.github.indiko.testkit.gen.InvalidLines;
import io.github.indiko.testkit.property.Gen;
import io.github.indiko.testkit.property.RandomSource;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * A hostile edition folder, for the fault-tolerance acceptance test (docs/limits.md): the
 * definitions of a {@link SyntheticEdition} (sample-like: six themes, every question type,
 * conditions), its response and audit lines of which a third are invalid in every way {@link
 * InvalidLines} knows, and, inserted at seeded places among them, lines built to exhaust or
 * confuse a reader: each {@link Kind}.
 *
 * <p>The hostile lines are streamed to the files: writing the 50 MiB line takes no more memory than
 * a buffer. The same options give the same bytes. Every hostile line is rejected when read, but the
 * {@link Kind#BLANK} ones (not read) and possibly the {@link Kind#UNPAIRED_ESCAPE} ones; {@link
 * #write} says where each one is.
 *
 * @param structures the number of structures, at least 1
 * @param responses the number of response lines of the synthetic edition (a third invalid), before
 *     the hostile lines are inserted; at least 1
 * @param audits the number of audit lines of the synthetic edition, likewise; at least 1
 * @param seed the seed: the same options give the same bytes
 */
public record HostileEdition(int structures, long responses, long audits, long seed) {
  /** The share of the synthetic lines that are invalid. */
  public static final double INVALID_RATIO = 1.0 / 3;

  /** The size of the huge line, in bytes without its terminator: 50 MiB. */
  public static final long HUGE_LINE_BYTES = 50L << 20;

  /** The depth of the deeply nested lines. */
  public static final int NESTING = 100_000;

  /** The number of members of the object with many members. */
  public static final int MEMBERS = 10_000;

  /** Escaped unpaired and reversed surrogates, valid JSON text. */
  private static final String UNPAIRED = "\\ud800 \\udc00\\ud800 ";

  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  /** Byte sequences that are not UTF-8, by kind. */
  private static final List<byte[]> OVERLONG =
      List.of(
          bytes(0xC0, 0xAF),
          bytes(0xE0, 0x80, 0xAF),
          bytes(0xF0, 0x80, 0x80, 0xAF),
          bytes(0xC1, 0xBF));

  private static final List<byte[]> SURROGATES =
      List.of(
          bytes(0xED, 0xA0, 0x80),
          bytes(0xED, 0xBF, 0xBF),
          bytes(0xED, 0xA0, 0xBD, 0xED, 0xB8, 0x80));

  private static final List<byte[]> TRUNCATED =
      List.of(
          bytes(0xE2, 0x82), bytes(0xF0, 0x9F, 0x98), bytes(0xC3), bytes(0x80), bytes(0xBF, 0xBF));

  private static final List<byte[]> BEYOND_UNICODE =
      List.of(
          bytes(0xF4, 0x90, 0x80, 0x80),
          bytes(0xF8, 0x88, 0x80, 0x80, 0x80),
          bytes(0xFF),
          bytes(0xFE));

  /** What a hostile line is. */
  public enum Kind {
    /**
     * A valid line after a byte order mark, not the first line of the file: not JSON (RFC 8259
     * forbids it), so the line is {@code malformed}. Each file also starts with a byte order mark,
     * before a line as drawn, which readers skip (formats.md, Common rules).
     */
    BOM,
    /**
     * A line of {@link #HUGE_LINE_BYTES} bytes: a response whose comment is one long run of {@code
     * x}, rejected as {@code malformed} for the line size (docs/limits.md).
     */
    HUGE_LINE,
    /**
     * A valid line with a member of {@link #NESTING} nested arrays ({@code [[[…]]]}), rejected as
     * {@code malformed} for the nesting (docs/limits.md); under the line size.
     */
    DEEP_ARRAYS,
    /**
     * A valid line with a member of {@link #NESTING} nested objects ({@code {"a":{"a":…}}}),
     * rejected as {@code malformed} for the nesting; under the line size.
     */
    DEEP_OBJECTS,
    /** A valid line whose id holds an overlong UTF-8 encoding ({@code C0 AF} for {@code /}…). */
    OVERLONG_UTF8,
    /** A valid line whose id holds a UTF-8-encoded surrogate ({@code ED A0 80}…). */
    SURROGATE_UTF8,
    /** A valid line whose id holds a truncated sequence or a stray continuation byte. */
    TRUNCATED_UTF8,
    /** A valid line whose id holds bytes beyond U+10FFFF or never in UTF-8 ({@code FF}). */
    BEYOND_UNICODE_UTF8,
    /** A line of 1 000 NUL bytes. */
    NUL_BYTES,
    /** Three valid lines joined by a lone {@code \r}: one line with text after its value. */
    CR_ONLY,
    /** A valid line with {@value #MEMBERS} more answers (responses) or observations (audits). */
    MANY_MEMBERS,
    /** A valid line with a member {@code 1e400}. */
    HUGE_NUMBER,
    /** A valid line with a number literal of 1 001 digits. */
    LONG_NUMBER,
    /**
     * A valid line with escaped unpaired and reversed surrogates ({@code \\ud800}) in a free text
     * (a segment of a response, the comment of an audit): valid JSON, which the validator may
     * accept or reject.
     */
    UNPAIRED_ESCAPE,
    /** A line of spaces and tabs: blank, so neither read nor rejected (formats.md). */
    BLANK
  }

  /**
   * Where a hostile line was written.
   *
   * @param kind what it is
   * @param source the file, {@code responses.jsonl} or {@code audits.jsonl}
   * @param line its 1-based line number in that file
   */
  public record Line(Kind kind, String source, long line) {
    /** Checks that nothing is null. */
    public Line {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(source, "source");
    }
  }

  /** Checks the counts. */
  public HostileEdition {
    if (structures < 1) {
      throw new IllegalArgumentException("structures must be at least 1: " + structures);
    }
    if (responses < 1 || audits < 1) {
      throw new IllegalArgumentException("responses and audits must be at least 1");
    }
  }

  /**
   * @return the fault-tolerance acceptance case: 50 structures, 100 000 response lines and 5 000
   *     audit lines before the hostile ones, seed 8
   */
  public static HostileEdition defaults() {
    return new HostileEdition(50, 100_000, 5_000, 8);
  }

  /**
   * @return the options of the synthetic edition under the hostile lines (no previous edition,
   *     declared segments)
   */
  public SyntheticEdition synthetic() {
    return new SyntheticEdition(structures, responses, audits, seed, INVALID_RATIO, false, true);
  }

  /**
   * Writes the edition folder, replacing files of the same names.
   *
   * @param dir the folder, created with its parents when missing
   * @return every hostile line written, responses first, each in line order
   * @throws UncheckedIOException when a file cannot be written
   */
  public List<Line> write(Path dir) {
    Objects.requireNonNull(dir, "dir");
    SyntheticEdition synthetic = synthetic();
    synthetic.write(dir);
    EditionDefinitions definitions = synthetic.definitions();
    RandomSource draws = RandomSource.seeded(seed * 31 + 19);
    List<Line> lines = new ArrayList<>();
    lines.addAll(
        insert(
            dir.resolve(DataValidator.RESPONSES),
            responses,
            1,
            responseLines(DataGen.responseLines(definitions), draws)));
    lines.addAll(
        insert(
            dir.resolve(DataValidator.AUDITS),
            audits,
            2,
            auditLines(DataGen.auditLines(definitions), draws)));
    return List.copyOf(lines);
  }

  // ------------------------------------------------------------------ private

  /** A hostile line: its kind and how to write it, without its terminator. */
  private record Hostile(Kind kind, Writing bytes) {}

  @FunctionalInterface
  private interface Writing {
    void to(OutputStream out) throws IOException;
  }

  private static Hostile of(Kind kind, byte[] bytes) {
    return new Hostile(kind, out -> out.write(bytes));
  }

  private static List<Hostile> responseLines(Gen<String> valid, RandomSource draws) {
    List<Hostile> hostile = new ArrayList<>();
    hostile.add(new Hostile(Kind.HUGE_LINE, HostileEdition::hugeLine));
    hostile.addAll(
        common(
            valid,
            draws,
            "h-r",
            "answers",
            line ->
                line.contains("\"segment\":{")
                    ? inside(line, "segment", "\"note\":\"" + UNPAIRED + "\"")
                    : member(line, "\"segment\":{\"note\":\"" + UNPAIRED + "\"}")));
    return hostile;
  }

  private static List<Hostile> auditLines(Gen<String> valid, RandomSource draws) {
    return common(
        valid,
        draws,
        "h-a",
        "observations",
        line ->
            line.contains("\"comment\":\"")
                ? line.replace("\"comment\":\"", "\"comment\":\"" + UNPAIRED)
                : member(line, "\"comment\":\"" + UNPAIRED + "\""));
  }

  /**
   * The hostile lines of both files, their ids starting with {@code prefix}; {@code items} names
   * the object of answers or observations, {@code unpaired} puts {@link #UNPAIRED} in a free text.
   */
  private static List<Hostile> common(
      Gen<String> valid,
      RandomSource draws,
      String prefix,
      String items,
      UnaryOperator<String> unpaired) {
    List<Hostile> hostile = new ArrayList<>();
    int[] number = {0};
    Supplier<String> next =
        () ->
            withId(
                valid.generate(draws), String.format(Locale.ROOT, "%s%04d", prefix, ++number[0]));
    hostile.add(
        of(
            Kind.DEEP_ARRAYS,
            utf8(member(next.get(), "\"deep\":" + "[".repeat(NESTING) + "]".repeat(NESTING)))));
    hostile.add(
        of(
            Kind.DEEP_OBJECTS,
            utf8(
                member(
                    next.get(),
                    "\"deep\":" + "{\"a\":".repeat(NESTING) + "0" + "}".repeat(NESTING)))));
    for (byte[] bad : OVERLONG) {
      hostile.add(of(Kind.OVERLONG_UTF8, inId(next.get(), bad)));
    }
    for (byte[] bad : SURROGATES) {
      hostile.add(of(Kind.SURROGATE_UTF8, inId(next.get(), bad)));
    }
    for (byte[] bad : TRUNCATED) {
      hostile.add(of(Kind.TRUNCATED_UTF8, inId(next.get(), bad)));
    }
    byte[] endsTruncated = utf8(next.get());
    byte[] cut = Arrays.copyOf(endsTruncated, endsTruncated.length + 2);
    cut[cut.length - 2] = (byte) 0xE2;
    cut[cut.length - 1] = (byte) 0x82;
    hostile.add(of(Kind.TRUNCATED_UTF8, cut));
    for (byte[] bad : BEYOND_UNICODE) {
      hostile.add(of(Kind.BEYOND_UNICODE_UTF8, inId(next.get(), bad)));
    }
    byte[] afterBom = utf8(next.get());
    byte[] marked = Arrays.copyOf(BOM, BOM.length + afterBom.length);
    System.arraycopy(afterBom, 0, marked, BOM.length, afterBom.length);
    hostile.add(of(Kind.BOM, marked));
    hostile.add(of(Kind.NUL_BYTES, new byte[1000]));
    hostile.add(of(Kind.CR_ONLY, utf8(next.get() + "\r" + next.get() + "\r" + next.get())));
    StringBuilder members = new StringBuilder();
    for (int i = 0; i < MEMBERS; i++) {
      members.append(i == 0 ? "" : ",").append("\"m").append(i).append("\":1");
    }
    hostile.add(of(Kind.MANY_MEMBERS, utf8(inside(next.get(), items, members.toString()))));
    hostile.add(of(Kind.HUGE_NUMBER, utf8(member(next.get(), "\"x\":1e400"))));
    hostile.add(of(Kind.HUGE_NUMBER, utf8(inside(next.get(), items, "\"x\":-1e400"))));
    hostile.add(of(Kind.LONG_NUMBER, utf8(member(next.get(), "\"x\":" + "9".repeat(1001)))));
    hostile.add(of(Kind.UNPAIRED_ESCAPE, utf8(unpaired.apply(next.get()))));
    hostile.add(of(Kind.BLANK, utf8(" \t \t")));
    return hostile;
  }

  /**
   * Copies {@code file} line by line with a BOM before its first line (skipped by readers),
   * inserting each hostile line before a seeded line from the second to the {@code drawn}th (after
   * the last when there are fewer lines).
   */
  private List<Line> insert(Path file, long drawn, int salt, List<Hostile> hostile) {
    SplittableRandom random = new SplittableRandom(seed * 31 + salt);
    long[] before = new long[hostile.size()];
    Integer[] order = new Integer[hostile.size()];
    for (int i = 0; i < before.length; i++) {
      before[i] = 2 + random.nextLong(Math.max(1, drawn - 1));
      order[i] = i;
    }
    Arrays.sort(order, Comparator.comparingLong(i -> before[i]));
    String source = file.getFileName().toString();
    Path drawnFile = file.resolveSibling(source + ".drawn");
    List<Line> lines = new ArrayList<>();
    try {
      Files.move(file, drawnFile, StandardCopyOption.REPLACE_EXISTING);
      try (InputStream in = new BufferedInputStream(Files.newInputStream(drawnFile), 1 << 16);
          OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
        out.write(BOM);
        long written = 0;
        long read = 0;
        int next = 0;
        for (int b = in.read(); b >= 0; b = in.read()) {
          read++;
          while (next < order.length && before[order[next]] == read) {
            written = write(hostile.get(order[next++]), source, written, out, lines);
          }
          for (; b >= 0 && b != '\n'; b = in.read()) {
            out.write(b);
          }
          out.write('\n');
          written++;
        }
        while (next < order.length) {
          written = write(hostile.get(order[next++]), source, written, out, lines);
        }
      }
      Files.delete(drawnFile);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the hostile lines to " + file, e);
    }
    return lines;
  }

  /** Writes a hostile line after {@code written} lines, records it, and returns the new count. */
  private static long write(
      Hostile hostile, String source, long written, OutputStream out, List<Line> lines)
      throws IOException {
    hostile.bytes().to(out);
    out.write('\n');
    lines.add(new Line(hostile.kind(), source, written + 1));
    return written + 1;
  }

  private static void hugeLine(OutputStream out) throws IOException {
    byte[] head = utf8("{\"id\":\"h-huge\",\"comment\":\"");
    byte[] tail = utf8("\"}");
    out.write(head);
    byte[] run = new byte[1 << 16];
    Arrays.fill(run, (byte) 'x');
    for (long left = HUGE_LINE_BYTES - head.length - tail.length; left > 0; left -= run.length) {
      out.write(run, 0, (int) Math.min(run.length, left));
    }
    out.write(tail);
  }

  /** The line under another id; lines of the testkit start with their id. */
  private static String withId(String line, String id) {
    int end = line.indexOf('"', "{\"id\":\"".length());
    return "{\"id\":\"" + id + line.substring(end);
  }

  /** The line with a member added after its id. */
  private static String member(String line, String member) {
    int end = line.indexOf('"', "{\"id\":\"".length()) + 1;
    return line.substring(0, end) + "," + member + line.substring(end);
  }

  /** The line with members added first to its object {@code items}. */
  private static String inside(String line, String items, String members) {
    String open = "\"" + items + "\":{";
    int at = line.indexOf(open) + open.length();
    if (at < open.length()) {
      throw new IllegalStateException("a line without " + items + ": " + line);
    }
    return line.substring(0, at)
        + members
        + (line.charAt(at) == '}' ? "" : ",")
        + line.substring(at);
  }

  /** The line's bytes with {@code bad} inside its id, before the closing quote. */
  private static byte[] inId(String line, byte[] bad) {
    int end = line.indexOf('"', "{\"id\":\"".length());
    byte[] head = utf8(line.substring(0, end));
    byte[] tail = utf8(line.substring(end));
    byte[] all = Arrays.copyOf(head, head.length + bad.length + tail.length);
    System.arraycopy(bad, 0, all, head.length, bad.length);
    System.arraycopy(tail, 0, all, head.length + bad.length, tail.length);
    return all;
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] bytes(int... values) {
    byte[] bytes = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      bytes[i] = (byte) values[i];
    }
    return bytes;
  }
}
