package org.nmt.core.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.nmt.core.stage.Stage;

class StageTransitionTest {
  private static final Instant AT = Instant.parse("2026-03-16T10:00:00Z");

  private static StageTransition.Builder transition(TransitionKind kind) {
    StageTransition.Builder builder = StageTransition.builder();
    builder.at(AT).kind(kind);
    return builder;
  }

  private static String messageOf(StageTransition.Builder builder) {
    return assertThrows(IllegalArgumentException.class, builder::build).getMessage();
  }

  @Test
  void aStartEntersAStage() {
    StageTransition start =
        transition(TransitionKind.START).toStage(Stage.PAIN_ELIMINATION).build();
    assertEquals(Optional.empty(), start.fromStage());
    assertEquals(Optional.of(Stage.PAIN_ELIMINATION), start.toStage());
    assertFalse(start.isDischarge());
  }

  @Test
  void rejectsAStartWithoutAToStage() {
    assertEquals(
        "start transition at 2026-03-16T10:00:00Z must have no from stage and a to stage",
        messageOf(transition(TransitionKind.START)));
  }

  @Test
  void rejectsAStartWithAFromStage() {
    assertEquals(
        "start transition at 2026-03-16T10:00:00Z must have no from stage and a to stage",
        messageOf(
            transition(TransitionKind.START)
                .fromStage(Stage.PAIN_ELIMINATION)
                .toStage(Stage.STRUCTURAL_CORRECTION)));
  }

  @Test
  void rejectsAPassedGateWithoutAFromStage() {
    assertEquals(
        "gate-passed transition at 2026-03-16T10:00:00Z must have a from stage",
        messageOf(transition(TransitionKind.GATE_PASSED).toStage(Stage.FLEXIBILITY)));
  }

  @Test
  void rejectsAnOverrideWithoutAFromStage() {
    assertEquals(
        "override transition at 2026-03-16T10:00:00Z must have a from stage",
        messageOf(transition(TransitionKind.OVERRIDE).toStage(Stage.FLEXIBILITY)));
  }

  @Test
  void rejectsARegressionWithoutAToStage() {
    assertEquals(
        "regression at 2026-03-16T10:00:00Z must have a from and a to stage",
        messageOf(transition(TransitionKind.REGRESSION).fromStage(Stage.STRENGTH)));
  }

  @Test
  void rejectsARegressionWithoutAFromStage() {
    assertEquals(
        "regression at 2026-03-16T10:00:00Z must have a from and a to stage",
        messageOf(transition(TransitionKind.REGRESSION).toStage(Stage.PAIN_ELIMINATION)));
  }

  @Test
  void rejectsATransitionThatKeepsTheStage() {
    assertEquals(
        "gate-passed transition at 2026-03-16T10:00:00Z must change the stage",
        messageOf(
            transition(TransitionKind.GATE_PASSED)
                .fromStage(Stage.STRENGTH)
                .toStage(Stage.STRENGTH)));
    assertEquals(
        "regression transition at 2026-03-16T10:00:00Z must change the stage",
        messageOf(
            transition(TransitionKind.REGRESSION)
                .fromStage(Stage.FLEXIBILITY)
                .toStage(Stage.FLEXIBILITY)));
  }

  @Test
  void rejectsFailedCriteriaOnAPassedGate() {
    assertEquals(
        "gate-passed transition at 2026-03-16T10:00:00Z: failedCriteria are only for overrides",
        messageOf(
            transition(TransitionKind.GATE_PASSED)
                .fromStage(Stage.PAIN_ELIMINATION)
                .toStage(Stage.STRUCTURAL_CORRECTION)
                .addFailedCriteria("pain-below-3")));
  }

  @Test
  void rejectsFailedCriteriaOnARegression() {
    assertEquals(
        "regression transition at 2026-03-16T10:00:00Z: failedCriteria are only for overrides",
        messageOf(
            transition(TransitionKind.REGRESSION)
                .fromStage(Stage.STRENGTH)
                .toStage(Stage.PAIN_ELIMINATION)
                .addFailedCriteria("pain-below-3")));
  }

  @Test
  void rejectsATriggerOnAnOverride() {
    assertEquals(
        "override transition at 2026-03-16T10:00:00Z: trigger is only for regressions",
        messageOf(
            transition(TransitionKind.OVERRIDE)
                .fromStage(Stage.PAIN_ELIMINATION)
                .toStage(Stage.STRUCTURAL_CORRECTION)
                .trigger("pain-flare")));
  }

  @Test
  void rejectsATriggerOnAStart() {
    assertEquals(
        "start transition at 2026-03-16T10:00:00Z: trigger is only for regressions",
        messageOf(
            transition(TransitionKind.START)
                .toStage(Stage.PAIN_ELIMINATION)
                .trigger("pain-flare")));
  }

  @Test
  void anOverrideKeepsItsFailedCriteria() {
    StageTransition override =
        transition(TransitionKind.OVERRIDE)
            .fromStage(Stage.PAIN_ELIMINATION)
            .toStage(Stage.STRUCTURAL_CORRECTION)
            .addFailedCriteria("pain-below-3", "ppt-improved")
            .justification("client travels abroad next month")
            .build();
    assertEquals(List.of("pain-below-3", "ppt-improved"), override.failedCriteria());
    assertFalse(override.isDischarge());
  }

  @Test
  void aRegressionKeepsItsTrigger() {
    StageTransition regression =
        transition(TransitionKind.REGRESSION)
            .fromStage(Stage.STRENGTH)
            .toStage(Stage.PAIN_ELIMINATION)
            .trigger("pain-flare")
            .build();
    assertEquals(Optional.of("pain-flare"), regression.trigger());
    assertFalse(regression.isDischarge());
  }

  @Test
  void anAdvanceWithoutAToStageIsADischarge() {
    assertTrue(
        transition(TransitionKind.GATE_PASSED).fromStage(Stage.ENDURANCE).build().isDischarge());
    assertTrue(transition(TransitionKind.OVERRIDE).fromStage(Stage.STRENGTH).build().isDischarge());
    assertFalse(
        transition(TransitionKind.GATE_PASSED)
            .fromStage(Stage.STRENGTH)
            .toStage(Stage.ENDURANCE)
            .build()
            .isDischarge());
  }

  @Test
  void theJustificationNeverAppearsInToString() {
    StageTransition override =
        transition(TransitionKind.OVERRIDE)
            .fromStage(Stage.PAIN_ELIMINATION)
            .toStage(Stage.STRUCTURAL_CORRECTION)
            .justification("Client's insurer Grimsditch Mutual stops paying in April")
            .build();
    assertFalse(override.toString().contains("Grimsditch"), override.toString());
    assertFalse(override.toString().contains("insurer"), override.toString());
    assertEquals(
        Optional.of("Client's insurer Grimsditch Mutual stops paying in April"),
        override.justification());
  }
}
