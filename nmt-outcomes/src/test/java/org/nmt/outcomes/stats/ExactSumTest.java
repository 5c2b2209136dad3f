package org.nmt.outcomes.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class ExactSumTest {
  /** Doubles of every size: a fraction within ±1 scaled by 2^-1074 .. 2^1023, and zeros. */
  private static Gen<Double> anySize() {
    return doubles()
        .between(-1, 1)
        .zip(
            integers().between(-1074, 1023), (mantissa, exponent) -> Math.scalb(mantissa, exponent))
        .mix(doubles().between(-1000, 1000), 30);
  }

  @Test
  void theSumIsExact() {
    qt().withFixedSeed(20261124L)
        .withExamples(1000)
        .forAll(lists().of(anySize()).ofSizeBetween(0, 60))
        .checkAssert(values -> assertEquals(0, exact(values).compareTo(sum(values).value())));
  }

  @Test
  void addingASumEqualsAddingItsValuesEvenToItself() {
    qt().withFixedSeed(20261124L)
        .withExamples(1000)
        .forAll(
            lists().of(anySize()).ofSizeBetween(0, 30), lists().of(anySize()).ofSizeBetween(0, 30))
        .checkAssert(
            (left, right) -> {
              ExactSum merged = sum(left);
              merged.add(sum(right));
              assertEquals(0, exact(left).add(exact(right)).compareTo(merged.value()));
              ExactSum doubled = sum(left);
              doubled.add(doubled);
              assertEquals(
                  0, exact(left).multiply(BigDecimal.valueOf(2)).compareTo(doubled.value()));
            });
  }

  @Test
  void cancellationLeavesTheSmallPart() {
    ExactSum sum = new ExactSum();
    sum.add(1e308);
    sum.add(1);
    sum.add(-1e308);
    sum.add(0x1p-1074);
    assertEquals(0, new BigDecimal(1).add(new BigDecimal(0x1p-1074)).compareTo(sum.value()));
  }

  @Test
  void fewPartialsHoldManyValuesWithFewDigits() {
    ExactSum sum = new ExactSum();
    for (int i = 0; i < 100_000; i++) {
      sum.add((i % 101) / 10.0);
    }
    assertTrue(sum.partialCount() <= 4, "partials: " + sum.partialCount());
  }

  private static ExactSum sum(List<Double> values) {
    ExactSum sum = new ExactSum();
    values.forEach(sum::add);
    return sum;
  }

  private static BigDecimal exact(List<Double> values) {
    BigDecimal exact = BigDecimal.ZERO;
    for (double value : values) {
      exact = exact.add(new BigDecimal(value));
    }
    return exact;
  }
}
