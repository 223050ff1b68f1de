package io.github.indiko.testkit.laws;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.indiko.testkit.property.PropertyViolation;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;

/** Runs the dynamic tests of a law factory by hand, to look at the laws that fail. */
final class Laws {
  private static final Pattern DOUBLE = Pattern.compile("\\d+\\.\\d+(E-?\\d+)?");

  private Laws() {}

  /**
   * @return the failure of the law named {@code law}, or null when it holds
   */
  static Throwable failure(Stream<DynamicTest> laws, String law) {
    DynamicTest test =
        laws.filter(t -> t.getDisplayName().equals(law))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no law named " + law));
    try {
      test.getExecutable().execute();
      return null;
    } catch (Throwable failure) {
      return failure;
    }
  }

  /**
   * @return the names of the laws that fail
   */
  static List<String> failing(Stream<DynamicTest> laws) {
    return laws.filter(
            t -> {
              try {
                t.getExecutable().execute();
                return false;
              } catch (Throwable failure) {
                return true;
              }
            })
        .map(DynamicTest::getDisplayName)
        .toList();
  }

  /**
   * @return the violation of the law, which must fail with one
   */
  static PropertyViolation violation(Stream<DynamicTest> laws, String law) {
    Throwable failure = failure(laws, law);
    assertThat(failure).as(law).isInstanceOf(PropertyViolation.class);
    return (PropertyViolation) failure;
  }

  /**
   * @return how many doubles (scores) the counterexample shows
   */
  static long doublesIn(PropertyViolation violation) {
    return DOUBLE.matcher(String.valueOf(violation.counterexample())).results().count();
  }
}
