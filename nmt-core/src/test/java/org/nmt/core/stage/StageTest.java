package org.nmt.core.stage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class StageTest {
  @Test
  void fiveStagesInTheSeedsOrder() {
    assertEquals(
        List.of(
            Stage.PAIN_ELIMINATION,
            Stage.STRUCTURAL_CORRECTION,
            Stage.FLEXIBILITY,
            Stage.STRENGTH,
            Stage.ENDURANCE),
        List.of(Stage.values()));
  }

  @Test
  void seedNumbersRunFromOneToFive() {
    assertEquals(1, Stage.PAIN_ELIMINATION.seedNumber());
    assertEquals(2, Stage.STRUCTURAL_CORRECTION.seedNumber());
    assertEquals(3, Stage.FLEXIBILITY.seedNumber());
    assertEquals(4, Stage.STRENGTH.seedNumber());
    assertEquals(5, Stage.ENDURANCE.seedNumber());
  }

  @Test
  void ids() {
    assertEquals(
        List.of(
            "pain-elimination", "structural-correction", "flexibility", "strength", "endurance"),
        List.of(Stage.values()).stream().map(Stage::id).toList());
  }

  @Test
  void fromIdFindsEachStage() {
    for (Stage stage : Stage.values()) {
      assertSame(stage, Stage.fromId(stage.id()));
    }
    assertSame(Stage.FLEXIBILITY, Stage.fromId("flexibility"));
  }

  @Test
  void fromIdRejectsAnUnknownId() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Stage.fromId("x"));
    assertEquals("unknown Stage id: 'x'", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> Stage.fromId("PAIN_ELIMINATION"));
    assertEquals("unknown Stage id: 'PAIN_ELIMINATION'", e.getMessage());
  }

  @Test
  void fromIdRejectsNull() {
    NullPointerException e = assertThrows(NullPointerException.class, () -> Stage.fromId(null));
    assertEquals("id", e.getMessage());
  }

  @Test
  void titlesAndGoals() {
    assertEquals("Pain elimination", Stage.PAIN_ELIMINATION.title());
    assertEquals("Eliminate muscle pain", Stage.PAIN_ELIMINATION.goal());
    assertEquals("Flexibility and neural re-education", Stage.FLEXIBILITY.title());
    for (Stage stage : Stage.values()) {
      assertFalse(stage.title().isBlank(), stage::id);
      assertFalse(stage.goal().isBlank(), stage::id);
    }
  }
}
