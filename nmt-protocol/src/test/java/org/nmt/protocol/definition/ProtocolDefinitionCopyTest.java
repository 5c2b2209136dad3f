package org.nmt.protocol.definition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.collect.ImmutableList;
import org.junit.jupiter.api.Test;
import org.nmt.core.stage.Stage;
import org.nmt.protocol.criterion.MinimumSessions;

class ProtocolDefinitionCopyTest {
  @Test
  void aClinicTunesACopyOfTheSeedsProtocol() {
    ProtocolDefinition seeds = Protocols.seeds();
    ImmutableList.Builder<Gate> gates = ImmutableList.builder();
    for (Gate gate : seeds.gates()) {
      gates.add(
          gate.stage() == Stage.PAIN_ELIMINATION
              ? Gate.of(gate.stage(), MinimumSessions.of(5))
              : gate);
    }
    ProtocolDefinition tuned =
        seeds.withName("clinic-north").withVersion("1.1").withGates(gates.build());
    assertEquals("clinic-north", tuned.name());
    assertEquals(seeds.stages(), tuned.stages());
    assertEquals(Gate.of(Stage.PAIN_ELIMINATION, MinimumSessions.of(5)), tuned.gates().get(0));
    assertEquals(seeds.gates().get(1), tuned.gates().get(1));
    assertSame(seeds, seeds.withName("nmt-seeds"));
  }

  @Test
  void copiesAreValidatedLikeBuilds() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> Protocols.seeds().withGates(ImmutableList.of()));
    assertEquals("protocol nmt-seeds: needs one gate per stage: 5 stages, 0 gates", e.getMessage());
  }
}
