package org.nmt.io.schema;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.nmt.core.anatomy.BodyRegion;
import org.nmt.core.anatomy.Side;
import org.nmt.core.anatomy.TissueLocation;
import org.nmt.core.assessment.EnduranceTest;
import org.nmt.core.assessment.EnduranceTestKind;
import org.nmt.core.assessment.Joint;
import org.nmt.core.assessment.MotionMode;
import org.nmt.core.assessment.Movement;
import org.nmt.core.assessment.NormalRange;
import org.nmt.core.assessment.PainContext;
import org.nmt.core.assessment.PainRating;
import org.nmt.core.assessment.PainScale;
import org.nmt.core.assessment.Plane;
import org.nmt.core.assessment.PosturalDeviation;
import org.nmt.core.assessment.PosturalFinding;
import org.nmt.core.assessment.PressurePainThreshold;
import org.nmt.core.assessment.PressurePainThresholdReading;
import org.nmt.core.assessment.Questionnaire;
import org.nmt.core.assessment.QuestionnaireScore;
import org.nmt.core.assessment.RangeOfMotionMeasurement;
import org.nmt.core.assessment.StrengthGrade;
import org.nmt.core.assessment.StructuralEvaluation;
import org.nmt.core.client.ActivityProfile;
import org.nmt.core.client.Clearance;
import org.nmt.core.client.Client;
import org.nmt.core.client.Condition;
import org.nmt.core.client.Intake;
import org.nmt.core.client.ScreeningFinding;
import org.nmt.core.client.ScreeningItem;
import org.nmt.core.client.Sex;
import org.nmt.core.id.AssessmentId;
import org.nmt.core.id.ClientId;
import org.nmt.core.id.SessionId;
import org.nmt.core.id.TherapistId;
import org.nmt.core.record.ClientRecord;
import org.nmt.core.record.StageSignOff;
import org.nmt.core.record.StageTransition;
import org.nmt.core.record.TransitionKind;
import org.nmt.core.session.AdverseEvent;
import org.nmt.core.session.AdverseEventKind;
import org.nmt.core.session.ClientResponse;
import org.nmt.core.session.Session;
import org.nmt.core.session.SoapNote;
import org.nmt.core.session.Soreness;
import org.nmt.core.session.TechniqueApplication;
import org.nmt.core.stage.Stage;
import org.nmt.core.technique.PressureLevel;
import org.nmt.core.technique.Technique;
import org.nmt.core.trigger.TriggerPointExamination;

/**
 * A client record that sets every optional field of the format and holds an assessment of every
 * type, so that written, it covers every field of the client-record schema. Not clinically
 * meaningful: the values only exercise the format.
 */
final class FullRecord {
  static final ClientId CLIENT = ClientId.of("full-001");
  static final TherapistId THERAPIST = TherapistId.of("therapist-01");
  static final Instant START = Instant.parse("2026-03-02T09:00:00Z");

  private FullRecord() {}

  static ClientRecord create() {
    return ClientRecord.builder()
        .client(
            Client.builder()
                .id(CLIENT)
                .birthYear(1980)
                .sex(Sex.OTHER)
                .addActivityProfile(ActivityProfile.RUNNER)
                .addActivityProfile(ActivityProfile.OFFICE_WORKER)
                .addPresentingCondition(Condition.LOW_BACK_PAIN)
                .build())
        .intake(
            Intake.builder()
                .takenOn(LocalDate.parse("2026-03-01"))
                .addScreening(
                    ScreeningFinding.builder()
                        .item(ScreeningItem.FRACTURE)
                        .region(BodyRegion.FOOT)
                        .side(Side.LEFT)
                        .resolvedOn(LocalDate.parse("2026-03-20"))
                        .build())
                .addScreening(
                    ScreeningFinding.builder()
                        .item(ScreeningItem.PREGNANCY)
                        .clearance(Clearance.givenOn(LocalDate.parse("2026-02-20")))
                        .build())
                .addScreening(ScreeningFinding.of(ScreeningItem.ANTICOAGULANTS))
                .chiefComplaint("Free text of the chief complaint.")
                .build())
        .addAssessment(
            PainRating.builder()
                .id(AssessmentId.of("full-001-intake-vas"))
                .takenAt(Instant.parse("2026-03-01T10:00:00Z"))
                .scale(PainScale.VAS)
                .context(PainContext.WORST)
                .value(64)
                .build())
        .addAssessment(
            QuestionnaireScore.builder()
                .id(AssessmentId.of("full-001-intake-odi"))
                .takenAt(Instant.parse("2026-03-01T10:05:00Z"))
                .questionnaire(Questionnaire.ODI)
                .score(32)
                .build())
        .addSession(session())
        .addTransition(
            StageTransition.builder()
                .at(START)
                .kind(TransitionKind.START)
                .toStage(Stage.PAIN_ELIMINATION)
                .therapistId(THERAPIST)
                .build())
        .addTransition(
            StageTransition.builder()
                .at(Instant.parse("2026-03-03T09:00:00Z"))
                .kind(TransitionKind.OVERRIDE)
                .fromStage(Stage.PAIN_ELIMINATION)
                .toStage(Stage.STRUCTURAL_CORRECTION)
                .therapistId(THERAPIST)
                .justification("Free text of the justification.")
                .addFailedCriteria("example-criterion")
                .build())
        .addTransition(
            StageTransition.builder()
                .at(Instant.parse("2026-03-04T09:00:00Z"))
                .kind(TransitionKind.REGRESSION)
                .fromStage(Stage.STRUCTURAL_CORRECTION)
                .toStage(Stage.PAIN_ELIMINATION)
                .trigger("pain-flare")
                .build())
        .addTransition(
            StageTransition.builder()
                .at(Instant.parse("2026-03-05T09:00:00Z"))
                .kind(TransitionKind.GATE_PASSED)
                .fromStage(Stage.PAIN_ELIMINATION)
                .therapistId(THERAPIST)
                .build())
        .addSignOff(
            StageSignOff.of(
                Stage.PAIN_ELIMINATION, THERAPIST, Instant.parse("2026-03-05T09:00:00Z")))
        .build();
  }

