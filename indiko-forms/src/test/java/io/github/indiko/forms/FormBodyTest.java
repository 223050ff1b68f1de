package io.github.indiko.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The three {@link SubmissionLimits}, each just below (read) and just above (refused). */
class FormBodyTest {
  private static FormBody.Result read(SubmissionLimits limits, String body) throws IOException {
    return new FormBody(limits, Integer.MAX_VALUE)
        .read(new ByteArrayInputStream(body.getBytes(StandardCharsets.US_ASCII)));
  }

  @Test
  void read_bodyOfMaxBytesRead_oneMoreRefused() throws IOException {
    SubmissionLimits limits = new SubmissionLimits(20, 1000, 1000);
    String twenty = "a=1&b=2&comment=abcd";

    assertThat(read(limits, twenty).error()).isNull();
    assertThat(read(limits, twenty).fields()).hasSize(3);
    assertThat(read(limits, twenty + "e").error()).isEqualTo(FieldError.Code.BODY_TOO_LARGE);
  }

  @Test
  void read_fieldOfMaxBytesRead_oneMoreRefused() throws IOException {
    SubmissionLimits limits = new SubmissionLimits(1000, 12, 1000);

    assertThat(read(limits, "a=1&comment=abcd").fields())
        .containsExactly(new FormBody.Field("a", "1"), new FormBody.Field("comment", "abcd"));
    FormBody.Result refused = read(limits, "a=1&comment=abcde");
    assertThat(refused.error()).isEqualTo(FieldError.Code.TOO_LARGE);
    assertThat(refused.errorField()).isEqualTo("comment");
  }

  @Test
  void read_maxFieldsRead_oneMoreRefused() throws IOException {
    SubmissionLimits limits = new SubmissionLimits(1000, 1000, 3);

    assertThat(read(limits, "a=1&b=2&c=3").fields()).hasSize(3);
    assertThat(read(limits, "a=1&b=2&c=3&d=4").error()).isEqualTo(FieldError.Code.TOO_MANY_FIELDS);
  }

  @Test
  void defaults_areOneMebibyteA128KibibyteFieldAndAThousandFields() {
    assertThat(SubmissionLimits.defaults()).isEqualTo(new SubmissionLimits(1 << 20, 128 << 10, 1000));
  }
}
