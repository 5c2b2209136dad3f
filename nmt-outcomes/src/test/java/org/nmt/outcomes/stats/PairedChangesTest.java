package org.nmt.outcomes.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.nmt.core.measure.ThresholdResult;

class PairedChangesTest {
  private static final OptionalDouble THRESHOLD = OptionalDouble.of(2);

  @Test
  void noPairsLeavesEveryStatisticEmpty() {
    PairedComparison c = PairedChanges.create(1000, THRESHOLD).result();
    assertEquals(0, c.pairs());
    assertEquals(OptionalDouble.empty(), c.baselineMean());
    assertEquals(OptionalDouble.empty(), c.meanChange());
    assertEquals(Optional.empty(), c.changeQuantiles());
    assertEquals(Optional.empty(), c.responders());
    assertEquals(Optional.empty(), c.pairedTTest());
    assertEquals(Optional.empty(), c.signedRankTest());
    assertEquals(THRESHOLD, c.responderThreshold());
  }

  @Test
  void onePairHasMeansButNoSpreadIntervalEffectOrTTest() {
    PairedChanges changes = PairedChanges.create(1000, THRESHOLD);
    changes.add(7, 3, ThresholdResult.REACHED);
    PairedComparison c = changes.result();
    assertEquals(1, c.pairs());
    assertEquals(OptionalDouble.of(7), c.baselineMean());
    assertEquals(OptionalDouble.of(-4), c.meanChange());
    assertEquals(OptionalDouble.empty(), c.changeStandardDeviation());
    assertEquals(Optional.empty(), c.meanChangeInterval());
    assertEquals(OptionalDouble.empty(), c.standardizedResponseMean());
    assertEquals(OptionalDouble.empty(), c.cohensD());
    assertEquals(Optional.empty(), c.pairedTTest());
    assertEquals(-4.0, c.changeQuantiles().get().median());
    assertEquals(Proportion.of(1, 1), c.responders().get());
    SignedRankResult w = c.signedRankTest().get();
    assertEquals(SignedRankMethod.EXACT, w.method());
    assertEquals(1.0, w.pValue());
  }

  @Test
  void zeroVarianceOfTheChangesLeavesTheTTestAndSrmEmpty() {
    PairedChanges changes = PairedChanges.create(1000, THRESHOLD);
    changes.add(8, 6, ThresholdResult.REACHED);
    changes.add(6, 4, ThresholdResult.REACHED);
    changes.add(5, 3, ThresholdResult.REACHED);
    PairedComparison c = changes.result();
    assertEquals(0.0, c.changeStandardDeviation().getAsDouble());
    assertEquals(Interval.of(-2, -2), c.meanChangeInterval().get());
    assertEquals(OptionalDouble.empty(), c.standardizedResponseMean());
    assertEquals(Optional.empty(), c.pairedTTest());
    double sd = Math.sqrt(7.0 / 3);
    assertEquals(-2 / sd, c.glassDelta().getAsDouble(), 1e-12);
    assertEquals(-2 / sd, c.cohensD().getAsDouble(), 1e-12);
    assertEquals(Proportion.of(3, 3), c.responders().get());
    assertEquals(1.0, c.responders().get().interval().upper());
    SignedRankResult w = c.signedRankTest().get();
    assertTrue(w.tied());
    assertEquals(SignedRankMethod.NORMAL_APPROXIMATION, w.method());
  }

  @Test
  void onlyZeroChangesLeaveBothTestsEmpty() {
    PairedChanges changes = PairedChanges.create(1000, THRESHOLD);
    changes.add(4, 4, ThresholdResult.NOT_REACHED);
    changes.add(5, 5, ThresholdResult.NOT_REACHED);
    PairedComparison c = changes.result();
    assertEquals(Optional.empty(), c.signedRankTest());
    assertEquals(Optional.empty(), c.pairedTTest());
    assertEquals(Proportion.of(0, 2), c.responders().get());
  }

  /**
   * Ties and zeros: zeros are dropped, ties get average ranks, and the p-value is the normal
   * approximation with tie and continuity correction: R 4.2.2 {@code wilcox.test(z, correct = TRUE,
   * exact = FALSE)} and SciPy 1.10 {@code wilcoxon(z, correction=True)} both give
   * 0.009466587372145.
   */
  @Test
  void signedRankTestWithTiesAndZerosMatchesRAndSciPy() {
    double[] z = {0, 0, 0, 1, -2, 3, 3, 4, 5, -1, 2, 6, 7, 2, 8};
    PairedChanges changes = PairedChanges.create(1000, OptionalDouble.empty());
    for (double change : z) {
      changes.add(10, 10 + change, ThresholdResult.NO_THRESHOLD);
    }
    SignedRankResult w = changes.result().signedRankTest().get();
    assertEquals(72.5, w.statistic());
    assertEquals(12, w.nonZero());
    assertEquals(3, w.zeros());
    assertTrue(w.tied());
    assertEquals(SignedRankMethod.NORMAL_APPROXIMATION, w.method());
    assertEquals(0.00946658737214549, w.pValue(), 1e-15);
    assertEquals(Optional.empty(), changes.result().responders());
  }

  @Test
  void signedRankTestIsExactWithoutTies() {
    PairedChanges changes = PairedChanges.create(1000, OptionalDouble.empty());
    for (int i = 1; i <= 10; i++) {
      changes.add(0, i, ThresholdResult.NO_THRESHOLD);
    }
    SignedRankResult w = changes.result().signedRankTest().get();
    assertEquals(SignedRankMethod.EXACT, w.method());
    assertFalse(w.tied());
    assertEquals(55.0, w.statistic());
    assertEquals(2.0 / 1024, w.pValue(), 1e-15);
  }

