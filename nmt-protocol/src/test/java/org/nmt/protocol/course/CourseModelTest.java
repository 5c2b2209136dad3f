package org.nmt.protocol.course;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import com.google.common.collect.ImmutableList;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.nmt.core.anatomy.Side;
import org.nmt.core.anatomy.TissueLocation;
import org.nmt.core.assessment.EnduranceTest;
import org.nmt.core.assessment.EnduranceTestKind;
import org.nmt.core.assessment.Joint;
import org.nmt.core.assessment.Movement;
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
import org.nmt.core.record.StageTransition;
import org.nmt.core.record.TransitionKind;
import org.nmt.core.session.Session;
import org.nmt.core.session.TechniqueApplication;
import org.nmt.core.stage.Stage;
import org.nmt.core.technique.TechniqueCatalog;
import org.nmt.core.trigger.TriggerPointExamination;
import org.nmt.protocol.definition.ProtocolDefinition;
import org.nmt.protocol.definition.Protocols;
import org.nmt.protocol.definition.RegressionTrigger;

/**
 * A model-based (stateful) property test of {@link Course}: random sequences of sessions (with
 * examinations and assessments), advance attempts, overrides and regression attempts, run against a
 * simple model of where the course should stand.
 *
 * <p>Invariants after every step: the stage moves forward only through a passed gate or a recorded
 * override, one stage at a time; the history is append-only; replaying the record from scratch
 * reproduces the course, and every recorded gate passage re-decides as passed and every override as
 * failed with the same unmet criteria. A good share of runs reaches discharge; the share is
 * asserted and printed.
 */
class CourseModelTest {
  private static final long SEED = 20261124L;
  private static final int EXAMPLES = 400;
  private static final Instant T0 = Instant.parse("2026-01-05T00:00:00Z");
  private static final TherapistId THERAPIST = TherapistId.of("t-1");
  private static final ClientId CLIENT = ClientId.of("model-1");
  private static final TissueLocation CALF = TissueLocation.of("gastrocnemius", Side.LEFT);

  @Test
  void seedsProtocolKeepsItsInvariantsUnderRandomCommands() {
    runModel(Protocols.seeds());
  }

  @Test
  void stJohnProtocolKeepsItsInvariantsUnderRandomCommands() {
    runModel(Protocols.stJohn());
  }

  private static void runModel(ProtocolDefinition definition) {
    AtomicInteger runs = new AtomicInteger();
    AtomicInteger discharged = new AtomicInteger();
    AtomicInteger overrides = new AtomicInteger();
    AtomicInteger regressions = new AtomicInteger();
    AtomicInteger passages = new AtomicInteger();
    qt().withFixedSeed(SEED)
        .withExamples(EXAMPLES)
        .withShrinkCycles(50)
        .forAll(lists().of(integers().between(0, 99)).ofSizeBetween(20, 160))
        .checkAssert(
            commands -> {
              Model model = new Model(definition);
              model.run(commands);
              runs.incrementAndGet();
              if (model.course.state() == CourseState.DISCHARGED) {
                discharged.incrementAndGet();
              }
              overrides.addAndGet(model.overrides);
              regressions.addAndGet(model.regressions);
              passages.addAndGet(model.passages);
            });
    double share = discharged.get() / (double) runs.get();
    System.out.printf(
        "course model (%s): %d runs, %.0f %% reached discharge, %d gate passages, %d overrides,"
            + " %d regressions%n",
        definition.name(),
        runs.get(),
        share * 100,
        passages.get(),
        overrides.get(),
        regressions.get());
    assertTrue(share >= 0.25, "share of runs reaching discharge: " + share);
    assertTrue(passages.get() > overrides.get(), "gates pass more often than they are overridden");
    assertTrue(overrides.get() > 0, "no override was exercised");
    assertTrue(regressions.get() > 0, "no regression was exercised");
  }

  /** The system under test and the model it is checked against. */
  private static final class Model {
    final ProtocolDefinition definition;
    Course course;

    /** The model's position: -1 not started, stages().size() discharged. */
    int position = -1;

    int sessionsSinceStart;
    int passages;
    int overrides;
    int regressions;
    int ids;

