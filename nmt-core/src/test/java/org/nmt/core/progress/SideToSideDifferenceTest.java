package org.nmt.core.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.nmt.core.progress.Fixtures.START;
import static org.nmt.core.progress.Fixtures.aid;

import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.nmt.core.anatomy.Side;

class SideToSideDifferenceTest {
  private static SideToSideDifference difference(double left, double right) {
    return SideToSideDifference.builder()
        .time(START)
        .leftAssessmentId(aid("l"))
        .rightAssessmentId(aid("r"))
        .leftDegrees(left)
        .rightDegrees(right)
        .build();
  }

  @Test
  void degreesPercentOfTheLargerSideAndTheRestrictedSide() {
    SideToSideDifference difference = difference(60, 80);
    assertEquals(20.0, difference.degrees());
    assertEquals(25.0, difference.percent().getAsDouble(), 1e-12);
    assertEquals(Optional.of(Side.LEFT), difference.restrictedSide());

    SideToSideDifference mirrored = difference(80, 60);
    assertEquals(20.0, mirrored.degrees());
    assertEquals(25.0, mirrored.percent().getAsDouble(), 1e-12);
    assertEquals(Optional.of(Side.RIGHT), mirrored.restrictedSide());
  }

  @Test
  void equalSidesHaveNoRestrictedSideAndZeroRangesNoPercent() {
    assertEquals(Optional.empty(), difference(45, 45).restrictedSide());
    assertEquals(OptionalDouble.of(0), difference(45, 45).percent());
    assertEquals(OptionalDouble.empty(), difference(0, 0).percent());
    assertEquals(0.0, difference(0, 0).degrees());
  }

  @Test
  void rejectsImpossibleRangesAndOneAssessmentForBothSides() {
    IllegalArgumentException left =
        assertThrows(IllegalArgumentException.class, () -> difference(-1, 10));
    assertEquals(
        "side-to-side difference: leftDegrees must be within 0..360: -1.0", left.getMessage());
    IllegalArgumentException right =
        assertThrows(IllegalArgumentException.class, () -> difference(10, 361));
    assertEquals(
        "side-to-side difference: rightDegrees must be within 0..360: 361.0", right.getMessage());
    IllegalArgumentException same =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                SideToSideDifference.builder()
                    .time(START)
                    .leftAssessmentId(aid("x"))
                    .rightAssessmentId(aid("x"))
                    .leftDegrees(10)
                    .rightDegrees(20)
                    .build());
    assertEquals(
        "side-to-side difference: left and right must be different assessments: x",
        same.getMessage());
  }
}
