package org.nmt.core.progress;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.nmt.core.anatomy.Side;
import org.nmt.core.anatomy.TissueLocation;
import org.nmt.core.assessment.EnduranceTest;
import org.nmt.core.assessment.EnduranceTestKind;
import org.nmt.core.assessment.Joint;
import org.nmt.core.assessment.MotionMode;
import org.nmt.core.assessment.Movement;
import org.nmt.core.assessment.PainContext;
import org.nmt.core.assessment.PainRating;
import org.nmt.core.assessment.PainScale;
import org.nmt.core.assessment.PressurePainThreshold;
import org.nmt.core.assessment.PressurePainThresholdReading;
import org.nmt.core.assessment.Questionnaire;
import org.nmt.core.assessment.QuestionnaireScore;
import org.nmt.core.assessment.RangeOfMotionMeasurement;
import org.nmt.core.assessment.StrengthGrade;
import org.nmt.core.client.Client;
import org.nmt.core.client.Intake;
import org.nmt.core.id.AssessmentId;
import org.nmt.core.id.ClientId;
import org.nmt.core.id.SessionId;
import org.nmt.core.id.TherapistId;
import org.nmt.core.record.ClientRecord;
import org.nmt.core.session.Session;
import org.nmt.core.stage.Stage;
import org.nmt.core.trigger.TriggerPointExamination;
import org.nmt.core.trigger.TriggerPointStatus;

/** Small hand-built records and assessments for the progress tests. */
final class Fixtures {
  static final ClientId CLIENT = ClientId.of("client-1");
  static final TherapistId THERAPIST = TherapistId.of("therapist-1");

  /** 09:00 UTC on a Monday; {@link #day(int)} counts from it. */
  static final Instant START = Instant.parse("2026-03-02T09:00:00Z");

  static final TissueLocation UPPER_TRAPEZIUS_LEFT =
      TissueLocation.of("upper-trapezius", Side.LEFT, "tp1");
  static final TissueLocation UPPER_TRAPEZIUS_RIGHT =
      TissueLocation.of("upper-trapezius", Side.RIGHT, "tp1");
  static final TissueLocation LEVATOR_LEFT = TissueLocation.of("levator-scapulae", Side.LEFT);

  private Fixtures() {}

  /** 09:00 UTC, {@code n} days after {@link #START}. */
  static Instant day(int n) {
    return START.plus(Duration.ofDays(n));
  }

  static SessionId sid(String id) {
    return SessionId.of(id);
  }

  static AssessmentId aid(String id) {
    return AssessmentId.of(id);
  }

  /** A record builder with the client and intake set. */
  static ClientRecord.Builder record() {
    ClientRecord.Builder record = ClientRecord.builder();
    record
        .client(Client.builder().id(CLIENT).build())
        .intake(Intake.builder().takenOn(LocalDate.of(2026, 3, 2)).build());
    return record;
  }

  /** A session builder: one hour from {@code start}, in the pain elimination stage. */
  static Session.Builder session(String id, Instant start) {
    Session.Builder session = Session.builder();
    session
        .id(SessionId.of(id))
        .clientId(CLIENT)
        .therapistId(THERAPIST)
        .start(start)
        .duration(Duration.ofHours(1))
        .stage(Stage.PAIN_ELIMINATION);
    return session;
  }

  /** A rating of pain now on the NPRS. */
  static PainRating nprs(String id, Instant at, int value) {
    return PainRating.builder().id(aid(id)).takenAt(at).value(value).build();
  }

  static PainRating pain(String id, Instant at, PainScale scale, PainContext context, int value) {
    return PainRating.builder()
        .id(aid(id))
        .takenAt(at)
        .scale(scale)
        .context(context)
        .value(value)
        .build();
  }

  static PressurePainThresholdReading ppt(
      String id, Instant at, TissueLocation location, double... kgPerCm2) {
    PressurePainThresholdReading.Builder reading = PressurePainThresholdReading.builder();
    reading.id(aid(id)).takenAt(at).location(location);
    for (double value : kgPerCm2) {
      reading.addReadings(PressurePainThreshold.ofKilogramsPerSquareCentimetre(value));
    }
    return reading.build();
  }

  static RangeOfMotionMeasurement rom(
      String id, Instant at, Joint joint, Movement movement, Side side, double degrees) {
    return rom(id, at, joint, movement, side, MotionMode.ACTIVE, degrees);
  }

  static RangeOfMotionMeasurement rom(
      String id,
      Instant at,
      Joint joint,
      Movement movement,
      Side side,
      MotionMode mode,
      double degrees) {
    return RangeOfMotionMeasurement.builder()
        .id(aid(id))
        .takenAt(at)
        .joint(joint)
        .movement(movement)
        .side(side)
        .mode(mode)
        .degrees(degrees)
        .build();
  }

  static StrengthGrade muscleGrade(String id, Instant at, String muscleId, Side side, int grade) {
    return StrengthGrade.builder()
        .id(aid(id))
        .takenAt(at)
        .muscleId(muscleId)
        .side(side)
        .grade(grade)
        .build();
  }

  static StrengthGrade movementGrade(
      String id, Instant at, Joint joint, Movement movement, Side side, int grade) {
    return StrengthGrade.builder()
        .id(aid(id))
        .takenAt(at)
        .joint(joint)
        .movement(movement)
        .side(side)
        .grade(grade)
        .build();
  }

  static EnduranceTest endurance(
      String id, Instant at, EnduranceTestKind test, Side side, double value) {
    return EnduranceTest.builder()
        .id(aid(id))
        .takenAt(at)
        .test(test)
        .side(side)
        .value(value)
        .build();
  }

  static QuestionnaireScore score(
      String id, Instant at, Questionnaire questionnaire, double score) {
    return QuestionnaireScore.builder()
        .id(aid(id))
        .takenAt(at)
        .questionnaire(questionnaire)
        .score(score)
        .build();
  }

  /** An examination at {@code location} whose findings classify as {@code status}. */
  static TriggerPointExamination exam(TissueLocation location, TriggerPointStatus status) {
    return examBuilder(location, status).build();
  }

  /** An examination classified as {@code status} that also measured a pressure pain threshold. */
  static TriggerPointExamination exam(
      TissueLocation location, TriggerPointStatus status, double kgPerCm2) {
    return examBuilder(location, status)
        .pressurePainThreshold(PressurePainThreshold.ofKilogramsPerSquareCentimetre(kgPerCm2))
        .build();
  }

  private static TriggerPointExamination.Builder examBuilder(
      TissueLocation location, TriggerPointStatus status) {
    boolean confirmed = status.isConfirmed();
    TriggerPointExamination.Builder exam = TriggerPointExamination.builder();
    exam.location(location)
        .tautBand(true)
        .hypersensitiveSpot(confirmed)
        .referredPain(false)
        .painRecognition(status == TriggerPointStatus.ACTIVE);
    return exam;
  }
}
