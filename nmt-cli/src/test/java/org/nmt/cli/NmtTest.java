package org.nmt.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

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
}
