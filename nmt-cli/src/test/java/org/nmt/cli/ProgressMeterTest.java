package org.nmt.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ProgressMeterTest {
  private final AtomicLong clock = new AtomicLong(5_000);
  private final StringWriter err = new StringWriter();

  private ProgressMeter meter(boolean enabled) {
    return new ProgressMeter(new PrintWriter(err), "exported", 500, enabled, clock::get);
  }

  private void after(long millis) {
    clock.addAndGet(TimeUnit.MILLISECONDS.toNanos(millis));
  }

  @Test
  void silentWhenStandardErrorIsNotATerminal() {
    ProgressMeter meter = meter(false);
    for (int i = 0; i < 500; i++) {
      after(100);
      meter.advance();
    }
    meter.finish();
    assertEquals("", err.toString());
  }

  @Test
  void silentDuringTheFirstSecond() {
    ProgressMeter meter = meter(true);
    for (int i = 0; i < 500; i++) {
      after(1);
      meter.advance();
    }
    meter.finish();
    assertEquals("", err.toString());
  }

  @Test
  void aLineAtMostOnceASecondAndTheLastCount() {
    ProgressMeter meter = meter(true);
    for (int i = 0; i < 500; i++) {
      after(10);
      meter.advance();
    }
    meter.finish();
    assertEquals(
        "exported 100/500 records\n"
            + "exported 200/500 records\n"
            + "exported 300/500 records\n"
            + "exported 400/500 records\n"
            + "exported 500/500 records\n",
        err.toString().replace(System.lineSeparator(), "\n"));
  }

  @Test
  void theLastCountIsNotRepeated() {
    ProgressMeter meter = meter(true);
    after(2000);
    meter.advance();
    meter.finish();
    assertEquals("exported 1/500 records\n", err.toString().replace(System.lineSeparator(), "\n"));
  }

  @Test
  void anUnknownTotalPrintsTheCountAlone() {
    ProgressMeter meter =
        new ProgressMeter(
            new PrintWriter(err), "analysed", ProgressMeter.UNKNOWN_TOTAL, true, clock::get);
    for (int i = 0; i < 25; i++) {
      after(100);
      meter.advance();
    }
    meter.finish();
    assertEquals(
        String.format("analysed 10 records%nanalysed 20 records%nanalysed 25 records%n"),
        err.toString());
  }
}
