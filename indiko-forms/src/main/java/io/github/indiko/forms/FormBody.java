package io.github.indiko.forms;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A strict reader of {@code application/x-www-form-urlencoded} bodies: fields separated by {@code
 * &}, name and value by the first {@code =}, {@code +} for a space, {@code %HH} for a byte, every
 * other byte printable ASCII; the decoded bytes must be UTF-8. It reads the stream byte by byte and
 * stops at the first broken limit, so it never holds more than one field of {@code maxFieldBytes}
 * nor reads more than {@code maxBodyBytes + 1} bytes. Not thread-safe: one per body.
 */
final class FormBody {
  /** A decoded field. */
  record Field(String name, String value) {}

  /**
   * What a body gave.
   *
   * @param fields the fields read, in order (all of them when {@code error} is null)
   * @param error the limit or rule that stopped the reading, or null
   * @param errorField the name of the field that broke a limit, when it was read, else null
   */
  record Result(List<Field> fields, FieldError.@Nullable Code error, @Nullable String errorField) {}

  private final SubmissionLimits limits;
  private final int maxFields;

  FormBody(SubmissionLimits limits, int maxFields) {
    this.limits = limits;
    this.maxFields = Math.min(limits.maxFields(), maxFields);
  }

  Result read(InputStream in) throws IOException {
    List<Field> fields = new ArrayList<>();
    ByteArrayOutputStream name = new ByteArrayOutputStream();
    ByteArrayOutputStream value = new ByteArrayOutputStream();
    boolean inValue = false;
    long total = 0;
    int fieldBytes = 0;
    byte[] buffer = new byte[8192];
    while (true) {
      int want = (int) Math.min(buffer.length, limits.maxBodyBytes() + 1L - total);
      int n = in.read(buffer, 0, Math.max(want, 1));
      if (n < 0) {
        break;
      }
      for (int i = 0; i < n; i++) {
        total++;
        if (total > limits.maxBodyBytes()) {
          return new Result(fields, FieldError.Code.BODY_TOO_LARGE, null);
        }
        byte b = buffer[i];
        if (b == '&') {
          if (fieldBytes > 0) {
            FieldError.Code error = add(fields, name, value);
            if (error != null) {
              return new Result(fields, error, null);
            }
          }
          name.reset();
          value.reset();
          inValue = false;
          fieldBytes = 0;
          continue;
        }
        fieldBytes++;
        if (fieldBytes > limits.maxFieldBytes()) {
          String field = inValue ? decode(name.toByteArray()) : null;
          return new Result(fields, FieldError.Code.TOO_LARGE, field);
        }
        if (b == '=' && !inValue) {
          inValue = true;
        } else if (b < 0x21 || b > 0x7e) {
          return new Result(fields, FieldError.Code.MALFORMED, null);
        } else {
          (inValue ? value : name).write(b);
        }
      }
    }
    if (fieldBytes > 0) {
      FieldError.Code error = add(fields, name, value);
      if (error != null) {
        return new Result(fields, error, null);
      }
    }
    return new Result(fields, null, null);
  }

  private FieldError.@Nullable Code add(
      List<Field> fields, ByteArrayOutputStream name, ByteArrayOutputStream value) {
    if (fields.size() >= maxFields) {
      return FieldError.Code.TOO_MANY_FIELDS;
    }
    String decodedName = decode(name.toByteArray());
    String decodedValue = decode(value.toByteArray());
    if (decodedName == null || decodedValue == null) {
      return FieldError.Code.MALFORMED;
    }
    fields.add(new Field(decodedName, decodedValue));
    return null;
  }

  /**
   * @return the percent-decoded UTF-8 text, or null when a {@code %} is not followed by two hex
   *     digits or the bytes are not UTF-8
   */
  static @Nullable String decode(byte[] raw) {
    byte[] bytes = new byte[raw.length];
    int length = 0;
    for (int i = 0; i < raw.length; i++) {
      byte b = raw[i];
      if (b == '+') {
        bytes[length++] = ' ';
      } else if (b == '%') {
        if (i + 2 >= raw.length) {
          return null;
        }
        int high = Character.digit(raw[i + 1], 16);
        int low = Character.digit(raw[i + 2], 16);
        if (high < 0 || low < 0) {
          return null;
        }
        bytes[length++] = (byte) (high << 4 | low);
        i += 2;
      } else {
        bytes[length++] = b;
      }
    }
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, 0, length))
          .toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }
}
