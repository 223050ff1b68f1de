package io.github.indiko.core.validation;

import io.github.indiko.core.edition.Channel;
import io.github.indiko.core.internal.data.JsonValue;
import io.github.indiko.core.internal.data.JsonValue.ArrayValue;
import io.github.indiko.core.internal.data.JsonValue.BooleanValue;
import io.github.indiko.core.internal.data.JsonValue.NullValue;
import io.github.indiko.core.internal.data.JsonValue.NumberValue;
import io.github.indiko.core.internal.data.JsonValue.ObjectValue;
import io.github.indiko.core.internal.data.JsonValue.StringValue;
import io.github.indiko.core.questionnaire.Question;
import io.github.indiko.core.questionnaire.QuestionId;
import io.github.indiko.core.questionnaire.QuestionType;
import io.github.indiko.core.response.Answer;
import io.github.indiko.core.response.Response;
import io.github.indiko.core.response.ResponseId;
import io.github.indiko.core.structure.StructureId;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The checks of {@code responses.jsonl} (formats.md), in its order, with {@code invalid_segment}
 * after {@code invalid_answer} (analysis.md §A2). A response is checked against the version of the
 * questionnaire it names (analysis.md §A4): an answer to a question its version does not ask is
 * {@code unknown_question}, and its version's conditions and required questions apply. Thread-safe:
 * the ids and respondents accepted so far live in each read's {@link Duplicates}.
 */
final class ResponseCheck implements LineCheck<Response> {
  private static final Envelope ENVELOPE =
      new Envelope(
          List.of(
              new Envelope.Member("id", Envelope.Kind.IDENTIFIER, true),
              new Envelope.Member("questionnaire", Envelope.Kind.STRING, true),
              new Envelope.Member("version", Envelope.Kind.INTEGER, true),
              new Envelope.Member("structure", Envelope.Kind.STRING, true),
              new Envelope.Member("channel", Envelope.Kind.STRING, true),
              new Envelope.Member("submittedAt", Envelope.Kind.INSTANT, true),
              new Envelope.Member("locale", Envelope.Kind.STRING, false),
              new Envelope.Member("respondent", Envelope.Kind.STRING, false),
              new Envelope.Member("segment", Envelope.Kind.STRINGS, false),
              new Envelope.Member("answers", Envelope.Kind.OBJECT, true)));

  private final EditionIndex index;

  ResponseCheck(EditionIndex index) {
    this.index = index;
  }

  @Override
  public Duplicates<Response> duplicates() {
    AcceptedIds accepted =
        new AcceptedIds(
            index, "responses", index.edition().scoring().oneResponsePerRespondent());
    return new Duplicates<>() {
      @Override
      public @Nullable Fault admit(Response response) {
        return accepted.admit(
            response.id().value(),
            index.structurePosition(response.structure().value()),
            response.respondent());
      }

      @Override
      public void close() {
        accepted.close();
      }
    };
  }

  @Override
  public String id(Response record) {
    return record.id().value();
  }

  @Override
  public StructureId structure(Response record) {
    return record.structure();
  }

  @Override
  public Verdict<Response> check(ObjectValue line) {
    Fault malformed = ENVELOPE.fault(line);
    if (malformed != null) {
      return new Verdict.Rejected<>(malformed);
    }
    Verdict<SharedChecks.Head> checked =
        SharedChecks.head(
            index,
            line,
            "questionnaire",
            index.edition().questionnaires(),
            RejectReason.UNKNOWN_QUESTIONNAIRE,
            "submittedAt",
            false);
    if (checked instanceof Verdict.Rejected<SharedChecks.Head> refused) {
      return new Verdict.Rejected<>(refused.fault());
    }
    SharedChecks.Head head = ((Verdict.Accepted<SharedChecks.Head>) checked).record();
    String id = head.id();
    String structure = head.structure();
    Channel channel = head.channel();
    OffsetDateTime submittedAt = head.at();
    String respondent = Envelope.string(line, "respondent");

    VersionPlan version =
        index.version(Envelope.string(line, "questionnaire"), Envelope.integer(line, "version"));
    if (version == null) {
      throw new IllegalStateException("the version was checked");
    }
    ObjectValue answerValues = Envelope.object(line, "answers");
    List<Question> questions = version.questions;
    for (String key : answerValues.members().keySet()) {
      if (version.question(key) < 0) {
        return Verdict.rejected(
            RejectReason.UNKNOWN_QUESTION, "unknown question " + JsonValue.shown(key));
      }
    }
    @Nullable Answer[] byIndex = new Answer[questions.size()];
    Map<QuestionId, Answer> answers = new LinkedHashMap<>();
    for (Map.Entry<String, JsonValue> entry : answerValues.members().entrySet()) {
      if (entry.getValue() instanceof NullValue) {
        continue;
      }
      int i = version.question(entry.getKey());
      Question question = questions.get(i);
      String kind = kindProblem(question.type(), entry.getValue());
      if (kind != null) {
        return invalidAnswer(question, kind);
      }
      Answer answer = answer(question.type(), entry.getValue());
      AnswerRules.Problem broken = AnswerRules.check(question.type(), answer).orElse(null);
      if (broken != null) {
        return invalidAnswer(question, broken.message());
      }
      byIndex[i] = answer;
      answers.put(question.id(), answer);
    }
    Map<String, String> segment = Envelope.strings(line, "segment");
    Fault invalidSegment = SegmentCheck.fault(index.questionnaire(), segment);
    if (invalidSegment != null) {
      return new Verdict.Rejected<>(invalidSegment);
    }
    for (int i = 0; i < questions.size(); i++) {
      if (byIndex[i] != null && !version.conditions.shown(i, byIndex)) {
        return Verdict.rejected(
            RejectReason.ANSWERED_HIDDEN,
            "question " + questions.get(i).id() + " is answered but hidden");
      }
    }
    for (int i = 0; i < questions.size(); i++) {
      if (byIndex[i] == null
          && questions.get(i).required()
          && version.conditions.shown(i, byIndex)) {
        return Verdict.rejected(
            RejectReason.MISSING_REQUIRED,
            "required question " + questions.get(i).id() + " is not answered");
      }
    }

    return new Verdict.Accepted<>(
        new Response(
            new ResponseId(id),
            version.ref,
            new StructureId(structure),
            channel,
            submittedAt,
            Envelope.string(line, "locale"),
            respondent,
            segment,
            answers));
  }

