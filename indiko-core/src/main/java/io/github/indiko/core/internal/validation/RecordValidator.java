package io.github.indiko.core.internal.validation;

import io.github.indiko.core.DefinitionProblem;
import io.github.indiko.core.edition.MinimumAudits;
import io.github.indiko.core.edition.StrategyRef;
import io.github.indiko.core.edition.TrophySettings;
import io.github.indiko.core.grid.Criterion;
import io.github.indiko.core.questionnaire.Question;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.hibernate.validator.HibernateValidator;
import org.jspecify.annotations.Nullable;

/**
 * Runs the Bean Validation constraints of the domain records and names each violation by the JSON
 * pointer of format v1. Messages are interpolated without Expression Language ({@link
 * PlainMessages} over Hibernate Validator's {@code ParameterMessageInterpolator}), in English or
 * French. The factory ignores any {@code META-INF/validation.xml}: a host's configuration changes
 * neither Indiko's rules nor its messages. Thread-safe.
 */
public final class RecordValidator {
  /** Immutable and thread-safe once built; building it is the costly part. */
  private static final ValidatorFactory FACTORY =
      Validation.byProvider(HibernateValidator.class)
          .configure()
          .ignoreXmlConfiguration()
          .messageInterpolator(new PlainMessages(Locale.ROOT))
          .buildValidatorFactory();

  private static final Validator ENGLISH = FACTORY.getValidator();
  private static final Validator FRENCH =
      FACTORY.usingContext().messageInterpolator(new PlainMessages(Locale.FRENCH)).getValidator();

  /**
   * How records are written in format v1 where it differs from their components: a component
   * mapped to {@code ""} holds members of its owner's object (a question's type, a count that is
   * the member itself, a strategy's name), another to its path of members.
   */
  private static final Map<Class<?>, Map<String, String>> MEMBERS =
      Map.of(
          Question.class, Map.of("type", ""),
          Criterion.class, Map.of("type", ""),
          MinimumAudits.Total.class, Map.of("count", ""),
          MinimumAudits.PerChannel.class, Map.of("counts", ""),
          StrategyRef.class, Map.of("name", ""),
          TrophySettings.class,
              Map.of("consultationMinimumResponses", "/consultation/minimumResponses"));

  private RecordValidator() {}

  /**
   * @param locale the language of messages: French for French, English for any other
   * @return a validator of Indiko's records; thread-safe, shared
   */
  public static Validator validator(Locale locale) {
    return locale.getLanguage().equals("fr") ? FRENCH : ENGLISH;
  }

  /**
   * @param record a domain record
   * @return its violations with English messages, ordered by pointer then message; empty when it
   *     is valid
   */
  public static List<Violation> validate(Object record) {
    return validate(record, Locale.ROOT);
  }

  /**
   * @param record a domain record
   * @param locale the language of messages ({@link #validator(Locale)})
   * @return its violations, ordered by pointer then message; empty when it is valid
   */
  public static List<Violation> validate(Object record, Locale locale) {
    return violations(record, validator(locale).validate(record));
  }

  /**
   * @param record a record of a definition document
   * @param file the document's name, e.g. {@code structures.json}
   * @param at the record's pointer in the document, e.g. {@code /structures/3}; {@code ""} for the
   *     document's root
   * @return its violations as problems of the document, with English messages
   */
  public static List<DefinitionProblem> problems(Object record, String file, String at) {
    List<DefinitionProblem> problems = new ArrayList<>();
    for (Violation violation : validate(record)) {
      problems.add(new DefinitionProblem(file, at + violation.pointer(), violation.message()));
    }
    return problems;
  }

  /**
   * Checks a value against the constraints a record declares on one of its components, before
   * the record is made (Bean Validation's {@code validateValue}).
   *
   * @param type the record
   * @param component the component's name
   * @param value a candidate value of the component
   * @return the violations with English messages, pointers starting at the component (e.g.
   *     {@code /registration}); empty when it is valid
   */
  public static <T> List<Violation> validateComponent(
      Class<T> type, String component, @Nullable Object value) {
    return violations(null, ENGLISH.validateValue(type, component, value));
  }

  private static <T> List<Violation> violations(
      @Nullable Object root, Set<ConstraintViolation<T>> found) {
    List<Violation> violations = new ArrayList<>();
    for (ConstraintViolation<T> violation : found) {
      violations.add(
          new Violation(pointer(root, violation.getPropertyPath()), violation.getMessage()));
    }
    violations.sort(Comparator.comparing(Violation::pointer).thenComparing(Violation::message));
    return violations;
  }

  /**
   * @param root the validated record, or null when a value was validated alone
   * @param path a property path such as {@code sections[0].questions[2].weight}
   * @return its JSON pointer, e.g. {@code /sections/0/questions/2/weight}
   */
  static String pointer(@Nullable Object root, Path path) {
    StringBuilder pointer = new StringBuilder();
    Object parent = root;
    for (Path.Node node : path) {
      Object owner = parent;
      if (node.isInIterable()) {
        Object key = node.getIndex() != null ? node.getIndex() : node.getKey();
        if (key != null) {
          pointer.append('/').append(escape(key.toString()));
        }
        owner = element(parent, node);
      }
      parent = owner;
      if (node.getKind() == ElementKind.PROPERTY && node.getName() != null) {
        pointer.append(member(owner, node.getName()));
        parent = component(owner, node.getName());
      }
    }
    return pointer.toString();
  }

  /** The member a component is written as, under the owner's pointer. */
  private static String member(@Nullable Object owner, String component) {
    Map<String, String> members = owner == null ? Map.of() : MEMBERS.get(owner.getClass());
    String member = members == null ? null : members.get(component);
    return member != null ? member : "/" + escape(component);
  }

  /** The element of a list, map or other collection that a node in it belongs to. */
  private static @Nullable Object element(@Nullable Object container, Path.Node node) {
    Integer index = node.getIndex();
    if (container instanceof List<?> list && index != null && index >= 0 && index < list.size()) {
      return list.get(index);
    }
    if (container instanceof Map<?, ?> map && node.getKey() != null) {
      return map.get(node.getKey());
    }
    if (container instanceof Collection<?> collection && index != null) {
      return collection.stream().skip(index).findFirst().orElse(null);
    }
    return null;
  }

  /**
   * The value of a record's component, read by its public accessor; null when the owner is not a
   * record or has no such component. The path of a violation a validator builds holds no values,
   * so they are read again from the validated record.
   */
  private static @Nullable Object component(@Nullable Object owner, String name) {
    if (owner == null || !owner.getClass().isRecord()) {
      return null;
    }
    for (RecordComponent component : owner.getClass().getRecordComponents()) {
      if (component.getName().equals(name)) {
        try {
          return component.getAccessor().invoke(owner);
        } catch (ReflectiveOperationException e) {
          return null;
        }
      }
    }
    return null;
  }

  private static String escape(String name) {
    return name.replace("~", "~0").replace("/", "~1");
  }
}
