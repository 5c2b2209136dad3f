package org.nmt.outcomes.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import org.junit.jupiter.api.Test;

class ProportionTest {
  /**
   * The Wilson intervals of Newcombe 1998 (Stat Med 17(8):857–872, Table I, method 3), given to
   * four decimals.
   */
  @Test
  void wilsonIntervalsMatchNewcombesTable() {
    assertInterval(Proportion.of(81, 263), 0.2553, 0.3662);
    assertInterval(Proportion.of(15, 148), 0.0624, 0.1605);
    assertInterval(Proportion.of(0, 20), 0.0, 0.1611);
    assertInterval(Proportion.of(1, 29), 0.0061, 0.1718);
  }

  @Test
  void allSuccessesReachOneAndNoneReachZero() {
    Proportion all = Proportion.of(10, 10);
    assertEquals(1.0, all.estimate());
    assertEquals(1.0, all.interval().upper());
    assertEquals(10 / (10 + Inference.Z_975 * Inference.Z_975), all.interval().lower(), 1e-12);
    assertEquals(0.0, Proportion.of(0, 10).interval().lower());
  }

  @Test
  void oneTrialStillHasAnInterval() {
    Proportion one = Proportion.of(1, 1);
    assertTrue(one.interval().lower() > 0.2 && one.interval().lower() < 0.21);
  }

  @Test
  void intervalContainsTheEstimateWithinZeroToOne() {
    qt().withFixedSeed(20261124L)
        .withExamples(1000)
        .forAll(integers().between(1, 5000), integers().between(0, 5000))
        .check(
            (n, k) -> {
              Proportion p = Proportion.of(k % (n + 1), n);
              Interval ci = p.interval();
              return ci.lower() >= 0 && ci.upper() <= 1 && ci.contains(p.estimate());
            });
  }

  @Test
  void rejectsImpossibleCounts() {
    assertEquals(
        "trials must be at least 1: 0",
        assertThrows(IllegalArgumentException.class, () -> Proportion.of(0, 0)).getMessage());
    assertEquals(
        "successes must be within 0..3: 4",
        assertThrows(IllegalArgumentException.class, () -> Proportion.of(4, 3)).getMessage());
  }

  @Test
  void intervalRejectsReversedBounds() {
    assertEquals(
        "interval lower bound must not exceed upper: 2.0 > 1.0",
        assertThrows(IllegalArgumentException.class, () -> Interval.of(2, 1)).getMessage());
  }

  private static void assertInterval(Proportion p, double lower, double upper) {
    assertEquals(lower, p.interval().lower(), 5e-5);
    assertEquals(upper, p.interval().upper(), 5e-5);
  }
}
