package org.nmt.protocol.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nmt.core.stage.Stage.ENDURANCE;
import static org.nmt.core.stage.Stage.FLEXIBILITY;
import static org.nmt.core.stage.Stage.PAIN_ELIMINATION;
import static org.nmt.core.stage.Stage.STRENGTH;
import static org.nmt.core.stage.Stage.STRUCTURAL_CORRECTION;

import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.nmt.core.assessment.Assessment;
import org.nmt.core.id.SessionId;
import org.nmt.core.id.TherapistId;
import org.nmt.core.record.ClientRecord;
import org.nmt.core.record.StageSignOff;
import org.nmt.core.record.StageTransition;
import org.nmt.core.record.TransitionKind;
import org.nmt.core.scenario.SeedScenarios;
import org.nmt.core.session.Session;
import org.nmt.core.stage.Stage;
import org.nmt.protocol.course.Course;
import org.nmt.protocol.course.CourseState;
import org.nmt.protocol.course.GateDecision;
import org.nmt.protocol.criterion.Criterion;
import org.nmt.protocol.criterion.CriterionResult;
import org.nmt.protocol.criterion.MinimumSessions;
import org.nmt.protocol.criterion.NoPainFlare;
import org.nmt.protocol.criterion.Outcome;
import org.nmt.protocol.criterion.RangeOfMotionRestored;
import org.nmt.protocol.criterion.TherapistSignOff;
import org.nmt.protocol.definition.PainFlareRegression;
import org.nmt.protocol.definition.ProtocolDefinition;
import org.nmt.protocol.definition.Protocols;
import org.nmt.protocol.definition.RegressionTrigger;

/**
 * The seed scenarios of nmt-core replayed through the {@link Course} API under the seeds' protocol:
 * each record, stripped of its sessions, sign-offs and transitions, is rebuilt in time order, and
 * at each recorded transition the same move is made through the API, which must allow it and record
 * exactly the transition of the scenario.
 */
class SeedProtocolScenariosTest {
  private static final ProtocolDefinition SEEDS = Protocols.seeds();

  static Stream<Named<ClientRecord>> dischargedScenarios() {
    return Stream.of(SeedScenarios.hiker(), SeedScenarios.officeWorker(), SeedScenarios.runner())
        .map(r -> Named.of(r.client().id().value(), r));
  }

  static Stream<Named<ClientRecord>> allScenarios() {
    return SeedScenarios.all().stream().map(r -> Named.of(r.client().id().value(), r));
  }

  // ---------------------------------------------------------------- every scenario

  @ParameterizedTest
  @MethodSource("allScenarios")
  void replayThroughTheCourseApiReproducesTheRecordExactly(ClientRecord scenario) {
    Replay replay = replay(scenario);
    assertEquals(scenario.transitions(), replay.course.history());
    assertEquals(scenario, replay.course.record());
    assertEquals(
        scenario.transitions().size() - 1,
        replay.advances.size() + replay.overrides.size() + replay.regressions.size(),
        "one move per transition after the start");
  }

  @ParameterizedTest
  @MethodSource("dischargedScenarios")
  void courseEndsDischargedAfterTheEnduranceGate(ClientRecord scenario) {
    Replay replay = replay(scenario);
    assertEquals(CourseState.DISCHARGED, replay.course.state());
    assertEquals(Optional.empty(), replay.course.currentStage());
    GateDecision last = replay.advances.get(replay.advances.size() - 1);
    assertEquals(ENDURANCE, last.stage());
    assertEquals(Optional.empty(), last.nextStage());
    assertTrue(replay.course.history().get(replay.course.history().size() - 1).isDischarge());
    assertThrows(
        IllegalStateException.class, () -> replay.course.decision(), "no gate after discharge");
  }

  @ParameterizedTest
  @MethodSource("dischargedScenarios")
  void everyStageIsVisitedInTheSeedsOrder(ClientRecord scenario) {
    Replay replay = replay(scenario);
    assertEquals(
        SEEDS.stages(),
        replay.entered.stream().distinct().collect(Collectors.toList()),
        "first visits in the protocol's order");
    assertEquals(
        ImmutableList.of(PAIN_ELIMINATION, STRUCTURAL_CORRECTION, FLEXIBILITY, STRENGTH, ENDURANCE),
        SEEDS.stages());
    for (StageTransition transition : replay.course.history()) {
      if (transition.kind() == TransitionKind.GATE_PASSED
          || transition.kind() == TransitionKind.OVERRIDE) {
        assertEquals(
            SEEDS.next(transition.fromStage().orElseThrow()),
            transition.toStage(),
            "an advance goes to the next stage: " + transition);
      }
    }
  }

