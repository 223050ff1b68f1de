package io.github.indiko.core.format;

import io.github.indiko.core.internal.data.JsonValue;
import io.github.indiko.core.response.Answer;
import io.github.indiko.core.response.Response;
import java.util.Map;
import java.util.Objects;

/**
 * Writes a {@link Response} as a line of {@code responses.jsonl} (formats.md): one compact JSON
 * object, members in the order of formats.md ({@code id}, {@code questionnaire}, {@code version},
 * {@code structure}, {@code channel}, {@code submittedAt}, then {@code locale}, {@code respondent}
 * and {@code segment} when present, then {@code answers} in the response's order). Numbers are
 * written in plain decimal notation (whole ones without a fraction), strings with {@code "}, {@code
 * \}, control characters and unpaired surrogates escaped, so the line holds no line terminator and
 * reads back, through {@link io.github.indiko.core.validation.DataValidator}, to an equal response.
 * Stateless and thread-safe.
 */
public final class ResponseLines {
  private ResponseLines() {}

  /**
   * @param response a response
   * @return its line, without a line terminator; append it to {@code responses.jsonl} followed by
   *     {@code \n}
   */
  public static String line(Response response) {
    Objects.requireNonNull(response, "response");
    // Written by hand rather than with a Jackson generator: JsonValue.quote escapes an unpaired
    // surrogate, which a generator would refuse or mangle, so that any Java string round-trips.
    StringBuilder out = new StringBuilder(256);
    out.append('{');
    member(out, "id").append(JsonValue.quote(response.id().value()));
    out.append(',');
    member(out, "questionnaire").append(JsonValue.quote(response.questionnaire().id()));
    out.append(',');
    member(out, "version").append(response.questionnaire().version());
    out.append(',');
    member(out, "structure").append(JsonValue.quote(response.structure().value()));
    out.append(',');
    member(out, "channel").append(JsonValue.quote(response.channel().id()));
    out.append(',');
    member(out, "submittedAt").append(JsonValue.quote(response.submittedAt().toString()));
    if (response.locale() != null) {
      out.append(',');
      member(out, "locale").append(JsonValue.quote(response.locale()));
    }
    if (response.respondent() != null) {
      out.append(',');
      member(out, "respondent").append(JsonValue.quote(response.respondent()));
    }
    if (!response.segment().isEmpty()) {
      out.append(',');
      member(out, "segment").append('{');
      String separator = "";
      for (Map.Entry<String, String> entry : response.segment().entrySet()) {
        out.append(separator);
        separator = ",";
        member(out, entry.getKey()).append(JsonValue.quote(entry.getValue()));
      }
      out.append('}');
    }
    out.append(',');
    member(out, "answers").append('{');
    String separator = "";
    for (var entry : response.answers().entrySet()) {
      out.append(separator);
      separator = ",";
      member(out, entry.getKey().value());
      value(entry.getValue(), out);
    }
    return out.append("}}").toString();
  }

  private static StringBuilder member(StringBuilder out, String name) {
    JsonValue.quote(name, out);
    return out.append(':');
  }

  private static void value(Answer answer, StringBuilder out) {
    if (answer instanceof Answer.Numeric numeric) {
      out.append(Numbers.format(numeric.value()));
    } else if (answer instanceof Answer.YesNo yesNo) {
      out.append(yesNo.value());
    } else if (answer instanceof Answer.Choice choice) {
      JsonValue.quote(choice.value(), out);
    } else if (answer instanceof Answer.Choices choices) {
      out.append('[');
      for (int i = 0; i < choices.values().size(); i++) {
        if (i > 0) {
          out.append(',');
        }
        JsonValue.quote(choices.values().get(i), out);
      }
      out.append(']');
    } else if (answer instanceof Answer.Text text) {
      JsonValue.quote(text.value(), out);
    } else {
      JsonValue.quote(((Answer.Date) answer).value().toString(), out);
    }
  }
}
