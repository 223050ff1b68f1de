package io.github.indiko.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.indiko.core.EditionDefinitions;
import io.github.indiko.core.format.EditionFolder;
import io.github.indiko.samples.SampleEdition;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** The edition's folder found from a resource location: in the file system, or in a jar. */
class EditionLocationTest {
  @TempDir Path temp;

  @Test
  void of_fileFolder_theFolderItself() throws IOException {
    Path edition = SampleEdition.copyTo(temp.resolve("edition"));
    PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();

    try (EditionLocation location =
        EditionLocation.of(resolver.getResource(edition.toUri().toString()), resolver)) {
      assertThat(location.folder()).isEqualTo(edition);
    }
    assertThat(edition.resolve("edition.json")).exists();
  }

  @Test
  void of_classpathFolderInAJar_loadedFromACopyDeletedWhenClosed() throws IOException {
    Path jar = jar(temp.resolve("portal.jar"), "barometre/2017/");
    try (URLClassLoader classes =
        new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
      PathMatchingResourcePatternResolver resolver =
          new PathMatchingResourcePatternResolver(new DefaultResourceLoader(classes));

      Path copy;
      try (EditionLocation location =
          EditionLocation.of(resolver.getResource("classpath:barometre/2017"), resolver)) {
        copy = location.folder();
        EditionDefinitions definitions = EditionFolder.load(copy);

        assertThat(definitions.edition().id().value()).isEqualTo("2017");
        assertThat(copy.resolve(SampleEdition.PREVIOUS)).exists();
      }
      assertThat(copy).doesNotExist();
    }
  }

  @Test
  void of_missingClasspathFolder_fails() throws IOException {
    Path jar = jar(temp.resolve("portal.jar"), "barometre/2017/");
    try (URLClassLoader classes =
        new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
      PathMatchingResourcePatternResolver resolver =
          new PathMatchingResourcePatternResolver(new DefaultResourceLoader(classes));

      assertThatThrownBy(
              () -> EditionLocation.of(resolver.getResource("classpath:nowhere"), resolver))
          .isInstanceOf(UncheckedIOException.class)
          .hasMessageContaining("nowhere");
    }
  }

  /** A jar holding the sample edition's files under a folder, with its folders' entries. */
  private static Path jar(Path file, String folder) throws IOException {
    try (OutputStream out = Files.newOutputStream(file);
        JarOutputStream jar = new JarOutputStream(out)) {
      jar.putNextEntry(new JarEntry("barometre/"));
      jar.putNextEntry(new JarEntry(folder));
      jar.putNextEntry(new JarEntry(folder + "previous-2016/"));
      for (String name : SampleEdition.files()) {
        jar.putNextEntry(new JarEntry(folder + name));
        try (InputStream in = SampleEdition.open(name)) {
          in.transferTo(jar);
        }
      }
    }
    return file;
  }
}
