package io.github.indiko.forms;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.indiko.core.response.Response;
import io.github.indiko.core.validation.DataValidator;
import io.github.indiko.core.validation.LineResult;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Fuzzes the parsing of a form submission (docs/fuzzing.md): the input is the body of a POST
 * ({@code application/x-www-form-urlencoded}) to the 2017 sample's form, read by {@link FormBody}
 * and by {@link Submissions#parse(java.io.InputStream, SubmissionContext)} (in French for an input
 * of even length, in English otherwise).
 *
 * <p>Invariants: nothing is thrown. A body read without error re-encodes, as a browser does, to a
 * body that reads to the same fields. An accepted submission's line has no line break and the
 * edition's validator accepts it, reading the same response, of the context's id; a refusal has
 * errors, and its state renders the form again with no element or attribute that runs code: no
 * {@code script} but the form's two (its conditions, as JSON, and its code with the host's nonce),
 * no {@code on…} attribute, no {@code javascript:}, {@code vbscript:} or {@code data:text/html}
 * URL in a URL attribute ({@code href}, {@code action}…), no {@code iframe}, {@code object}, {@code
 * embed} or {@code base}.
 */
class SubmissionsFuzzTest {
  /** The attributes whose value is a URL that a browser may follow or load. */
  private static final Set<String> URL_ATTRIBUTES =
      Set.of(
          "href", "src", "srcset", "action", "formaction", "xlink:href", "data", "poster",
          "background", "cite", "ping", "manifest", "codebase", "longdesc");
  private static final String NONCE = "Zm9yLWZ1enppbmc=";
  private static final DataValidator VALIDATOR = DataValidator.of(Forms.SAMPLE);

  @FuzzTest
  void submissions(byte[] body) throws IOException {
    reencodes(body);
    Locale locale = body.length % 2 == 0 ? Locale.FRENCH : Locale.ENGLISH;
    SubmissionContext context = Forms.context(locale);
    Submission submission = Forms.SUBMISSIONS.parse(new ByteArrayInputStream(body), context);
    if (submission instanceof Submission.Accepted accepted) {
      validatorAccepts(accepted, context);
    } else {
      Submission.Rejected rejected = (Submission.Rejected) submission;
      assertThat(rejected.errors()).isNotEmpty();
      String html =
          Forms.SUBMISSIONS
              .form()
              .render(
                  rejected.state(),
                  FormOptions.of(locale, "/survey").withScriptNonce(NONCE)
                      .withCsrf(new CsrfField(Forms.CSRF, "token")));
      runsNoCode(html);
    }
  }

  private static void reencodes(byte[] body) throws IOException {
    SubmissionLimits limits = SubmissionLimits.defaults();
    FormBody.Result read = new FormBody(limits, limits.maxFields()).read(new ByteArrayInputStream(body));
    if (read.error() != null) {
      return;
    }
    String again =
        read.fields().stream()
            .map(
                field ->
                    URLEncoder.encode(field.name(), StandardCharsets.UTF_8)
                        + "="
                        + URLEncoder.encode(field.value(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    FormBody.Result reread =
        new FormBody(limits, limits.maxFields())
            .read(new ByteArrayInputStream(again.getBytes(StandardCharsets.US_ASCII)));
    assertThat(reread.error()).as(again).isNull();
    assertThat(reread.fields()).as(again).isEqualTo(read.fields());
  }

  private static void validatorAccepts(Submission.Accepted accepted, SubmissionContext context) {
    assertThat(accepted.line()).doesNotContain("\n", "\r");
    assertThat(accepted.response().id()).isEqualTo(context.id());
    List<LineResult<Response>> results = new ArrayList<>();
    VALIDATOR.validateResponses(
        new ByteArrayInputStream((accepted.line() + "\n").getBytes(StandardCharsets.UTF_8)),
        DataValidator.RESPONSES,
        results::add);
    assertThat(results)
        .as(accepted.line())
        .containsExactly(new LineResult.Accepted<>(1, accepted.response()));
  }

  private static void runsNoCode(String html) {
    Document document = Jsoup.parseBodyFragment(html);
    for (Element script : document.select("script")) {
      boolean conditions =
          script.id().equals("ik:conditions") && script.attr("type").equals("application/json");
      assertThat(conditions || script.attr("nonce").equals(NONCE)).as(script.outerHtml()).isTrue();
    }
    assertThat(document.select("script")).hasSize(2);
    assertThat(document.select("iframe, object, embed, base, frame")).isEmpty();
    for (Element element : document.getAllElements()) {
      for (Attribute attribute : element.attributes()) {
        String key = attribute.getKey().toLowerCase(Locale.ROOT);
        assertThat(key).doesNotStartWith("on");
        if (!URL_ATTRIBUTES.contains(key)) {
          continue;
        }
        String value = attribute.getValue().replaceAll("[\\s\\u0000-\\u001f]", "");
        assertThat(value.toLowerCase(Locale.ROOT))
            .as("%s=%s", attribute.getKey(), attribute.getValue())
            .doesNotStartWith("javascript:")
            .doesNotStartWith("vbscript:")
            .doesNotStartWith("data:text/html");
      }
    }
  }
}
