package org.nmt.outcomes.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * {@link ExactSum}'s branch-free two-sum against the two-sum after ordering by magnitude that it
 * replaced: the same partials, so the same sum to the last digit and scale.
 */
class ExactSumTwoSumTest {
  /** Doubles of every size within the partials' range, short values, and zeros. */
  private static Gen<Double> values() {
    return doubles()
        .between(-1, 1)
        .zip(integers().between(-1074, 850), (mantissa, exponent) -> Math.scalb(mantissa, exponent))
        .mix(doubles().between(-1000, 1000), 30)
        .mix(integers().between(-20, 20).map(i -> i / 2.0), 30);
  }

  /**
   * The partials as the magnitude-ordered two-sum ({@code lo = y − (hi − x)}, |x| ≥ |y|) kept them.
   */
  private static List<Double> orderedPartials(List<Double> values) {
    List<Double> partials = new ArrayList<>();
    for (double value : values) {
      if (value == 0) {
        continue;
      }
      double x = value;
      List<Double> kept = new ArrayList<>();
      for (double partial : partials) {
        double y = partial;
        if (Math.abs(x) < Math.abs(y)) {
          double swap = x;
          x = y;
          y = swap;
        }
        double hi = x + y;
        double lo = y - (hi - x);
        if (lo != 0) {
          kept.add(lo);
        }
        x = hi;
      }
      kept.add(x);
      partials = kept;
    }
    return partials;
  }

  @Test
  void partialsAreThoseOfTheMagnitudeOrderedTwoSum() {
    qt().withFixedSeed(20261124L)
        .withExamples(2000)
        .forAll(lists().of(values()).ofSizeBetween(0, 80))
        .checkAssert(
            values -> {
              ExactSum sum = new ExactSum();
              values.forEach(sum::add);
              List<Double> expected = orderedPartials(values);
              BigDecimal expectedValue = BigDecimal.ZERO;
              for (double partial : expected) {
                expectedValue = expectedValue.add(new BigDecimal(partial));
              }
              assertEquals(expected.size(), sum.partialCount());
              assertEquals(expectedValue, sum.value());
            });
  }
}
