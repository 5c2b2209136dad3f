package org.nmt.outcomes.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import java.util.OptionalDouble;
import org.apache.commons.statistics.descriptive.Quantile;
import org.junit.jupiter.api.Test;

class ValueCountsTest {
  @Test
  void keepsValuesToTheResolutionRoundingHalfUp() {
    ValueCounts counts = ValueCounts.withStepsPerUnit(1000);
    assertEquals(1235, counts.stepOf(1.2345));
    assertEquals(-1234, counts.stepOf(-1.2345));
    assertEquals(700, counts.stepOf(3.2 - 2.5));
    assertEquals(0.7, counts.valueOf(700));
  }

  @Test
  void valuesThatRoundToTheSameStepAreTies() {
    ValueCounts counts = ValueCounts.withStepsPerUnit(1000);
    counts.add(0.7);
    counts.add(3.2 - 2.5);
    assertEquals(2, counts.count());
    assertEquals(1, counts.distinctCount());
    assertEquals(2, counts.countOf(700));
  }

  @Test
  void quantilesInterpolateBetweenOrderStatistics() {
    ValueCounts counts = ValueCounts.withStepsPerUnit(1);
    for (int value : new int[] {1, 2, 3, 4}) {
      counts.add(value);
    }
    assertEquals(1.75, counts.quantile(0.25).getAsDouble());
    assertEquals(2.5, counts.quantile(0.5).getAsDouble());
    assertEquals(3.25, counts.quantile(0.75).getAsDouble());
    assertEquals(1.0, counts.quantile(0).getAsDouble());
    assertEquals(4.0, counts.quantile(1).getAsDouble());
    assertEquals(OptionalDouble.empty(), ValueCounts.withStepsPerUnit(1).quantile(0.5));
  }

  @Test
  void quantilesAgreeWithCommonsStatisticsDefinitionSeven() {
    Quantile quantile = Quantile.withDefaults().with(Quantile.EstimationMethod.HF7);
    qt().withFixedSeed(20261124L)
        .withExamples(1000)
        .forAll(
            lists().of(integers().between(-50, 50)).ofSizeBetween(1, 80), doubles().between(0, 1))
        .checkAssert(
            (values, p) -> {
              ValueCounts counts = ValueCounts.withStepsPerUnit(10);
              double[] array = new double[values.size()];
              for (int i = 0; i < array.length; i++) {
                array[i] = values.get(i) / 10.0;
                counts.add(array[i]);
              }
              assertEquals(quantile.evaluate(array, p), counts.quantile(p).getAsDouble(), 1e-12);
            });
  }

  @Test
  void mergingEqualsAddingEverythingToOneAccumulator() {
    qt().withFixedSeed(20261124L)
        .withExamples(1000)
        .forAll(lists().of(integers().between(-30, 30)).ofSizeBetween(0, 60), integers().all())
        .check(
            (values, cut) -> {
              int split = values.isEmpty() ? 0 : Math.floorMod(cut, values.size() + 1);
              ValueCounts whole = of(values);
              ValueCounts merged = of(values.subList(0, split));
              merged.merge(of(values.subList(split, values.size())));
              return whole.count() == merged.count()
                  && java.util.Arrays.equals(
                      whole.toArray(ValueCounts.Zeros.KEEP), merged.toArray(ValueCounts.Zeros.KEEP))
                  && whole.quantile(0.5).equals(merged.quantile(0.5));
            });
  }

  @Test
  void toArrayListsEachValueAsOftenAsItOccursAndCanDropZeros() {
    ValueCounts counts = ValueCounts.withStepsPerUnit(1);
    for (int value : new int[] {2, 0, -1, 2, 0}) {
      counts.add(value);
    }
    assertArrayEquals(new double[] {-1, 0, 0, 2, 2}, counts.toArray(ValueCounts.Zeros.KEEP), 0);
    assertArrayEquals(new double[] {-1, 2, 2}, counts.toArray(ValueCounts.Zeros.DROP), 0);
  }

  @Test
  void rejectsBadArguments() {
    assertEquals(
        "steps must be within 1..1000000: 0",
        assertThrows(IllegalArgumentException.class, () -> ValueCounts.withStepsPerUnit(0))
            .getMessage());
    ValueCounts counts = ValueCounts.withStepsPerUnit(1000);
    assertEquals(
        "p must be within 0..1: 1.5",
        assertThrows(IllegalArgumentException.class, () -> counts.quantile(1.5)).getMessage());
    assertEquals(
        "value must be finite: Infinity",
        assertThrows(IllegalArgumentException.class, () -> counts.add(Double.POSITIVE_INFINITY))
            .getMessage());
    assertEquals(
        "value is too large for the resolution 1/1000: 1.0E20",
        assertThrows(IllegalArgumentException.class, () -> counts.add(1e20)).getMessage());
    assertEquals(
        "cannot merge counts of resolution 1/10 into 1/1000",
        assertThrows(
                IllegalArgumentException.class,
                () -> counts.merge(ValueCounts.withStepsPerUnit(10)))
            .getMessage());
  }

  private static ValueCounts of(List<Integer> values) {
    ValueCounts counts = ValueCounts.withStepsPerUnit(1);
    values.forEach(counts::add);
    return counts;
  }
}
