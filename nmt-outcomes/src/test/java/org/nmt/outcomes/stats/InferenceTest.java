package org.nmt.outcomes.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class InferenceTest {
  @Test
  void signedRankFromTheCountsEqualsTheLibraryOnTheValues() {
    qt().withFixedSeed(20261124L)
        .withExamples(1000)
        .forAll(
            lists().of(integers().between(-40, 40)).ofSizeBetween(0, 400),
            integers().between(1, 1000))
        .checkAssert(
            (steps, stepsPerUnit) -> {
              ValueCounts counts = counts(steps, stepsPerUnit);
              assertEquals(
                  Inference.signedRank(counts.toArray(ValueCounts.Zeros.DROP), counts.countOf(0)),
                  Inference.signedRank(counts));
            });
  }

  @Test
  void signedRankFromTheCountsEqualsTheLibraryWithoutTies() {
    qt().withFixedSeed(20261124L)
        .withExamples(500)
        .forAll(integers().between(51, 300), integers().between(0, 1000))
        .checkAssert(
            (size, shift) -> {
              // size distinct magnitudes, alternately negative and positive: no ties, no zeros.
              ValueCounts counts = ValueCounts.withStepsPerUnit(1000);
              for (int i = 1; i <= size; i++) {
                counts.add((i % 2 == 0 ? 1 : -1) * (i + shift) / 1000.0);
              }
              Optional<SignedRankResult> counted = Inference.signedRank(counts);
              assertEquals(
                  Inference.signedRank(counts.toArray(ValueCounts.Zeros.DROP), 0), counted);
              assertTrue(!counted.get().tied());
            });
  }

  @Test
  void signedRankOfALargeTiedSampleIsCountedAsTheLibraryRanksIt() {
    ValueCounts counts = ValueCounts.withStepsPerUnit(1000);
    for (int i = 0; i < 20_000; i++) {
      counts.add((i % 7) - 4);
      counts.add(((i * 31) % 1001) / 1000.0 - 0.25);
    }
    assertEquals(
        Inference.signedRank(counts.toArray(ValueCounts.Zeros.DROP), counts.countOf(0)),
        Inference.signedRank(counts));
  }

  private static ValueCounts counts(List<Integer> steps, int stepsPerUnit) {
    ValueCounts counts = ValueCounts.withStepsPerUnit(stepsPerUnit);
    for (int step : steps) {
      counts.add(step / (double) stepsPerUnit);
    }
    return counts;
  }
}
