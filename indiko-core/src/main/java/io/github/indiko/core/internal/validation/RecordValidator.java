package io.github.indiko.core.internal.validation;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.hibernate.validator.HibernateValidator;

/**
 * Runs the Bean Validation constraints of the domain records and names each violation by the JSON
 * pointer of format v1. Messages are interpolated without Expression Language ({@link
 * PlainMessages} over Hibernate Validator's {@code ParameterMessageInterpolator}), in English.
 * Thread-safe.
 */
public final class RecordValidator {
  /** Immutable and thread-safe once built; building it is the costly part. */
  private static final ValidatorFactory FACTORY =
      Validation.byProvider(HibernateValidator.class)
          .configure()
          .messageInterpolator(new PlainMessages())
          .buildValidatorFactory();

  private static final Validator VALIDATOR = FACTORY.getValidator();

  /** Record components whose name in format v1 is a path of members. */
  private static final Map<String, String> RENAMED =
      Map.of("consultationMinimumResponses", "consultation/minimumResponses");

  /**
   * The component of {@code Question} and {@code Criterion} that holds the type's own members:
   * those members sit in the item's object in format v1.
   */
  private static final String FLATTENED = "type";

  private RecordValidator() {}

  /**
   * @param record a domain record
   * @return its violations, ordered by pointer then message; empty when it is valid
   */
  public static List<Violation> validate(Object record) {
    List<Violation> violations = new ArrayList<>();
    for (ConstraintViolation<Object> violation : VALIDATOR.validate(record)) {
      violations.add(new Violation(pointer(violation.getPropertyPath()), violation.getMessage()));
    }
    violations.sort(Comparator.comparing(Violation::pointer).thenComparing(Violation::message));
    return violations;
  }

  /**
   * @param path a property path such as {@code sections[0].questions[2].weight}
   * @return its JSON pointer, e.g. {@code /sections/0/questions/2/weight}
   */
  static String pointer(Path path) {
    List<Path.Node> nodes = new ArrayList<>();
    path.forEach(nodes::add);
    StringBuilder pointer = new StringBuilder();
    for (int i = 0; i < nodes.size(); i++) {
      Path.Node node = nodes.get(i);
      if (node.isInIterable()) {
        Object key = node.getIndex() != null ? node.getIndex() : node.getKey();
        if (key != null) {
          pointer.append('/').append(escape(key.toString()));
        }
      }
      boolean last = i == nodes.size() - 1;
      if (node.getKind() == ElementKind.PROPERTY
          && node.getName() != null
          && !(node.getName().equals(FLATTENED) && !last)) {
        pointer.append('/').append(RENAMED.getOrDefault(node.getName(), escape(node.getName())));
      }
    }
    return pointer.toString();
  }

  private static String escape(String name) {
    return name.replace("~", "~0").replace("/", "~1");
  }
}
