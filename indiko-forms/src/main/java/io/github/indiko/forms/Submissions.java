package io.github.indiko.forms;

import io.github.indiko.core.EditionDefinitions;
import io.github.indiko.core.condition.ConditionException;
import io.github.indiko.core.internal.Strings;
import io.github.indiko.core.format.ResponseLines;
import io.github.indiko.core.questionnaire.Question;
import io.github.indiko.core.questionnaire.QuestionId;
import io.github.indiko.core.questionnaire.QuestionType;
import io.github.indiko.core.questionnaire.Questionnaire;
import io.github.indiko.core.response.Answer;
import io.github.indiko.core.response.Response;
import io.github.indiko.core.validation.DataValidator;
import io.github.indiko.core.validation.LineReader;
import io.github.indiko.core.validation.LineResult;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Turns what a browser posts from a {@link SurveyForm} into an accepted {@link Response} or a
 * refusal with per-field errors in the citizen's language, with the rules of data files.
 *
 * <p>The body is read strictly ({@link SubmissionLimits}): percent-decoding as UTF-8, a malformed
 * body, an oversized body or field, more fields than the form has controls, an unknown field
 * name, or a single-value field sent twice are rejected. Each question's values are then typed
 * and checked by core's {@link io.github.indiko.core.validation.AnswerRules}; an answer to a
 * question whose {@code when} is false on the other answers as typed (as the form's script reads
 * them, even out of range) is rejected ({@code answered_hidden})
 * and dropped from the state to re-render, where that question is hidden; every shown required
 * question must be answered. Finally the response is written as a format v1 line and read back by
 * the edition's {@link DataValidator}: the submission is accepted only when the validator accepts
 * the line, so an accepted submission is exactly what {@code indiko} accepts in {@code
 * responses.jsonl}, and a tampered POST (extra field, value out of range, answer to a hidden
 * question, oversized field, invalid UTF-8, repeated field) is never accepted.
 *
 * <p>A response is refused whole ({@code collection_not_open}) when the edition does not collect
 * at the instant the submission is parsed, by the clock given ({@link
 * io.github.indiko.core.edition.Edition#collectsAt}): before {@code collection.from}, after the
 * whole day of {@code collection.to}, or when the operator's {@code state} says the collection is
 * not open (domain.md, Lifecycle of an edition). Nothing else is checked then, and no value is kept
 * to re-render.
 *
 * <p>Submissions serve one version of the questionnaire: the newest the edition names, or the one
 * given to {@link #of(EditionDefinitions, int, SubmissionLimits, Clock)} or {@link #forVersion}
 * (analysis.md §A4); their responses name it and are checked against it.
 *
 * <p>Duplicates across submissions ({@code duplicate_id}, {@code duplicate_respondent}) are the
 * host's storage concern: each parse sees one response. An empty field and a multi_choice with no
 * box ticked are unanswered (a browser sends an empty value, or nothing): the empty text and the
 * empty selection that data files accept cannot be given through a form. Text line breaks (CR LF
 * from browsers) are stored as {@code \n}. Immutable and thread-safe.
 */
public final class Submissions {
  private final Prepared prepared;
  private final DataValidator validator;
  private final SurveyForm form;
  private final SubmissionLimits limits;
  private final EditionDefinitions definitions;
  private final Clock clock;

  private Submissions(
      EditionDefinitions definitions,
      Questionnaire questionnaire,
      SubmissionLimits limits,
      Clock clock) {
    this.form = SurveyForm.of(questionnaire);
    this.prepared = form.prepared();
    this.validator = DataValidator.of(definitions);
    this.limits = limits;
    this.definitions = definitions;
    this.clock = clock;
  }

  /**
   * @param definitions the edition's definitions, as {@link
   *     io.github.indiko.core.format.EditionFolder#load} gives them
   * @return submissions of the edition's questionnaire, its newest version when the edition
   *     names several (analysis.md §A4), with the default limits, accepted while the edition
   *     collects by the system clock
   * @throws ConditionException when a {@code when} of the questionnaire or grid does not compile
   */
  public static Submissions of(EditionDefinitions definitions) {
    return of(definitions, SubmissionLimits.defaults());
  }

  /**
   * @param definitions the edition's definitions
   * @param limits the limits of a body
   * @return submissions of the edition's questionnaire, its newest version, accepted while the
   *     edition collects by the system clock
   * @throws ConditionException when a {@code when} of the questionnaire or grid does not compile
   */
  public static Submissions of(EditionDefinitions definitions, SubmissionLimits limits) {
    return of(definitions, limits, Clock.systemUTC());
  }

  /**
   * @param definitions the edition's definitions
   * @param limits the limits of a body
   * @param clock when submissions are received: each is refused unless the edition collects at the
   *     clock's instant when it is parsed
   * @return submissions of the edition's questionnaire, its newest version
   * @throws ConditionException when a {@code when} of the questionnaire or grid does not compile
   */
  public static Submissions of(
      EditionDefinitions definitions, SubmissionLimits limits, Clock clock) {
    return of(definitions, definitions.questionnaire().version(), limits, clock);
  }

  /**
   * Submissions of one version of the edition's questionnaire (analysis.md §A4): its form, and
   * responses naming that version, checked against it.
   *
   * @param definitions the edition's definitions
   * @param version a version of the questionnaire the edition names
   * @param limits the limits of a body
   * @param clock when submissions are received, as {@link #of(EditionDefinitions,
   *     SubmissionLimits, Clock)} reads it
   * @return submissions of that version
   * @throws IllegalArgumentException when the edition names no such version; the message lists
   *     the versions it names
   * @throws ConditionException when a {@code when} of the questionnaire or grid does not compile
   */
  public static Submissions of(
      EditionDefinitions definitions, int version, SubmissionLimits limits, Clock clock) {
    Objects.requireNonNull(definitions, "definitions");
    Questionnaire questionnaire =
        definitions.questionnaires().stream()
            .filter(named -> named.version() == version)
            .findFirst()
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "the edition names no version "
                            + version
                            + " of its questionnaire "
                            + definitions.questionnaire().id()
                            + ": it names "
                            + definitions.questionnaires().stream()
                                .map(named -> Integer.toString(named.version()))
                                .collect(Collectors.joining(", "))));
    return new Submissions(
        definitions,
        questionnaire,
        Objects.requireNonNull(limits, "limits"),
        Objects.requireNonNull(clock, "clock"));
  }

  /**
   * @param version a version of the questionnaire the edition names
   * @return submissions of that version, with these limits and this clock
   * @throws IllegalArgumentException when the edition names no such version; the message lists
   *     the versions it names
   */
  public Submissions forVersion(int version) {
    return of(definitions, version, limits, clock);
  }

  /**
   * @return the version of the questionnaire these submissions serve, the one their responses
   *     name
   */
  public int version() {
    return prepared.questionnaire.version();
  }

  /**
   * @return the form of the edition's questionnaire, to render it and to render a rejection's state
   */
  public SurveyForm form() {
    return form;
  }

  /**
   * @param body the body as sent, {@code application/x-www-form-urlencoded}; its characters are
   *     read as the bytes of their UTF-8 encoding (a browser sends ASCII only)
   * @param context what the host knows of the submission
   * @return the accepted response and its line, or the errors and the state to re-render
   */
  public Submission parse(String body, SubmissionContext context) {
    Objects.requireNonNull(body, "body");
    return parse(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)), context);
  }

  /**
   * Reads a body from a stream, at most {@link SubmissionLimits#maxBodyBytes()} + 1 bytes of it;
   * the stream is left open.
   *
   * @param body the body as sent, {@code application/x-www-form-urlencoded}
   * @param context what the host knows of the submission
   * @return the accepted response and its line, or the errors and the state to re-render
   * @throws UncheckedIOException when the stream cannot be read
   */
  public Submission parse(InputStream body, SubmissionContext context) {
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(context, "context");
    FormBody.Result read;
    try {
      read = new FormBody(limits, prepared.controls + 1).read(body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Parse(context).run(read);
  }

  /** One submission's parse. */
  private final class Parse {
    private final SubmissionContext context;
    private final Messages m;
    private final List<FieldError> formErrors = new ArrayList<>();
    private final @Nullable FieldError[] questionErrors;
    private final Map<String, List<String>> values = new LinkedHashMap<>();

    Parse(SubmissionContext context) {
      this.context = context;
      this.m = Messages.of(context.locale(), prepared.questionnaire.defaultLocale());
      this.questionErrors = new FieldError[prepared.questions.size()];
    }

    Submission run(FormBody.Result read) {
      if (!definitions.edition().collectsAt(clock.instant())) {
        formErrors.add(
            new FieldError(
                null,
                FieldError.Code.COLLECTION_NOT_OPEN,
                m.error(
                    FieldError.Code.COLLECTION_NOT_OPEN,
                    m.date(definitions.edition().collection().from()),
                    m.date(definitions.edition().collection().to()))));
        return rejected();
      }
      Set<String> unknown = new LinkedHashSet<>();
      for (FormBody.Field field : read.fields()) {
        if (field.name().equals(context.csrfFieldName())) {
          continue;
        }
        int i = prepared.index(field.name());
        if (i < 0) {
          unknown.add(field.name());
          continue;
        }
        List<String> list = values.computeIfAbsent(field.name(), name -> new ArrayList<>());
        list.add(field.value());
        if (list.size() == 2
            && !(prepared.questions.get(i).type() instanceof QuestionType.MultiChoice)) {
          questionError(i, FieldError.Code.REPEATED, null);
        }
      }
      FieldError.Code stop = read.error();
      if (stop != null) {
        int i = read.errorField() == null ? -1 : prepared.index(read.errorField());
        if (i >= 0) {
          questionError(i, stop, null);
          values.remove(read.errorField());
        } else {
          formErrors.add(new FieldError(null, stop, m.error(stop)));
        }
      }
      unknown.forEach(
          name ->
              formErrors.add(
                  new FieldError(
                      null,
                      FieldError.Code.UNKNOWN_FIELD,
                      m.error(FieldError.Code.UNKNOWN_FIELD, m.quote(Strings.abbreviate(name))))));
      Map<QuestionId, Answer> answers = answers();
      if (!errors().isEmpty()) {
        return rejected();
      }
      return accepted(answers);
    }

    private Map<QuestionId, Answer> answers() {
      List<Question> questions = prepared.questions;
      @Nullable Answer[] byIndex = new Answer[questions.size()];
      @Nullable Answer[] typed = new Answer[questions.size()];
      for (int i = 0; i < questions.size(); i++) {
        Question question = questions.get(i);
        List<String> given = values.getOrDefault(question.id().value(), List.of());
        if (questionErrors[i] != null) {
          continue;
        }
        AnswerReader.Read read = AnswerReader.read(question.type(), given);
        FieldError.Code error = read.error();
        if (error != null) {
          questionError(i, error, read.text());
        }
        byIndex[i] = read.answer();
        typed[i] = read.typed();
      }
      boolean[] shown = prepared.shown(typed);
      Map<QuestionId, Answer> answers = new LinkedHashMap<>();
      for (int i = 0; i < questions.size(); i++) {
        Question question = questions.get(i);
        String id = question.id().value();
        boolean given = values.getOrDefault(id, List.of()).stream().anyMatch(v -> !v.isEmpty());
        if (!shown[i]) {
          if (given) {
            questionErrors[i] = null;
            questionError(i, FieldError.Code.ANSWERED_HIDDEN, null);
          }
          values.remove(id);
          continue;
        }
        Answer answer = byIndex[i];
        if (answer != null) {
          answers.put(question.id(), answer);
        } else if (question.required() && questionErrors[i] == null) {
          questionError(i, FieldError.Code.REQUIRED, null);
        }
      }
      return answers;
    }

    private void questionError(int i, FieldError.Code code, @Nullable String text) {
      if (questionErrors[i] == null) {
        Question question = prepared.questions.get(i);
        questionErrors[i] =
            new FieldError(
                question.id(), code, AnswerReader.message(m, code, question, text));
      }
    }

    private List<FieldError> errors() {
      List<FieldError> errors = new ArrayList<>(formErrors);
      for (FieldError error : questionErrors) {
        if (error != null) {
          errors.add(error);
        }
      }
      return errors;
    }

    private Submission rejected() {
      List<FieldError> errors = errors();
      return new Submission.Rejected(errors, new FormState(values, errors));
    }

    private Submission accepted(Map<QuestionId, Answer> answers) {
      Response response =
          new Response(
              context.id(),
              prepared.questionnaire.ref(),
              context.structure(),
              context.channel(),
              context.submittedAt(),
              context.locale().toLanguageTag(),
              context.respondent(),
              Map.of(),
              answers);
      String line = ResponseLines.line(response);
      byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
      try (LineReader<Response> reader =
          validator.responses(new ByteArrayInputStream(bytes), DataValidator.RESPONSES)) {
        LineResult<Response> result = reader.next();
        if (result instanceof LineResult.Accepted<Response> accepted) {
          return new Submission.Accepted(accepted.record(), line);
        }
      }
      formErrors.add(
          new FieldError(null, FieldError.Code.NOT_ACCEPTED, m.error(FieldError.Code.NOT_ACCEPTED)));
      return rejected();
    }
  }
}
