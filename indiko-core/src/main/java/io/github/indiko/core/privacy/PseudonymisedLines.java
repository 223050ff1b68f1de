package io.github.indiko.core.privacy;

import io.github.indiko.core.internal.json.StrictJson;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * The lines of a {@code responses.jsonl} with pseudonyms in place of respondent tokens ({@link
 * Pseudonymiser#responses}): a line is read whole (up to the limit), rewritten, then given out. A
 * byte order mark at the very start of the stream is given out as it is, and the first line read
 * after it, as the validation reads it (formats.md, Common rules).
 */
final class PseudonymisedLines extends InputStream {
  private static final String RESPONDENT = "respondent";

  /** A UTF-8 byte order mark, U+FEFF. */
  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  /** Finds members only: lenient on repeats, so that a repeated respondent is replaced too. */
  private static final JsonFactory JSON = new JsonFactory();

  private final InputStream in;
  private final Pseudonymiser pseudonymiser;
  private final byte[] input = new byte[1 << 16];
  private int inputPosition;
  private int inputEnd;
  private boolean ended;
  private boolean started;
  private byte[] line = new byte[1 << 10];
  private int lineLength;

  /** Inside a line beyond the limit: its bytes are given out as they come, up to its end. */
  private boolean overlong;

  private byte[] output = new byte[0];
  private int outputPosition;
  private int outputEnd;

  PseudonymisedLines(InputStream in, Pseudonymiser pseudonymiser) {
    this.in = in;
    this.pseudonymiser = pseudonymiser;
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    Objects.checkFromIndexSize(off, len, b.length);
    if (len == 0) {
      return 0;
    }
    while (outputPosition == outputEnd) {
      if (!fill()) {
        return -1;
      }
    }
    int n = Math.min(len, outputEnd - outputPosition);
    System.arraycopy(output, outputPosition, b, off, n);
    outputPosition += n;
    return n;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }

  /**
   * Makes the next output: a whole line, rewritten, or the next bytes of an overlong line.
   *
   * @return false at the end of the stream
   */
  private boolean fill() throws IOException {
    if (!started) {
      started = true;
      if (startsWithBom()) {
        give(BOM.clone());
        inputPosition = BOM.length;
        return true;
      }
    }
    while (true) {
      if (inputPosition == inputEnd) {
        int n = ended ? -1 : in.read(input, 0, input.length);
        if (n < 0) {
          ended = true;
          if (lineLength == 0) {
            return false;
          }
          give(rewrite(line, lineLength));
          lineLength = 0;
          return true;
        }
        inputPosition = 0;
        inputEnd = n;
        continue;
      }
      int newline = indexOfNewline(input, inputPosition, inputEnd);
      int end = newline < 0 ? inputEnd : newline + 1;
      if (overlong) {
        give(Arrays.copyOfRange(input, inputPosition, end));
        inputPosition = end;
        overlong = newline < 0;
        return true;
      }
      append(input, inputPosition, end);
      inputPosition = end;
      int terminator = newline < 0 ? 0 : 1;
      if (lineLength - terminator > StrictJson.MAX_LINE_BYTES) {
        // Refused unread as too long: passed on as it is, never held whole.
        give(Arrays.copyOf(line, lineLength));
        lineLength = 0;
        overlong = newline < 0;
        return true;
      }
      if (newline >= 0) {
        give(rewrite(line, lineLength));
        lineLength = 0;
        return true;
      }
    }
  }

  /** Reads the first bytes of the stream, up to three: whether they are a byte order mark. */
  private boolean startsWithBom() throws IOException {
    while (inputEnd < BOM.length && !ended) {
      int n = in.read(input, inputEnd, input.length - inputEnd);
      if (n < 0) {
        ended = true;
      } else {
        inputEnd += n;
      }
    }
    return inputEnd >= BOM.length && Arrays.equals(input, 0, BOM.length, BOM, 0, BOM.length);
  }

  private void give(byte[] bytes) {
    output = bytes;
    outputPosition = 0;
    outputEnd = bytes.length;
  }

  private void append(byte[] bytes, int from, int to) {
    int length = to - from;
    if (lineLength + length > line.length) {
      line = Arrays.copyOf(line, Math.max(line.length * 2, lineLength + length));
    }
    System.arraycopy(bytes, from, line, lineLength, length);
    lineLength += length;
  }

  private static int indexOfNewline(byte[] bytes, int from, int to) {
    for (int i = from; i < to; i++) {
      if (bytes[i] == '\n') {
        return i;
      }
    }
    return -1;
  }

  /**
   * @return the line with each top-level {@code respondent} string replaced by its pseudonym, in
   *     JSON quotes, and any other value but {@code null} by {@code []}; the same bytes when there
   *     is none
   */
  private byte[] rewrite(byte[] bytes, int length) {
    ByteArrayOutputStream rewritten = null;
    int copied = 0;
    try (JsonParser parser = JSON.createParser(ObjectReadContext.empty(), bytes, 0, length)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        return Arrays.copyOf(bytes, length);
      }
      while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
        boolean respondent = RESPONDENT.equals(parser.currentName());
        JsonToken value = parser.nextToken();
        int start = (int) parser.currentTokenLocation().getByteOffset();
        String replacement = null;
        if (respondent && value == JsonToken.VALUE_STRING) {
          replacement = '"' + pseudonymiser.pseudonym(parser.getString()) + '"';
        } else if (respondent && value != JsonToken.VALUE_NULL) {
          // Not a string, so refused as malformed whatever it is; its message would show the
          // value, which may be a token all the same (a number, a list): another value that is
          // not a string keeps the verdict and shows nothing.
          replacement = "[]";
        }
        if (value == JsonToken.START_OBJECT || value == JsonToken.START_ARRAY) {
          parser.skipChildren();
        }
        if (replacement != null) {
          if (rewritten == null) {
            rewritten = new ByteArrayOutputStream(length + 64);
          }
          rewritten.write(bytes, copied, start - copied);
          rewritten.writeBytes(replacement.getBytes(StandardCharsets.US_ASCII));
          copied = (int) parser.currentLocation().getByteOffset();
        }
      }
    } catch (JacksonException e) {
      // Not valid JSON: the line is refused as malformed whatever its respondent; the values read
      // before the fault are replaced all the same.
    }
    if (rewritten == null) {
      return Arrays.copyOf(bytes, length);
    }
    rewritten.write(bytes, copied, length - copied);
    return rewritten.toByteArray();
  }
}
