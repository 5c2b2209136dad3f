package org.nmt.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** One in-process run of {@code nmt}: its exit status and what it printed. */
final class Run {
  final int status;
  final String out;
  final String err;

  private Run(int status, String out, String err) {
    this.status = status;
    this.out = out;
    this.err = err;
  }

  static Run of(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = Nmt.run(new PrintWriter(out), new PrintWriter(err), args);
    return new Run(status, out.toString(), err.toString());
  }
}
