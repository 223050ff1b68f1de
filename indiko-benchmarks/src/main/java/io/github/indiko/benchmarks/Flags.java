package io.github.indiko.benchmarks;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The command lines of the benchmark tools: options given as {@code --name value} pairs. */
final class Flags {
  private Flags() {}

  /**
   * @param args {@code --name value} pairs
   * @param names the options known
   * @return each option given, by name, with its value (the last one when given twice)
   * @throws IllegalArgumentException when an option is unknown or has no value
   */
  static Map<String, String> parse(String[] args, String... names) {
    List<String> known = List.of(names);
    Map<String, String> options = new HashMap<>();
    for (int i = 0; i < args.length; i += 2) {
      String name = args[i];
      if (!known.contains(name)) {
        throw new IllegalArgumentException("unknown option " + name);
      }
      if (i + 1 == args.length) {
        throw new IllegalArgumentException(name + " needs a value");
      }
      options.put(name, args[i + 1]);
    }
    return options;
  }

  /**
   * @param value a number of responses, an integer or in E notation ({@code 1e6})
   * @return that number
   * @throws IllegalArgumentException when it is not a whole number
   */
  static long count(String value) {
    try {
      return new BigDecimal(value.trim()).longValueExact();
    } catch (ArithmeticException | NumberFormatException e) {
      throw new IllegalArgumentException("not a whole number of responses: " + value, e);
    }
  }
}
