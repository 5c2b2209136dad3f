package org.nmt.core.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.nmt.core.anatomy.Side;
import org.nmt.core.id.AssessmentId;

class EnduranceTestTest {
  private static final Instant AT = Instant.parse("2026-03-02T09:25:00Z");

  private static EnduranceTest.Builder test(EnduranceTestKind kind, double value) {
    EnduranceTest.Builder builder = EnduranceTest.builder();
    builder.id(AssessmentId.of("et-1")).takenAt(AT).test(kind).value(value);
    return builder;
  }

  @Test
  void defaultsToTheMidline() {
    assertEquals(Side.MIDLINE, test(EnduranceTestKind.BIERING_SORENSEN, 120).build().side());
    assertEquals(Side.LEFT, test(EnduranceTestKind.SIDE_PLANK, 45).side(Side.LEFT).build().side());
  }

  @Test
  void bieringSorensenIsCappedAt240Seconds() {
    assertEquals(240.0, test(EnduranceTestKind.BIERING_SORENSEN, 240).build().value());
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> test(EnduranceTestKind.BIERING_SORENSEN, 240.5).build());
    assertEquals(
        "endurance test et-1: biering-sorensen value must be within 0..240.0 seconds: 240.5",
        e.getMessage());
  }

  @Test
  void rejectsANegativeHold() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> test(EnduranceTestKind.DEEP_NECK_FLEXOR, -1).build());
    assertEquals(
        "endurance test et-1: deep-neck-flexor value must be within 0..600.0 seconds: -1.0",
        e.getMessage());
  }

  @Test
  void rejectsNaN() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> test(EnduranceTestKind.BIERING_SORENSEN, Double.NaN).build());
    assertEquals(
        "endurance test et-1: biering-sorensen value must be within 0..240.0 seconds: NaN",
        e.getMessage());
  }

  @Test
  void secondsMayBeFractional() {
    assertEquals(38.5, test(EnduranceTestKind.DEEP_NECK_FLEXOR, 38.5).build().value());
    assertEquals(0.0, test(EnduranceTestKind.BIERING_SORENSEN, 0).build().value());
  }

  @Test
  void repetitionsMustBeWhole() {
    assertEquals(
        25.0, test(EnduranceTestKind.SINGLE_LEG_HEEL_RAISE, 25).side(Side.RIGHT).build().value());
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> test(EnduranceTestKind.SINGLE_LEG_HEEL_RAISE, 12.5).side(Side.RIGHT).build());
    assertEquals("endurance test et-1: repetitions must be a whole number: 12.5", e.getMessage());
  }

  @Test
  void repetitionsHaveAPlausibilityBound() {
    assertEquals(1000.0, test(EnduranceTestKind.OTHER_REPETITIONS, 1000).build().value());
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> test(EnduranceTestKind.SINGLE_LEG_HEEL_RAISE, 501).build());
    assertEquals(
        "endurance test et-1: single-leg-heel-raise value must be within 0..500.0 repetitions:"
            + " 501.0",
        e.getMessage());
  }
}
