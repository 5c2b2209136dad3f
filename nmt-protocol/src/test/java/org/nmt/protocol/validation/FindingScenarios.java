package org.nmt.protocol.validation;

import static org.nmt.core.stage.Stage.FLEXIBILITY;
import static org.nmt.core.stage.Stage.PAIN_ELIMINATION;
import static org.nmt.core.stage.Stage.STRENGTH;
import static org.nmt.core.stage.Stage.STRUCTURAL_CORRECTION;
import static org.nmt.protocol.validation.Fixtures.CALF;
import static org.nmt.protocol.validation.Fixtures.TRAPEZIUS;
import static org.nmt.protocol.validation.Fixtures.TWO_STAGE;
import static org.nmt.protocol.validation.Fixtures.at;
import static org.nmt.protocol.validation.Fixtures.course;
import static org.nmt.protocol.validation.Fixtures.day;
import static org.nmt.protocol.validation.Fixtures.finding;
import static org.nmt.protocol.validation.Fixtures.fullPlan;
import static org.nmt.protocol.validation.Fixtures.intake;
import static org.nmt.protocol.validation.Fixtures.ischemic;
import static org.nmt.protocol.validation.Fixtures.morning;
import static org.nmt.protocol.validation.Fixtures.override;
import static org.nmt.protocol.validation.Fixtures.painSession;
import static org.nmt.protocol.validation.Fixtures.plan;
import static org.nmt.protocol.validation.Fixtures.plannedPain;
import static org.nmt.protocol.validation.Fixtures.record;
import static org.nmt.protocol.validation.Fixtures.regression;
import static org.nmt.protocol.validation.Fixtures.session;
import static org.nmt.protocol.validation.Fixtures.start;
import static org.nmt.protocol.validation.Fixtures.started;
import static org.nmt.protocol.validation.Fixtures.technique;

import com.google.common.collect.ImmutableList;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.nmt.core.anatomy.BodyRegion;
import org.nmt.core.anatomy.Side;
import org.nmt.core.anatomy.TissueLocation;
import org.nmt.core.assessment.PressurePainThreshold;
import org.nmt.core.assessment.PressurePainThresholdReading;
import org.nmt.core.client.ScreeningFinding;
import org.nmt.core.client.ScreeningItem;
import org.nmt.core.id.AssessmentId;
import org.nmt.core.record.ClientRecord;
import org.nmt.core.record.StageTransition;
import org.nmt.core.record.TransitionKind;
import org.nmt.core.session.Session;
import org.nmt.core.session.TechniqueApplication;
import org.nmt.core.technique.Technique;
import org.nmt.core.trigger.TriggerPointExamination;
import org.nmt.protocol.definition.ProtocolDefinition;
import org.nmt.protocol.definition.Protocols;
import org.nmt.protocol.plan.PlannedSession;

/**
 * One small scenario per finding code: a record or plan that breaks exactly that rule, with every
 * finding its validation must return. The switch is exhaustive, so a new code does not compile
 * without its scenario.
 */
final class FindingScenarios {
  private static final ProtocolDefinition SEEDS = Protocols.seeds();

  /** A validation result and the findings expected of it. */
  static final class Scenario {
    final ImmutableList<Finding> actual;
    final ImmutableList<Finding> expected;

    Scenario(ImmutableList<Finding> actual, Finding... expected) {
      this.actual = actual;
      this.expected = ImmutableList.copyOf(expected);
    }
  }

  private FindingScenarios() {}

  private static Scenario validated(
      ProtocolDefinition definition, ClientRecord record, Finding... f) {
    return new Scenario(RecordValidator.validate(definition, record), f);
  }

  private static Scenario seeds(ClientRecord record, Finding... f) {
    return validated(SEEDS, record, f);
  }

  private static Scenario plan(List<PlannedSession> sessions, Finding... f) {
    return new Scenario(PlanValidator.validate(SEEDS, Fixtures.plan(sessions)), f);
  }

