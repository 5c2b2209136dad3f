package org.nmt.core.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nmt.core.anatomy.Side;
import org.nmt.core.assessment.EnduranceTestKind;
import org.nmt.core.assessment.Joint;
import org.nmt.core.assessment.MotionMode;
import org.nmt.core.assessment.Movement;

class KeysTest {
  @Test
  void strengthKeysOrderMusclesBeforeMovementsThenBySide() {
    List<StrengthKey> keys =
        new ArrayList<>(
            ImmutableList.of(
                StrengthKey.ofMovement(Joint.SHOULDER, Movement.ABDUCTION, Side.RIGHT),
                StrengthKey.ofMuscle("upper-trapezius", Side.RIGHT),
                StrengthKey.ofMovement(Joint.CERVICAL, Movement.FLEXION, Side.MIDLINE),
                StrengthKey.ofMuscle("gluteus-medius", Side.LEFT),
                StrengthKey.ofMovement(Joint.SHOULDER, Movement.ABDUCTION, Side.LEFT),
                StrengthKey.ofMuscle("upper-trapezius", Side.LEFT)));
    Collections.sort(keys);
    assertEquals(
        ImmutableList.of(
            "gluteus-medius/left",
            "upper-trapezius/left",
            "upper-trapezius/right",
            "cervical/flexion/midline",
            "shoulder/abduction/left",
            "shoulder/abduction/right"),
        keys.stream().map(StrengthKey::toString).collect(ImmutableList.toImmutableList()));
  }

  @Test
  void strengthKeyNeedsExactlyAMuscleOrAMovement() {
    IllegalArgumentException both =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                StrengthKey.builder()
                    .muscleId("deltoid")
                    .joint(Joint.SHOULDER)
                    .movement(Movement.ABDUCTION)
                    .side(Side.LEFT)
                    .build());
    assertEquals(
        "strength key: exactly one of muscleId or joint and movement must be given",
        both.getMessage());
    IllegalArgumentException jointOnly =
        assertThrows(
            IllegalArgumentException.class,
            () -> StrengthKey.builder().joint(Joint.SHOULDER).side(Side.LEFT).build());
    assertEquals("strength key: joint and movement must be given together", jointOnly.getMessage());
  }

  @Test
  void rangeOfMotionKeysOrderByJointMovementSideMode() {
    RangeOfMotionKey a =
        RangeOfMotionKey.of(Joint.CERVICAL, Movement.ROTATION, Side.RIGHT, MotionMode.ACTIVE);
    RangeOfMotionKey b =
        RangeOfMotionKey.of(Joint.SHOULDER, Movement.FLEXION, Side.LEFT, MotionMode.ACTIVE);
    RangeOfMotionKey c =
        RangeOfMotionKey.of(Joint.SHOULDER, Movement.FLEXION, Side.LEFT, MotionMode.PASSIVE);
    RangeOfMotionKey d =
        RangeOfMotionKey.of(Joint.SHOULDER, Movement.FLEXION, Side.RIGHT, MotionMode.ACTIVE);
    assertTrue(a.compareTo(b) < 0);
    assertTrue(b.compareTo(c) < 0);
    assertTrue(c.compareTo(d) < 0);
    assertEquals(MotionKey.of(Joint.SHOULDER, Movement.FLEXION, MotionMode.PASSIVE), c.motion());
    assertEquals("shoulder/flexion/left/passive", c.toString());
    assertEquals("shoulder/flexion/passive", c.motion().toString());
  }

  @Test
  void enduranceKeysOrderByTestThenSide() {
    EnduranceKey a = EnduranceKey.of(EnduranceTestKind.BIERING_SORENSEN, Side.MIDLINE);
    EnduranceKey b = EnduranceKey.of(EnduranceTestKind.SIDE_PLANK, Side.LEFT);
    EnduranceKey c = EnduranceKey.of(EnduranceTestKind.SIDE_PLANK, Side.RIGHT);
    assertTrue(a.compareTo(b) < 0);
    assertTrue(b.compareTo(c) < 0);
    assertEquals("side-plank/right", c.toString());
  }
}
