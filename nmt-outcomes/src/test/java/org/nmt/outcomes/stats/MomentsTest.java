package org.nmt.outcomes.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class MomentsTest {
  @Test
  void meanAndVarianceOfAKnownSample() {
    Moments moments = of(2, 4, 4, 4, 5, 5, 7, 9);
    assertEquals(8, moments.count());
    assertEquals(5.0, moments.mean().getAsDouble());
    assertEquals(32.0 / 7, moments.variance().getAsDouble(), 1e-15);
    assertEquals(Math.sqrt(32.0 / 7), moments.standardDeviation().getAsDouble(), 1e-15);
  }

  @Test
  void emptyHasNoMeanAndOneValueNoVariance() {
    Moments empty = Moments.create();
    assertEquals(0, empty.count());
    assertEquals(OptionalDouble.empty(), empty.mean());
    assertEquals(OptionalDouble.empty(), empty.variance());
    Moments one = of(3.5);
    assertEquals(OptionalDouble.of(3.5), one.mean());
    assertEquals(OptionalDouble.empty(), one.variance());
    assertEquals(OptionalDouble.empty(), one.standardDeviation());
  }

  @Test
  void constantValuesHaveZeroVarianceExactly() {
    Moments moments = of(0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1);
    assertEquals(0.0, moments.variance().getAsDouble());
    assertEquals(0.1, moments.mean().getAsDouble());
  }

  @Test
  void noCancellationAroundALargeOffset() {
    // The textbook formula in doubles loses every digit here; the exact sums keep them.
    Moments moments = of(1e9 + 4, 1e9 + 7, 1e9 + 13, 1e9 + 16);
    assertEquals(30.0, moments.variance().getAsDouble());
  }

  @Test
  void rejectsNonFiniteValues() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Moments.create().add(Double.NaN));
    assertEquals("value must be finite: NaN", e.getMessage());
  }

  @Test
  void mergingEqualsAddingEverythingToOneAccumulator() {
    qt().withFixedSeed(20261124L)
        .withExamples(1000)
        .forAll(lists().of(doubles().between(-1e6, 1e6)).ofSizeBetween(0, 40), integers().all())
        .check(
            (values, cut) -> {
              int split = values.isEmpty() ? 0 : Math.floorMod(cut, values.size() + 1);
              Moments whole = of(values);
              Moments left = of(values.subList(0, split));
              Moments right = of(values.subList(split, values.size()));
              left.merge(right);
              Moments reversed = of(values.subList(split, values.size()));
              reversed.merge(of(values.subList(0, split)));
              return same(whole, left) && same(whole, reversed);
            });
  }

  @Test
  void agreesWithTheTwoPassFormula() {
    qt().withFixedSeed(20261124L)
        .withExamples(1000)
        .forAll(lists().of(doubles().between(-1000, 1000)).ofSizeBetween(2, 60))
        .checkAssert(
            values -> {
              double mean =
                  values.stream().mapToDouble(Double::doubleValue).average().getAsDouble();
              double squares = 0;
              for (double v : values) {
                squares += (v - mean) * (v - mean);
              }
              double variance = squares / (values.size() - 1);
              Moments moments = of(values);
              assertEquals(mean, moments.mean().getAsDouble(), 1e-9);
              assertEquals(variance, moments.variance().getAsDouble(), 1e-9 * (1 + variance));
              assertTrue(moments.variance().getAsDouble() >= 0);
            });
  }

  @Test
  void equalsTheExactDecimalComputationForValuesOfEverySize() {
    qt().withFixedSeed(20261124L)
        .withExamples(1000)
        .forAll(
            lists()
                .of(
                    doubles()
                        .between(-1, 1)
                        .zip(integers().between(-1074, 1023), Math::scalb)
                        .mix(doubles().between(-100, 100), 40))
                .ofSizeBetween(0, 40))
        .checkAssert(
            values -> {
              Moments moments = of(values);
              BigDecimal sum = BigDecimal.ZERO;
              BigDecimal squares = BigDecimal.ZERO;
              for (double value : values) {
                BigDecimal exact = new BigDecimal(value);
                sum = sum.add(exact);
                squares = squares.add(exact.multiply(exact));
              }
              BigDecimal n = BigDecimal.valueOf(values.size());
              assertEquals(
                  values.isEmpty()
                      ? OptionalDouble.empty()
                      : OptionalDouble.of(sum.divide(n, MathContext.DECIMAL128).doubleValue()),
                  moments.mean());
              assertEquals(
                  values.size() < 2
                      ? OptionalDouble.empty()
                      : OptionalDouble.of(
                          n.multiply(squares)
                              .subtract(sum.multiply(sum))
                              .divide(
                                  n.multiply(BigDecimal.valueOf(values.size() - 1)),
                                  MathContext.DECIMAL128)
                              .doubleValue()),
                  moments.variance());
            });
  }

  private static boolean same(Moments a, Moments b) {
    return a.count() == b.count() && a.mean().equals(b.mean()) && a.variance().equals(b.variance());
  }

  static Moments of(double... values) {
    Moments moments = Moments.create();
    for (double value : values) {
      moments.add(value);
    }
    return moments;
  }

  static Moments of(List<Double> values) {
    Moments moments = Moments.create();
    values.forEach(moments::add);
    return moments;
  }
}
