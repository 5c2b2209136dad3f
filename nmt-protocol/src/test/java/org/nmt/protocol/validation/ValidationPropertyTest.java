package org.nmt.protocol.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import com.google.common.collect.ImmutableList;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.nmt.core.anatomy.BodyRegion;
import org.nmt.core.anatomy.Side;
import org.nmt.core.anatomy.TissueLocation;
import org.nmt.core.assessment.PressurePainThreshold;
import org.nmt.core.assessment.PressurePainThresholdReading;
import org.nmt.core.client.Clearance;
import org.nmt.core.client.Intake;
import org.nmt.core.client.ScreeningCategory;
import org.nmt.core.client.ScreeningFinding;
import org.nmt.core.client.ScreeningItem;
import org.nmt.core.id.AssessmentId;
import org.nmt.core.record.ClientRecord;
import org.nmt.core.record.StageSignOff;
import org.nmt.core.record.StageTransition;
import org.nmt.core.record.TransitionKind;
import org.nmt.core.session.Session;
import org.nmt.core.session.TechniqueApplication;
import org.nmt.core.stage.Stage;
import org.nmt.core.technique.PressureLevel;
import org.nmt.core.technique.Technique;
import org.nmt.core.trigger.TriggerPointExamination;
import org.nmt.protocol.definition.ProtocolDefinition;
import org.nmt.protocol.definition.Protocols;
import org.nmt.protocol.plan.PlannedSession;
import org.nmt.protocol.plan.TreatmentPlan;
import org.quicktheories.core.Gen;

/**
 * Validation is a total, deterministic function: for random small records and plans (stages,
 * transitions, techniques, pressures, holds, durations, screening items) it never throws, returns
 * the same findings in the same order every time, in path order, and never echoes free text.
 */
class ValidationPropertyTest {
  private static final long SEED = 20261124L;
  private static final int EXAMPLES = 1000;
  private static final Instant BASE = Instant.parse("2026-03-02T09:00:00Z");
  private static final String[] MUSCLES = {"upper-trapezius", "gastrocnemius", "pectineus"};
  private static final String[] SITES = {"upper-fibres", "medial-head", "lower-fibres"};
  private static final String[] TRIGGERS = {"pain-flare", "new-active-trigger-point", "x"};
  private static final List<ProtocolDefinition> DEFINITIONS =
      List.of(Protocols.seeds(), Protocols.stJohn(), Fixtures.TWO_STAGE);

  /**
   * The random choices a document is built from: a list of numbers that QuickTheories generates and
   * shrinks; once used up, every choice is 0, the simplest.
   */
  private static final class Tape {
    private final List<Integer> values;
    private int next;

    Tape(List<Integer> values) {
      this.values = values;
    }

    int next(int bound) {
      return next < values.size() ? values.get(next++) % bound : 0;
    }

    boolean chance() {
      return next(2) == 0;
    }

    <T> T pick(T[] options) {
      return options[next(options.length)];
    }
  }

  /**
   * Checks {@code property} for {@link #EXAMPLES} tapes of up to 120 values, from {@link #SEED}.
   */
  private static void forEveryTape(Consumer<List<Integer>> property) {
    Gen<List<Integer>> tapes = lists().of(integers().between(0, 9999)).ofSizeBetween(0, 120);
    qt().withFixedSeed(SEED).withExamples(EXAMPLES).forAll(tapes).checkAssert(property);
  }

  private static Intake intake(Tape tape) {
    LocalDate takenOn = LocalDate.of(2026, 3, 1).plusDays(tape.next(5) - 2);
    Intake.Builder intake = Intake.builder();
    intake.takenOn(takenOn).chiefComplaint(Fixtures.MARKER);
    int items = tape.next(4);
    for (int i = 0; i < items; i++) {
      ScreeningItem item = tape.pick(ScreeningItem.values());
      ScreeningFinding.Builder finding = ScreeningFinding.builder();
      finding.item(item);
      if (item.category() == ScreeningCategory.AVOID_LOCAL_AREA) {
        finding.region(tape.pick(BodyRegion.values())).side(tape.pick(Side.values()));
      }
      if (item.category() == ScreeningCategory.NEEDS_CLEARANCE && tape.chance()) {
        finding.clearance(Clearance.givenOn(takenOn.plusDays(tape.next(10))));
      }
      if (tape.chance()) {
        finding.resolvedOn(takenOn.plusDays(tape.next(10)));
      }
      intake.addScreening(finding.build());
    }
    return intake.build();
  }

