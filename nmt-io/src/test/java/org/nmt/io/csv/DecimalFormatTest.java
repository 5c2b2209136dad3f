package org.nmt.io.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** {@link RowWriter#decimal} against the exact rule it implements, kept here as the oracle. */
class DecimalFormatTest {
  private static final long SEED = 20261124L;

  /** The rule of the CSV's values: the exact binary value rounded to 15 digits, plain. */
  private static String oracle(double value) {
    return new BigDecimal(value)
        .round(new MathContext(15, RoundingMode.HALF_EVEN))
        .stripTrailingZeros()
        .toPlainString();
  }

  private static void agrees(double value) {
    assertEquals(oracle(value), RowWriter.decimal(value), () -> "value " + value);
  }

  /** {@code unscaled / 10^scale}: the decimals a therapist enters and 15 to 17 digit ones. */
  private static Gen<Double> decimals(long bound, int maxScale) {
    return longs()
        .between(-bound, bound)
        .zip(integers().between(0, maxScale), (n, scale) -> n / Math.pow(10, scale));
  }

  @Test
  void agreesWithTheExactRuleOnAnyFiniteDouble() {
    qt().withFixedSeed(SEED)
        .withExamples(2000)
        .forAll(doubles().any().assuming(Double::isFinite))
        .check(
            value -> {
              agrees(value);
              return true;
            });
  }

  @Test
  void agreesOnShortDecimalsAndIntegers() {
    qt().withFixedSeed(SEED)
        .withExamples(2000)
        .forAll(decimals(1_000_000, 6).mix(decimals(999_999_999_999_999L, 20)))
        .check(
            value -> {
              agrees(value);
              return true;
            });
  }

  @Test
  void agreesOnValuesOfFifteenToSeventeenDigitsAndDerivedValues() {
    Gen<Double> seventeen = decimals(99_999_999_999_999_999L, 25);
    Gen<Double> derived =
        doubles()
            .between(0, 400)
            .zip(doubles().between(1, 400), (degrees, norm) -> degrees / norm * 100);
    Gen<Double> means =
        decimals(1000, 1).zip(decimals(1000, 1), decimals(1000, 1), (a, b, c) -> (a + b + c) / 3);
    qt().withFixedSeed(SEED)
        .withExamples(3000)
        .forAll(seventeen.mix(derived).mix(means).mix(nearHalfWay()))
        .check(
            value -> {
              agrees(value);
              return true;
            });
  }

  /**
   * Values at and next to a half-way point between two 15-digit decimals, where the rounding is
   * decided by the digits beyond the 15th or by HALF_EVEN.
   */
  private static Gen<Double> nearHalfWay() {
    return longs()
        .between(100_000_000_000_000L, 999_999_999_999_999L)
        .zip(
            integers().between(-10, 20),
            integers().between(-3, 3),
            (n, scale, ulps) -> {
              double halfWay = (n + 0.5) / Math.pow(10, scale);
              for (int i = 0; i < Math.abs(ulps); i++) {
                halfWay = ulps > 0 ? Math.nextUp(halfWay) : Math.nextDown(halfWay);
              }
              return halfWay;
            });
  }

  @Test
  void theNearestIntegerToAProductIsTheExactProductRoundedHalfEven() {
    qt().withFixedSeed(SEED)
        .withExamples(5000)
        .forAll(
            longs().between(100_000_000_000_000L, 999_999_999_999_998L),
            integers().between(0, 22),
            integers().between(-3, 3))
        .check(
            (n, scale, ulps) -> {
              double power = BigDecimal.TEN.pow(scale).doubleValue();
              double magnitude = (n + 0.5) / power;
              for (int i = 0; i < Math.abs(ulps); i++) {
                magnitude = ulps > 0 ? Math.nextUp(magnitude) : Math.nextDown(magnitude);
              }
              double scaled = magnitude * power;
              BigDecimal exact =
                  new BigDecimal(magnitude)
                      .multiply(new BigDecimal(power))
                      .setScale(0, RoundingMode.HALF_EVEN);
              double nearest =
                  RowWriter.nearestToProduct(magnitude, power, scaled, Math.rint(scaled));
              return exact.compareTo(new BigDecimal(nearest)) == 0;
            });
  }

  @Test
  void agreesOnTinyAndHugeValues() {
    Gen<Double> magnitudes =
        doubles()
            .between(1, 10)
            .zip(integers().between(-330, 308), (m, e) -> m * Math.pow(10, e))
            .assuming(Double::isFinite);
    qt().withFixedSeed(SEED)
        .withExamples(1000)
        .forAll(
            magnitudes
                .mix(Generate.pick(java.util.List.of(-1.0, 1.0)))
                .zip(Generate.pick(java.util.List.of(-1.0, 1.0)), (v, sign) -> v * sign))
        .check(
            value -> {
              agrees(value);
              return true;
            });
  }

  @Test
  void agreesOnEdgeValues() {
    double[] edges = {
      0.0,
      -0.0,
      1,
      -1,
      0.1,
      0.2,
      0.1 + 0.2,
      0.001,
      0.0001,
      1e-15,
      1e-22,
      1e-23,
      1e14,
      1e15,
      1e15 - 1,
      1e15 + 1,
      999_999_999_999_999.0,
      99_999_999_999_999.95,
      9_999_999_999_999.995,
      0.999_999_999_999_999_9,
      9.999_999_999_999_995,
      1e16,
      1e22,
      1e23,
      Math.pow(2, 53),
      Math.pow(2, 53) + 2,
      Double.MIN_VALUE,
      -Double.MIN_VALUE,
      Double.MIN_NORMAL,
      Double.MAX_VALUE,
      -Double.MAX_VALUE,
      Math.nextUp(1.0),
      Math.nextDown(1.0),
      Math.nextUp(0.001),
      Math.nextDown(0.001),
      2.675,
      1.005,
      0.125,
      0.5,
      -0.5,
      4.35,
      88.8888888888889,
      120 / 135.0 * 100,
      1 / 3.0,
      2 / 3.0,
      (2.6 + 2.8 + 2.7) / 3,
      Long.MAX_VALUE,
      Long.MIN_VALUE,
      100_000_000_000_000.5,
      100_000_000_000_001.5,
      123_456_789_012_345.5,
      999_999_999_999_999.5,
      99_999_999_999_999.5,
      1.000_000_000_000_000_4,
      2.000_000_000_000_000_4,
      0.100_000_000_000_000_5,
      1e-8,
      9.999_999e-9,
      1e37,
      9.999e36
    };
    for (double edge : edges) {
      agrees(edge);
      agrees(-edge);
    }
  }
}