  private static Session session() {
    TissueLocation calf = TissueLocation.of("gastrocnemius", Side.RIGHT, "medial-head");
    return Session.builder()
        .id(SessionId.of("full-001-s01"))
        .clientId(CLIENT)
        .therapistId(THERAPIST)
        .start(START)
        .duration(Duration.ofMinutes(60))
        .stage(Stage.PAIN_ELIMINATION)
        .painBefore(6)
        .painAfter(3)
        .addTriggerPointExamination(
            TriggerPointExamination.builder()
                .location(calf)
                .tautBand(true)
                .hypersensitiveSpot(true)
                .referredPain(true)
                .addReferralZonesObserved("calf")
                .painRecognition(true)
                .localTwitchResponse(true)
                .jumpSign(true)
                .palpationPain(7)
                .pressurePainThreshold(PressurePainThreshold.ofKilogramsPerSquareCentimetre(2.5))
                .build())
        .addAssessment(
            PainRating.builder()
                .id(AssessmentId.of("full-001-s01-nprs"))
                .takenAt(START.plusSeconds(60))
                .value(6)
                .build())
        .addAssessment(
            PressurePainThresholdReading.builder()
                .id(AssessmentId.of("full-001-s01-ppt"))
                .takenAt(START.plusSeconds(120))
                .location(calf)
                .addReading(PressurePainThreshold.ofKilogramsPerSquareCentimetre(2.4))
                .addReading(PressurePainThreshold.ofKilogramsPerSquareCentimetre(2.6))
                .build())
        .addAssessment(
            RangeOfMotionMeasurement.builder()
                .id(AssessmentId.of("full-001-s01-rom"))
                .takenAt(START.plusSeconds(180))
                .joint(Joint.ANKLE)
                .movement(Movement.DORSIFLEXION)
                .side(Side.RIGHT)
                .degrees(15)
                .mode(MotionMode.PASSIVE)
                .build())
        .addAssessment(
            StrengthGrade.builder()
                .id(AssessmentId.of("full-001-s01-mrc-muscle"))
                .takenAt(START.plusSeconds(240))
                .muscleId("gluteus-medius")
                .side(Side.RIGHT)
                .grade(4)
                .build())
        .addAssessment(
            StrengthGrade.builder()
                .id(AssessmentId.of("full-001-s01-mrc-joint"))
                .takenAt(START.plusSeconds(300))
                .joint(Joint.ANKLE)
                .movement(Movement.PLANTARFLEXION)
                .side(Side.RIGHT)
                .grade(5)
                .build())
        .addAssessment(
            EnduranceTest.builder()
                .id(AssessmentId.of("full-001-s01-endurance"))
                .takenAt(START.plusSeconds(360))
                .test(EnduranceTestKind.SINGLE_LEG_HEEL_RAISE)
                .side(Side.RIGHT)
                .value(14)
                .build())
        .addAssessment(
            StructuralEvaluation.builder()
                .id(AssessmentId.of("full-001-s01-posture"))
                .takenAt(START.plusSeconds(420))
                .addPlanesEvaluated(Plane.SAGITTAL, Plane.CORONAL)
                .addFinding(
                    PosturalFinding.builder()
                        .deviation(PosturalDeviation.SHOULDER_HEIGHT_ASYMMETRY)
                        .value(8)
                        .side(Side.LEFT)
                        .normalRange(
                            NormalRange.builder().lower(0).upper(5).upperInclusive(false).build())
                        .build())
                .build())
        .addAssessment(
            QuestionnaireScore.builder()
                .id(AssessmentId.of("full-001-s01-lefs"))
                .takenAt(START.plusSeconds(480))
                .questionnaire(Questionnaire.LEFS)
                .score(52)
                .build())
        .addTechnique(
            TechniqueApplication.builder()
                .technique(Technique.ISCHEMIC_COMPRESSION)
                .target(calf)
                .pressure(PressureLevel.FIRM)
                .holdTime(Duration.ofSeconds(90))
                .repetitions(3)
                .reportedIntensity(6)
                .build())
        .response(
            ClientResponse.builder()
                .soreness(Soreness.MILD)
                .sorenessDuration(Duration.ofHours(24))
                .addAdverseEvent(
                    AdverseEvent.builder()
                        .kind(AdverseEventKind.BRUISING)
                        .serious(false)
                        .description("Free text of the adverse event.")
                        .build())
                .build())
        .note(
            SoapNote.builder()
                .subjective("Free text S.")
                .objective("Free text O.")
                .assessment("Free text A.")
                .plan("Free text P.")
                .build())
        .build();
  }
}
