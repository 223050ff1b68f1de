package io.github.indiko.spring.boot;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;

/**
 * The edition's folder as a path: the folder itself when the resource is one in the file system
 * ({@code file:}, or {@code classpath:} of a class folder), else a temporary copy of the
 * resources under it (a {@code classpath:} folder inside a jar), deleted when closed.
 */
final class EditionLocation implements AutoCloseable {
  private final Path folder;
  private final boolean temporary;

  private EditionLocation(Path folder, boolean temporary) {
    this.folder = folder;
    this.temporary = temporary;
  }

  /**
   * @param location the edition's folder
   * @param resolver the application's resources, listing the files under a folder in a jar
   * @return the folder to load the edition from
   * @throws UncheckedIOException when the folder cannot be found or copied
   */
  static EditionLocation of(Resource location, ResourcePatternResolver resolver) {
    try {
      if (location.isFile()) {
        return new EditionLocation(location.getFile().toPath(), false);
      }
      return new EditionLocation(copy(location, resolver), true);
    } catch (IOException e) {
      throw new UncheckedIOException("the edition " + location + " cannot be read", e);
    }
  }

  /**
   * @return the folder
   */
  Path folder() {
    return folder;
  }

  /** Deletes the temporary copy, if this is one. */
  @Override
  public void close() {
    if (!temporary) {
      return;
    }
    try (Stream<Path> paths = Files.walk(folder)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("the copy of the edition cannot be deleted", e);
    }
  }

  private static Path copy(Resource location, ResourcePatternResolver resolver)
      throws IOException {
    String base = location.getURL().toString();
    String prefix = base.endsWith("/") ? base : base + "/";
    Path copy = Files.createTempDirectory("indiko-edition-");
    int copied = 0;
    for (Resource resource : resolver.getResources(prefix + "**")) {
      String relative = relative(prefix, resource);
      if (relative == null || !resource.isReadable()) {
        continue;
      }
      Path target = copy.resolve(relative).normalize();
      if (!target.startsWith(copy)) {
        continue;
      }
      Files.createDirectories(target.getParent());
      try (InputStream in = resource.getInputStream()) {
        Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
      }
      copied++;
    }
    if (copied == 0) {
      throw new IOException("no file under " + location);
    }
    return copy;
  }

  /** The path of a file under the folder, or null for the folder's own entries. */
  private static @Nullable String relative(String prefix, Resource resource) throws IOException {
    String url = resource.getURL().toString();
    if (!url.startsWith(prefix) || url.endsWith("/") || url.length() == prefix.length()) {
      return null;
    }
    return url.substring(prefix.length());
  }
}
