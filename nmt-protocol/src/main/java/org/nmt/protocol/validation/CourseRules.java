package org.nmt.protocol.validation;

import static org.nmt.protocol.validation.FindingCode.ADVANCE_TO_EARLIER_STAGE;
import static org.nmt.protocol.validation.FindingCode.FROM_STAGE_NOT_CURRENT;
import static org.nmt.protocol.validation.FindingCode.GATE_NOT_PASSED;
import static org.nmt.protocol.validation.FindingCode.OVERRIDE_WITHOUT_JUSTIFICATION;
import static org.nmt.protocol.validation.FindingCode.REGRESSION_NOT_SUPPORTED;
import static org.nmt.protocol.validation.FindingCode.REGRESSION_TO_LATER_STAGE;
import static org.nmt.protocol.validation.FindingCode.SESSION_AFTER_DISCHARGE;
import static org.nmt.protocol.validation.FindingCode.SESSION_BEFORE_COURSE_START;
import static org.nmt.protocol.validation.FindingCode.SESSION_STAGE_MISMATCH;
import static org.nmt.protocol.validation.FindingCode.SKIPPED_STAGE;
import static org.nmt.protocol.validation.FindingCode.STAGE_NOT_IN_PROTOCOL;
import static org.nmt.protocol.validation.FindingCode.START_NOT_FIRST_STAGE;
import static org.nmt.protocol.validation.FindingCode.TRANSITION_AFTER_DISCHARGE;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.nmt.core.record.ClientRecord;
import org.nmt.core.record.StageSignOff;
import org.nmt.core.record.StageTransition;
import org.nmt.core.record.TransitionKind;
import org.nmt.core.stage.Stage;
import org.nmt.core.style.Texts;
import org.nmt.protocol.course.Course;
import org.nmt.protocol.course.GateDecision;
import org.nmt.protocol.criterion.StageContext;
import org.nmt.protocol.definition.ProtocolDefinition;
import org.nmt.protocol.definition.RegressionRule;
import org.nmt.protocol.internal.TimeOrdered;

/**
 * The rules of a recorded course: each transition replayed against the protocol definition in order
 * (the course's stage is always the last transition's, as {@link Course} derives it), each session
 * against the course's stage at its start, and sign-offs against the protocol's stages.
 */
final class CourseRules {
  private final ProtocolDefinition definition;
  private final ClientRecord record;
  private final Findings findings;

  /**
   * The course's stage before the transition being checked; empty before start and after discharge.
   */
  private Optional<Stage> current = Optional.empty();

  /** When the course entered {@link #current}. */
  private Instant entered = Instant.MIN;

  /** When the course was discharged, if the last transition checked discharged it. */
  private Optional<Instant> discharged = Optional.empty();

  /**
   * How many transitions were at or before the start of the last session checked by {@link
   * #session}, and the stage they left the course in: sessions come mostly in time order, and long
   * runs of them share the stage in force.
   */
  private int inForceCount = -1;

  private Optional<Stage> inForce = Optional.empty();

  /**
   * The index of the record's first discharge, or -1: the course ends there, whatever transitions
   * follow it.
   */
  private final int firstDischarge;

  CourseRules(ProtocolDefinition definition, ClientRecord record, Findings findings) {
    this.definition = definition;
    this.record = record;
    this.findings = findings;
    List<StageTransition> transitions = record.transitions();
    int discharge = -1;
    for (int i = 0; i < transitions.size() && discharge < 0; i++) {
      if (transitions.get(i).isDischarge()) {
        discharge = i;
      }
    }
    this.firstDischarge = discharge;
  }

  /** Checks every transition, in order. */
  void transitions() {
    List<StageTransition> transitions = record.transitions();
    for (int i = 0; i < transitions.size(); i++) {
      StageTransition transition = transitions.get(i);
      String path = "/transitions/" + i;
      String label =
          "transition " + i + " (" + transition.kind().id() + " at " + transition.at() + ")";
      if (transition.kind() == TransitionKind.OVERRIDE
          && transition.justification().map(Texts::isBlank).orElse(true)) {
        findings.add(
            OVERRIDE_WITHOUT_JUSTIFICATION,
            path,
            "%s from %s has no justification",
            label,
            transition.fromStage().get().id());
      }
      boolean afterDischarge = discharged.isPresent();
      transition(path, label, transition);
      if (afterDischarge) {
        // the discharge ended the course: a transition after it is found and changes nothing, so
        // every later one is found too ("a new course is a new record")
        continue;
      }
      current = transition.toStage();
      entered = transition.at();
      discharged = transition.isDischarge() ? Optional.of(transition.at()) : Optional.empty();
    }
  }