  /**
   * An {@code invalid_answer}: first the JSON type the question's type wants ({@link
   * #kindProblem}), then the {@link AnswerRules} of the typed answer.
   */
  private static Verdict<Response> invalidAnswer(Question question, String problem) {
    return Verdict.rejected(
        RejectReason.INVALID_ANSWER, "question " + question.id() + ": " + problem);
  }

  /**
   * @return why the value is not of the JSON type an answer to this type of question is, or null
   */
  private static @Nullable String kindProblem(QuestionType type, JsonValue value) {
    if (type instanceof QuestionType.Rating || type instanceof QuestionType.Nps) {
      return value instanceof NumberValue number && number.isInteger()
          ? null
          : value.shown() + " is not an integer";
    }
    if (type instanceof QuestionType.YesNo) {
      return value instanceof BooleanValue ? null : value.shown() + " is not true or false";
    }
    if (type instanceof QuestionType.SingleChoice) {
      return value instanceof StringValue ? null : value.shown() + " is not an option value";
    }
    if (type instanceof QuestionType.MultiChoice choices) {
      return choicesKindProblem(choices, value);
    }
    if (type instanceof QuestionType.Number number) {
      return SharedChecks.numberProblem(number, value, "is not a number");
    }
    if (type instanceof QuestionType.Text) {
      return value instanceof StringValue ? null : value.shown() + " is not a string";
    }
    return value instanceof StringValue string && Instants.date(string.value()) != null
        ? null
        : value.shown() + " is not a local date";
  }

  /**
   * An array whose elements are all strings is left to {@link AnswerRules}; otherwise the first
   * element that is not a string is named, unless an earlier string already breaks a rule of the
   * options, so that the message names the first faulty element as it comes.
   */
  private static @Nullable String choicesKindProblem(
      QuestionType.MultiChoice type, JsonValue value) {
    if (!(value instanceof ArrayValue array)) {
      return value.shown() + " is not an array of option values";
    }
    List<String> strings = new ArrayList<>();
    for (JsonValue element : array.elements()) {
      if (!(element instanceof StringValue string)) {
        AnswerRules.Problem earlier =
            AnswerRules.check(type, new Answer.Choices(strings)).orElse(null);
        if (earlier != null
            && (earlier.rule() == AnswerRules.Rule.NOT_AN_OPTION
                || earlier.rule() == AnswerRules.Rule.REPEATED_OPTION)) {
          return earlier.message();
        }
        return element.shown() + " is not an option value";
      }
      strings.add(string.value());
    }
    return null;
  }

  /** Types a value whose JSON type {@link #kindProblem} accepted. */
  private static Answer answer(QuestionType type, JsonValue value) {
    if (type instanceof QuestionType.Rating
        || type instanceof QuestionType.Nps
        || type instanceof QuestionType.Number) {
      return new Answer.Numeric(((NumberValue) value).value().doubleValue());
    }
    if (type instanceof QuestionType.YesNo) {
      return new Answer.YesNo(((BooleanValue) value).value());
    }
    if (type instanceof QuestionType.SingleChoice) {
      return new Answer.Choice(((StringValue) value).value());
    }
    if (type instanceof QuestionType.MultiChoice) {
      List<String> values = new ArrayList<>();
      ((ArrayValue) value).elements().forEach(e -> values.add(((StringValue) e).value()));
      return new Answer.Choices(values);
    }
    if (type instanceof QuestionType.Text) {
      return new Answer.Text(((StringValue) value).value());
    }
    LocalDate day = Instants.date(((StringValue) value).value());
    if (day == null) {
      throw new IllegalStateException("the date was checked");
    }
    return new Answer.Date(day);
  }
}
