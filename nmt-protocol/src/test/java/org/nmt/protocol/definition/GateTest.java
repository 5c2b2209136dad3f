package org.nmt.protocol.definition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nmt.core.stage.Stage;
import org.nmt.protocol.criterion.MinimumSessions;
import org.nmt.protocol.criterion.NoPainFlare;

class GateTest {
  @Test
  void criteriaKeepTheirOrder() {
    Gate gate = Gate.of(Stage.STRENGTH, NoPainFlare.of(2), MinimumSessions.of(2));
    assertEquals(Stage.STRENGTH, gate.stage());
    assertEquals(List.of(NoPainFlare.of(2), MinimumSessions.of(2)), gate.criteria());
    assertEquals(gate, Gate.of(Stage.STRENGTH, List.of(NoPainFlare.of(2), MinimumSessions.of(2))));
  }

  @Test
  void aGateNeedsACriterion() {
    assertEquals(
        "gate of strength: criteria must not be empty",
        assertThrows(IllegalArgumentException.class, () -> Gate.of(Stage.STRENGTH)).getMessage());
  }

  @Test
  void criterionIdsAreUnique() {
    assertEquals(
        "gate of strength: duplicate criterion id 'minimum-sessions'",
        assertThrows(
                IllegalArgumentException.class,
                () -> Gate.of(Stage.STRENGTH, MinimumSessions.of(2), MinimumSessions.of(3)))
            .getMessage());
  }
}