  private static TechniqueApplication technique(Tape tape) {
    String muscle = tape.pick(MUSCLES);
    Side side = tape.pick(Side.values());
    TechniqueApplication.Builder application = TechniqueApplication.builder();
    application
        .technique(tape.pick(Technique.values()))
        .target(
            tape.next(3) == 0
                ? TissueLocation.of(muscle, side, tape.pick(SITES))
                : TissueLocation.of(muscle, side))
        .pressure(tape.pick(PressureLevel.values()));
    if (tape.chance()) {
      application.holdTime(Duration.ofSeconds(1 + tape.next(120)));
    }
    return application.build();
  }

  private static ImmutableList<TechniqueApplication> techniques(Tape tape) {
    ImmutableList.Builder<TechniqueApplication> techniques = ImmutableList.builder();
    int count = tape.next(3);
    for (int i = 0; i < count; i++) {
      techniques.add(technique(tape));
    }
    return techniques.build();
  }

  private static Session session(Tape tape, int index, Instant start) {
    Session.Builder session = Fixtures.session("s-" + index, start, tape.pick(Stage.values()));
    session.duration(Duration.ofMinutes(10 + tape.next(200))).addAllTechniques(techniques(tape));
    if (tape.chance()) {
      session.painBefore(tape.next(11));
    }
    if (tape.chance()) {
      boolean referred = tape.chance();
      session.addTriggerPointExaminations(
          TriggerPointExamination.builder()
              .location(TissueLocation.of(tape.pick(MUSCLES), tape.pick(Side.values())))
              .tautBand(tape.chance())
              .hypersensitiveSpot(tape.chance())
              .referredPain(referred)
              .painRecognition(tape.chance())
              .build());
    }
    if (tape.chance()) {
      session.addAssessments(
          PressurePainThresholdReading.builder()
              .id(AssessmentId.of("a-" + index))
              .takenAt(start)
              .location(TissueLocation.of(tape.pick(MUSCLES), tape.pick(Side.values())))
              .addReadings(PressurePainThreshold.ofKilogramsPerSquareCentimetre(1 + tape.next(5)))
              .build());
    }
    return session.build();
  }

  private static StageTransition transition(Tape tape, Instant at) {
    TransitionKind kind = tape.pick(TransitionKind.values());
    Stage from = tape.pick(Stage.values());
    Stage to = tape.pick(Stage.values());
    StageTransition.Builder transition = StageTransition.builder();
    transition.at(at).kind(kind);
    if (kind == TransitionKind.START) {
      return transition.toStage(to).build();
    }
    transition.fromStage(from);
    if (to == from) {
      if (kind == TransitionKind.REGRESSION) {
        to = Stage.values()[(from.ordinal() + 1) % Stage.values().length];
      } else {
        return transition.justification(Fixtures.MARKER).build();
      }
    }
    transition.toStage(to);
    if (kind == TransitionKind.OVERRIDE && tape.chance()) {
      transition.justification(tape.chance() ? Fixtures.MARKER : " ");
    }
    if (kind == TransitionKind.REGRESSION && tape.chance()) {
      transition.trigger(tape.chance() ? tape.pick(TRIGGERS) : Fixtures.MARKER);
    }
    return transition.build();
  }

