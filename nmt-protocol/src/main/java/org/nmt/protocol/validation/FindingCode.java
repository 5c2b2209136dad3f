package org.nmt.protocol.validation;

import static org.nmt.protocol.validation.Scope.BOTH;
import static org.nmt.protocol.validation.Scope.PLAN;
import static org.nmt.protocol.validation.Scope.RECORD;
import static org.nmt.protocol.validation.Severity.ERROR;
import static org.nmt.protocol.validation.Severity.INFO;
import static org.nmt.protocol.validation.Severity.WARNING;

import org.nmt.core.style.EnumIds;

/**
 * Every rule that record and plan validation checks, one constant per rule, each with a stable
 * lower-kebab id, its default severity, what it applies to and a one-line summary.
 *
 * <p>The ids are part of nmt's contract: applications filter and translate findings by them, so a
 * constant is never renamed. {@code docs/FINDINGS.md} documents every code with its source or
 * reasoning.
 */
public enum FindingCode {
  /** A gate-passed transition whose gate, replayed as the record stood then, did not pass. */
  GATE_NOT_PASSED(ERROR, RECORD, "a gate-passed transition whose gate did not pass at that time"),
  /** An advance (gate passed or override) beyond the next stage, or a discharge before the last. */
  SKIPPED_STAGE(ERROR, RECORD, "an advance that skips a stage, or a discharge before the last"),
  /** An advance (gate passed or override) to an earlier stage. */
  ADVANCE_TO_EARLIER_STAGE(
      ERROR, RECORD, "a gate-passed or override transition that goes back to an earlier stage"),
  /** An override with no or a blank justification. */
  OVERRIDE_WITHOUT_JUSTIFICATION(ERROR, RECORD, "an override without a justification"),
  /** A regression to a stage that is not earlier than the one left. */
  REGRESSION_TO_LATER_STAGE(ERROR, RECORD, "a regression to a later stage"),
  /** A regression that no regression rule of the protocol supported at that time. */
  REGRESSION_NOT_SUPPORTED(
      WARNING, RECORD, "a regression that no regression rule of the protocol supported then"),
  /** A start transition into a stage other than the protocol's first. */
  START_NOT_FIRST_STAGE(ERROR, RECORD, "a course that starts in a stage other than the first"),
  /** A transition that leaves a stage the course is not in, or starts a started course. */
  FROM_STAGE_NOT_CURRENT(
      ERROR, RECORD, "a transition from a stage the course is not in, or a second start"),
  /** A transition recorded after the client was discharged. */
  TRANSITION_AFTER_DISCHARGE(ERROR, RECORD, "a transition after discharge"),
  /** A transition, sign-off or session in a stage that the protocol definition does not have. */
  STAGE_NOT_IN_PROTOCOL(ERROR, BOTH, "a stage that is not a stage of the protocol"),
  /** A session before the course's first transition. */
  SESSION_BEFORE_COURSE_START(WARNING, RECORD, "a session before the course started"),
  /** A session whose stage differs from the course's stage at its start. */
  SESSION_STAGE_MISMATCH(
      WARNING, RECORD, "a session whose stage differs from the course's stage at that time"),
  /** A session after the client was discharged. */
  SESSION_AFTER_DISCHARGE(WARNING, RECORD, "a session after discharge"),
  /** A session on a day before the intake. */
  SESSION_BEFORE_INTAKE(WARNING, BOTH, "a session before the intake"),
  /** A technique applied in a session of a stage the technique does not serve. */
  TECHNIQUE_OUTSIDE_STAGE(
      WARNING, BOTH, "a technique used in a stage it does not serve (strengthening in stage 1)"),
  /** Deep or forceful pressure on a day a no-deep-pressure precaution applies. */
  DEEP_PRESSURE_DESPITE_PRECAUTION(
      ERROR, BOTH, "deep pressure despite a no-deep-pressure precaution"),
  /** A technique applied to a region and side that the intake marked to avoid. */
  AVOIDED_AREA_TREATED(ERROR, BOTH, "treatment of an area the intake marked to avoid"),
  /** A session on a day a postpone-the-session condition applies. */
  SESSION_DESPITE_POSTPONE(ERROR, BOTH, "a session despite a condition that postpones it"),
  /** A screening item that needs clearance, not cleared by the day of a session. */
  CLEARANCE_MISSING(ERROR, BOTH, "sessions before an item that needs clearance was cleared"),
  /** A hold longer than the technique's reference maximum (ischemic compression, 60 s). */
  HOLD_EXCEEDS_REFERENCE(
      WARNING, BOTH, "a hold longer than the reference maximum (ischemic compression 60 s)"),
  /** A session shorter than 30 or longer than 90 minutes. */
  ATYPICAL_DURATION(INFO, BOTH, "a session duration outside the typical 30 to 90 minutes"),
  /** Two sessions whose times overlap. */
  SESSIONS_OVERLAP(ERROR, BOTH, "sessions that overlap in time"),
  /** A planned session listed before an earlier one. */
  SESSIONS_OUT_OF_ORDER(ERROR, PLAN, "planned sessions not listed in order of start time"),
  /** A muscle id that the muscle catalog does not have. */
  UNKNOWN_MUSCLE(ERROR, BOTH, "a muscle id that the muscle catalog does not have"),
  /** A trigger point site id that the muscle's catalog entry does not have. */
  UNKNOWN_TRIGGER_POINT_SITE(ERROR, BOTH, "a trigger point site the muscle does not have"),
  /** A side that does not fit the muscle: midline for a paired one, a side for an unpaired one. */
  WRONG_SIDE(ERROR, BOTH, "a side that does not fit the muscle (paired or midline)"),
  /** A planned session in a stage earlier than the planned session before it. */
  PLAN_STAGE_BACKWARD(ERROR, PLAN, "a plan that goes back to an earlier stage"),
  /** A stage of the protocol with no planned session. */
  PLAN_STAGE_WITHOUT_SESSIONS(ERROR, PLAN, "a stage of the protocol without planned sessions"),
  /**
   * A technique dosed with a rest day after the first treatment and then alternate days (ischemic
   * compression) planned on the same area too soon.
   */
  TREATMENT_SPACING(
      WARNING, PLAN, "ischemic compression on an area without a rest day, then alternate days");

  private final Severity severity;
  private final Scope scope;
  private final String summary;

  FindingCode(Severity severity, Scope scope, String summary) {
    this.severity = severity;
    this.scope = scope;
    this.summary = summary;
  }

  /** The stable lower-kebab-case id ({@code "gate-not-passed"}). */
  public String id() {
    return EnumIds.id(this);
  }

  /** The severity a finding of this code has unless an application decides otherwise. */
  public Severity severity() {
    return severity;
  }

  /** Whether the rule checks recorded courses, plans, or both. */
  public Scope scope() {
    return scope;
  }

  /** What the rule checks, in one line. */
  public String summary() {
    return summary;
  }

  /** Returns the code whose id is {@code id}; throws {@link IllegalArgumentException} if none. */
  public static FindingCode fromId(String id) {
    return EnumIds.parse(FindingCode.class, id);
  }
}
