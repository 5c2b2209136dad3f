package org.nmt.core.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.nmt.core.anatomy.Side;
import org.nmt.core.id.AssessmentId;

class RangeOfMotionMeasurementTest {
  private static final Instant AT = Instant.parse("2026-03-02T09:15:00Z");

  private static RangeOfMotionMeasurement.Builder measurement(
      Joint joint, Movement movement, Side side, double degrees) {
    RangeOfMotionMeasurement.Builder builder = RangeOfMotionMeasurement.builder();
    builder
        .id(AssessmentId.of("rom-1"))
        .takenAt(AT)
        .joint(joint)
        .movement(movement)
        .side(side)
        .degrees(degrees);
    return builder;
  }

  @Test
  void defaultsToActiveMotion() {
    assertEquals(
        MotionMode.ACTIVE,
        measurement(Joint.KNEE, Movement.FLEXION, Side.LEFT, 120).build().mode());
    assertEquals(
        MotionMode.PASSIVE,
        measurement(Joint.KNEE, Movement.FLEXION, Side.LEFT, 120)
            .mode(MotionMode.PASSIVE)
            .build()
            .mode());
  }

  @Test
  void acceptsTheEndsOfTheDegreeRange() {
    assertEquals(0, measurement(Joint.HIP, Movement.FLEXION, Side.RIGHT, 0).build().degrees());
    assertEquals(360, measurement(Joint.HIP, Movement.FLEXION, Side.RIGHT, 360).build().degrees());
  }

  @Test
  void rejectsMoreThan360Degrees() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> measurement(Joint.HIP, Movement.FLEXION, Side.RIGHT, 361).build());
    assertEquals("range of motion rom-1: degrees must be within 0..360: 361.0", e.getMessage());
  }

  @Test
  void rejectsNegativeDegrees() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> measurement(Joint.HIP, Movement.FLEXION, Side.RIGHT, -0.5).build());
    assertEquals("range of motion rom-1: degrees must be within 0..360: -0.5", e.getMessage());
  }

  @Test
  void rejectsNaNDegrees() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> measurement(Joint.HIP, Movement.FLEXION, Side.RIGHT, Double.NaN).build());
    assertEquals("range of motion rom-1: degrees must be within 0..360: NaN", e.getMessage());
  }

  @Test
  void rejectsABilateralSide() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> measurement(Joint.SHOULDER, Movement.ABDUCTION, Side.BILATERAL, 150).build());
    assertEquals(
        "range of motion rom-1: side of shoulder abduction must be left or right: bilateral",
        e.getMessage());
  }

  @Test
  void limbJointsAndSpinalRotationAreMeasuredPerSide() {
    IllegalArgumentException limb =
        assertThrows(
            IllegalArgumentException.class,
            () -> measurement(Joint.KNEE, Movement.FLEXION, Side.MIDLINE, 120).build());
    assertEquals(
        "range of motion rom-1: side of knee flexion must be left or right: midline",
        limb.getMessage());
    IllegalArgumentException rotation =
        assertThrows(
            IllegalArgumentException.class,
            () -> measurement(Joint.CERVICAL, Movement.ROTATION, Side.MIDLINE, 60).build());
    assertEquals(
        "range of motion rom-1: side of cervical rotation must be left or right: midline",
        rotation.getMessage());
    assertEquals(
        Side.LEFT, measurement(Joint.CERVICAL, Movement.ROTATION, Side.LEFT, 60).build().side());
  }

  @Test
  void spinalFlexionAndExtensionAreMeasuredOnTheMidline() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> measurement(Joint.LUMBAR, Movement.EXTENSION, Side.LEFT, 20).build());
    assertEquals(
        "range of motion rom-1: side of lumbar extension must be midline: left", e.getMessage());
  }

  @Test
  void acceptsTheMidlineForSpinalFlexion() {
    assertEquals(
        Side.MIDLINE, measurement(Joint.LUMBAR, Movement.FLEXION, Side.MIDLINE, 40).build().side());
  }

  @Test
  void givesPercentOfTheStandardNorm() {
    RangeOfMotionNorms norms = RangeOfMotionNorms.standard();
    assertEquals(
        75.0,
        measurement(Joint.CERVICAL, Movement.ROTATION, Side.LEFT, 60).build().percentOfNorm(norms));
    assertEquals(
        100.0,
        measurement(Joint.KNEE, Movement.FLEXION, Side.RIGHT, 135).build().percentOfNorm(norms));
    assertEquals(
        200.0,
        measurement(Joint.HIP, Movement.EXTENSION, Side.RIGHT, 30).build().percentOfNorm(norms));
    assertEquals(
        50.0,
        measurement(Joint.ANKLE, Movement.DORSIFLEXION, Side.LEFT, 10)
            .build()
            .percentOfNorm(norms));
  }

  @Test
  void percentOfNormNeedsANorm() {
    RangeOfMotionMeasurement kneeExtension =
        measurement(Joint.KNEE, Movement.EXTENSION, Side.RIGHT, 0).build();
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> kneeExtension.percentOfNorm(RangeOfMotionNorms.standard()));
    assertEquals("no range of motion norm for knee extension", e.getMessage());
  }
}