    Model(ProtocolDefinition definition) {
      this.definition = definition;
      this.course =
          Course.of(
              definition,
              ClientRecord.builder()
                  .client(Client.builder().id(CLIENT).build())
                  .intake(Intake.builder().takenOn(LocalDate.of(2026, 1, 4)).build())
                  .build());
    }

    void run(List<Integer> commands) {
      for (int i = 0; i < commands.size(); i++) {
        Instant slot = T0.plus(Duration.ofDays(i));
        int command = commands.get(i);
        SplittableRandom random = new SplittableRandom(command * 7919L + i);
        ImmutableList<StageTransition> before = course.history();
        if (position < 0) {
          course = course.start(slot, THERAPIST);
          position = 0;
        } else if (position >= definition.stages().size()) {
          return;
        } else if (command < 60) {
          session(slot.plus(Duration.ofHours(9)), random);
        } else if (command < 85) {
          advance(slot.plus(Duration.ofHours(12)));
        } else if (command < 90) {
          override(slot.plus(Duration.ofHours(12)));
        } else {
          regress(slot.plus(Duration.ofHours(12)));
        }
        checkInvariants(before);
      }
    }

    Stage stage() {
      return definition.stages().get(position);
    }

    void advance(Instant at) {
      GateDecision decision = course.decision(at);
      if (decision.passed()) {
        course = course.advance(at, THERAPIST);
        position++;
        passages++;
      } else {
        Course unchanged = course;
        IllegalStateException e =
            assertThrows(IllegalStateException.class, () -> unchanged.advance(at, THERAPIST));
        assertTrue(e.getMessage().contains(decision.unmetIds().toString()), e.getMessage());
      }
    }

    void override(Instant at) {
      GateDecision decision = course.decision(at);
      if (decision.passed()) {
        Course unchanged = course;
        assertThrows(
            IllegalStateException.class, () -> unchanged.override(at, THERAPIST, "reason"));
      } else {
        course = course.override(at, THERAPIST, "clinical judgement");
        position++;
        overrides++;
      }
    }

    void regress(Instant at) {
      Optional<RegressionTrigger> trigger = course.regression(at);
      if (trigger.isPresent()) {
        course = course.regress(at, THERAPIST, trigger.get());
        position = definition.position(trigger.get().rule().returnTo());
        regressions++;
      }
    }

    void session(Instant start, SplittableRandom random) {
      Stage stage = stage();
      sessionsSinceStart++;
      int pain = Math.max(0, 7 - sessionsSinceStart);
      if (random.nextInt(100) < 6) {
        pain = Math.min(10, pain + 3);
      }
      boolean active =
          stage == Stage.PAIN_ELIMINATION
              ? random.nextInt(100) < Math.max(5, 70 - 20 * sessionsSinceStart)
              : random.nextInt(100) < 3;
      Instant at = start.plus(Duration.ofMinutes(10));
      Session.Builder session = Session.builder();
      session
          .id(SessionId.of("s-" + (++ids)))
          .clientId(CLIENT)
          .therapistId(THERAPIST)
          .start(start)
          .duration(Duration.ofMinutes(60))
          .stage(stage)
          .painBefore(pain)
          .painAfter(Math.max(0, pain - 1))
          .addTechnique(
              TechniqueApplication.builder()
                  .technique(TechniqueCatalog.standard().servingStage(stage).get(0))
                  .target(CALF)
                  .build())
          .addTriggerPointExamination(
              TriggerPointExamination.builder()
                  .location(CALF)
                  .tautBand(true)
                  .hypersensitiveSpot(active || random.nextBoolean())
                  .referredPain(active)
                  .painRecognition(active)
                  .build())
          .addAssessment(
              PressurePainThresholdReading.builder()
                  .id(AssessmentId.of("a-" + (++ids)))
                  .takenAt(at)
                  .location(CALF)
                  .addReading(
                      PressurePainThreshold.ofKilogramsPerSquareCentimetre(
                          Math.min(19, 2.0 + 0.4 * sessionsSinceStart)))
                  .build())
          .addAssessment(
              StructuralEvaluation.builder()
                  .id(AssessmentId.of("a-" + (++ids)))
                  .takenAt(at)
                  .addPlanesEvaluated(Plane.values())
                  .addFinding(
                      PosturalFinding.builder()
                          .deviation(PosturalDeviation.FORWARD_HEAD)
                          .value(random.nextInt(100) < 85 ? 52 : 44)
                          .build())
                  .build())
          .addAssessment(rom(at, Side.LEFT, 17 + random.nextInt(4)))
          .addAssessment(rom(at, Side.RIGHT, 19))
          .addAssessment(
              StrengthGrade.builder()
                  .id(AssessmentId.of("a-" + (++ids)))
                  .takenAt(at)
                  .muscleId("gastrocnemius")
                  .side(Side.LEFT)
                  .grade(random.nextInt(100) < 80 ? 5 : 4)
                  .build())
          .addAssessment(
              EnduranceTest.builder()
                  .id(AssessmentId.of("a-" + (++ids)))
                  .takenAt(at)
                  .test(EnduranceTestKind.SINGLE_LEG_HEEL_RAISE)
                  .side(Side.LEFT)
                  .value(Math.min(500, 10 + sessionsSinceStart))
                  .build());
      ClientRecord record = course.record().withSession(session.build());
      if (random.nextInt(100) < 70) {
        record =
            record.withSignOff(StageSignOff.of(stage, THERAPIST, start.plus(Duration.ofHours(1))));
      }
      course = Course.of(definition, record);
    }

