package org.nmt.core.testing;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs a class's {@code main} in a new JVM on the test's class path, for what only a fresh JVM can
 * show: a small heap, a system property read once at start (the line separator). Its standard
 * output and error go to a file in a directory of the test's, read once it has exited: no pipe can
 * fill up and stall it.
 */
public final class ChildJvm {
  private ChildJvm() {}

  /**
   * Runs {@code main} with {@code jvmOptions} and {@code args} and returns what it printed, without
   * leading and trailing white space; fails the test if it does not exit with 0 within {@code
   * timeout}, showing what it printed.
   */
  public static String run(
      Path dir, Duration timeout, List<String> jvmOptions, Class<?> main, String... args)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmOptions);
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(main.getName());
    command.addAll(List.of(args));
    Path output = Files.createTempFile(dir, "child", ".out");
    Process child =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(output.toFile())
            .start();
    try {
      if (!child.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        fail("the child JVM did not finish within " + timeout);
      }
    } finally {
      child.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }
    String out = Files.readString(output, UTF_8).trim();
    assertEquals(0, child.exitValue(), out);
    return out;
  }
}
