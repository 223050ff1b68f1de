package io.github.indiko.reports;

import java.util.ArrayList;
import java.util.List;

/**
 * A strict RFC 4180 reader for tests: records end with CR LF (the last one included), fields are
 * separated by commas, a quoted field doubles its quotes, and a quote inside an unquoted field is
 * an error.
 */
public final class Rfc4180 {
  private Rfc4180() {}

  public static List<List<String>> parse(String text) {
    List<List<String>> records = new ArrayList<>();
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    int i = 0;
    while (i < text.length()) {
      if (text.charAt(i) == '"') {
        i++;
        while (true) {
          if (i >= text.length()) {
            throw new IllegalArgumentException("unterminated quoted field");
          }
          char c = text.charAt(i++);
          if (c == '"') {
            if (i < text.length() && text.charAt(i) == '"') {
              field.append('"');
              i++;
            } else {
              break;
            }
          } else {
            field.append(c);
          }
        }
      } else {
        while (i < text.length() && text.charAt(i) != ',' && text.charAt(i) != '\r') {
          char c = text.charAt(i++);
          if (c == '"' || c == '\n') {
            throw new IllegalArgumentException("bare " + (c == '"' ? "quote" : "LF") + " at " + i);
          }
          field.append(c);
        }
      }
      fields.add(field.toString());
      field.setLength(0);
      if (i >= text.length()) {
        throw new IllegalArgumentException("the last record does not end with CR LF");
      }
      char separator = text.charAt(i++);
      if (separator == '\r') {
        if (i >= text.length() || text.charAt(i) != '\n') {
          throw new IllegalArgumentException("CR without LF at " + i);
        }
        i++;
        records.add(List.copyOf(fields));
        fields.clear();
      } else if (separator != ',') {
        throw new IllegalArgumentException("text after a quoted field at " + i);
      }
    }
    return records;
  }
}
