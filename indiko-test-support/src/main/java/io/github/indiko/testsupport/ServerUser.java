package io.github.indiko.testsupport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipalNotFoundException;
import java.util.List;

/**
 * How a JVM that runs as root runs PostgreSQL's programs, which refuse root: as an unprivileged
 * user, through {@code runuser} (util-linux, on every Debian) or else {@code setpriv}.
 */
final class ServerUser {
  private static final List<Path> RUNUSER =
      List.of(Path.of("/usr/sbin/runuser"), Path.of("/sbin/runuser"));
  private static final List<Path> SETPRIV =
      List.of(Path.of("/usr/bin/setpriv"), Path.of("/bin/setpriv"));

  private ServerUser() {}

  /**
   * Whether the JVM runs as root: its effective uid, read from {@code /proc}, else its user's name
   * where there is no {@code /proc}.
   */
  static boolean runningAsRoot() {
    try {
      return Integer.valueOf(0).equals(Files.getAttribute(Path.of("/proc/self"), "unix:uid"));
    } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
      return "root".equals(System.getProperty("user.name"));
    }
  }

  /** Gives {@code folder} to {@code user}, so that the server may make its cluster in it. */
  static void own(Path folder, String user) throws IOException {
    try {
      Files.setOwner(
          folder,
          folder.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName(user));
    } catch (UserPrincipalNotFoundException e) {
      throw new IOException(
          "PostgreSQL refuses to run as root, and there is no user " + user + " to run it as", e);
    }
  }

  /** The words that run a command as {@code user}, put before the command's own. */
  static List<String> prefix(String user) throws IOException {
    for (Path runuser : RUNUSER) {
      if (Files.isExecutable(runuser)) {
        return List.of(runuser.toString(), "-u", user, "--");
      }
    }
    for (Path setpriv : SETPRIV) {
      if (Files.isExecutable(setpriv)) {
        return List.of(
            setpriv.toString(), "--reuid=" + user, "--regid=" + user, "--init-groups", "--");
      }
    }
    throw new IOException(
        "PostgreSQL refuses to run as root, and neither runuser nor setpriv is there to run it as "
            + user);
  }
}
