package io.github.indiko.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The house rules of docs/architecture.md as ArchUnit rules over Indiko's modules: data flows one
 * way (files → core → scoring → reports, forms beside scoring, the command line on top), an
 * {@code internal} package is used by another module only through a qualified export its
 * {@code module-info.java} declares, and no exported signature names a type of the libraries
 * Indiko keeps out of its public API.
 */
final class HouseRules {
  /** Libraries that are implementation details: their types never appear in a public signature. */
  static final List<String> HIDDEN_LIBRARIES =
      List.of(
          "tools.jackson.",
          "com.fasterxml.jackson.",
          "org.hipparchus.",
          "com.google.zxing.",
          "org.slf4j.",
          "org.flywaydb.",
          "org.sqlite.");

  private HouseRules() {}

  /**
   * Each module uses only the Indiko modules it is allowed to (short names: {@code core},
   * {@code scoring}…); a module with no entry in {@code allowed} is a violation, so a new module
   * must be placed in the picture before it builds.
   */
  static ArchRule modulesUseOnly(IndikoModules modules, Map<String, Set<String>> allowed) {
    return classes()
        .should(new ArchCondition<JavaClass>("use only the Indiko modules their module may use") {
          @Override
          public void check(JavaClass c, ConditionEvents events) {
            String from = modules.moduleOf(c).orElseThrow();
            Set<String> may = allowed.get(IndikoModules.shortName(from));
            if (may == null) {
              events.add(SimpleConditionEvent.violated(c, String.format(Locale.ROOT,
                  "module %s is in no rule of the architecture (%s)", from, c.getName())));
              return;
            }
            for (Dependency d : c.getDirectDependenciesFromSelf()) {
              modules.moduleOf(d.getTargetClass())
                  .filter(to -> !to.equals(from) && !may.contains(IndikoModules.shortName(to)))
                  .ifPresent(to -> events.add(SimpleConditionEvent.violated(d,
                      String.format(Locale.ROOT, "%s may not use %s: %s",
                          from, to, d.getDescription()))));
            }
          }
        })
        .allowEmptyShould(false);
  }

  /**
   * A class of another module reaches an {@code internal} package only where that package's
   * module exports it to the class's module by name; no module exports an {@code internal}
   * package to all.
   */
  static ArchRule internalsOnlyThroughQualifiedExports(IndikoModules modules) {
    return classes()
        .should(new ArchCondition<JavaClass>("reach other modules' internal packages only where exported to them") {
          @Override
          public void check(JavaClass c, ConditionEvents events) {
            String from = modules.moduleOf(c).orElseThrow();
            if (isInternal(c.getPackageName()) && modules.exportedToAll(from).contains(c.getPackageName())) {
              events.add(SimpleConditionEvent.violated(c, String.format(Locale.ROOT,
                  "%s exports its internal package %s to every module", from, c.getPackageName())));
            }
            for (Dependency d : c.getDirectDependenciesFromSelf()) {
              JavaClass target = d.getTargetClass().getBaseComponentType();
              String pkg = target.getPackageName();
              modules.moduleOf(target)
                  .filter(to -> !to.equals(from) && isInternal(pkg) && !modules.exports(to, pkg, from))
                  .ifPresent(to -> events.add(SimpleConditionEvent.violated(d,
                      String.format(Locale.ROOT, "%s reaches %s, which %s does not export to it: %s",
                          from, pkg, to, d.getDescription()))));
            }
          }
        })
        .allowEmptyShould(false);
  }

  /**
   * No public type of a package a module exports to all names a Jackson, Hipparchus, ZXing, SLF4J,
   * Flyway or SQLite driver type in its supertypes or in a public or protected member's signature.
   */
  static ArchRule apiNamesNoHiddenLibrary(IndikoModules modules) {
    return classes()
        .should(new ArchCondition<JavaClass>(
            "name no Jackson, Hipparchus, ZXing, SLF4J, Flyway or SQLite driver type in an"
                + " exported signature") {
          @Override
          public void check(JavaClass c, ConditionEvents events) {
            String module = modules.moduleOf(c).orElseThrow();
            if (!isApi(c) || !modules.exportedToAll(module).contains(c.getPackageName())) {
              return;
            }
            List<JavaType> named = new ArrayList<>();
            c.getRawSuperclass().ifPresent(named::add);
            named.addAll(c.getInterfaces());
            for (JavaType t : named) {
              report(c, c.getName() + " extends or implements", t, events);
            }
            for (JavaMember m : c.getMembers()) {
              if (!m.getModifiers().contains(JavaModifier.PUBLIC)
                  && !m.getModifiers().contains(JavaModifier.PROTECTED)) {
                continue;
              }
              if (m instanceof JavaField f) {
                report(c, f.getFullName(), f.getType(), events);
              } else if (m instanceof JavaCodeUnit u) {
                report(c, u.getFullName(), u.getReturnType(), events);
                u.getParameterTypes().forEach(t -> report(c, u.getFullName(), t, events));
                u.getThrowsClause().getTypes().forEach(t -> report(c, u.getFullName(), t, events));
              }
            }
          }
        })
        .allowEmptyShould(false);
  }

  private static void report(JavaClass c, String where, JavaType type, ConditionEvents events) {
    for (JavaClass raw : type.getAllInvolvedRawTypes()) {
      String name = raw.getBaseComponentType().getName();
      if (HIDDEN_LIBRARIES.stream().anyMatch(name::startsWith)) {
        events.add(SimpleConditionEvent.violated(c,
            String.format(Locale.ROOT, "%s names %s in the public API", where, name)));
      }
    }
  }

  private static boolean isApi(JavaClass c) {
    for (JavaClass k = c; k != null; k = k.getEnclosingClass().orElse(null)) {
      if (!k.getModifiers().contains(JavaModifier.PUBLIC)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isInternal(String pkg) {
    return pkg.contains(".internal.") || pkg.endsWith(".internal");
  }
}
