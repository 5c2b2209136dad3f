package org.nmt.protocol;

import com.google.common.collect.ImmutableList;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import org.nmt.core.anatomy.Side;
import org.nmt.core.anatomy.TissueLocation;
import org.nmt.core.assessment.EnduranceTest;
import org.nmt.core.assessment.EnduranceTestKind;
import org.nmt.core.assessment.Joint;
import org.nmt.core.assessment.Movement;
import org.nmt.core.assessment.NormalRange;
import org.nmt.core.assessment.Plane;
import org.nmt.core.assessment.PosturalDeviation;
import org.nmt.core.assessment.PosturalFinding;
import org.nmt.core.assessment.PressurePainThreshold;
import org.nmt.core.assessment.PressurePainThresholdReading;
import org.nmt.core.assessment.RangeOfMotionMeasurement;
import org.nmt.core.assessment.StrengthGrade;
import org.nmt.core.assessment.StructuralEvaluation;
import org.nmt.core.client.Client;
import org.nmt.core.client.Intake;
import org.nmt.core.id.AssessmentId;
import org.nmt.core.id.ClientId;
import org.nmt.core.id.SessionId;
import org.nmt.core.id.TherapistId;
import org.nmt.core.record.ClientRecord;
import org.nmt.core.record.StageSignOff;
import org.nmt.core.session.Session;
import org.nmt.core.session.TechniqueApplication;
import org.nmt.core.stage.Stage;
import org.nmt.core.technique.Technique;
import org.nmt.core.trigger.TriggerPointExamination;
import org.nmt.core.trigger.TriggerPointStatus;

/**
 * Test fixture: small builders of client records and what they hold. Days count from {@link #T0}, a
 * session of day {@code n} starts at 09:00 and lasts an hour; {@link #evening(int)} lies after
 * everything recorded on that day. Shared by the criterion, definition and course tests, so it is
 * public (it lives in the test tree only).
 */
public final class TestRecords {
  /** The client. */
  public static final ClientId CLIENT = ClientId.of("client-1");

  /** The therapist. */
  public static final TherapistId THERAPIST = TherapistId.of("therapist-1");

  /** 09:00 on day 0. */
  public static final Instant T0 = Instant.parse("2026-01-05T09:00:00Z");

  /** A catalog muscle id. */
  public static final String TRAPEZIUS = "upper-trapezius";

  /** A catalog muscle id. */
  public static final String GASTROCNEMIUS = "gastrocnemius";

  private TestRecords() {}

  /** 09:00 on day {@code n}. */
  public static Instant day(int n) {
    return T0.plus(Duration.ofDays(n));
  }

  /** {@code hour}:00 on day {@code n}. */
  public static Instant at(int n, int hour) {
    return day(n).plus(Duration.ofHours(hour - 9L));
  }

  /** 20:00 on day {@code n}, after everything recorded that day. */
  public static Instant evening(int n) {
    return at(n, 20);
  }

  /** A record builder with the client and an intake. */
  public static ClientRecord.Builder record() {
    return ClientRecord.builder()
        .client(Client.builder().id(CLIENT).build())
        .intake(
            Intake.builder()
                .takenOn(LocalDate.of(2026, 1, 5))
                .chiefComplaint("secret complaint words")
                .build());
  }

  /** A record of {@code sessions}. */
  public static ClientRecord record(Session... sessions) {
    return record().addSessions(sessions).build();
  }

  /** A one-hour session {@code id} at 09:00 on day {@code n}, in stage 1. */
  public static Session.Builder session(String id, int n) {
    return Session.builder()
        .id(SessionId.of(id))
        .clientId(CLIENT)
        .therapistId(THERAPIST)
        .start(day(n))
        .duration(Duration.ofMinutes(60))
        .stage(Stage.PAIN_ELIMINATION);
  }

  /** A session {@code id} on day {@code n} with pain {@code painBefore} at its start. */
  public static Session session(String id, int n, int painBefore) {
    return session(id, n).painBefore(painBefore).build();
  }

  /** A one-hour session {@code id} at 09:00 on day {@code n}, recorded in {@code stage}. */
  public static Session.Builder session(String id, int n, Stage stage) {
    return session(id, n).stage(stage);
  }

  /** A session {@code id} on day {@code n} in {@code stage} with pain {@code painBefore}. */
  public static Session session(String id, int n, Stage stage, int painBefore) {
    return session(id, n, stage).painBefore(painBefore).build();
  }

