package org.nmt.io.csv;

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

/** Small hand-built records and assessments for the CSV tests. */
final class Records {
  static final ClientId CLIENT = ClientId.of("c-1");
  static final TherapistId THERAPIST = TherapistId.of("t-1");

  private Records() {}

  /** A record builder with the client and intake set. */
  static ClientRecord.Builder record() {
    ClientRecord.Builder record = ClientRecord.builder();
    record
        .client(Client.builder().id(CLIENT).build())
        .intake(Intake.builder().takenOn(LocalDate.of(2026, 3, 1)).build());
    return record;
  }

  /** A session builder: {@code minutes} long from {@code start}, in {@code stage}. */
  static Session.Builder session(String id, String start, int minutes, Stage stage) {
    Session.Builder session = Session.builder();
    session
        .id(SessionId.of(id))
        .clientId(CLIENT)
        .therapistId(THERAPIST)
        .start(Instant.parse(start))
        .duration(Duration.ofMinutes(minutes))
        .stage(stage);
    return session;
  }

  static PainRating pain(String id, String at, PainScale scale, PainContext context, int value) {
    return PainRating.builder()
        .id(AssessmentId.of(id))
        .takenAt(Instant.parse(at))
        .scale(scale)
        .context(context)
        .value(value)
        .build();
  }

  static PressurePainThresholdReading ppt(
      String id, String at, TissueLocation location, double... kgPerCm2) {
    PressurePainThresholdReading.Builder reading = PressurePainThresholdReading.builder();
    reading.id(AssessmentId.of(id)).takenAt(Instant.parse(at)).location(location);
    for (double value : kgPerCm2) {
      reading.addReadings(PressurePainThreshold.ofKilogramsPerSquareCentimetre(value));
    }
    return reading.build();
  }

  static RangeOfMotionMeasurement rom(
      String id,
      String at,
      Joint joint,
      Movement movement,
      Side side,
      MotionMode mode,
      double degrees) {
    return RangeOfMotionMeasurement.builder()
        .id(AssessmentId.of(id))
        .takenAt(Instant.parse(at))
        .joint(joint)
        .movement(movement)
        .side(side)
        .mode(mode)
        .degrees(degrees)
        .build();
  }

  static StrengthGrade muscleGrade(String id, String at, String muscleId, Side side, int grade) {
    return StrengthGrade.builder()
        .id(AssessmentId.of(id))
        .takenAt(Instant.parse(at))
        .muscleId(muscleId)
        .side(side)
        .grade(grade)
        .build();
  }

  static StrengthGrade movementGrade(
      String id, String at, Joint joint, Movement movement, Side side, int grade) {
    return StrengthGrade.builder()
        .id(AssessmentId.of(id))
        .takenAt(Instant.parse(at))
        .joint(joint)
        .movement(movement)
        .side(side)
        .grade(grade)
        .build();
  }

  static EnduranceTest endurance(
      String id, String at, EnduranceTestKind test, Side side, double value) {
    return EnduranceTest.builder()
        .id(AssessmentId.of(id))
        .takenAt(Instant.parse(at))
        .test(test)
        .side(side)
        .value(value)
        .build();
  }

  static QuestionnaireScore score(String id, String at, Questionnaire questionnaire, double score) {
    return QuestionnaireScore.builder()
        .id(AssessmentId.of(id))
        .takenAt(Instant.parse(at))
        .questionnaire(questionnaire)
        .score(score)
        .build();
  }

  /**
   * An examination at {@code location} whose findings classify as {@code status}: a taut band
   * always, a hypersensitive spot unless not confirmed, pain recognition when active.
   */
  static TriggerPointExamination.Builder exam(TissueLocation location, TriggerPointStatus status) {
    TriggerPointExamination.Builder exam = TriggerPointExamination.builder();
    exam.location(location)
        .tautBand(true)
        .hypersensitiveSpot(status.isConfirmed())
        .referredPain(false)
        .painRecognition(status == TriggerPointStatus.ACTIVE);
    return exam;
  }
}
