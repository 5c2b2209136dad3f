package org.nmt.protocol.definition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nmt.core.stage.Stage.ENDURANCE;
import static org.nmt.core.stage.Stage.FLEXIBILITY;
import static org.nmt.core.stage.Stage.PAIN_ELIMINATION;
import static org.nmt.core.stage.Stage.STRENGTH;

import com.google.common.base.Strings;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.nmt.core.stage.Stage;
import org.nmt.protocol.criterion.MinimumSessions;
import org.nmt.protocol.criterion.TherapistSignOff;

class ProtocolDefinitionTest {
  private static Gate gate(Stage stage) {
    return Gate.of(stage, MinimumSessions.of(1), TherapistSignOff.of());
  }

  /** A valid two-stage definition builder, named "demo". */
  private static ProtocolDefinition.Builder demo() {
    return ProtocolDefinition.builder()
        .name("demo")
        .version("2.1")
        .addStages(PAIN_ELIMINATION, STRENGTH)
        .addGates(gate(PAIN_ELIMINATION), gate(STRENGTH))
        .addRegressionRules(PainFlareRegression.of(2, PAIN_ELIMINATION));
  }

  private static void assertInvalid(String message, Executable build) {
    assertEquals(message, assertThrows(IllegalArgumentException.class, build).getMessage());
  }

  @Test
  void navigation() {
    ProtocolDefinition demo = demo().build();
    assertEquals(PAIN_ELIMINATION, demo.firstStage());
    assertEquals(0, demo.position(PAIN_ELIMINATION));
    assertEquals(1, demo.position(STRENGTH));
    assertEquals(Optional.of(STRENGTH), demo.next(PAIN_ELIMINATION));
    assertEquals(Optional.empty(), demo.next(STRENGTH));
    assertEquals(gate(STRENGTH), demo.gate(STRENGTH));
    assertTrue(demo.includes(STRENGTH));
    assertFalse(demo.includes(FLEXIBILITY));
  }

  @Test
  void aStageOutsideTheProtocolIsRefused() {
    ProtocolDefinition demo = demo().build();
    assertInvalid("protocol demo has no stage flexibility", () -> demo.position(FLEXIBILITY));
    assertInvalid("protocol demo has no stage flexibility", () -> demo.next(FLEXIBILITY));
    assertInvalid("protocol demo has no stage endurance", () -> demo.gate(ENDURANCE));
  }

  @Test
  void aDuplicateStageIsRefused() {
    assertInvalid(
        "protocol demo: duplicate stage pain-elimination",
        () -> demo().addStages(PAIN_ELIMINATION).addGates(gate(PAIN_ELIMINATION)).build());
  }

  @Test
  void oneGatePerStageIsRequired() {
    assertInvalid(
        "protocol demo: needs one gate per stage: 3 stages, 2 gates",
        () -> demo().addStages(ENDURANCE).build());
    assertInvalid(
        "protocol demo: needs one gate per stage: 2 stages, 3 gates",
        () -> demo().addGates(gate(ENDURANCE)).build());
  }

  @Test
  void gatesFollowTheStageOrder() {
    assertInvalid(
        "protocol demo: gates[0] closes strength but stages[0] is pain-elimination",
        () -> demo().gates(List.of(gate(STRENGTH), gate(PAIN_ELIMINATION))).build());
  }

  @Test
  void rulesReturnToAStageOfTheProtocol() {
    assertInvalid(
        "protocol demo: regression rule new-active-trigger-point returns to flexibility, which is"
            + " not a stage of the protocol",
        () -> demo().addRegressionRules(ActiveTriggerPointRegression.of(FLEXIBILITY)).build());
  }

  @Test
  void stagesMustNotBeEmpty() {
    assertInvalid(
        "protocol demo: stages must not be empty",
        () -> ProtocolDefinition.builder().name("demo").version("1.0").build());
  }

  @Test
  void nameMustBeASlug() {
    for (String bad : new String[] {"Demo", "demo-", "-demo", "de mo", "", "demo--x"}) {
      assertInvalid(
          "protocol name must be a lower-kebab slug of at most 64 characters: '" + bad + "'",
          () -> demo().name(bad).build());
    }
    String longest = Strings.repeat("a", 64);
    assertEquals(longest, demo().name(longest).build().name());
    assertInvalid(
        "protocol name must be a lower-kebab slug of at most 64 characters: '" + longest + "a'",
        () -> demo().name(longest + "a").build());
    assertEquals("clinic-2-protocol", demo().name("clinic-2-protocol").build().name());
  }

  @Test
  void versionMustBeMajorMinorOrMajorMinorPatch() {
    assertEquals("1.0.3", demo().version("1.0.3").build().version());
    for (String bad : new String[] {"1", "1.0.", "v1.0", "1.0.0.0", ""}) {
      assertInvalid(
          "protocol demo: version must be MAJOR.MINOR or MAJOR.MINOR.PATCH: '" + bad + "'",
          () -> demo().version(bad).build());
    }
  }
}
