package org.nmt.core.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.nmt.core.anatomy.Side;

class PosturalFindingTest {
  private static PosturalFinding.Builder finding(PosturalDeviation deviation, double value) {
    PosturalFinding.Builder builder = PosturalFinding.builder();
    builder.deviation(deviation).value(value);
    return builder;
  }

  @Test
  void usesTheDeviationsDefaultRangeWhenItHasNoneOfItsOwn() {
    PosturalFinding finding = finding(PosturalDeviation.FORWARD_HEAD, 44).build();
    assertEquals(Optional.empty(), finding.normalRange());
    assertEquals(Optional.of(NormalRange.atLeast(50)), finding.effectiveNormalRange());
  }

  @Test
  void itsOwnRangeTakesPrecedence() {
    PosturalFinding finding =
        finding(PosturalDeviation.FORWARD_HEAD, 44).normalRange(NormalRange.atLeast(45)).build();
    assertEquals(Optional.of(NormalRange.atLeast(45)), finding.effectiveNormalRange());
  }

  @Test
  void aDeviationWithoutDefaultNeedsItsOwnRange() {
    assertEquals(
        Optional.empty(),
        finding(PosturalDeviation.LUMBAR_LORDOSIS, 55).build().effectiveNormalRange());
    assertEquals(
        Optional.of(NormalRange.between(31, 50)),
        finding(PosturalDeviation.LUMBAR_LORDOSIS, 55)
            .normalRange(NormalRange.between(31, 50))
            .build()
            .effectiveNormalRange());
  }

  @Test
  void liesInTheDeviationsPlane() {
    PosturalFinding finding =
        finding(PosturalDeviation.SHOULDER_HEIGHT_ASYMMETRY, 12).side(Side.LEFT).build();
    assertEquals(Plane.CORONAL, finding.plane());
    assertEquals(Optional.of(Side.LEFT), finding.side());
  }

  @Test
  void rejectsAValueBeyond360() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> finding(PosturalDeviation.FORWARD_HEAD, 400).build());
    assertEquals(
        "postural finding forward-head: value must be within -360..360 degrees: 400.0",
        e.getMessage());
    IllegalArgumentException mm =
        assertThrows(
            IllegalArgumentException.class,
            () -> finding(PosturalDeviation.LEG_LENGTH_DIFFERENCE, -361).build());
    assertEquals(
        "postural finding leg-length-difference: value must be within -360..360 millimetres:"
            + " -361.0",
        mm.getMessage());
  }

  @Test
  void rejectsNaN() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> finding(PosturalDeviation.SCOLIOSIS, Double.NaN).build());
    assertEquals(
        "postural finding scoliosis: value must be within -360..360 degrees: NaN", e.getMessage());
  }
}
