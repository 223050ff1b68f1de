package io.github.indiko.store;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.flywaydb.core.api.ResourceProvider;
import org.flywaydb.core.api.resource.LoadableResource;
import org.jspecify.annotations.Nullable;

/**
 * The migration scripts of one database, given to Flyway explicitly: read through this module's
 * own class, they are found whether the module is on the class path or the module path, where a
 * scan of the location by Flyway would need the resource package open to it.
 */
final class Migrations implements ResourceProvider {
  /** Every script, in each database's folder; a new migration adds its file name here. */
  static final List<String> SCRIPTS = List.of("V1__indiko_tables.sql");

  private final String folder;

  /**
   * @param vendor the database
   */
  Migrations(Vendor vendor) {
    this.folder = "io/github/indiko/store/migration/" + vendor.id + "/";
  }

  @Override
  public @Nullable LoadableResource getResource(String name) {
    String file = name.substring(name.lastIndexOf('/') + 1);
    return SCRIPTS.contains(file) ? new Script(file) : null;
  }

  @Override
  public Collection<LoadableResource> getResources(String prefix, String[] suffixes) {
    List<LoadableResource> found = new ArrayList<>();
    for (String file : SCRIPTS) {
      if (file.startsWith(prefix) && endsWithAny(file, suffixes)) {
        found.add(new Script(file));
      }
    }
    return found;
  }

  private static boolean endsWithAny(String file, String[] suffixes) {
    for (String suffix : suffixes) {
      if (file.endsWith(suffix)) {
        return true;
      }
    }
    return false;
  }

  /** One script of the folder, read from this module's resources. */
  private final class Script extends LoadableResource {
    private final String file;

    Script(String file) {
      this.file = file;
    }

    @Override
    public Reader read() {
      InputStream in = Migrations.class.getResourceAsStream("/" + folder + file);
      if (in == null) {
        throw new IllegalStateException("the jar holds no migration " + folder + file);
      }
      return new InputStreamReader(in, StandardCharsets.UTF_8);
    }

    @Override
    public String getAbsolutePath() {
      return folder + file;
    }

    @Override
    public String getAbsolutePathOnDisk() {
      return folder + file;
    }

    @Override
    public String getFilename() {
      return file;
    }

    @Override
    public String getRelativePath() {
      return file;
    }
  }
}