  /** An examination of {@code muscle} on {@code side} whose findings classify as {@code status}. */
  public static TriggerPointExamination exam(String muscle, Side side, TriggerPointStatus status) {
    boolean diagnosed = status != TriggerPointStatus.NOT_CONFIRMED;
    return TriggerPointExamination.builder()
        .location(TissueLocation.of(muscle, side))
        .tautBand(diagnosed)
        .hypersensitiveSpot(diagnosed)
        .referredPain(false)
        .painRecognition(status == TriggerPointStatus.ACTIVE)
        .build();
  }

  /** Ischemic compression of {@code muscle} on {@code side}. */
  public static TechniqueApplication treatment(String muscle, Side side) {
    return TechniqueApplication.builder()
        .technique(Technique.ISCHEMIC_COMPRESSION)
        .target(TissueLocation.of(muscle, side))
        .build();
  }

  /** Pressure pain threshold readings (kg/cm²) at {@code muscle} on {@code side}. */
  public static PressurePainThresholdReading ppt(
      String id, Instant at, String muscle, Side side, double... kilograms) {
    PressurePainThresholdReading.Builder reading =
        PressurePainThresholdReading.builder()
            .id(AssessmentId.of(id))
            .takenAt(at)
            .location(TissueLocation.of(muscle, side));
    for (double kg : kilograms) {
      reading.addReading(PressurePainThreshold.ofKilogramsPerSquareCentimetre(kg));
    }
    return reading.build();
  }

  /** A structural evaluation of all three planes. */
  public static StructuralEvaluation structure(String id, Instant at, PosturalFinding... findings) {
    return structure(id, at, EnumSet.allOf(Plane.class), findings);
  }

  /** A structural evaluation of {@code planes}. */
  public static StructuralEvaluation structure(
      String id, Instant at, Collection<Plane> planes, PosturalFinding... findings) {
    return StructuralEvaluation.builder()
        .id(AssessmentId.of(id))
        .takenAt(at)
        .addAllPlanesEvaluated(planes)
        .addFindings(findings)
        .build();
  }

  /** A finding of {@code deviation} judged against its default range. */
  public static PosturalFinding finding(PosturalDeviation deviation, double value) {
    return PosturalFinding.builder().deviation(deviation).value(value).build();
  }

  /** A finding of {@code deviation} on {@code side}. */
  public static PosturalFinding finding(PosturalDeviation deviation, double value, Side side) {
    return PosturalFinding.builder().deviation(deviation).value(value).side(side).build();
  }

  /** A finding of {@code deviation} judged against {@code range}. */
  public static PosturalFinding finding(
      PosturalDeviation deviation, double value, NormalRange range) {
    return PosturalFinding.builder().deviation(deviation).value(value).normalRange(range).build();
  }

  /** An active range-of-motion measurement. */
  public static RangeOfMotionMeasurement rom(
      String id, Instant at, Joint joint, Movement movement, Side side, double degrees) {
    return RangeOfMotionMeasurement.builder()
        .id(AssessmentId.of(id))
        .takenAt(at)
        .joint(joint)
        .movement(movement)
        .side(side)
        .degrees(degrees)
        .build();
  }

  /** An MRC grade of {@code muscle} on {@code side}. */
  public static StrengthGrade strength(String id, Instant at, String muscle, Side side, int grade) {
    return StrengthGrade.builder()
        .id(AssessmentId.of(id))
        .takenAt(at)
        .muscleId(muscle)
        .side(side)
        .grade(grade)
        .build();
  }

  /** An MRC grade of a movement of {@code joint} on {@code side}. */
  public static StrengthGrade strength(
      String id, Instant at, Joint joint, Movement movement, Side side, int grade) {
    return StrengthGrade.builder()
        .id(AssessmentId.of(id))
        .takenAt(at)
        .joint(joint)
        .movement(movement)
        .side(side)
        .grade(grade)
        .build();
  }

  /** An endurance test result. */
  public static EnduranceTest endurance(
      String id, Instant at, EnduranceTestKind test, Side side, double value) {
    return EnduranceTest.builder()
        .id(AssessmentId.of(id))
        .takenAt(at)
        .test(test)
        .side(side)
        .value(value)
        .build();
  }

  /** A sign-off of {@code stage} by the therapist at {@code at}. */
  public static StageSignOff signOff(Stage stage, Instant at) {
    return StageSignOff.of(stage, THERAPIST, at);
  }

  /** Session ids. */
  public static ImmutableList<SessionId> sessionIds(String... ids) {
    return Arrays.stream(ids).map(SessionId::of).collect(ImmutableList.toImmutableList());
  }

  /** Assessment ids. */
  public static ImmutableList<AssessmentId> assessmentIds(String... ids) {
    return Arrays.stream(ids).map(AssessmentId::of).collect(ImmutableList.toImmutableList());
  }
}
