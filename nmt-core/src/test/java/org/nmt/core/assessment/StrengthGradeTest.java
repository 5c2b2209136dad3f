package org.nmt.core.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.nmt.core.anatomy.Side;
import org.nmt.core.id.AssessmentId;

class StrengthGradeTest {
  private static final Instant AT = Instant.parse("2026-03-02T09:20:00Z");

  private static StrengthGrade.Builder grade(int grade) {
    StrengthGrade.Builder builder = StrengthGrade.builder();
    builder.id(AssessmentId.of("sg-1")).takenAt(AT).side(Side.LEFT).grade(grade);
    return builder;
  }

  @Test
  void gradesAMuscle() {
    StrengthGrade grade = grade(4).muscleId("gastrocnemius").build();
    assertEquals(Optional.of("gastrocnemius"), grade.muscleId());
    assertEquals(Optional.empty(), grade.joint());
    assertEquals(Optional.empty(), grade.movement());
  }

  @Test
  void gradesAMovementOfAJoint() {
    StrengthGrade grade = grade(3).joint(Joint.SHOULDER).movement(Movement.ABDUCTION).build();
    assertEquals(Optional.of(Joint.SHOULDER), grade.joint());
    assertEquals(Optional.of(Movement.ABDUCTION), grade.movement());
    assertEquals(Optional.empty(), grade.muscleId());
  }

  @Test
  void acceptsEveryMrcGrade() {
    for (int g = 0; g <= StrengthGrade.MAXIMUM_GRADE; g++) {
      assertEquals(g, grade(g).muscleId("upper-trapezius").build().grade());
    }
  }

  @Test
  void rejectsGradeSix() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> grade(6).muscleId("upper-trapezius").build());
    assertEquals("strength grade sg-1: grade must be within 0..5: 6", e.getMessage());
  }

  @Test
  void rejectsANegativeGrade() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> grade(-1).muscleId("upper-trapezius").build());
    assertEquals("strength grade sg-1: grade must be within 0..5: -1", e.getMessage());
  }

  @Test
  void rejectsAJointWithoutAMovement() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> grade(4).joint(Joint.HIP).build());
    assertEquals("strength grade sg-1: joint and movement must be given together", e.getMessage());
  }

  @Test
  void rejectsAMovementWithoutAJoint() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> grade(4).muscleId("gastrocnemius").movement(Movement.PLANTARFLEXION).build());
    assertEquals("strength grade sg-1: joint and movement must be given together", e.getMessage());
  }

  @Test
  void rejectsBothAMuscleAndAMovement() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                grade(4)
                    .muscleId("gastrocnemius")
                    .joint(Joint.ANKLE)
                    .movement(Movement.PLANTARFLEXION)
                    .build());
    assertEquals(
        "strength grade sg-1: exactly one of muscleId or joint and movement must be given",
        e.getMessage());
  }

  @Test
  void rejectsNeitherAMuscleNorAMovement() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> grade(4).build());
    assertEquals(
        "strength grade sg-1: exactly one of muscleId or joint and movement must be given",
        e.getMessage());
  }

  @Test
  void rejectsAMuscleIdThatIsNotASlug() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                StrengthGrade.builder()
                    .id(AssessmentId.of("g-1"))
                    .takenAt(Instant.parse("2026-03-02T09:00:00Z"))
                    .muscleId("Upper Trapezius")
                    .side(Side.LEFT)
                    .grade(4)
                    .build());
    assertEquals(
        "strength grade g-1: muscleId must be a lower-kebab slug of at most 64 characters:"
            + " 'Upper Trapezius'",
        e.getMessage());
  }
}