  @ParameterizedTest
  @MethodSource("allScenarios")
  void everyAdvanceRestsOnADecisionWithEveryCriterionOfTheGateMet(ClientRecord scenario) {
    Replay replay = replay(scenario);
    assertEquals(
        scenario.transitions().stream()
            .filter(t -> t.kind() == TransitionKind.GATE_PASSED)
            .map(t -> t.fromStage().orElseThrow())
            .collect(Collectors.toList()),
        replay.advances.stream().map(GateDecision::stage).collect(Collectors.toList()));
    for (GateDecision decision : replay.advances) {
      assertEquals(
          criterionIds(SEEDS.gate(decision.stage()).criteria()),
          decision.results().stream().map(r -> r.criterion().id()).collect(Collectors.toList()),
          "the decision lists every criterion of the gate of " + decision.stage().id());
      for (CriterionResult result : decision.results()) {
        assertEquals(Outcome.MET, result.outcome(), result.toString());
      }
      assertTrue(decision.passed());
      assertEquals(ImmutableList.of(), decision.unmetIds());
    }
  }

  // ---------------------------------------------------------------- hiker

  @Test
  void hikerPassesEveryGateInTurnWithoutOverrideOrRegression() {
    Replay replay = replay(SeedScenarios.hiker());
    assertEquals(SEEDS.stages(), replay.entered);
    assertEquals(
        SEEDS.stages(),
        replay.advances.stream().map(GateDecision::stage).collect(Collectors.toList()));
    assertEquals(ImmutableList.of(), replay.overrides);
    assertEquals(ImmutableList.of(), replay.regressions);
  }

  // ---------------------------------------------------------------- office worker

  @Test
  void officeWorkerRegressesOnceOnAPainFlareAndComesBack() {
    ClientRecord office = SeedScenarios.officeWorker();
    Replay replay = replay(office);

    assertEquals(1, replay.regressions.size());
    RegressionTrigger trigger = replay.regressions.get(0);
    assertEquals(PainFlareRegression.ID, trigger.rule().id());
    assertEquals(SeedScenarios.PAIN_FLARE_TRIGGER, trigger.rule().id());
    assertEquals(PAIN_ELIMINATION, trigger.rule().returnTo());
    List<StageTransition> regressions = ofKind(replay.course, TransitionKind.REGRESSION);
    assertEquals(1, regressions.size());
    StageTransition regression = regressions.get(0);
    assertEquals(Optional.of(PainFlareRegression.ID), regression.trigger());
    assertEquals(Optional.of(STRUCTURAL_CORRECTION), regression.fromStage());
    assertEquals(Optional.of(PAIN_ELIMINATION), regression.toStage());

    // The rule fired on pain before a session at least 2 points above the stage's entry pain (the
    // pain before the last session of stage 1, which ended as stage 2 was entered), in the session
    // that ends when the regression is recorded; it had not fired after the stage's first session.
    List<SessionId> evidence = trigger.sessions();
    assertEquals(2, evidence.size());
    Session entry = office.session(evidence.get(0)).orElseThrow();
    Session flare = office.session(evidence.get(1)).orElseThrow();
    Instant entered = enteredBefore(replay.course, regression);
    assertEquals(PAIN_ELIMINATION, entry.stage());
    assertEquals(entered, entry.end());
    assertEquals(STRUCTURAL_CORRECTION, flare.stage());
    assertTrue(
        flare.painBefore().getAsInt() >= entry.painBefore().getAsInt() + 2,
        flare.painBefore() + " against entry " + entry.painBefore());
    assertEquals(flare.end(), regression.at());
    Session first =
        office.sessions().stream()
            .filter(s -> s.stage() == STRUCTURAL_CORRECTION && s.start().isAfter(entered))
            .findFirst()
            .orElseThrow();
    assertTrue(first.start().isBefore(flare.start()));
    assertEquals(
        Optional.empty(),
        Course.regression(SEEDS, office, STRUCTURAL_CORRECTION, entered, first.end()));
    GateDecision atFlare =
        Course.decide(SEEDS, office, STRUCTURAL_CORRECTION, entered, regression.at());
    assertFalse(atFlare.passed());
    assertTrue(atFlare.unmetIds().contains(NoPainFlare.ID), atFlare.unmetIds().toString());

    // Back in pain elimination, its gate passes again on sessions of the new visit only, and the
    // course goes on through every stage to discharge.
    assertEquals(
        ImmutableList.of(
            PAIN_ELIMINATION,
            STRUCTURAL_CORRECTION,
            PAIN_ELIMINATION,
            STRUCTURAL_CORRECTION,
            FLEXIBILITY,
            STRENGTH,
            ENDURANCE),
        replay.entered);
    GateDecision again = replay.advances.get(1);
    assertEquals(PAIN_ELIMINATION, again.stage());
    assertEquals(regression.at(), again.entered());
    List<SessionId> counted = result(again, MinimumSessions.ID).sessions();
    assertEquals(3, counted.size());
    for (SessionId id : counted) {
      assertTrue(office.session(id).orElseThrow().start().isAfter(regression.at()), id.value());
    }
    assertEquals(ImmutableList.of(), replay.overrides);
    assertEquals(CourseState.DISCHARGED, replay.course.state());
  }

