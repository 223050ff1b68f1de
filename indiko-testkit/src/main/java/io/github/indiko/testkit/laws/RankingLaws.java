package io.github.indiko.testkit.laws;

import io.github.indiko.core.structure.StructureId;
import io.github.indiko.scoring.spi.Interval;
import io.github.indiko.scoring.spi.RankingInput;
import io.github.indiko.scoring.spi.RankingPolicy;
import io.github.indiko.testkit.property.Gen;
import io.github.indiko.testkit.property.Property;
import io.github.indiko.testkit.property.PropertyViolation;
import io.github.indiko.testkit.property.Settings;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.function.Executable;

/**
 * The laws every {@link RankingPolicy} obeys (scoring.md §7), as JUnit 5 dynamic tests that need no
 * property-testing engine: {@code return RankingLaws.of(myPolicy);} from a {@code @TestFactory}.
 * The laws rank generated {@link RankingInput}s, with and without a composite, a respondent index
 * and its interval, and compare keys bit for bit. A law that fails throws a {@link
 * PropertyViolation} naming the law, the policy, the seed and the shrunk input.
 */
public final class RankingLaws {
  private static final List<StructureId> STRUCTURES =
      Stream.of("mairie-a", "caf-b", "ch-c").map(StructureId::new).toList();

  private final RankingPolicy policy;
  private final Settings settings;

  private RankingLaws(RankingPolicy policy, Settings settings) {
    this.policy = Objects.requireNonNull(policy, "policy");
    this.settings = Objects.requireNonNull(settings, "settings");
  }

  /**
   * @param policy the policy under test, configured as it should be checked
   * @return one dynamic test per law, checked with {@link Settings#defaults()}
   */
  public static Stream<DynamicTest> of(RankingPolicy policy) {
    return of(policy, Settings.defaults());
  }

  /**
   * @param policy the policy under test, configured as it should be checked
   * @param settings the seed, number of examples and shrink budget of every law
   * @return one dynamic test per law, named after the law
   */
  public static Stream<DynamicTest> of(RankingPolicy policy, Settings settings) {
    RankingLaws laws = new RankingLaws(policy, settings);
    return Stream.of(
        law("name is not blank", laws::nameIsNotBlank),
        law("configure with no parameter is equivalent", laws::configureWithNoParameter),
        law("determinism", laws::determinism),
        law("key is finite or absent", laws::keyIsFinite),
        law("absent data is handled", laws::absentData));
  }

  /**
   * Inputs as the engine gives them: a composite in [0, 100] or none; 0 to 2 000 respondents, often
   * fewer than 4; a respondent index in [0, 100] when there are respondents; its interval, around
   * it within [0, 100], from two.
   *
   * @return ranking inputs of a few structures
   */
  public static Gen<RankingInput> inputs() {
    Gen<StructureId> structures = Gen.elements(STRUCTURES);
    Gen<Boolean> present = Gen.booleans();
    Gen<Double> percents = Gen.doubles(0, 100);
    Gen<Long> counts = Gen.oneOf(List.of(Gen.longs(0, 3), Gen.longs(0, 2_000)));
    return source -> {
      StructureId structure = structures.generate(source);
      Double composite = present.generate(source) ? percents.generate(source) : null;
      long respondents = counts.generate(source);
      if (respondents == 0) {
        return new RankingInput(structure, composite, 0, null, null);
      }
      double index = percents.generate(source);
      Interval interval =
          respondents < 2
              ? null
              : new Interval(
                  Gen.doubles(0, index).generate(source), Gen.doubles(index, 100).generate(source));
      return new RankingInput(structure, composite, respondents, index, interval);
    };
  }

  private static DynamicTest law(String name, Consumer<String> check) {
    Executable executable = () -> check.accept(name);
    return DynamicTest.dynamicTest(name, executable);
  }

  private String title(String law) {
    return String.format(Locale.ROOT, "law '%s' of ranking policy '%s'", law, policy.name());
  }

  private <T> void check(String law, Gen<T> examples, Consumer<T> property) {
    Property.check(title(law), examples, property, settings);
  }

  private void nameIsNotBlank(String law) {
    if (policy.name().isBlank()) {
      throw new AssertionError(title(law) + " failed: the name is blank");
    }
  }

  private void configureWithNoParameter(String law) {
    RankingPolicy configured = policy.configure(Map.of());
    if (!configured.name().equals(policy.name())) {
      throw new AssertionError(
          title(law) + " failed: configure(Map.of()) renamed it " + configured.name());
    }
    check(law, inputs(), input -> same(configured.key(input), policy.key(input), "configured"));
  }

  private void determinism(String law) {
    check(
        law,
        inputs(),
        input -> {
          Double key = policy.key(input);
          same(policy.key(input), key, "a second call");
          RankingInput copy =
              new RankingInput(
                  input.structure(),
                  input.composite(),
                  input.respondents(),
                  input.respondentIndex(),
                  input.respondentIndexInterval());
          same(policy.key(copy), key, "an equal input");
        });
  }

  private void keyIsFinite(String law) {
    check(
        law,
        inputs(),
        input -> {
          Double key = policy.key(input);
          if (key != null && !Double.isFinite(key)) {
            throw new AssertionError("the key is " + key);
          }
        });
  }

  private void absentData(String law) {
    check(
        law,
        inputs()
            .map(
                input ->
                    new RankingInput(input.structure(), null, input.respondents(), null, null)),
        policy::key);
  }

  private static void same(@Nullable Double actual, @Nullable Double expected, String what) {
    if (!Objects.equals(actual, expected)) {
      throw new AssertionError(what + " gave the key " + actual + ", expected " + expected);
    }
  }
}