  @Test
  void rejectsAResponderJudgementThatDoesNotFitTheThreshold() {
    PairedChanges withThreshold = PairedChanges.create(1000, THRESHOLD);
    assertEquals(
        "responder must be reached or not-reached for this measure: NO_THRESHOLD",
        assertThrows(
                IllegalArgumentException.class,
                () -> withThreshold.add(1, 2, ThresholdResult.NO_THRESHOLD))
            .getMessage());
    PairedChanges without = PairedChanges.create(1000, OptionalDouble.empty());
    assertEquals(
        "responder must be no-threshold for this measure: REACHED",
        assertThrows(
                IllegalArgumentException.class, () -> without.add(1, 2, ThresholdResult.REACHED))
            .getMessage());
    assertEquals(
        "cannot merge changes judged by threshold OptionalDouble.empty into OptionalDouble[2.0]",
        assertThrows(IllegalArgumentException.class, () -> withThreshold.merge(without))
            .getMessage());
  }

  @Test
  void mergingEqualsAddingEveryPairToOneAccumulator() {
    // 150 pairs: each part is folded several times, at different points (PENDING_PAIRS = 64)
    qt().withFixedSeed(20261124L)
        .withExamples(500)
        .forAll(
            lists().of(integers().between(0, 10)).ofSize(150),
            lists().of(integers().between(0, 10)).ofSize(150),
            integers().between(0, 150))
        .check(
            (baselines, followUps, split) -> {
              PairedChanges whole = of(baselines, followUps, 0, 150);
              PairedChanges merged = of(baselines, followUps, 0, split);
              PairedChanges rest = of(baselines, followUps, split, 150);
              merged.merge(rest);
              return whole.result().equals(merged.result())
                  && merged.pairs() == 150
                  && rest.result().equals(of(baselines, followUps, split, 150).result());
            });
  }

  @Test
  void aResultAskedForBetweenPairsChangesNothing() {
    // a result folds the pairs kept so far; the pairs added after it are kept and folded as well
    qt().withFixedSeed(20261124L)
        .withExamples(300)
        .forAll(
            lists().of(doubles().between(-50, 50)).ofSize(200),
            lists().of(doubles().between(-50, 50)).ofSize(200),
            integers().between(0, 200))
        .check(
            (baselines, followUps, asked) -> {
              PairedChanges once = PairedChanges.create(1000, OptionalDouble.empty());
              PairedChanges inBetween = PairedChanges.create(1000, OptionalDouble.empty());
              for (int i = 0; i < 200; i++) {
                once.add(baselines.get(i), followUps.get(i), ThresholdResult.NO_THRESHOLD);
                inBetween.add(baselines.get(i), followUps.get(i), ThresholdResult.NO_THRESHOLD);
                if (i == asked) {
                  assertEquals(i + 1, inBetween.result().pairs());
                }
              }
              return once.result().equals(inBetween.result());
            });
  }

  @Test
  void countsThePairsNotFoldedYet() {
    PairedChanges changes = PairedChanges.create(1000, THRESHOLD);
    for (int i = 1; i <= PairedChanges.PENDING_PAIRS + 3; i++) {
      changes.add(5, 2, ThresholdResult.REACHED);
      assertEquals(i, changes.pairs());
    }
    assertEquals(PairedChanges.PENDING_PAIRS + 3, changes.result().pairs());
  }

  @Test
  void refusesToMergeAnotherResolutionAndKeepsItsOwnPairs() {
    PairedChanges changes = of(List.of(1, 4), List.of(3, 2), 0, 2);
    PairedComparison before = changes.result();
    PairedChanges coarser = PairedChanges.create(10, THRESHOLD);
    coarser.add(1, 5, ThresholdResult.REACHED);
    assertEquals(
        "cannot merge changes kept to 1/10 into changes kept to 1/1000",
        assertThrows(IllegalArgumentException.class, () -> changes.merge(coarser)).getMessage());
    assertEquals(before, changes.result());
  }

  @Test
  void mergingWithItselfCountsEveryPairTwice() {
    PairedChanges twice = of(List.of(1, 4, 7), List.of(3, 2, 9), 0, 3);
    twice.merge(twice);
    assertEquals(
        of(List.of(1, 4, 7, 1, 4, 7), List.of(3, 2, 9, 3, 2, 9), 0, 6).result(), twice.result());
  }

  @Test
  void refusesAChangeThatIsNotFiniteOrTooLargeAndKeepsNothingOfIt() {
    PairedChanges changes = of(List.of(1, 4), List.of(3, 2), 0, 2);
    PairedComparison before = changes.result();
    assertEquals(
        "the change from baseline to followUp must be finite: -1.0E308 to 1.0E308",
        assertThrows(
                IllegalArgumentException.class,
                () -> changes.add(-1e308, 1e308, ThresholdResult.REACHED))
            .getMessage());
    assertEquals(
        "value is too large for the resolution 1/1000: 1.0E20",
        assertThrows(
                IllegalArgumentException.class, () -> changes.add(0, 1e20, ThresholdResult.REACHED))
            .getMessage());
    assertEquals(2, changes.pairs());
    assertEquals(before, changes.result());
  }

  private static PairedChanges of(
      List<Integer> baselines, List<Integer> followUps, int from, int to) {
    PairedChanges changes = PairedChanges.create(1000, THRESHOLD);
    for (int i = from; i < to; i++) {
      int b = baselines.get(i);
      int f = followUps.get(i);
      changes.add(b, f, b - f >= 2 ? ThresholdResult.REACHED : ThresholdResult.NOT_REACHED);
    }
    return changes;
  }
}
