package org.nmt.protocol.validation;

import com.google.common.collect.ImmutableList;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.nmt.core.anatomy.BodyRegion;
import org.nmt.core.anatomy.Side;
import org.nmt.core.anatomy.TissueLocation;
import org.nmt.core.assessment.PressurePainThreshold;
import org.nmt.core.assessment.PressurePainThresholdReading;
import org.nmt.core.assessment.StrengthGrade;
import org.nmt.core.client.Clearance;
import org.nmt.core.client.Client;
import org.nmt.core.client.Intake;
import org.nmt.core.client.ScreeningFinding;
import org.nmt.core.client.ScreeningItem;
import org.nmt.core.id.AssessmentId;
import org.nmt.core.id.ClientId;
import org.nmt.core.id.PlanId;
import org.nmt.core.id.SessionId;
import org.nmt.core.id.TherapistId;
import org.nmt.core.record.ClientRecord;
import org.nmt.core.record.StageSignOff;
import org.nmt.core.record.StageTransition;
import org.nmt.core.record.TransitionKind;
import org.nmt.core.session.Session;
import org.nmt.core.session.SoapNote;
import org.nmt.core.session.TechniqueApplication;
import org.nmt.core.stage.Stage;
import org.nmt.core.technique.Technique;
import org.nmt.core.trigger.TriggerPointExamination;
import org.nmt.protocol.criterion.MinimumSessions;
import org.nmt.protocol.criterion.TherapistSignOff;
import org.nmt.protocol.definition.Gate;
import org.nmt.protocol.definition.PainFlareRegression;
import org.nmt.protocol.definition.ProtocolDefinition;
import org.nmt.protocol.plan.PlannedSession;
import org.nmt.protocol.plan.TreatmentPlan;

/**
 * Small records and plans for the validation tests. Every free-text field carries {@link #MARKER},
 * which must never appear in a finding.
 */
final class Fixtures {
  /** Put in every note, complaint and justification; never allowed in a message. */
  static final String MARKER = "FREE-TEXT-MARKER-4711";

  static final Client CLIENT = Client.builder().id(ClientId.of("c-1")).build();
  static final TherapistId THERAPIST = TherapistId.of("t-1");
  static final LocalDate INTAKE_DAY = LocalDate.of(2026, 3, 1);
  static final String TRAPEZIUS = "upper-trapezius";
  static final String CALF = "gastrocnemius";

  /** Pain elimination, then structural correction; light gates; a pain flare returns to stage 1. */
  static final ProtocolDefinition TWO_STAGE =
      ProtocolDefinition.builder()
          .name("two-stage")
          .version("1.0")
          .addStages(Stage.PAIN_ELIMINATION, Stage.STRUCTURAL_CORRECTION)
          .addGates(
              Gate.of(Stage.PAIN_ELIMINATION, MinimumSessions.of(1), TherapistSignOff.of()),
              Gate.of(Stage.STRUCTURAL_CORRECTION, MinimumSessions.of(1), TherapistSignOff.of()))
          .addRegressionRules(PainFlareRegression.of(2, Stage.PAIN_ELIMINATION))
          .build();

  private Fixtures() {}

  /** 2026-03-02 (day 0) plus {@code day} days, at {@code hour}:{@code minute} UTC. */
  static Instant at(int day, int hour, int minute) {
    return Instant.parse("2026-03-02T00:00:00Z")
        .plus(Duration.ofDays(day))
        .plus(Duration.ofHours(hour))
        .plus(Duration.ofMinutes(minute));
  }

  /** Day {@code day} at 09:00 UTC, when sessions start. */
  static Instant day(int day) {
    return at(day, 9, 0);
  }

  /** Day {@code day} at 08:00 UTC, when transitions are recorded. */
  static Instant morning(int day) {
    return at(day, 8, 0);
  }

  /** An intake on 2026-03-01 with {@code screening} and a chief complaint. */
  static Intake intake(ScreeningFinding... screening) {
    return intakeOn(INTAKE_DAY, screening);
  }

  static Intake intakeOn(LocalDate day, ScreeningFinding... screening) {
    return Intake.builder()
        .takenOn(day)
        .addScreening(screening)
        .chiefComplaint("complaint " + MARKER)
        .build();
  }

  /**
   * An intake whose screening applies to nothing a clean course does: a fever resolved on day 0, a
   * pregnancy cleared before, a wound on the left foot.
   */
  static Intake cleanIntake() {
    return intake(
        ScreeningFinding.builder()
            .item(ScreeningItem.FEVER)
            .resolvedOn(LocalDate.of(2026, 3, 2))
            .build(),
        ScreeningFinding.builder()
            .item(ScreeningItem.PREGNANCY)
            .clearance(Clearance.givenOn(INTAKE_DAY))
            .build(),
        ScreeningFinding.avoid(ScreeningItem.OPEN_OR_HEALING_WOUND, BodyRegion.FOOT, Side.LEFT));
  }