  // ---------------------------------------------------------------- runner

  @Test
  void runnerHasExactlyOneOverrideThatRecordsTheUnmetCriteria() {
    ClientRecord runner = SeedScenarios.runner();
    Replay replay = replay(runner);

    assertEquals(1, replay.overrides.size());
    List<StageTransition> overrides = ofKind(replay.course, TransitionKind.OVERRIDE);
    assertEquals(1, overrides.size());
    StageTransition override = overrides.get(0);
    GateDecision decision = replay.overrides.get(0);
    assertEquals(FLEXIBILITY, decision.stage());
    assertEquals(Optional.of(STRENGTH), decision.nextStage());
    assertEquals(ImmutableList.of(RangeOfMotionRestored.ID), decision.unmetIds());
    assertEquals(
        Outcome.NOT_MET, decision.unmet().get(0).outcome(), "short of target, not unknown");
    assertEquals(decision.unmetIds(), override.failedCriteria());
    assertEquals(SeedScenarios.RUNNER_OVERRIDE_FAILED_CRITERIA, override.failedCriteria());
    assertEquals(Optional.of(SeedScenarios.THERAPIST), override.therapistId());
    assertFalse(override.justification().orElseThrow().isBlank());
    assertEquals(
        criterionIds(SEEDS.gate(FLEXIBILITY).criteria()),
        decision.results().stream().map(r -> r.criterion().id()).collect(Collectors.toList()));

    assertEquals(SEEDS.stages(), replay.entered);
    assertEquals(
        ImmutableList.of(PAIN_ELIMINATION, STRUCTURAL_CORRECTION, STRENGTH, ENDURANCE),
        replay.advances.stream().map(GateDecision::stage).collect(Collectors.toList()));
    assertEquals(ImmutableList.of(), replay.regressions);
  }

  // ---------------------------------------------------------------- TMJ dysfunction

