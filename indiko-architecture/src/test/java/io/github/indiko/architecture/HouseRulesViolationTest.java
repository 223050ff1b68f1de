package io.github.indiko.architecture;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import io.github.indiko.architecture.fixture.cli.ReachesInternal;
import io.github.indiko.architecture.fixture.core.LeaksJackson;
import io.github.indiko.architecture.fixture.core.UsesScoring;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Each rule fails on a class that breaks it: the fixtures are placed in real modules (core, the
 * command line), as a maintainer's mistake would be, and the rule names the fault.
 */
class HouseRulesViolationTest {
  static IndikoModules modules;

  @BeforeAll
  static void importModules() {
    modules = IndikoModules.onClassPath()
        .placing(UsesScoring.class.getPackageName(), "io.github.indiko.core")
        .placing(ReachesInternal.class.getPackageName(), "io.github.indiko.cli");
  }

  @Test
  void modulesUseOnly_coreUsingScoring_fails() {
    JavaClasses fixture = new ClassFileImporter().importClasses(UsesScoring.class);

    assertThatThrownBy(() -> HouseRules.modulesUseOnly(modules, HouseRulesTest.ALLOWED).check(fixture))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("io.github.indiko.core may not use io.github.indiko.scoring")
        .hasMessageContaining("ScoringEngine");
  }

  @Test
  void modulesUseOnly_moduleInNoRule_fails() {
    JavaClasses fixture = new ClassFileImporter().importClasses(LeaksJackson.class);

    IndikoModules placed =
        modules.placing(LeaksJackson.class.getPackageName(), "io.github.indiko.warehouse");
    assertThatThrownBy(() -> HouseRules.modulesUseOnly(placed, HouseRulesTest.ALLOWED)
        .check(fixture))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("module io.github.indiko.warehouse is in no rule of the architecture");
  }

  @Test
  void internals_reachedWithoutQualifiedExport_fails() {
    JavaClasses fixture = new ClassFileImporter().importClasses(ReachesInternal.class);

    assertThatThrownBy(() -> HouseRules.internalsOnlyThroughQualifiedExports(modules).check(fixture))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("io.github.indiko.cli reaches io.github.indiko.core.internal,"
            + " which io.github.indiko.core does not export to it");
  }

  @Test
  void apiSignatures_jacksonTypeInAnExportedMethod_fails() {
    JavaClasses fixture = new ClassFileImporter().importClasses(LeaksJackson.class);

    assertThatThrownBy(() -> HouseRules.apiNamesNoHiddenLibrary(modules).check(fixture))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("LeaksJackson.text(tools.jackson.databind.JsonNode)")
        .hasMessageContaining("names tools.jackson.databind.JsonNode in the public API");
  }
}
