package org.nmt.cli;

import java.io.PrintWriter;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * Progress of a long run on standard error ({@code "exported 120/500 records"}, or {@code "analysed
 * 120 records"} when the total is {@link #UNKNOWN_TOTAL unknown}): silent when disabled (standard
 * error is not a terminal) and during the first second, then a line at most once a second, and a
 * last line at the end if any line was printed. Not thread-safe.
 */
final class ProgressMeter {
  /** The total of a run whose number of records is not known in advance. */
  static final int UNKNOWN_TOTAL = -1;

  private static final long INTERVAL = TimeUnit.SECONDS.toNanos(1);

  private final PrintWriter err;
  private final String verb;
  private final int total;
  private final boolean enabled;
  private final LongSupplier nanoTime;
  private final long start;
  private long lastPrinted;
  private int done;
  private int printedCount = -1;

  ProgressMeter(PrintWriter err, String verb, int total, boolean enabled, LongSupplier nanoTime) {
    this.err = err;
    this.verb = verb;
    this.total = total;
    this.enabled = enabled;
    this.nanoTime = nanoTime;
    this.start = nanoTime.getAsLong();
    this.lastPrinted = start;
  }

  /** Whether standard error is a terminal, as far as the JDK can tell. */
  static boolean stderrIsTerminal() {
    // Before JDK 22 the console is null unless the process runs in a terminal; since JDK 22 it
    // exists when redirected too, and Console.isTerminal() (absent in Java 17) tells.
    java.io.Console console = System.console();
    if (console == null) {
      return false;
    }
    try {
      return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(console);
    } catch (ReflectiveOperationException | RuntimeException olderJdk) {
      return true;
    }
  }

  /** One more item done. */
  void advance() {
    done++;
    if (!enabled) {
      return;
    }
    long now = nanoTime.getAsLong();
    if (now - start >= INTERVAL && now - lastPrinted >= INTERVAL) {
      print();
      lastPrinted = now;
    }
  }

  /** The run is over: prints the final count if a line with an earlier count was printed. */
  void finish() {
    if (printedCount >= 0 && printedCount != done) {
      print();
    }
  }

  private void print() {
    err.println(verb + " " + done + (total == UNKNOWN_TOTAL ? "" : "/" + total) + " records");
    err.flush();
    printedCount = done;
  }
}
