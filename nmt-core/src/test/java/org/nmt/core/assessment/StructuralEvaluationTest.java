package org.nmt.core.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.nmt.core.id.AssessmentId;

class StructuralEvaluationTest {
  private static final Instant AT = Instant.parse("2026-03-02T09:30:00Z");

  private static StructuralEvaluation.Builder evaluation() {
    StructuralEvaluation.Builder builder = StructuralEvaluation.builder();
    builder.id(AssessmentId.of("se-1")).takenAt(AT);
    return builder;
  }

  private static PosturalFinding finding(PosturalDeviation deviation, double value) {
    return PosturalFinding.builder().deviation(deviation).value(value).build();
  }

  @Test
  void coversAllPlanesOnlyWithAllThree() {
    assertTrue(
        evaluation()
            .addPlanesEvaluated(Plane.SAGITTAL, Plane.CORONAL, Plane.TRANSVERSE)
            .build()
            .coversAllPlanes());
    assertFalse(
        evaluation().addPlanesEvaluated(Plane.SAGITTAL, Plane.CORONAL).build().coversAllPlanes());
  }

  @Test
  void acceptsFindingsInEvaluatedPlanes() {
    StructuralEvaluation evaluation =
        evaluation()
            .addPlanesEvaluated(Plane.SAGITTAL, Plane.CORONAL)
            .addFinding(finding(PosturalDeviation.FORWARD_HEAD, 44))
            .addFinding(finding(PosturalDeviation.SCOLIOSIS, 12))
            .build();
    assertEquals(2, evaluation.findings().size());
  }

  @Test
  void aPlaneWithoutFindingsIsValid() {
    assertTrue(evaluation().addPlanesEvaluated(Plane.TRANSVERSE).build().findings().isEmpty());
  }

  @Test
  void rejectsNoPlanes() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> evaluation().build());
    assertEquals("structural evaluation se-1: planesEvaluated must not be empty", e.getMessage());
  }

  @Test
  void rejectsAFindingInAPlaneNotEvaluated() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                evaluation()
                    .addPlanesEvaluated(Plane.SAGITTAL)
                    .addFinding(finding(PosturalDeviation.FORWARD_HEAD, 44))
                    .addFinding(finding(PosturalDeviation.SCOLIOSIS, 12))
                    .build());
    assertEquals(
        "structural evaluation se-1: findings[1] (scoliosis) lies in the coronal plane, which was"
            + " not evaluated",
        e.getMessage());
  }
}