  static ClientRecord record(Tape tape) {
    ClientRecord.Builder record = Fixtures.record(intake(tape));
    Instant at = BASE.minus(Duration.ofDays(1));
    int transitions = tape.next(5);
    for (int i = 0; i < transitions; i++) {
      at = at.plus(Duration.ofHours(tape.next(60)));
      record.addTransitions(transition(tape, at));
    }
    Instant start = BASE.minus(Duration.ofDays(2));
    int sessions = tape.next(6);
    for (int i = 0; i < sessions; i++) {
      start = start.plus(Duration.ofHours(tape.next(60)));
      record.addSessions(session(tape, i, start));
    }
    Instant signed = BASE;
    int signOffs = tape.next(3);
    for (int i = 0; i < signOffs; i++) {
      signed = signed.plus(Duration.ofHours(tape.next(60)));
      record.addSignOffs(StageSignOff.of(tape.pick(Stage.values()), Fixtures.THERAPIST, signed));
    }
    return record.build();
  }

  static TreatmentPlan plan(Tape tape) {
    Intake intake = intake(tape);
    List<PlannedSession> sessions = new ArrayList<>();
    int count = tape.next(9);
    for (int i = 0; i < count; i++) {
      sessions.add(
          PlannedSession.builder()
              .start(BASE.plus(Duration.ofHours(tape.next(20 * 24))))
              .duration(Duration.ofMinutes(10 + tape.next(200)))
              .stage(tape.pick(Stage.values()))
              .addAllTechniques(techniques(tape))
              .build());
    }
    return Fixtures.plan(intake, sessions);
  }

  /** The definition the tape's first value picks. */
  private static ProtocolDefinition definition(List<Integer> values) {
    return DEFINITIONS.get(new Tape(values).next(DEFINITIONS.size()));
  }

  /** The tape after the value that picked the definition. */
  private static Tape rest(List<Integer> values) {
    return new Tape(values.subList(Math.min(1, values.size()), values.size()));
  }

  private static void checkFindings(ImmutableList<Finding> findings, boolean plan) {
    List<Finding> sorted = new ArrayList<>(findings);
    sorted.sort(Findings.ORDER);
    assertEquals(sorted, findings);
    for (Finding finding : findings) {
      assertFalse(finding.message().contains(Fixtures.MARKER), finding.toString());
      assertTrue(
          plan ? finding.code().scope().coversPlans() : finding.code().scope().coversRecords(),
          finding.toString());
      assertTrue(finding.path().startsWith("/"), finding.toString());
    }
  }

  @Test
  void recordValidationIsTotalAndDeterministic() {
    forEveryTape(
        values -> {
          ProtocolDefinition definition = definition(values);
          ClientRecord record = record(rest(values));
          ImmutableList<Finding> findings = RecordValidator.validate(definition, record);
          assertEquals(findings, RecordValidator.validate(definition, record));
          assertEquals(
              findings,
              RecordValidator.validate(definition, ClientRecord.builder().from(record).build()));
          checkFindings(findings, false);
        });
  }

  @Test
  void planValidationIsTotalAndDeterministic() {
    forEveryTape(
        values -> {
          ProtocolDefinition definition = definition(values);
          TreatmentPlan plan = plan(rest(values));
          ImmutableList<Finding> findings = PlanValidator.validate(definition, plan);
          assertEquals(findings, PlanValidator.validate(definition, plan));
          checkFindings(findings, true);
        });
  }

  @Test
  void generatedDocumentsReachTheRules() {
    Set<FindingCode> seen = EnumSet.noneOf(FindingCode.class);
    forEveryTape(
        values -> {
          Tape tape = new Tape(values);
          RecordValidator.validate(Protocols.seeds(), record(tape))
              .forEach(f -> seen.add(f.code()));
          PlanValidator.validate(Protocols.seeds(), plan(new Tape(values)))
              .forEach(f -> seen.add(f.code()));
        });
    // Every code but one: the seeds' protocol has every stage.
    assertEquals(EnumSet.complementOf(EnumSet.of(FindingCode.STAGE_NOT_IN_PROTOCOL)), seen);
  }
}
