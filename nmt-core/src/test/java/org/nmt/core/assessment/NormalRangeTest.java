package org.nmt.core.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.doubles;

import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class NormalRangeTest {
  private static final long SEED = 20261124L;

  @Test
  void atLeastIncludesItsLowerBound() {
    NormalRange range = NormalRange.atLeast(50);
    assertEquals(OptionalDouble.of(50), range.lower());
    assertEquals(OptionalDouble.empty(), range.upper());
    assertTrue(range.contains(50));
    assertTrue(range.contains(1e6));
    assertFalse(range.contains(49.99));
    assertEquals(0.0, range.distanceFrom(50));
    assertEquals(0.0, range.distanceFrom(75));
    assertEquals(5.0, range.distanceFrom(45));
  }

  @Test
  void atMostIncludesItsUpperBound() {
    NormalRange range = NormalRange.atMost(6);
    assertEquals(OptionalDouble.empty(), range.lower());
    assertEquals(OptionalDouble.of(6), range.upper());
    assertTrue(range.upperInclusive());
    assertTrue(range.contains(6));
    assertTrue(range.contains(-100));
    assertFalse(range.contains(6.5));
    assertEquals(0.0, range.distanceFrom(6));
    assertEquals(0.0, range.distanceFrom(-100));
    assertEquals(2.0, range.distanceFrom(8));
  }

  @Test
  void belowExcludesItsUpperBound() {
    NormalRange range = NormalRange.below(10);
    assertFalse(range.upperInclusive());
    assertTrue(range.contains(9.99));
    assertFalse(range.contains(10));
    assertFalse(range.contains(12));
    assertEquals(2.0, range.distanceFrom(12));
    assertEquals(0.0, range.distanceFrom(5));
    // The bound itself is outside the range, at no distance from it.
    assertEquals(0.0, range.distanceFrom(10));
  }

  @Test
  void betweenIncludesBothBounds() {
    NormalRange range = NormalRange.between(20, 45);
    assertTrue(range.contains(20));
    assertTrue(range.contains(30));
    assertTrue(range.contains(45));
    assertFalse(range.contains(19.5));
    assertFalse(range.contains(45.5));
    assertEquals(0.0, range.distanceFrom(20));
    assertEquals(0.0, range.distanceFrom(45));
    assertEquals(5.0, range.distanceFrom(15));
    assertEquals(5.0, range.distanceFrom(50));
  }

  @Test
  void betweenMayBeOnePoint() {
    NormalRange range = NormalRange.between(5, 5);
    assertTrue(range.contains(5));
    assertFalse(range.contains(5.0001));
    assertFalse(range.contains(4.9999));
  }

  @Test
  void rejectsALowerBoundAboveTheUpperBound() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> NormalRange.between(45, 20));
    assertEquals("lower must not exceed upper: 45.0 > 20.0", e.getMessage());
  }

  @Test
  void rejectsAnEmptyHalfOpenRange() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> NormalRange.builder().lower(5).upper(5).upperInclusive(false).build());
    assertEquals("normal range [5.0, 5.0) is empty", e.getMessage());
  }

  @Test
  void rejectsAnExclusiveFlagWithoutAnUpperBound() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> NormalRange.builder().lower(5).upperInclusive(false).build());
    assertEquals("upperInclusive false needs an upper bound", e.getMessage());
  }

  @Test
  void rejectsARangeWithoutABound() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> NormalRange.builder().build());
    assertEquals("normal range must have a lower or an upper bound", e.getMessage());
  }

  @Test
  void rejectsNonFiniteBounds() {
    IllegalArgumentException nanLower =
        assertThrows(IllegalArgumentException.class, () -> NormalRange.atLeast(Double.NaN));
    assertEquals("lower must be finite: NaN", nanLower.getMessage());
    IllegalArgumentException infiniteUpper =
        assertThrows(
            IllegalArgumentException.class, () -> NormalRange.atMost(Double.POSITIVE_INFINITY));
    assertEquals("upper must be finite: Infinity", infiniteUpper.getMessage());
    IllegalArgumentException infiniteLower =
        assertThrows(
            IllegalArgumentException.class, () -> NormalRange.between(Double.NEGATIVE_INFINITY, 5));
    assertEquals("lower must be finite: -Infinity", infiniteLower.getMessage());
    IllegalArgumentException nanUpper =
        assertThrows(IllegalArgumentException.class, () -> NormalRange.below(Double.NaN));
    assertEquals("upper must be finite: NaN", nanUpper.getMessage());
  }

  @Test
  void rejectsNaNAsAValue() {
    // A lower bound alone used to call NaN normal (no comparison with NaN is true), while an
    // upper bound called it abnormal at a distance of NaN.
    for (NormalRange range :
        new NormalRange[] {
          NormalRange.atLeast(50),
          NormalRange.atMost(6),
          NormalRange.below(10),
          NormalRange.between(20, 45)
        }) {
      IllegalArgumentException contains =
          assertThrows(IllegalArgumentException.class, () -> range.contains(Double.NaN));
      assertEquals("value must be a number: NaN", contains.getMessage());
      IllegalArgumentException distance =
          assertThrows(IllegalArgumentException.class, () -> range.distanceFrom(Double.NaN));
      assertEquals("value must be a number: NaN", distance.getMessage());
    }
  }

  @Test
  void infiniteValuesAreJudgedLikeAnyOther() {
    assertTrue(NormalRange.atLeast(50).contains(Double.POSITIVE_INFINITY));
    assertFalse(NormalRange.atMost(6).contains(Double.POSITIVE_INFINITY));
    assertEquals(
        Double.POSITIVE_INFINITY, NormalRange.atMost(6).distanceFrom(Double.POSITIVE_INFINITY));
    assertEquals(
        Double.POSITIVE_INFINITY, NormalRange.atLeast(50).distanceFrom(Double.NEGATIVE_INFINITY));
  }

  @Test
  void printsItsInterval() {
    assertEquals("[50.0, +inf)", NormalRange.atLeast(50).toString());
    assertEquals("(-inf, 6.0]", NormalRange.atMost(6).toString());
    assertEquals("(-inf, 10.0)", NormalRange.below(10).toString());
    assertEquals("[20.0, 45.0]", NormalRange.between(20, 45).toString());
  }

  @Test
  void equalsByBoundsAndInclusiveness() {
    assertEquals(NormalRange.between(20, 45), NormalRange.between(20, 45));
    assertFalse(NormalRange.atMost(10).equals(NormalRange.below(10)));
  }

  @Test
  void distanceFromAClosedRangeIsTheGapToTheNearestBound() {
    qt().withFixedSeed(SEED)
        .withExamples(2000)
        .forAll(
            doubles().between(-500, 500), doubles().between(0, 300), doubles().between(-1000, 1000))
        .checkAssert(
            (lower, width, value) -> {
              double upper = lower + width;
              NormalRange range = NormalRange.between(lower, upper);
              double expected = Math.max(0, Math.max(lower - value, value - upper));
              assertEquals(expected, range.distanceFrom(value), 1e-9);
              assertEquals(value >= lower && value <= upper, range.contains(value));
              assertEquals(range.contains(value), range.distanceFrom(value) == 0);
            });
  }

  @Test
  void anExclusiveBoundOnlyChangesTheBoundItself() {
    qt().withFixedSeed(SEED)
        .withExamples(2000)
        .forAll(doubles().between(-500, 500), doubles().between(-1000, 1000), booleans().all())
        .checkAssert(
            (upper, random, atTheBound) -> {
              double value = atTheBound ? upper : random;
              NormalRange inclusive = NormalRange.atMost(upper);
              NormalRange exclusive = NormalRange.below(upper);
              assertEquals(value < upper, exclusive.contains(value));
              assertEquals(value != upper && inclusive.contains(value), exclusive.contains(value));
              assertEquals(inclusive.distanceFrom(value), exclusive.distanceFrom(value));
              assertTrue(exclusive.distanceFrom(value) >= 0);
            });
  }
}
