package io.github.indiko.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The house rules hold on the published modules, as built by this reactor. */
class HouseRulesTest {
  /**
   * Which module may use which (docs/architecture.md): data flows one way, files → core → scoring
   * → reports, forms and the store beside scoring on core alone, the servlet on forms, the store,
   * scoring and reports, the command line on top. The samples' generators of synthetic and hostile editions are
   * built on the testkit's generators, which need no test framework (docs/decisions.md, "No test
   * framework in the runnable jar"); no other production module uses the testkit.
   */
  static final Map<String, Set<String>> ALLOWED = Map.of(
      "core", Set.of(),
      "scoring", Set.of("core"),
      "reports", Set.of("core", "scoring"),
      "forms", Set.of("core"),
      "store", Set.of("core"),
      "servlet", Set.of("core", "scoring", "reports", "forms", "store"),
      "spring.boot", Set.of("core", "scoring", "reports", "forms", "store", "servlet"),
      "testkit", Set.of("core", "scoring"),
      "samples", Set.of("core", "scoring", "testkit"),
      "cli", Set.of("core", "scoring", "reports", "samples", "store"));

  static IndikoModules modules;
  static JavaClasses classes;

  @BeforeAll
  static void importModules() {
    modules = IndikoModules.onClassPath();
    classes = new ClassFileImporter().importLocations(modules.classLocations());
  }

  @Test
  void modules_allFoundWithTheirDescriptors() {
    assertThat(modules.names()).extracting(IndikoModules::shortName)
        .containsExactlyInAnyOrderElementsOf(ALLOWED.keySet());
    assertThat(classes.containPackage("io.github.indiko.core.edition")).isTrue();
  }

  @Test
  void modules_useOnlyWhatTheyMay() {
    HouseRules.modulesUseOnly(modules, ALLOWED).check(classes);
  }

  @Test
  void internalPackages_onlyThroughQualifiedExports() {
    HouseRules.internalsOnlyThroughQualifiedExports(modules).check(classes);
  }

  @Test
  void exportedSignatures_nameNoHiddenLibrary() {
    HouseRules.apiNamesNoHiddenLibrary(modules).check(classes);
  }
}
