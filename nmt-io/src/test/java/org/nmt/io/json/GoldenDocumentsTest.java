package org.nmt.io.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.nmt.core.anatomy.BodyRegion;
import org.nmt.core.anatomy.Side;
import org.nmt.core.anatomy.TissueLocation;
import org.nmt.core.assessment.Plane;
import org.nmt.core.assessment.PosturalDeviation;
import org.nmt.core.assessment.PosturalFinding;
import org.nmt.core.assessment.PressurePainThreshold;
import org.nmt.core.assessment.StructuralEvaluation;
import org.nmt.core.client.Clearance;
import org.nmt.core.client.Client;
import org.nmt.core.client.Intake;
import org.nmt.core.client.ScreeningFinding;
import org.nmt.core.client.ScreeningItem;
import org.nmt.core.id.AssessmentId;
import org.nmt.core.id.ClientId;
import org.nmt.core.id.SessionId;
import org.nmt.core.id.TherapistId;
import org.nmt.core.record.ClientRecord;
import org.nmt.core.record.StageTransition;
import org.nmt.core.record.TransitionKind;
import org.nmt.core.scenario.SeedScenarios;
import org.nmt.core.session.AdverseEvent;
import org.nmt.core.session.AdverseEventKind;
import org.nmt.core.session.ClientResponse;
import org.nmt.core.session.Session;
import org.nmt.core.session.Soreness;
import org.nmt.core.stage.Stage;
import org.nmt.core.trigger.TriggerPointExamination;

/**
 * Pins the client record format: each record is written exactly as its golden file, and the golden
 * file reads back to the record. The seed scenarios hold every assessment type, screening with
 * clearance, overrides and regressions; the last record holds what they do not (normal ranges, with
 * and without a lower bound, taken from the deviations' sourced ranges; sided postural findings;
 * adverse events; a trigger point's pressure pain threshold; discharge).
 */
class GoldenDocumentsTest {
  private static final Path GOLDEN = Path.of("src", "test", "resources", "golden");

  static Stream<Arguments> records() {
    return Stream.of(
        Arguments.of("hiker", SeedScenarios.hiker()),
        Arguments.of("office-worker", SeedScenarios.officeWorker()),
        Arguments.of("runner", SeedScenarios.runner()),
        Arguments.of("tmj-dysfunction", SeedScenarios.tmjDysfunction()),
        Arguments.of("remaining-fields", remainingFields()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("records")
  void writesTheGoldenDocumentAndReadsItBack(String name, ClientRecord record) throws IOException {
    Path golden = GOLDEN.resolve(name + ".client-record.json");
    String written = new String(Documents.toBytes(record), UTF_8);
    if (Boolean.getBoolean("nmt.golden.update")) {
      Files.writeString(golden, written);
    }
    assertEquals(Files.readString(golden), written, "regenerate with -Dnmt.golden.update=true");
    assertEquals(record, Documents.readRecord(Files.readAllBytes(golden)));
  }

  /** A record with the fields no seed scenario has. */
  private static ClientRecord remainingFields() {
    ClientId client = ClientId.of("format-001");
    TherapistId therapist = TherapistId.of("therapist-01");
    Instant start = Instant.parse("2026-03-02T09:00:00Z");
    return ClientRecord.builder()
        .client(Client.builder().id(client).build())
        .intake(
            Intake.builder()
                .takenOn(LocalDate.parse("2026-03-01"))
                .addScreening(
                    ScreeningFinding.builder()
                        .item(ScreeningItem.PREGNANCY)
                        .clearance(Clearance.givenOn(LocalDate.parse("2026-02-27")))
                        .build())
                .addScreening(
                    ScreeningFinding.builder()
                        .item(ScreeningItem.BURN)
                        .region(BodyRegion.FOREARM)
                        .side(Side.LEFT)
                        .resolvedOn(LocalDate.parse("2026-03-20"))
                        .build())
                .chiefComplaint("The neck is \"stiff\" since the move;\nworse at night (夜), 😣")
                .build())
        .addAssessment(
            StructuralEvaluation.builder()
                .id(AssessmentId.of("format-001-structure"))
                .takenAt(start.minus(Duration.ofDays(1)))
                .addPlanesEvaluated(Plane.SAGITTAL, Plane.CORONAL)
                .addFinding(
                    PosturalFinding.builder()
                        .deviation(PosturalDeviation.THORACIC_KYPHOSIS)
                        .value(52.5)
                        .normalRange(PosturalDeviation.THORACIC_KYPHOSIS.normalRange().get())
                        .build())
                .addFinding(
                    PosturalFinding.builder()
                        .deviation(PosturalDeviation.SCOLIOSIS)
                        .value(-4)
                        .side(Side.RIGHT)
                        .normalRange(PosturalDeviation.SCOLIOSIS.normalRange().get())
                        .build())
                .build())
        .addSession(
            Session.builder()
                .id(SessionId.of("format-001-s01"))
                .clientId(client)
                .therapistId(therapist)
                .start(start)
                .duration(Duration.ofMinutes(45))
                .stage(Stage.PAIN_ELIMINATION)
                .addTriggerPointExamination(
                    TriggerPointExamination.builder()
                        .location(TissueLocation.of("upper-trapezius", Side.LEFT))
                        .tautBand(true)
                        .hypersensitiveSpot(true)
                        .referredPain(true)
                        .addReferralZonesObserved("temple")
                        .painRecognition(true)
                        .pressurePainThreshold(
                            PressurePainThreshold.ofKilogramsPerSquareCentimetre(2.5))
                        .build())
                .response(
                    ClientResponse.builder()
                        .soreness(Soreness.MILD)
                        .sorenessDuration(Duration.ofHours(24))
                        .addAdverseEvent(
                            AdverseEvent.builder()
                                .kind(AdverseEventKind.HEADACHE)
                                .description("A mild headache that evening")
                                .build())
                        .addAdverseEvent(
                            AdverseEvent.builder()
                                .kind(AdverseEventKind.DIZZINESS)
                                .serious(true)
                                .build())
                        .build())
                .build())
        .addTransition(
            StageTransition.builder()
                .at(start)
                .kind(TransitionKind.START)
                .toStage(Stage.PAIN_ELIMINATION)
                .build())
        .addTransition(
            StageTransition.builder()
                .at(start.plus(Duration.ofDays(1)))
                .kind(TransitionKind.GATE_PASSED)
                .fromStage(Stage.PAIN_ELIMINATION)
                .therapistId(therapist)
                .build())
        .build();
  }
}
