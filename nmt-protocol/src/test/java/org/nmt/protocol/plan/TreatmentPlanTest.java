package org.nmt.protocol.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.nmt.core.client.Client;
import org.nmt.core.client.Intake;
import org.nmt.core.id.ClientId;
import org.nmt.core.id.PlanId;
import org.nmt.core.stage.Stage;

class TreatmentPlanTest {
  private static final String MARKER = "FREE-TEXT-MARKER-4711";

  @Test
  void sessionsKeepTheirWrittenOrderEvenOutOfTime() {
    PlannedSession later =
        PlannedSession.of(
            Instant.parse("2026-03-04T09:00:00Z"), Duration.ofMinutes(60), Stage.PAIN_ELIMINATION);
    PlannedSession earlier =
        PlannedSession.of(
            Instant.parse("2026-03-02T09:00:00Z"), Duration.ofMinutes(60), Stage.PAIN_ELIMINATION);
    TreatmentPlan plan =
        TreatmentPlan.builder()
            .id(PlanId.of("plan-1"))
            .client(Client.builder().id(ClientId.of("c-1")).build())
            .intake(
                Intake.builder()
                    .takenOn(LocalDate.of(2026, 3, 1))
                    .chiefComplaint("complaint " + MARKER)
                    .build())
            .addSessions(later, earlier)
            .build();
    assertEquals(later, plan.sessions().get(0));
    assertEquals(earlier, plan.sessions().get(1));
    assertFalse(plan.toString().contains(MARKER), plan.toString());
  }
}
