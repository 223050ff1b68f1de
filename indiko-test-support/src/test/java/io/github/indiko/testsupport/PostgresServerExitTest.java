package io.github.indiko.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** A JVM that ends without closing its server leaves no server and no folder behind. */
@RequiresPostgres
class PostgresServerExitTest {
  /** Starts a server, prints its port and folder, and ends without closing it. */
  static final class Forgetful {
    private Forgetful() {}

    public static void main(String[] args) throws IOException {
      PostgresServer server = PostgresServer.start();
      System.out.println(server.port() + " " + server.folder());
    }
  }

  @Test
  void start_jvmEndsWithoutClose_theShutdownHookStopsTheServerAndDeletesItsFolder()
      throws Exception {
    Process child =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                Forgetful.class.getName())
            .redirectError(ProcessBuilder.Redirect.INHERIT)
            .start();
    String line;
    try (BufferedReader out =
        new BufferedReader(
            new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      line = out.readLine();
    }
    assertThat(child.waitFor(60, TimeUnit.SECONDS)).as("child JVM ended").isTrue();
    assertThat(child.exitValue()).isZero();
    assertThat(line).as("the child's port and folder").isNotNull().matches("\\d+ /tmp/.+");

    String[] parts = line.split(" ", 2);
    assertThat(Files.exists(Path.of(parts[1]))).as("folder deleted").isFalse();
    assertThatThrownBy(() -> connect(Integer.parseInt(parts[0])))
        .isInstanceOf(ConnectException.class);
  }

  private static void connect(int port) throws IOException {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress("127.0.0.1", port), 2000);
    }
  }
}
