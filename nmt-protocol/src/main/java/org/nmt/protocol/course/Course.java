package org.nmt.protocol.course;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Preconditions.checkState;

import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.util.Optional;
import org.nmt.core.id.TherapistId;
import org.nmt.core.record.ClientRecord;
import org.nmt.core.record.StageTransition;
import org.nmt.core.record.TransitionKind;
import org.nmt.core.stage.Stage;
import org.nmt.core.style.Texts;
import org.nmt.protocol.criterion.Criterion;
import org.nmt.protocol.criterion.StageContext;
import org.nmt.protocol.definition.Gate;
import org.nmt.protocol.definition.ProtocolDefinition;
import org.nmt.protocol.definition.RegressionRule;
import org.nmt.protocol.definition.RegressionTrigger;

/**
 * A client's course of treatment under a protocol definition: the current stage, the recorded
 * transitions, the current gate's decision, and the moves a therapist can make.
 *
 * <p>The course is derived from the record's transitions; evaluation is a pure function of the
 * record and the definition (no clock, no hidden state), so replaying a record reproduces the same
 * course. Moves return a new course over a new record with the transition appended: {@link
 * #advance} only through a passed gate and only to the next stage (a stage cannot be skipped);
 * {@link #override} records a failed gate's unmet criteria with the therapist and a justification;
 * {@link #regress} returns to the stage a fired regression rule names. Immutable and thread-safe.
 */
public final class Course {
  private final ProtocolDefinition definition;
  private final ClientRecord record;
  private final CourseState state;
  private final Optional<Stage> currentStage;
  private final Optional<Instant> entered;

  private Course(ProtocolDefinition definition, ClientRecord record) {
    this.definition = checkNotNull(definition, "definition");
    this.record = checkNotNull(record, "record");
    ImmutableList<StageTransition> transitions = record.transitions();
    if (transitions.isEmpty()) {
      state = CourseState.NOT_STARTED;
      currentStage = Optional.empty();
      entered = Optional.empty();
    } else {
      StageTransition last = transitions.get(transitions.size() - 1);
      state = last.isDischarge() ? CourseState.DISCHARGED : CourseState.IN_STAGE;
      currentStage = last.toStage();
      entered = Optional.of(last.at());
    }
  }

  /** The course of {@code record} under {@code definition}. */
  public static Course of(ProtocolDefinition definition, ClientRecord record) {
    return new Course(definition, record);
  }

  /** The protocol definition. */
  public ProtocolDefinition definition() {
    return definition;
  }

  /** The record, with every transition made through this API. */
  public ClientRecord record() {
    return record;
  }

  /** Not started, in a stage, or discharged. */
  public CourseState state() {
    return state;
  }

  /** The current stage, while in one. */
  public Optional<Stage> currentStage() {
    return currentStage;
  }

  /** When the course entered its current stage (or was discharged). */
  public Optional<Instant> enteredAt() {
    return entered;
  }

  /** Every recorded transition, in order. */
  public ImmutableList<StageTransition> history() {
    return record.transitions();
  }

  /**
   * The latest instant the record knows of: the last session's end, assessment, sign-off or
   * transition. A decision "now" is a decision at this instant; no clock is read.
   */
  public Instant latestActivity() {
    return record.latestActivity().orElse(Instant.MIN);
  }

  /** The current gate's decision at {@link #latestActivity()}. */
  public GateDecision decision() {
    return decision(latestActivity());
  }

  /**
   * The current gate's decision as the record stood at {@code asOf}.
   *
   * @throws IllegalStateException unless the course is in a stage
   * @throws IllegalArgumentException if {@code asOf} is before the stage was entered
   */
  public GateDecision decision(Instant asOf) {
    checkState(state == CourseState.IN_STAGE, "course is %s, not in a stage", state.id());
    return decide(definition, record, currentStage.get(), entered.get(), asOf);
  }

  /**
   * The decision of the gate after {@code stage}, entered at {@code entered}, as {@code record}
   * stood at {@code asOf}: the function both a live decision and the replay of a recorded
   * transition use.
   */
  public static GateDecision decide(
      ProtocolDefinition definition,
      ClientRecord record,
      Stage stage,
      Instant entered,
      Instant asOf) {
    checkArgument(
        !asOf.isBefore(entered), "asOf %s is before the stage was entered at %s", asOf, entered);
    StageContext context = StageContext.of(record, stage, entered, asOf);
    Gate gate = definition.gate(stage);
    GateDecision.Builder decision =
        GateDecision.builder()
            .stage(stage)
            .nextStage(definition.next(stage))
            .entered(entered)
            .asOf(asOf);
    for (Criterion criterion : gate.criteria()) {
      decision.addResult(criterion.evaluate(context));
    }
    return decision.build();
  }

