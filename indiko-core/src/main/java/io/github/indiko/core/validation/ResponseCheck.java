package io.github.indiko.core.validation;

import io.github.indiko.core.edition.Channel;
import io.github.indiko.core.edition.DateRange;
import io.github.indiko.core.internal.data.JsonValue;
import io.github.indiko.core.internal.data.JsonValue.ArrayValue;
import io.github.indiko.core.internal.data.JsonValue.BooleanValue;
import io.github.indiko.core.internal.data.JsonValue.NullValue;
import io.github.indiko.core.internal.data.JsonValue.NumberValue;
import io.github.indiko.core.internal.data.JsonValue.ObjectValue;
import io.github.indiko.core.internal.data.JsonValue.StringValue;
import io.github.indiko.core.questionnaire.Option;
import io.github.indiko.core.questionnaire.Question;
import io.github.indiko.core.questionnaire.QuestionId;
import io.github.indiko.core.questionnaire.QuestionType;
import io.github.indiko.core.questionnaire.Scale;
import io.github.indiko.core.response.Answer;
import io.github.indiko.core.response.Response;
import io.github.indiko.core.response.ResponseId;
import io.github.indiko.core.structure.StructureId;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The checks of {@code responses.jsonl} (formats.md), in its order. Thread-safe: the ids and
 * respondents accepted so far live in each read's {@link Duplicates}.
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

  private static final Scale NPS = new Scale(0, 10);

  private final EditionIndex index;
  private final boolean onePerRespondent;

  private record StructureRespondent(StructureId structure, String respondent) {}

  ResponseCheck(EditionIndex index) {
    this.index = index;
    this.onePerRespondent = index.edition().scoring().oneResponsePerRespondent();
  }

  @Override
  public Duplicates<Response> duplicates() {
    Set<String> acceptedIds = new HashSet<>();
    Set<StructureRespondent> respondents = new HashSet<>();
    return response -> {
      String id = response.id().value();
      if (acceptedIds.contains(id)) {
        return new Fault(RejectReason.DUPLICATE_ID, "id " + id + " was accepted before");
      }
      String respondent = response.respondent();
      StructureRespondent pair =
          onePerRespondent && respondent != null
              ? new StructureRespondent(response.structure(), respondent)
              : null;
      if (pair != null && respondents.contains(pair)) {
        return new Fault(
            RejectReason.DUPLICATE_RESPONDENT,
            "respondent "
                + JsonValue.shown(respondent)
                + " already answered for "
                + response.structure().value());
      }
      acceptedIds.add(id);
      if (pair != null) {
        respondents.add(pair);
      }
      return null;
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
      return new Verdict.Refused<>(malformed);
    }
    Verdict<SharedChecks.Head> checked =
        SharedChecks.head(
            index,
            line,
            "questionnaire",
            index.edition().questionnaire(),
            RejectReason.UNKNOWN_QUESTIONNAIRE,
            "submittedAt",
            false);
    if (checked instanceof Verdict.Refused<SharedChecks.Head> refused) {
      return new Verdict.Refused<>(refused.fault());
    }
    SharedChecks.Head head = ((Verdict.Ok<SharedChecks.Head>) checked).record();
    String id = head.id();
    String structure = head.structure();
    Channel channel = head.channel();
    OffsetDateTime submittedAt = head.at();
    String respondent = Envelope.string(line, "respondent");

    ObjectValue answerValues = Envelope.object(line, "answers");
    List<Question> questions = index.questions();
    for (String key : answerValues.members().keySet()) {
      if (index.questionIndex(key) < 0) {
        return Verdict.refused(
            RejectReason.UNKNOWN_QUESTION, "unknown question " + JsonValue.shown(key));
      }
    }
    @Nullable Answer[] byIndex = new Answer[questions.size()];
    Map<QuestionId, Answer> answers = new LinkedHashMap<>();
    for (Map.Entry<String, JsonValue> entry : answerValues.members().entrySet()) {
      if (entry.getValue() instanceof NullValue) {
        continue;
      }
      int i = index.questionIndex(entry.getKey());
      Question question = questions.get(i);
      String problem = problem(question.type(), entry.getValue());
      if (problem != null) {
        return Verdict.refused(
            RejectReason.INVALID_ANSWER, "question " + question.id() + ": " + problem);
      }
      Answer answer = answer(question.type(), entry.getValue());
      byIndex[i] = answer;
      answers.put(question.id(), answer);
    }
    for (int i = 0; i < questions.size(); i++) {
      if (byIndex[i] != null && !index.questionConditions().shown(i, byIndex)) {
        return Verdict.refused(
            RejectReason.ANSWERED_HIDDEN,
            "question " + questions.get(i).id() + " is answered but hidden");
      }
    }
    for (int i = 0; i < questions.size(); i++) {
      if (byIndex[i] == null
          && questions.get(i).required()
          && index.questionConditions().shown(i, byIndex)) {
        return Verdict.refused(
            RejectReason.MISSING_REQUIRED,
            "required question " + questions.get(i).id() + " is not answered");
      }
    }

    return new Verdict.Ok<>(
        new Response(
            new ResponseId(id),
            index.edition().questionnaire(),
            new StructureId(structure),
            channel,
            submittedAt,
            Envelope.string(line, "locale"),
            respondent,
            Envelope.strings(line, "segment"),
            answers));
  }

  /**
   * @return why the value is not an answer to a question of this type, or null when it is
   */
  private static @Nullable String problem(QuestionType type, JsonValue value) {
    if (type instanceof QuestionType.Rating rating) {
      return scaleProblem(rating.scale(), value);
    }
    if (type instanceof QuestionType.Nps) {
      return scaleProblem(NPS, value);
    }
    if (type instanceof QuestionType.YesNo) {
      return value instanceof BooleanValue ? null : value.shown() + " is not true or false";
    }
    if (type instanceof QuestionType.SingleChoice choice) {
      return isOption(choice.options(), value) ? null : value.shown() + " is not an option value";
    }
    if (type instanceof QuestionType.MultiChoice choices) {
      return choicesProblem(choices, value);
    }
    if (type instanceof QuestionType.Number number) {
      return SharedChecks.quantityProblem(number, value, "is not a number");
    }
    if (type instanceof QuestionType.Text text) {
      if (!(value instanceof StringValue string)) {
        return value.shown() + " is not a string";
      }
      int length = string.value().codePointCount(0, string.value().length());
      return length <= text.maxLength()
          ? null
          : length + " characters, more than " + text.maxLength();
    }
    QuestionType.Date date = (QuestionType.Date) type;
    LocalDate day = value instanceof StringValue string ? Instants.date(string.value()) : null;
    if (day == null) {
      return value.shown() + " is not a local date";
    }
    return dateProblem(date, day);
  }

  private static @Nullable String scaleProblem(Scale scale, JsonValue value) {
    if (!(value instanceof NumberValue number) || !number.isInteger()) {
      return value.shown() + " is not an integer";
    }
    long point = number.value().longValueExact();
    return point >= scale.min() && point <= scale.max()
        ? null
        : number.plain() + " is outside the scale " + scale;
  }

  private static boolean isOption(List<Option> options, JsonValue value) {
    return value instanceof StringValue string
        && options.stream().anyMatch(option -> option.value().equals(string.value()));
  }

  private static @Nullable String choicesProblem(QuestionType.MultiChoice type, JsonValue value) {
    if (!(value instanceof ArrayValue array)) {
      return value.shown() + " is not an array of option values";
    }
    Set<String> selected = new HashSet<>();
    for (JsonValue element : array.elements()) {
      if (!isOption(type.options(), element)) {
        return element.shown() + " is not an option value";
      }
      if (!selected.add(((StringValue) element).value())) {
        return "an option is selected twice";
      }
    }
    Integer min = type.minSelected();
    if (min != null && selected.size() < min) {
      return selected.size() + " selected, fewer than " + min;
    }
    Integer max = type.maxSelected();
    if (max != null && selected.size() > max) {
      return selected.size() + " selected, more than " + max;
    }
    return null;
  }

  private static @Nullable String dateProblem(QuestionType.Date type, LocalDate day) {
    LocalDate min = type.min();
    LocalDate max = type.max();
    if (min != null && max != null) {
      return new DateRange(min, max).contains(day)
          ? null
          : day + " is outside " + new DateRange(min, max);
    }
    if (min != null && day.isBefore(min)) {
      return day + " is before the minimum " + min;
    }
    if (max != null && day.isAfter(max)) {
      return day + " is after the maximum " + max;
    }
    return null;
  }

  /** Types a value that {@link #problem} accepted. */
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