  private void transition(String path, String label, StageTransition transition) {
    List<String> foreign =
        Stream.of(transition.fromStage(), transition.toStage())
            .flatMap(Optional::stream)
            .filter(stage -> !definition.includes(stage))
            .map(Stage::id)
            .collect(Collectors.toList());
    if (!foreign.isEmpty()) {
      findings.add(
          STAGE_NOT_IN_PROTOCOL,
          path,
          "%s names %s, not %s of protocol %s",
          label,
          String.join(" and ", foreign),
          foreign.size() == 1 ? "a stage" : "stages",
          Findings.protocol(definition));
    }
    if (discharged.isPresent()) {
      // every transition after the discharge is found, one into a foreign stage too
      findings.add(
          TRANSITION_AFTER_DISCHARGE,
          path,
          "%s follows the discharge at %s",
          label,
          discharged.get());
      return;
    }
    if (!foreign.isEmpty()) {
      return;
    }
    if (transition.kind() == TransitionKind.START) {
      if (current.isPresent()) {
        findings.add(
            FROM_STAGE_NOT_CURRENT,
            path,
            "%s starts the course again while it is in %s",
            label,
            current.get().id());
      }
      Stage to = transition.toStage().get();
      if (to != definition.firstStage()) {
        findings.add(
            START_NOT_FIRST_STAGE,
            path,
            "%s starts in %s, not in the first stage of protocol %s, %s",
            label,
            to.id(),
            Findings.protocol(definition),
            definition.firstStage().id());
      }
      return;
    }
    Stage from = transition.fromStage().get();
    if (current.isEmpty()) {
      findings.add(
          FROM_STAGE_NOT_CURRENT, path, "%s leaves %s before the course started", label, from.id());
      return;
    }
    if (from != current.get()) {
      findings.add(
          FROM_STAGE_NOT_CURRENT,
          path,
          "%s leaves %s, but the course is in %s",
          label,
          from.id(),
          current.get().id());
      return;
    }
    if (transition.kind() == TransitionKind.REGRESSION) {
      regression(path, label, transition, from, transition.toStage().get());
    } else {
      advance(path, label, transition, from);
    }
  }

  private void advance(String path, String label, StageTransition transition, Stage from) {
    int left = definition.position(from);
    if (transition.toStage().isEmpty()) {
      if (definition.next(from).isPresent()) {
        findings.add(
            SKIPPED_STAGE,
            path,
            "%s discharges from %s, skipping %s",
            label,
            from.id(),
            stagesBetween(left, definition.stages().size()));
      }
    } else {
      Stage to = transition.toStage().get();
      int reached = definition.position(to);
      if (reached < left) {
        findings.add(
            ADVANCE_TO_EARLIER_STAGE,
            path,
            "%s goes back from %s to %s; only a regression returns to an earlier stage",
            label,
            from.id(),
            to.id());
      } else if (reached > left + 1) {
        findings.add(
            SKIPPED_STAGE,
            path,
            "%s goes from %s to %s, skipping %s",
            label,
            from.id(),
            to.id(),
            stagesBetween(left, reached));
      }
    }
    if (transition.kind() == TransitionKind.GATE_PASSED) {
      GateDecision decision = Course.decide(definition, record, from, entered, transition.at());
      if (!decision.passed()) {
        findings.add(
            GATE_NOT_PASSED,
            path,
            "%s leaves %s, but its gate had not passed at that time: unmet %s",
            label,
            from.id(),
            String.join(", ", decision.unmetIds()));
      }
    }
  }

  /** The ids of the stages strictly between positions {@code from} and {@code to}. */
  private String stagesBetween(int from, int to) {
    return definition.stages().subList(from + 1, to).stream()
        .map(Stage::id)
        .collect(Collectors.joining(", "));
  }