  static TechniqueApplication technique(Technique technique, String muscle, Side side) {
    return TechniqueApplication.builder()
        .technique(technique)
        .target(TissueLocation.of(muscle, side))
        .build();
  }

  /** Ischemic compression of the upper trapezius on {@code side}, held 45 s. */
  static TechniqueApplication ischemic(Side side) {
    return TechniqueApplication.builder()
        .technique(Technique.ISCHEMIC_COMPRESSION)
        .target(TissueLocation.of(TRAPEZIUS, side))
        .holdTime(Duration.ofSeconds(45))
        .build();
  }

  /** A 60-minute session with a SOAP note carrying the marker. */
  static Session.Builder session(String id, Instant start, Stage stage) {
    Session.Builder builder = Session.builder();
    builder
        .id(SessionId.of(id))
        .clientId(CLIENT.id())
        .therapistId(THERAPIST)
        .start(start)
        .duration(Duration.ofMinutes(60))
        .stage(stage)
        .note(
            SoapNote.builder()
                .subjective("s " + MARKER)
                .objective("o " + MARKER)
                .assessment("a " + MARKER)
                .plan("p " + MARKER)
                .build());
    return builder;
  }

  /** A pain-elimination session on day {@code day} with ischemic compression on the left. */
  static Session painSession(String id, int day) {
    return session(id, day(day), Stage.PAIN_ELIMINATION).addTechniques(ischemic(Side.LEFT)).build();
  }

  static StageTransition start(Instant at) {
    return start(at, Stage.PAIN_ELIMINATION);
  }

  static StageTransition start(Instant at, Stage to) {
    return StageTransition.builder()
        .at(at)
        .kind(TransitionKind.START)
        .toStage(to)
        .therapistId(THERAPIST)
        .build();
  }

  static StageTransition gatePassed(Instant at, Stage from, Stage to) {
    return StageTransition.builder()
        .at(at)
        .kind(TransitionKind.GATE_PASSED)
        .fromStage(from)
        .toStage(to)
        .therapistId(THERAPIST)
        .build();
  }

  /** A justified override; {@code to} null discharges. */
  static StageTransition override(Instant at, Stage from, Stage to) {
    StageTransition.Builder builder = StageTransition.builder();
    builder
        .at(at)
        .kind(TransitionKind.OVERRIDE)
        .fromStage(from)
        .therapistId(THERAPIST)
        .justification("because " + MARKER)
        .addFailedCriteria(TherapistSignOff.ID);
    if (to != null) {
      builder.toStage(to);
    }
    return builder.build();
  }

  /** A regression; {@code trigger} null records none. */
  static StageTransition regression(Instant at, Stage from, Stage to, String trigger) {
    StageTransition.Builder builder = StageTransition.builder();
    builder
        .at(at)
        .kind(TransitionKind.REGRESSION)
        .fromStage(from)
        .toStage(to)
        .therapistId(THERAPIST);
    if (trigger != null) {
      builder.trigger(trigger);
    }
    return builder.build();
  }

  /** A record builder for the client with {@link #cleanIntake()}. */
  static ClientRecord.Builder record() {
    return record(cleanIntake());
  }

  static ClientRecord.Builder record(Intake intake) {
    ClientRecord.Builder builder = ClientRecord.builder();
    builder.client(CLIENT).intake(intake);
    return builder;
  }

  /** A record with {@code intake}, started on day 0 at 08:00, with {@code sessions}. */
  static ClientRecord started(Intake intake, Session... sessions) {
    return record(intake).addTransitions(start(morning(0))).addSessions(sessions).build();
  }

  /** A record with the clean intake, started on day 0 at 08:00, with {@code sessions}. */
  static ClientRecord started(Session... sessions) {
    return started(cleanIntake(), sessions);
  }

  /** A record with the clean intake, no sessions and {@code transitions}. */
  static ClientRecord course(StageTransition... transitions) {
    return record().addTransitions(transitions).build();
  }

  private static TriggerPointExamination latentExam() {
    return TriggerPointExamination.builder()
        .location(TissueLocation.of(TRAPEZIUS, Side.LEFT, "upper-fibres"))
        .tautBand(true)
        .hypersensitiveSpot(true)
        .referredPain(false)
        .painRecognition(false)
        .build();
  }

