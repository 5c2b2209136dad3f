package org.nmt.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.Command;

class NmtTest {
  /** A command with a bug: it fails with a message quoting a document. */
  @Command(name = "buggy")
  static final class Buggy implements Callable<Integer> {
    @Override
    public Integer call() {
      throw new IllegalStateException("SECRET chief complaint");
    }
  }

  @Test
  void anUnexpectedExceptionIsOneLineWithoutItsMessage() {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = Nmt.run(new Buggy(), new PrintWriter(out), new PrintWriter(err));
    assertEquals(Nmt.BAD_INPUT, status);
    assertEquals(
        "nmt: internal error (java.lang.IllegalStateException); please report it\n",
        err.toString());
    assertFalse(err.toString().contains("SECRET"));
  }

  /**
   * Every help text formats: picocli reads descriptions as format strings, and a bare {@code %}
   * ("95 % interval") made it print a warning on the process's standard error and show the text
   * unformatted.
   */
  @Test
  void everyHelpTextFormatsWithoutAWarning() {
    PrintStream original = System.err;
    ByteArrayOutputStream stderr = new ByteArrayOutputStream();
    Run outcomes;
    System.setErr(new PrintStream(stderr, true, UTF_8));
    try {
      for (String command : new String[] {"demo", "validate", "progress", "export", "catalog"}) {
        assertEquals(Nmt.OK, Run.of(command, "--help").status, command);
      }
      assertEquals(Nmt.OK, Run.of("--help").status);
      outcomes = Run.of("outcomes", "--help");
    } finally {
      System.setErr(original);
    }
    assertEquals("", stderr.toString(UTF_8));
    assertEquals(Nmt.OK, outcomes.status);
    assertTrue(outcomes.out.contains("95 % interval"), outcomes.out);
  }

  /** A PrintWriter keeps its write errors: a closed pipe or a full disk must not exit 0. */
  @Test
  void aFailedWriteToStandardOutputIsBadInput() {
    java.io.Writer broken =
        new java.io.Writer() {
          @Override
          public void write(char[] chars, int offset, int length) throws java.io.IOException {
            throw new java.io.IOException("No space left on device");
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        };
    StringWriter err = new StringWriter();
    int status = Nmt.run(new PrintWriter(broken), new PrintWriter(err), "catalog", "stages");
    assertEquals(Nmt.BAD_INPUT, status);
    assertEquals(
        "nmt: standard output: cannot write (a closed pipe or a full disk)\n", err.toString());
  }
}