  static Scenario of(FindingCode code) {
    return switch (code) {
      case GATE_NOT_PASSED ->
          seeds(
              Fixtures.unsignedRecord(),
              finding(
                  code,
                  "/transitions/1",
                  "transition 1 (gate-passed at 2026-03-06T12:00:00Z) leaves pain-elimination, but"
                      + " its gate had not passed at that time: unmet therapist-sign-off"));
      case SKIPPED_STAGE ->
          seeds(
              course(start(morning(0)), override(morning(1), PAIN_ELIMINATION, FLEXIBILITY)),
              finding(
                  code,
                  "/transitions/1",
                  "transition 1 (override at 2026-03-03T08:00:00Z) goes from pain-elimination to"
                      + " flexibility, skipping structural-correction"));
      case ADVANCE_TO_EARLIER_STAGE ->
          seeds(
              course(
                  start(morning(0)),
                  override(morning(1), PAIN_ELIMINATION, STRUCTURAL_CORRECTION),
                  override(morning(2), STRUCTURAL_CORRECTION, PAIN_ELIMINATION)),
              finding(
                  code,
                  "/transitions/2",
                  "transition 2 (override at 2026-03-04T08:00:00Z) goes back from"
                      + " structural-correction to pain-elimination; only a regression returns to an"
                      + " earlier stage"));
      case OVERRIDE_WITHOUT_JUSTIFICATION ->
          seeds(
              course(
                  start(morning(0)),
                  StageTransition.builder()
                      .at(morning(1))
                      .kind(TransitionKind.OVERRIDE)
                      .fromStage(PAIN_ELIMINATION)
                      .toStage(STRUCTURAL_CORRECTION)
                      .build()),
              finding(
                  code,
                  "/transitions/1",
                  "transition 1 (override at 2026-03-03T08:00:00Z) from pain-elimination has no"
                      + " justification"));
      case REGRESSION_TO_LATER_STAGE ->
          seeds(
              course(
                  start(morning(0)),
                  override(morning(1), PAIN_ELIMINATION, STRUCTURAL_CORRECTION),
                  regression(morning(2), STRUCTURAL_CORRECTION, FLEXIBILITY, null)),
              finding(
                  code,
                  "/transitions/2",
                  "transition 2 (regression at 2026-03-04T08:00:00Z) goes from structural-correction"
                      + " to flexibility; a regression returns to an earlier stage"));
      case REGRESSION_NOT_SUPPORTED ->
          seeds(
              course(
                  start(morning(0)),
                  override(morning(1), PAIN_ELIMINATION, STRUCTURAL_CORRECTION),
                  regression(morning(2), STRUCTURAL_CORRECTION, PAIN_ELIMINATION, "pain-flare")),
              finding(
                  code,
                  "/transitions/2",
                  "transition 2 (regression at 2026-03-04T08:00:00Z) from structural-correction to"
                      + " pain-elimination: rule pain-flare had not fired in structural-correction"
                      + " by then"));
      case START_NOT_FIRST_STAGE ->
          seeds(
              course(start(morning(0), FLEXIBILITY)),
              finding(
                  code,
                  "/transitions/0",
                  "transition 0 (start at 2026-03-02T08:00:00Z) starts in flexibility, not in the"
                      + " first stage of protocol nmt-seeds 1.0, pain-elimination"));
      case FROM_STAGE_NOT_CURRENT ->
          seeds(
              course(start(morning(0)), override(morning(1), FLEXIBILITY, STRENGTH)),
              finding(
                  code,
                  "/transitions/1",
                  "transition 1 (override at 2026-03-03T08:00:00Z) leaves flexibility, but the"
                      + " course is in pain-elimination"));
      case TRANSITION_AFTER_DISCHARGE ->
          validated(
              TWO_STAGE,
              course(
                  start(morning(0)),
                  override(morning(1), PAIN_ELIMINATION, STRUCTURAL_CORRECTION),
                  override(morning(2), STRUCTURAL_CORRECTION, null),
                  regression(morning(3), STRUCTURAL_CORRECTION, PAIN_ELIMINATION, "pain-flare")),
              finding(
                  code,
                  "/transitions/3",
                  "transition 3 (regression at 2026-03-05T08:00:00Z) follows the discharge at"
                      + " 2026-03-04T08:00:00Z"));
      case STAGE_NOT_IN_PROTOCOL ->
          validated(
              TWO_STAGE,
              started(
                  session("s-1", day(0), FLEXIBILITY)
                      .addTechniques(technique(Technique.PASSIVE_STRETCHING, CALF, Side.LEFT))
                      .build()),
              finding(
                  code,
                  "/sessions/0",
                  "session 's-1' is in flexibility, not a stage of protocol two-stage 1.0"));
      case SESSION_BEFORE_COURSE_START ->
          seeds(
              record().addTransitions(start(morning(1))).addSessions(painSession("s-1", 0)).build(),
              finding(
                  code,
                  "/sessions/0",
                  "session 's-1' at 2026-03-02T09:00:00Z is before the course started at"
                      + " 2026-03-03T08:00:00Z"));
      case SESSION_STAGE_MISMATCH ->
          seeds(
              started(
                  session("s-1", day(0), STRUCTURAL_CORRECTION)
                      .addTechniques(
                          technique(Technique.POSTURAL_RE_EDUCATION, TRAPEZIUS, Side.LEFT))
                      .build()),
              finding(
                  code,
                  "/sessions/0",
                  "session 's-1' at 2026-03-02T09:00:00Z is in structural-correction, but the course"
                      + " was in pain-elimination then"));
      case SESSION_AFTER_DISCHARGE ->
          validated(
              TWO_STAGE,
              record()
                  .addTransitions(
                      start(morning(0)),
                      override(morning(1), PAIN_ELIMINATION, STRUCTURAL_CORRECTION),
                      override(morning(2), STRUCTURAL_CORRECTION, null))
                  .addSessions(
                      session("s-1", day(3), STRUCTURAL_CORRECTION)
                          .addTechniques(
                              technique(Technique.POSTURAL_RE_EDUCATION, TRAPEZIUS, Side.LEFT))
                          .build())
                  .build(),
              finding(
                  code,
                  "/sessions/0",
                  "session 's-1' at 2026-03-05T09:00:00Z is after the discharge at"
                      + " 2026-03-04T08:00:00Z"));
      case SESSION_BEFORE_INTAKE ->
          seeds(
              started(Fixtures.intakeOn(LocalDate.of(2026, 3, 5)), painSession("s-1", 0)),
              finding(
                  code,
                  "/sessions/0",
                  "session 's-1' on 2026-03-02 is before the intake on 2026-03-05"));
      case TECHNIQUE_OUTSIDE_STAGE ->
          seeds(
              started(
                  session("s-1", day(0), PAIN_ELIMINATION)
                      .addTechniques(technique(Technique.STRENGTHENING_EXERCISE, CALF, Side.LEFT))
                      .build()),
              finding(
                  code,
                  "/sessions/0/techniques/0",
                  "strengthening-exercise on gastrocnemius/left in session 's-1': the technique"
                      + " serves strength, not pain-elimination"));
      case DEEP_PRESSURE_DESPITE_PRECAUTION ->
          seeds(
              started(
                  intake(ScreeningFinding.of(ScreeningItem.ANTICOAGULANTS)), painSession("s-1", 0)),
              finding(
                  code,
                  "/sessions/0/techniques/0",
                  "ischemic-compression on upper-trapezius/left in session 's-1': a deep-pressure"
                      + " technique (moderate pressure) despite a no-deep-pressure precaution on"
                      + " 2026-03-02: anticoagulants at /intake/screening/0"));
      case AVOIDED_AREA_TREATED ->
          seeds(
              record(
                      intake(
                          ScreeningFinding.avoid(
                              ScreeningItem.OPEN_OR_HEALING_WOUND, BodyRegion.NECK, Side.LEFT)))
                  .addTransitions(start(morning(0)))
                  .addSessions(
                      session("s-1", day(0), PAIN_ELIMINATION)
                          .addTechniques(ischemic(Side.BILATERAL))
                          .build())
                  .build(),
              finding(
                  code,
                  "/sessions/0/techniques/0",
                  "ischemic-compression on upper-trapezius/bilateral in session 's-1': treats the"
                      + " neck, marked to avoid on 2026-03-02: open-or-healing-wound (neck, left) at"
                      + " /intake/screening/0"));
      case SESSION_DESPITE_POSTPONE ->
          seeds(
              started(intake(ScreeningFinding.of(ScreeningItem.FEVER)), painSession("s-1", 0)),
              finding(
                  code,
                  "/sessions/0",
                  "session 's-1' on 2026-03-02 despite a condition that postpones the session: fever"
                      + " at /intake/screening/0"));
      case CLEARANCE_MISSING ->
          seeds(
              started(
                  intake(ScreeningFinding.of(ScreeningItem.PREGNANCY)),
                  painSession("s-1", 0),
                  painSession("s-2", 2)),
              finding(
                  code,
                  "/intake/screening/0",
                  "pregnancy needs clearance, not given by the day of session 's-1' on 2026-03-02"
                      + " and 1 later session"));
      case HOLD_EXCEEDS_REFERENCE ->
          seeds(
              started(
                  session("s-1", day(0), PAIN_ELIMINATION)
                      .addTechniques(
                          TechniqueApplication.builder()
                              .from(ischemic(Side.LEFT))
                              .holdTime(Duration.ofSeconds(90))
                              .build())
                      .build()),
              finding(
                  code,
                  "/sessions/0/techniques/0",
                  "ischemic-compression on upper-trapezius/left in session 's-1': held 90 s, longer"
                      + " than the reference maximum of 60 s"));
      case ATYPICAL_DURATION ->
          seeds(
              started(
                  Session.builder()
                      .from(painSession("s-1", 0))
                      .duration(Duration.ofMinutes(25))
                      .build()),
              finding(
                  code,
                  "/sessions/0",
                  "session 's-1' lasts 25 min, outside the typical 30 to 90 min"));
      case SESSIONS_OVERLAP ->
          seeds(
              started(
                  painSession("s-1", 0),
                  Session.builder().from(painSession("s-2", 0)).start(at(0, 9, 30)).build()),
              finding(
                  code,
                  "/sessions/1",
                  "session 's-2' (2026-03-02T09:30:00Z to 2026-03-02T10:30:00Z) overlaps session"
                      + " 's-1' (2026-03-02T09:00:00Z to 2026-03-02T10:00:00Z)"));
      case SESSIONS_OUT_OF_ORDER -> {
        List<PlannedSession> sessions = new ArrayList<>(fullPlan());
        sessions.set(0, plannedPain(2));
        sessions.set(1, plannedPain(0));
        yield plan(
            sessions,
            finding(
                code,
                "/sessions/1",
                "planned session 1 starts at 2026-03-02T09:00:00Z, before planned session 0 at"
                    + " 2026-03-04T09:00:00Z listed above it"));
      }
      case UNKNOWN_MUSCLE ->
          seeds(
              started(
                  session("s-1", day(0), PAIN_ELIMINATION)
                      .addTechniques(
                          technique(Technique.ISCHEMIC_COMPRESSION, "pectineus", Side.LEFT))
                      .build()),
              finding(
                  code,
                  "/sessions/0/techniques/0",
                  "ischemic-compression on pectineus/left in session 's-1': muscle"
                      + " 'pectineus' is not in catalog nmt-standard 1.0"));
      case UNKNOWN_TRIGGER_POINT_SITE ->
          seeds(
              started(
                  Session.builder()
                      .from(painSession("s-1", 0))
                      .addTriggerPointExaminations(
                          TriggerPointExamination.builder()
                              .location(TissueLocation.of(TRAPEZIUS, Side.LEFT, "lower-fibres"))
                              .tautBand(true)
                              .hypersensitiveSpot(true)
                              .referredPain(false)
                              .painRecognition(false)
                              .build())
                      .build()),
              finding(
                  code,
                  "/sessions/0/triggerPointExaminations/0",
                  "trigger point examination of upper-trapezius/left/lower-fibres in session 's-1':"
                      + " muscle 'upper-trapezius' has no trigger point site 'lower-fibres' in"
                      + " catalog nmt-standard 1.0"));
      case WRONG_SIDE ->
          seeds(
              record()
                  .addAssessments(
                      PressurePainThresholdReading.builder()
                          .id(AssessmentId.of("a-1"))
                          .takenAt(at(-1, 10, 0))
                          .location(TissueLocation.of(CALF, Side.MIDLINE))
                          .addReadings(PressurePainThreshold.ofKilogramsPerSquareCentimetre(3.0))
                          .build())
                  .build(),
              finding(
                  code,
                  "/assessments/0",
                  "pressure pain threshold reading 'a-1' at gastrocnemius/midline: side midline does"
                      + " not fit paired muscle 'gastrocnemius' (left, right or bilateral)"));
      case PLAN_STAGE_BACKWARD -> {
        List<PlannedSession> sessions = new ArrayList<>(fullPlan());
        sessions.add(5, plannedPain(9));
        yield plan(
            sessions,
            finding(
                code,
                "/sessions/5",
                "planned session 5 is in pain-elimination, after planned session 4 in"
                    + " flexibility; a plan follows the stage order of protocol nmt-seeds 1.0"
                    + " and never goes back"));
      }
      case PLAN_STAGE_WITHOUT_SESSIONS -> {
        List<PlannedSession> sessions = new ArrayList<>(fullPlan());
        sessions.remove(5);
        yield plan(
            sessions,
            finding(
                code,
                "/sessions",
                "no planned session in strength, stage 4 of 5 of protocol nmt-seeds 1.0"));
      }
      case TREATMENT_SPACING -> {
        List<PlannedSession> sessions = new ArrayList<>(fullPlan());
        sessions.set(1, plannedPain(1));
        yield plan(
            sessions,
            finding(
                code,
                "/sessions/1/techniques/0",
                "ischemic-compression in planned session 1: 1 day after the first treatment of"
                    + " upper-trapezius/left (planned session 0 on 2026-03-02); a rest day must"
                    + " follow the first treatment"));
      }
    };
  }
}
