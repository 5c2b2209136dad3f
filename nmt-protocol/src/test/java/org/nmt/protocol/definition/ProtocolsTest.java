package org.nmt.protocol.definition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nmt.core.stage.Stage.ENDURANCE;
import static org.nmt.core.stage.Stage.FLEXIBILITY;
import static org.nmt.core.stage.Stage.PAIN_ELIMINATION;
import static org.nmt.core.stage.Stage.STRENGTH;
import static org.nmt.core.stage.Stage.STRUCTURAL_CORRECTION;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.nmt.core.stage.Stage;
import org.nmt.protocol.criterion.Criterion;
import org.nmt.protocol.criterion.EnduranceReached;
import org.nmt.protocol.criterion.MinimumSessions;
import org.nmt.protocol.criterion.PainControlled;
import org.nmt.protocol.criterion.PressurePainThresholdImproved;
import org.nmt.protocol.criterion.RangeOfMotionRestored;
import org.nmt.protocol.criterion.StrengthRestored;
import org.nmt.protocol.criterion.StructureCorrected;

class ProtocolsTest {
  @Test
  void seedsOrderIsTheDefault() {
    ProtocolDefinition seeds = Protocols.seeds();
    assertEquals("nmt-seeds", seeds.name());
    assertEquals("1.0", seeds.version());
    assertEquals(
        List.of(PAIN_ELIMINATION, STRUCTURAL_CORRECTION, FLEXIBILITY, STRENGTH, ENDURANCE),
        seeds.stages());
    assertEquals(List.of(Stage.values()), seeds.stages());
    assertEquals(List.of(seeds, Protocols.stJohn()), Protocols.builtIns());
  }

  @Test
  void stJohnPutsFlexibilityBeforeStructuralCorrection() {
    ProtocolDefinition stJohn = Protocols.stJohn();
    assertEquals("st-john", stJohn.name());
    assertEquals(
        List.of(PAIN_ELIMINATION, FLEXIBILITY, STRUCTURAL_CORRECTION, STRENGTH, ENDURANCE),
        stJohn.stages());
    assertTrue(stJohn.position(FLEXIBILITY) < stJohn.position(STRUCTURAL_CORRECTION));
    assertTrue(
        Protocols.seeds().position(FLEXIBILITY)
            > Protocols.seeds().position(STRUCTURAL_CORRECTION));
    assertEquals(Optional.of(FLEXIBILITY), stJohn.next(PAIN_ELIMINATION));
    assertEquals(Optional.of(STRUCTURAL_CORRECTION), Protocols.seeds().next(PAIN_ELIMINATION));
    assertEquals(Optional.of(STRENGTH), stJohn.next(STRUCTURAL_CORRECTION));
  }

  @Test
  void everyStageHasItsStandardGate() {
    for (ProtocolDefinition definition : Protocols.builtIns()) {
      for (Stage stage : definition.stages()) {
        Gate gate = definition.gate(stage);
        assertEquals(stage, gate.stage());
        assertFalse(gate.criteria().isEmpty());
        assertEquals(Protocols.standardGate(stage), gate);
      }
    }
  }

  @Test
  void dischargeGateFollowsEndurance() {
    for (ProtocolDefinition definition : Protocols.builtIns()) {
      assertEquals(Optional.empty(), definition.next(ENDURANCE));
      assertEquals(ENDURANCE, definition.stages().get(definition.stages().size() - 1));
    }
  }

  private static List<String> ids(Stage stage) {
    return Protocols.standardGate(stage).criteria().stream()
        .map(Criterion::id)
        .collect(Collectors.toList());
  }

  @Test
  void standardGates() {
    assertEquals(
        List.of(
            "minimum-sessions",
            "no-active-trigger-points",
            "pain-controlled",
            "pressure-pain-threshold-improved",
            "no-pain-flare",
            "therapist-sign-off"),
        ids(PAIN_ELIMINATION));
    assertEquals(
        List.of("minimum-sessions", "structure-corrected", "no-pain-flare", "therapist-sign-off"),
        ids(STRUCTURAL_CORRECTION));
    assertEquals(
        List.of(
            "minimum-sessions", "range-of-motion-restored", "no-pain-flare", "therapist-sign-off"),
        ids(FLEXIBILITY));
    assertEquals(
        List.of("minimum-sessions", "strength-restored", "no-pain-flare", "therapist-sign-off"),
        ids(STRENGTH));
    assertEquals(
        List.of(
            "minimum-sessions",
            "endurance-reached",
            "pain-controlled",
            "no-pain-flare",
            "therapist-sign-off"),
        ids(ENDURANCE));
    List<Criterion> pain = Protocols.standardGate(PAIN_ELIMINATION).criteria();
    assertEquals(MinimumSessions.of(3), pain.get(0));
    assertEquals(PainControlled.of(3, 2), pain.get(2));
    assertEquals(PressurePainThresholdImproved.of(0.62), pain.get(3));
    assertEquals(
        StructureCorrected.of(5), Protocols.standardGate(STRUCTURAL_CORRECTION).criteria().get(1));
    assertEquals(
        RangeOfMotionRestored.builder().percentOfNorm(90).sideDifferencePercent(10).build(),
        Protocols.standardGate(FLEXIBILITY).criteria().get(1));
    assertEquals(StrengthRestored.of(5), Protocols.standardGate(STRENGTH).criteria().get(1));
    assertEquals(EnduranceReached.standard(), Protocols.standardGate(ENDURANCE).criteria().get(1));
    assertEquals(MinimumSessions.of(2), Protocols.standardGate(ENDURANCE).criteria().get(0));
  }

  @Test
  void regressionRulesReturnToPainElimination() {
    for (ProtocolDefinition definition : Protocols.builtIns()) {
      assertEquals(
          List.of(
              PainFlareRegression.of(2, PAIN_ELIMINATION),
              ActiveTriggerPointRegression.of(PAIN_ELIMINATION)),
          definition.regressionRules());
    }
  }
}