    RangeOfMotionMeasurement rom(Instant at, Side side, double degrees) {
      return RangeOfMotionMeasurement.builder()
          .id(AssessmentId.of("a-" + (++ids)))
          .takenAt(at)
          .joint(Joint.ANKLE)
          .movement(Movement.DORSIFLEXION)
          .side(side)
          .degrees(degrees)
          .build();
    }

    void checkInvariants(ImmutableList<StageTransition> before) {
      ImmutableList<StageTransition> after = course.history();
      assertEquals(before, after.subList(0, before.size()), "history is append-only");
      assertTrue(after.size() - before.size() <= 1, "at most one transition per command");
      if (after.size() > before.size()) {
        checkTransition(after.get(after.size() - 1), before);
      }
      Course replayed = Course.of(definition, course.record());
      assertEquals(modelState(), replayed.state());
      if (position >= 0 && position < definition.stages().size()) {
        assertEquals(Optional.of(stage()), replayed.currentStage());
      } else {
        assertEquals(Optional.empty(), replayed.currentStage());
      }
    }

    CourseState modelState() {
      if (position < 0) {
        return CourseState.NOT_STARTED;
      }
      return position >= definition.stages().size() ? CourseState.DISCHARGED : CourseState.IN_STAGE;
    }

    void checkTransition(StageTransition transition, List<StageTransition> before) {
      if (transition.kind() == TransitionKind.START) {
        assertTrue(before.isEmpty());
        assertEquals(Optional.of(definition.firstStage()), transition.toStage());
        return;
      }
      StageTransition previous = before.get(before.size() - 1);
      Stage from = transition.fromStage().get();
      assertEquals(previous.toStage(), Optional.of(from), "leaves the stage it was in");
      GateDecision replay =
          Course.decide(definition, course.record(), from, previous.at(), transition.at());
      switch (transition.kind()) {
        case GATE_PASSED:
          assertTrue(replay.passed(), "a gate passage re-decides as passed");
          assertEquals(definition.next(from), transition.toStage(), "no stage is skipped");
          break;
        case OVERRIDE:
          assertFalse(replay.passed(), "an override re-decides as failed");
          assertEquals(replay.unmetIds(), transition.failedCriteria());
          assertTrue(transition.justification().isPresent());
          assertTrue(transition.therapistId().isPresent());
          assertEquals(definition.next(from), transition.toStage(), "no stage is skipped");
          break;
        case REGRESSION:
          Stage to = transition.toStage().get();
          assertTrue(definition.position(to) < definition.position(from), "regresses backwards");
          assertTrue(transition.trigger().isPresent());
          break;
        default:
          throw new AssertionError(transition.kind());
      }
    }
  }
}
