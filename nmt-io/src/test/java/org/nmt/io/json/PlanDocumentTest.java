package org.nmt.io.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.nmt.core.id.PlanId;
import org.nmt.core.record.ClientRecord;
import org.nmt.core.scenario.SeedScenarios;
import org.nmt.core.session.Session;
import org.nmt.protocol.plan.PlannedSession;
import org.nmt.protocol.plan.TreatmentPlan;

class PlanDocumentTest {
  private static final Path GOLDEN = Path.of("src", "test", "resources", "golden");

  /** The hiker's course, as it would have been planned. */
  static TreatmentPlan hikerPlan() {
    ClientRecord hiker = SeedScenarios.hiker();
    TreatmentPlan.Builder plan = TreatmentPlan.builder();
    plan.id(PlanId.of("hiker-001-plan")).client(hiker.client()).intake(hiker.intake());
    for (Session session : hiker.sessions()) {
      plan.addSessions(
          PlannedSession.builder()
              .start(session.start())
              .duration(session.duration())
              .stage(session.stage())
              .addAllTechniques(session.techniques())
              .build());
    }
    return plan.build();
  }

  @Test
  void roundTripsAPlan() {
    TreatmentPlan plan = hikerPlan();
    assertEquals(plan, Documents.readPlan(Documents.toBytes(plan)));
  }

  @Test
  void writesTheGoldenHikerPlan() throws IOException {
    Path golden = GOLDEN.resolve("hiker.treatment-plan.json");
    String written = new String(Documents.toBytes(hikerPlan()), UTF_8);
    if (Boolean.getBoolean("nmt.golden.update")) {
      Files.writeString(golden, written);
    }
    assertEquals(Files.readString(golden), written, "regenerate with -Dnmt.golden.update=true");
  }

  private static final String PLAN =
      "{\"kind\":\"treatment-plan\",\"formatVersion\":\"1.0\",\"id\":\"p-1\","
          + "\"client\":{\"id\":\"c-1\"},\"intake\":{\"takenOn\":\"2026-03-01\"},"
          + "\"sessions\":[{\"start\":\"2026-03-02T09:00:00Z\",\"duration\":\"%s\","
          + "\"stage\":\"pain-elimination\",\"techniques\":[{\"technique\":\"ischemic-compression\","
          + "\"target\":{\"muscle\":\"%s\",\"side\":\"left\"}}]}]}";

  @Test
  void readsAPlanWrittenByHand() {
    TreatmentPlan plan =
        Documents.readPlan(String.format(PLAN, "PT60M", "upper-trapezius").getBytes(UTF_8));
    assertEquals(1, plan.sessions().size());
  }

  @Test
  void rejectsBadDurationsUnknownMusclesAndRecordDocuments() {
    DocumentException duration =
        assertThrows(
            DocumentException.class,
            () ->
                Documents.readPlan(
                    String.format(PLAN, "an hour", "upper-trapezius").getBytes(UTF_8)));
    assertEquals("/sessions/0/duration", duration.pointer());
    assertEquals("must be an ISO-8601 duration (PT60M): 'an hour'", duration.rule());
    DocumentException muscle =
        assertThrows(
            DocumentException.class,
            () -> Documents.readPlan(String.format(PLAN, "PT60M", "wing").getBytes(UTF_8)));
    assertEquals("/sessions/0/techniques/0/target", muscle.pointer());
    DocumentException kind =
        assertThrows(
            DocumentException.class,
            () -> Documents.readPlan(Documents.toBytes(SeedScenarios.hiker())));
    assertEquals("expected a treatment-plan document, not a client-record document", kind.rule());
  }
}
