package io.github.indiko.architecture;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.Location;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.module.FindException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.jar.JarFile;
import java.util.stream.Collectors;

/**
 * Indiko's modules as their {@code module-info.java} declares them: each module's packages and
 * exports, read from the compiled descriptors on the class path, so that the rules follow what
 * the modules really export rather than a copy of it.
 */
final class IndikoModules {
  static final String PREFIX = "io.github.indiko.";

  private final Map<String, ModuleDescriptor> byName = new LinkedHashMap<>();
  private final Map<String, String> moduleOfPackage = new HashMap<>();
  private final Map<String, Set<String>> placedExports = new HashMap<>();
  private final List<Path> locations;

  IndikoModules(Collection<ModuleDescriptor> descriptors, List<Path> locations) {
    for (ModuleDescriptor d : descriptors) {
      byName.put(d.name(), d);
      for (String p : d.packages()) {
        moduleOfPackage.put(p, d.name());
      }
    }
    this.locations = List.copyOf(locations);
  }

  /**
   * @return these modules with one more package, exported to all, in {@code module}: how the
   *     tests of the rules place a class that breaks them in a real module
   */
  IndikoModules placing(String pkg, String module) {
    IndikoModules placed = new IndikoModules(byName.values(), locations);
    placed.moduleOfPackage.putAll(moduleOfPackage);
    placed.moduleOfPackage.put(pkg, module);
    placedExports.forEach((m, p) -> placed.placedExports.put(m, new HashSet<>(p)));
    placed.placedExports.computeIfAbsent(module, m -> new HashSet<>()).add(pkg);
    return placed;
  }

  /** The Indiko modules on this test's class path: the jars or class folders of the reactor. */
  static IndikoModules onClassPath() {
    List<ModuleDescriptor> descriptors = new ArrayList<>();
    List<Path> locations = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
      Path path = Path.of(entry);
      if (!Files.exists(path)) {
        continue;
      }
      try {
        for (ModuleReference ref : ModuleFinder.of(path).findAll()) {
          ModuleDescriptor d = ref.descriptor();
          if (!d.isAutomatic() && d.name().startsWith(PREFIX)) {
            descriptors.add(d);
            locations.add(path);
          }
        }
      } catch (FindException notAModule) {
        // A jar whose name makes no automatic module name: a third-party library, not ours.
      }
    }
    return new IndikoModules(descriptors, locations);
  }

  /** @return the names of the modules, in class-path order */
  Set<String> names() {
    return byName.keySet();
  }

  /** @return the jars or class folders that hold the modules, as ArchUnit imports them */
  Set<Location> classLocations() {
    Set<Location> found = new LinkedHashSet<>();
    for (Path path : locations) {
      if (Files.isDirectory(path)) {
        found.add(Location.of(path));
      } else {
        try (JarFile jar = new JarFile(path.toFile())) {
          found.add(Location.of(jar));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
    return found;
  }

  ModuleDescriptor descriptor(String module) {
    return byName.get(module);
  }

  /** @return the module that holds the class's package, if it is one of Indiko's */
  Optional<String> moduleOf(JavaClass c) {
    return Optional.ofNullable(moduleOfPackage.get(c.getBaseComponentType().getPackageName()));
  }

  /** @return the packages the module exports to every module */
  Set<String> exportedToAll(String module) {
    Set<String> exported = byName.get(module).exports().stream()
        .filter(e -> !e.isQualified())
        .map(ModuleDescriptor.Exports::source)
        .collect(Collectors.toCollection(HashSet::new));
    exported.addAll(placedExports.getOrDefault(module, Set.of()));
    return exported;
  }

  /** @return whether {@code module} exports {@code pkg} to {@code reader}, by name or to all */
  boolean exports(String module, String pkg, String reader) {
    return byName.get(module).exports().stream()
        .anyMatch(e -> e.source().equals(pkg) && (!e.isQualified() || e.targets().contains(reader)));
  }

  /** @return a module's short name: {@code core} for {@code io.github.indiko.core} */
  static String shortName(String module) {
    return module.substring(PREFIX.length());
  }
}
