package org.nmt.io.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nmt.core.id.PlanId;
import org.nmt.core.record.ClientRecord;
import org.nmt.core.scenario.SeedScenarios;
import org.nmt.core.session.Session;
import org.nmt.io.gen.PlanGenerator;
import org.nmt.io.json.DocumentKind;
import org.nmt.io.json.Documents;
import org.nmt.protocol.plan.PlannedSession;
import org.nmt.protocol.plan.TreatmentPlan;

/** Every treatment plan document the library writes is valid against the treatment-plan schema. */
class TreatmentPlanSchemaTest {
  private static final long SEED = 20261124L;
  private static final Path GOLDEN =
      Path.of("src", "test", "resources", "golden", "hiker.treatment-plan.json");

  static void assertValid(String label, byte[] json) {
    var errors = SchemaValidation.errors(DocumentKind.TREATMENT_PLAN, json);
    assertEquals(List.of(), errors, label + ":" + SchemaValidation.describe(errors));
  }

  /** The course of {@code record}, as it would have been planned. */
  static TreatmentPlan planOf(ClientRecord record) {
    TreatmentPlan.Builder plan =
        TreatmentPlan.builder()
            .id(PlanId.of(record.client().id().value() + "-plan"))
            .client(record.client())
            .intake(record.intake());
    for (Session session : record.sessions()) {
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
  void theGoldenHikerPlanIsValid() throws IOException {
    assertValid("golden hiker plan", Files.readAllBytes(GOLDEN));
  }

  @Test
  void thePlanOfEverySeedScenarioIsValid() {
    for (ClientRecord record : SeedScenarios.all()) {
      assertValid(record.client().id().value(), Documents.toBytes(planOf(record)));
    }
    assertValid("the full plan", Documents.toBytes(FullDocuments.plan()));
  }

  @Test
  void generatedPlansAreValid() {
    qt().withFixedSeed(SEED)
        .withExamples(400)
        .forAll(PlanGenerator.plans())
        .checkAssert(plan -> assertValid(plan.id().value(), Documents.toBytes(plan)));
  }
}