  /**
   * The first regression rule (in the definition's order) that fires in the current stage at {@code
   * asOf}, if any. A rule applies only in stages after the one it returns to.
   */
  public Optional<RegressionTrigger> regression(Instant asOf) {
    return regressions(asOf).stream().findFirst();
  }

  /** Every regression rule that fires in the current stage at {@code asOf}, in rule order. */
  public ImmutableList<RegressionTrigger> regressions(Instant asOf) {
    if (state != CourseState.IN_STAGE) {
      return ImmutableList.of();
    }
    return regressions(definition, record, currentStage.get(), entered.get(), asOf);
  }

  /**
   * The first of {@link #regressions(ProtocolDefinition, ClientRecord, Stage, Instant, Instant)}.
   */
  public static Optional<RegressionTrigger> regression(
      ProtocolDefinition definition,
      ClientRecord record,
      Stage stage,
      Instant entered,
      Instant asOf) {
    return regressions(definition, record, stage, entered, asOf).stream().findFirst();
  }

  /**
   * Every regression rule that fires in {@code stage}, entered at {@code entered}, as {@code
   * record} stood at {@code asOf}, in rule order.
   */
  public static ImmutableList<RegressionTrigger> regressions(
      ProtocolDefinition definition,
      ClientRecord record,
      Stage stage,
      Instant entered,
      Instant asOf) {
    StageContext context = StageContext.of(record, stage, entered, asOf);
    ImmutableList.Builder<RegressionTrigger> fired = ImmutableList.builder();
    for (RegressionRule rule : definition.regressionRules()) {
      if (definition.position(rule.returnTo()) < definition.position(stage)) {
        rule.check(context).ifPresent(fired::add);
      }
    }
    return fired.build();
  }

  /**
   * Starts the course in the protocol's first stage.
   *
   * @throws IllegalStateException if it has started
   */
  public Course start(Instant at, TherapistId therapist) {
    checkState(state == CourseState.NOT_STARTED, "course has already started");
    return append(
        StageTransition.builder()
            .at(at)
            .kind(TransitionKind.START)
            .toStage(definition.firstStage())
            .therapistId(therapist));
  }

  /**
   * Advances to the next stage (or discharges after the last) through the current gate, decided at
   * {@code at}.
   *
   * @throws IllegalStateException if the course is not in a stage, or the gate does not pass (the
   *     message names the unmet criteria)
   */
  public Course advance(Instant at, TherapistId therapist) {
    GateDecision decision = decision(at);
    checkState(
        decision.passed(),
        "gate of %s has not passed: unmet %s",
        decision.stage().id(),
        decision.unmetIds());
    return append(
        StageTransition.builder()
            .at(at)
            .kind(TransitionKind.GATE_PASSED)
            .fromStage(decision.stage())
            .toStage(decision.nextStage())
            .therapistId(therapist));
  }

  /**
   * Advances although the current gate does not pass, recording the unmet criteria, the therapist
   * and the justification (free text, never echoed in messages).
   *
   * @throws IllegalArgumentException if the justification is blank
   * @throws IllegalStateException if the course is not in a stage, or the gate passes (advance
   *     instead)
   */
  public Course override(Instant at, TherapistId therapist, String justification) {
    checkNotNull(therapist, "therapist");
    checkNotNull(justification, "justification");
    checkArgument(!Texts.isBlank(justification), "override justification must not be blank");
    GateDecision decision = decision(at);
    checkState(
        !decision.passed(),
        "gate of %s has passed: advance instead of overriding",
        decision.stage().id());
    return append(
        StageTransition.builder()
            .at(at)
            .kind(TransitionKind.OVERRIDE)
            .fromStage(decision.stage())
            .toStage(decision.nextStage())
            .therapistId(therapist)
            .justification(justification)
            .addAllFailedCriteria(decision.unmetIds()));
  }

  /**
   * Returns to the stage that {@code trigger}'s rule names.
   *
   * @throws IllegalStateException if the course is not in a stage, or the rule does not fire at
   *     {@code at}
   */
  public Course regress(Instant at, TherapistId therapist, RegressionTrigger trigger) {
    checkNotNull(trigger, "trigger");
    checkState(
        regressions(at).stream().anyMatch(fired -> fired.rule().equals(trigger.rule())),
        "regression rule %s does not fire at %s",
        trigger.rule().id(),
        at);
    return append(
        StageTransition.builder()
            .at(at)
            .kind(TransitionKind.REGRESSION)
            .fromStage(currentStage.get())
            .toStage(trigger.rule().returnTo())
            .therapistId(therapist)
            .trigger(trigger.rule().id()));
  }

  private Course append(StageTransition.Builder transition) {
    return new Course(definition, record.withTransition(transition.build()));
  }

  @Override
  public String toString() {
    return "Course{"
        + definition.name()
        + " "
        + definition.version()
        + ", client "
        + record.client().id()
        + ", "
        + state.id()
        + currentStage.map(s -> " " + s.id()).orElse("")
        + "}";
  }
}