  private static PressurePainThresholdReading threshold(String id, Instant at, double value) {
    return PressurePainThresholdReading.builder()
        .id(AssessmentId.of(id))
        .takenAt(at)
        .location(TissueLocation.of(TRAPEZIUS, Side.LEFT, "upper-fibres"))
        .addReadings(PressurePainThreshold.ofKilogramsPerSquareCentimetre(value))
        .build();
  }

  /**
   * A course that passes the seeds' pain-elimination gate honestly: three sessions (pain 6, 3, 2)
   * of ischemic compression on days 0, 2 and 4, latent trigger points only, pressure pain threshold
   * up 0.8 kg/cm², a sign-off, the gate passed on day 4, then one session of structural correction
   * on day 6.
   */
  static ClientRecord cleanRecord() {
    return course(true);
  }

  /** {@link #cleanRecord()} without the sign-off: its gate-passed transition did not pass. */
  static ClientRecord unsignedRecord() {
    return course(false);
  }

  private static ClientRecord course(boolean signedOff) {
    ClientRecord.Builder record = record();
    record.addAssessments(
        StrengthGrade.builder()
            .id(AssessmentId.of("a-0"))
            .takenAt(at(-1, 10, 0))
            .muscleId(CALF)
            .side(Side.LEFT)
            .grade(4)
            .build());
    int[] days = {0, 2, 4};
    int[] pains = {6, 3, 2};
    for (int i = 0; i < 3; i++) {
      Session.Builder session =
          session("s-" + (i + 1), day(days[i]), Stage.PAIN_ELIMINATION)
              .painBefore(pains[i])
              .addTechniques(ischemic(Side.LEFT))
              .addTriggerPointExaminations(latentExam());
      if (i == 0) {
        session.addAssessments(threshold("a-1", at(0, 9, 10), 2.0));
      }
      if (i == 2) {
        session.addAssessments(threshold("a-2", at(4, 9, 10), 2.8));
      }
      record.addSessions(session.build());
    }
    record.addSessions(
        session("s-4", day(6), Stage.STRUCTURAL_CORRECTION)
            .painBefore(2)
            .addTechniques(technique(Technique.POSTURAL_RE_EDUCATION, TRAPEZIUS, Side.LEFT))
            .build());
    if (signedOff) {
      record.addSignOffs(StageSignOff.of(Stage.PAIN_ELIMINATION, THERAPIST, at(4, 11, 0)));
    }
    return record
        .addTransitions(
            start(morning(0)),
            gatePassed(at(4, 12, 0), Stage.PAIN_ELIMINATION, Stage.STRUCTURAL_CORRECTION))
        .build();
  }

  /** A 60-minute planned session on day {@code day}. */
  static PlannedSession planned(int day, Stage stage, TechniqueApplication... techniques) {
    return PlannedSession.of(Fixtures.day(day), Duration.ofMinutes(60), stage, techniques);
  }

  static PlannedSession plannedPain(int day) {
    return planned(day, Stage.PAIN_ELIMINATION, ischemic(Side.LEFT));
  }

  static PlannedSession plannedStructure(int day) {
    return planned(
        day,
        Stage.STRUCTURAL_CORRECTION,
        technique(Technique.POSTURAL_RE_EDUCATION, TRAPEZIUS, Side.LEFT));
  }

  static PlannedSession plannedFlexibility(int day) {
    return planned(
        day, Stage.FLEXIBILITY, technique(Technique.PASSIVE_STRETCHING, CALF, Side.LEFT));
  }

  static PlannedSession plannedStrength(int day) {
    return planned(
        day, Stage.STRENGTH, technique(Technique.STRENGTHENING_EXERCISE, CALF, Side.LEFT));
  }

  static PlannedSession plannedEndurance(int day) {
    return planned(day, Stage.ENDURANCE, technique(Technique.ENDURANCE_EXERCISE, CALF, Side.LEFT));
  }

  /**
   * A plan that follows the seeds' protocol: ischemic compression on days 0, 2 and 4, then one
   * session of each later stage on days 6, 8, 10 and 12.
   */
  static ImmutableList<PlannedSession> fullPlan() {
    return ImmutableList.of(
        plannedPain(0),
        plannedPain(2),
        plannedPain(4),
        plannedStructure(6),
        plannedFlexibility(8),
        plannedStrength(10),
        plannedEndurance(12));
  }

  static TreatmentPlan plan(Intake intake, Iterable<PlannedSession> sessions) {
    return TreatmentPlan.builder()
        .id(PlanId.of("plan-1"))
        .client(CLIENT)
        .intake(intake)
        .addAllSessions(sessions)
        .build();
  }

  static TreatmentPlan plan(Iterable<PlannedSession> sessions) {
    return plan(cleanIntake(), sessions);
  }

  static Finding finding(FindingCode code, String path, String message) {
    return Finding.of(code, path, message);
  }
}
