package org.nmt.cli.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nmt.core.record.ClientRecord;
import org.nmt.core.scenario.SeedScenarios;
import org.nmt.protocol.definition.Protocols;

class CourseSummaryTest {
  @Test
  void anOverrideIsShownAndTheFinalGateIsReplayed() {
    List<String> lines = CourseSummary.of(Protocols.seeds(), SeedScenarios.runner());
    assertTrue(lines.get(3).startsWith("  3 flexibility "), lines.get(3));
    assertTrue(lines.get(3).endsWith("  override"), lines.get(3));
    assertTrue(lines.stream().noneMatch(l -> l.startsWith("Regression")), lines.toString());
    assertTrue(
        lines.stream()
            .anyMatch(l -> l.matches("Final gate \\(endurance\\) on .*: passed, discharged")),
        lines.toString());
  }

  @Test
  void aCourseInProgressEndsNowWithoutAFinalGate() {
    ClientRecord tmj = SeedScenarios.tmjDysfunction();
    List<String> lines = CourseSummary.of(Protocols.seeds(), tmj);
    assertEquals(5, lines.size(), lines.toString());
    assertEquals("  3 flexibility            2026-03-16 to now          1 session", lines.get(3));
    assertTrue(lines.get(4).startsWith("Pain (NPRS): "), lines.get(4));
    assertFalse(lines.stream().anyMatch(l -> l.startsWith("Final gate")));
  }

  @Test
  void aRecordWithoutSessionsHasNoPainTrajectory() {
    ClientRecord empty =
        ClientRecord.builder()
            .client(SeedScenarios.hiker().client())
            .intake(SeedScenarios.hiker().intake())
            .build();
    assertEquals(
        List.of("Stage timeline", "Pain (NPRS): fewer than two ratings"),
        CourseSummary.of(Protocols.seeds(), empty));
  }
}
