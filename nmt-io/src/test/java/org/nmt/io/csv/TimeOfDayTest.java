package org.nmt.io.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;

/** {@link RowWriter#timeOfDay} against {@link DateTimeFormatter#ISO_LOCAL_TIME}. */
class TimeOfDayTest {
  private static final int[] PRECISIONS = {1_000_000_000, 100_000_000, 1_000_000, 1_000, 10, 1};

  private static void agrees(int secondOfDay, int nano) {
    String expected =
        DateTimeFormatter.ISO_LOCAL_TIME.format(
            LocalTime.ofSecondOfDay(secondOfDay).withNano(nano));
    assertEquals(expected, RowWriter.timeOfDay(secondOfDay, nano));
  }

  @Test
  void agreesWithIsoLocalTimeAtEveryPrecision() {
    qt().withFixedSeed(20261124L)
        .withExamples(2000)
        .forAll(
            integers().between(0, 86_399),
            integers().between(0, 999_999_999),
            integers().between(0, PRECISIONS.length - 1))
        .check(
            (second, nano, precision) -> {
              int unit = PRECISIONS[precision];
              agrees(second, nano / unit * unit % 1_000_000_000);
              return true;
            });
  }

  @Test
  void agreesAtTheEdgesOfTheDay() {
    agrees(0, 0);
    agrees(0, 1);
    agrees(86_399, 999_999_999);
    agrees(43_200, 500_000_000);
    agrees(3_600, 10);
  }
}