  @Test
  void tmjCourseIsInItsLastStageAndItsDecisionExplainsWhatIsMissing() {
    ClientRecord tmj = SeedScenarios.tmjDysfunction();
    Replay replay = replay(tmj);
    Course course = replay.course;
    assertEquals(tmj, course.record());
    assertEquals(
        ImmutableList.of(PAIN_ELIMINATION, STRUCTURAL_CORRECTION, FLEXIBILITY), replay.entered);
    assertEquals(CourseState.IN_STAGE, course.state());
    assertEquals(Optional.of(FLEXIBILITY), course.currentStage());
    Session last = tmj.sessions().get(tmj.sessions().size() - 1);
    assertEquals(last.end(), course.latestActivity());

    GateDecision decision = course.decision();
    assertEquals(course.latestActivity(), decision.asOf());
    assertEquals(Optional.of(STRENGTH), decision.nextStage());
    assertFalse(decision.passed());
    assertEquals(
        ImmutableList.of(MinimumSessions.ID, RangeOfMotionRestored.ID, TherapistSignOff.ID),
        decision.unmetIds());
    assertEquals(
        ImmutableList.of(Outcome.NOT_MET, Outcome.NOT_ASSESSABLE, Outcome.NOT_MET),
        decision.unmet().stream().map(CriterionResult::outcome).collect(Collectors.toList()));
    assertEquals(
        ImmutableList.of("1 session", "no range of motion measured", "no sign-off"),
        decision.unmet().stream().map(CriterionResult::observed).collect(Collectors.toList()));
    assertEquals(ImmutableList.of(last.id()), result(decision, MinimumSessions.ID).sessions());
    assertEquals(Outcome.MET, result(decision, NoPainFlare.ID).outcome());
    assertEquals(Optional.empty(), course.regression(course.latestActivity()));

    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () -> course.advance(course.latestActivity(), SeedScenarios.THERAPIST));
    assertEquals(
        "gate of flexibility has not passed: unmet [minimum-sessions, range-of-motion-restored,"
            + " therapist-sign-off]",
        e.getMessage());
  }

  // ---------------------------------------------------------------- replay

  /**
   * What a replay did: the course it built, the stages it entered, and what each move rested on.
   */
  private static final class Replay {
    private Course course;
    private final List<Stage> entered = new ArrayList<>();
    private final List<GateDecision> advances = new ArrayList<>();
    private final List<GateDecision> overrides = new ArrayList<>();
    private final List<RegressionTrigger> regressions = new ArrayList<>();

    Replay(Course course) {
      this.course = course;
    }

    void record(ClientRecord record) {
      course = Course.of(course.definition(), record);
    }

    /** Makes {@code recorded}'s move through the API and checks it records {@code recorded}. */
    void move(StageTransition recorded) {
      Instant at = recorded.at();
      TherapistId therapist = recorded.therapistId().orElseThrow();
      Course next;
      switch (recorded.kind()) {
        case START:
          assertEquals(CourseState.NOT_STARTED, course.state());
          next = course.start(at, therapist);
          break;
        case GATE_PASSED:
          {
            GateDecision decision = course.decision(at);
            assertTrue(decision.passed(), recorded + ": unmet " + decision.unmet());
            assertEquals(
                Optional.empty(), course.regression(at), recorded + ": no rule fires on advance");
            advances.add(decision);
            next = course.advance(at, therapist);
            break;
          }
        case OVERRIDE:
          {
            GateDecision decision = course.decision(at);
            assertFalse(decision.passed(), recorded + ": an override needs a failed gate");
            overrides.add(decision);
            next = course.override(at, therapist, recorded.justification().orElseThrow());
            assertEquals(decision.unmetIds(), last(next).failedCriteria());
            break;
          }
        case REGRESSION:
          {
            RegressionTrigger trigger =
                course
                    .regression(at)
                    .orElseThrow(() -> new AssertionError(recorded + ": no rule fires"));
            regressions.add(trigger);
            next = course.regress(at, therapist, trigger);
            assertEquals(Optional.of(trigger.rule().id()), last(next).trigger());
            break;
          }
        default:
          throw new AssertionError(recorded.kind());
      }
      assertEquals(recorded, last(next));
      next.currentStage().ifPresent(entered::add);
      course = next;
    }
  }

  /**
   * Replays {@code scenario}: starts from its client, intake and nothing else, adds its standalone
   * assessments, sessions and sign-offs in time order, and makes each recorded transition's move at
   * its time (after whatever else happens at that instant).
   */
  private static Replay replay(ClientRecord scenario) {
    List<Object> events = new ArrayList<>();
    events.addAll(scenario.assessments());
    events.addAll(scenario.sessions());
    events.addAll(scenario.signOffs());
    events.addAll(scenario.transitions());
    events.sort(
        Comparator.comparing(SeedProtocolScenariosTest::time)
            .thenComparing(e -> e instanceof StageTransition));
    Replay replay =
        new Replay(
            Course.of(
                SEEDS,
                ClientRecord.builder()
                    .client(scenario.client())
                    .intake(scenario.intake())
                    .build()));
    for (Object event : events) {
      ClientRecord record = replay.course.record();
      if (event instanceof Assessment) {
        replay.record(
            ClientRecord.builder().from(record).addAssessment((Assessment) event).build());
      } else if (event instanceof Session) {
        replay.record(record.withSession((Session) event));
      } else if (event instanceof StageSignOff) {
        replay.record(record.withSignOff((StageSignOff) event));
      } else {
        replay.move((StageTransition) event);
      }
    }
    return replay;
  }

  private static Instant time(Object event) {
    if (event instanceof Assessment) {
      return ((Assessment) event).takenAt();
    } else if (event instanceof Session) {
      return ((Session) event).start();
    } else if (event instanceof StageSignOff) {
      return ((StageSignOff) event).at();
    } else {
      return ((StageTransition) event).at();
    }
  }

  private static StageTransition last(Course course) {
    return course.history().get(course.history().size() - 1);
  }

  private static List<StageTransition> ofKind(Course course, TransitionKind kind) {
    return course.history().stream().filter(t -> t.kind() == kind).collect(Collectors.toList());
  }

  /** When the course entered the stage that {@code transition} leaves. */
  private static Instant enteredBefore(Course course, StageTransition transition) {
    return course.history().get(course.history().indexOf(transition) - 1).at();
  }

  private static List<String> criterionIds(List<Criterion> criteria) {
    return criteria.stream().map(Criterion::id).collect(Collectors.toList());
  }

  private static CriterionResult result(GateDecision decision, String criterionId) {
    return decision.results().stream()
        .filter(r -> r.criterion().id().equals(criterionId))
        .findFirst()
        .orElseThrow();
  }
}
