package org.nmt.io.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import org.junit.jupiter.api.Test;

/** {@link ShortDecimals} against {@link Double#parseDouble}, bit for bit. */
class ShortDecimalsTest {
  private static double parse(String text) {
    String padded = "[" + text + "]";
    return ShortDecimals.parse(padded.toCharArray(), 1, text.length());
  }

  @Test
  void parsesEveryShortDecimalExactlyAsParseDouble() {
    qt().withFixedSeed(20261124L)
        .withExamples(20000)
        .forAll(
            longs().between(0, 999_999_999_999_999L),
            integers().between(1, 16),
            integers().between(0, 1))
        .checkAssert(
            (digits, decimals, sign) -> {
              String unsigned = String.valueOf(digits);
              while (unsigned.length() <= decimals) {
                unsigned = "0" + unsigned;
              }
              int point = unsigned.length() - decimals;
              String text =
                  (sign == 1 ? "-" : "")
                      + unsigned.substring(0, point)
                      + "."
                      + unsigned.substring(point);
              double parsed = parse(text);
              if (unsigned.length() <= 15) {
                assertEquals(
                    Double.doubleToRawLongBits(Double.parseDouble(text)),
                    Double.doubleToRawLongBits(parsed),
                    text);
              } else {
                assertTrue(Double.isNaN(parsed), text);
              }
            });
  }

  @Test
  void parsesTheValuesRecordsHold() {
    for (String text : new String[] {"2.4", "0.1", "12.5", "359.9", "-0.0", "-1.25", "0.3"}) {
      assertEquals(
          Double.doubleToRawLongBits(Double.parseDouble(text)),
          Double.doubleToRawLongBits(parse(text)),
          text);
    }
  }

  @Test
  void leavesEveryOtherSpellingToTheGeneralParser() {
    for (String text :
        new String[] {
          "", "-", ".", "1", "-7", "1.", "1e5", "1.5e3", "1.5E-3", "1.2.3", "--1.0", "0x1.0"
        }) {
      assertTrue(Double.isNaN(parse(text)), text);
    }
  }
}