  private void regression(
      String path, String label, StageTransition transition, Stage from, Stage to) {
    if (definition.position(to) > definition.position(from)) {
      findings.add(
          REGRESSION_TO_LATER_STAGE,
          path,
          "%s goes from %s to %s; a regression returns to an earlier stage",
          label,
          from.id(),
          to.id());
      return;
    }
    Optional<String> trigger = transition.trigger();
    StageContext context = StageContext.of(record, from, entered, transition.at());
    boolean supported =
        definition.regressionRules().stream()
            .filter(rule -> rule.returnTo() == to)
            .filter(rule -> trigger.isEmpty() || rule.id().equals(trigger.get()))
            .anyMatch(rule -> rule.check(context).isPresent());
    if (supported) {
      return;
    }
    Optional<RegressionRule> named =
        trigger.flatMap(
            id ->
                definition.regressionRules().stream()
                    .filter(rule -> rule.id().equals(id))
                    .findFirst());
    String why;
    if (trigger.isEmpty()) {
      why = "no regression rule returning to " + to.id() + " fired by then";
    } else if (named.isEmpty()) {
      why =
          "the recorded trigger is not a regression rule of protocol "
              + Findings.protocol(definition);
    } else if (named.get().returnTo() != to) {
      why = "rule " + named.get().id() + " returns to " + named.get().returnTo().id();
    } else {
      why = "rule " + named.get().id() + " had not fired in " + from.id() + " by then";
    }
    findings.add(
        REGRESSION_NOT_SUPPORTED, path, "%s from %s to %s: %s", label, from.id(), to.id(), why);
  }

  /**
   * Checks {@code session} against the stage the course was in when it started. It needs no state
   * of {@link #transitions()}: a validation calls it while it visits the session for the other
   * session rules, so a large record's sessions are walked once. It keeps the stage in force of the
   * last session it checked, for the next one.
   */
  void session(SessionView session) {
    List<StageTransition> transitions = record.transitions();
    int count = TimeOrdered.countUpTo(transitions, StageTransition::at, session.start());
    if (count == 0) {
      if (transitions.isEmpty()) {
        findings.add(
            SESSION_BEFORE_COURSE_START,
            session.path(),
            "%s at %s: the course has not started (no transition recorded)",
            session,
            session.start());
      } else {
        findings.add(
            SESSION_BEFORE_COURSE_START,
            session.path(),
            "%s at %s is before the course started at %s",
            session,
            session.start(),
            transitions.get(0).at());
      }
      return;
    }
    if (firstDischarge >= 0 && firstDischarge < count) {
      // at or after the first discharge: the course has ended, whatever transitions follow it
      findings.add(
          SESSION_AFTER_DISCHARGE,
          session.path(),
          "%s at %s is after the discharge at %s",
          session,
          session.start(),
          transitions.get(firstDischarge).at());
      return;
    }
    if (count != inForceCount) {
      inForceCount = count;
      inForce = transitions.get(count - 1).toStage();
    }
    if (inForce.isPresent()
        && inForce.get() != session.stage()
        && definition.includes(session.stage())) {
      findings.add(
          SESSION_STAGE_MISMATCH,
          session.path(),
          "%s at %s is in %s, but the course was in %s then",
          session,
          session.start(),
          session.stage().id(),
          inForce.get().id());
    }
  }

  /**
   * The last of {@code transitions} (in order of time, as a record keeps them) at or before {@code
   * at}, found by binary search.
   */
  static Optional<StageTransition> lastAtOrBefore(List<StageTransition> transitions, Instant at) {
    int count = TimeOrdered.countUpTo(transitions, StageTransition::at, at);
    return count == 0 ? Optional.empty() : Optional.of(transitions.get(count - 1));
  }

  /** Checks that every sign-off is of a stage of the protocol. */
  void signOffs() {
    List<StageSignOff> signOffs = record.signOffs();
    for (int i = 0; i < signOffs.size(); i++) {
      StageSignOff signOff = signOffs.get(i);
      if (!definition.includes(signOff.stage())) {
        findings.add(
            STAGE_NOT_IN_PROTOCOL,
            "/signOffs/" + i,
            "sign-off %s at %s is of %s, not a stage of protocol %s",
            i,
            signOff.at(),
            signOff.stage().id(),
            Findings.protocol(definition));
      }
    }
  }
}
