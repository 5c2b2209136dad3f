package org.nmt.protocol.criterion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nmt.core.anatomy.Side.LEFT;
import static org.nmt.core.anatomy.Side.RIGHT;
import static org.nmt.core.trigger.TriggerPointStatus.ACTIVE;
import static org.nmt.core.trigger.TriggerPointStatus.LATENT;
import static org.nmt.protocol.TestRecords.TRAPEZIUS;
import static org.nmt.protocol.TestRecords.at;
import static org.nmt.protocol.TestRecords.day;
import static org.nmt.protocol.TestRecords.evening;
import static org.nmt.protocol.TestRecords.exam;
import static org.nmt.protocol.TestRecords.ppt;
import static org.nmt.protocol.TestRecords.record;
import static org.nmt.protocol.TestRecords.session;
import static org.nmt.protocol.TestRecords.signOff;
import static org.nmt.protocol.TestRecords.structure;
import static org.nmt.protocol.TestRecords.treatment;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.nmt.core.anatomy.Side;
import org.nmt.core.assessment.Assessment;
import org.nmt.core.assessment.EnduranceTestKind;
import org.nmt.core.assessment.Joint;
import org.nmt.core.assessment.Movement;
import org.nmt.core.record.ClientRecord;
import org.nmt.core.session.Session;
import org.nmt.core.stage.Stage;
import org.nmt.protocol.TestRecords;
import org.nmt.protocol.definition.Protocols;

class StageContextTest {
  /** s0 in stage 2 on day 0; s1 to s3 in stage 3, entered on day 1. */
  private static final ClientRecord RECORD =
      record()
          .addAssessments(
              ppt("p0", at(0, 11), TRAPEZIUS, LEFT, 2.0),
              ppt("p2", at(2, 11), TRAPEZIUS, LEFT, 2.5))
          .addSessions(
              session("s0", 0, Stage.STRUCTURAL_CORRECTION, 6),
              session("s1", 1, Stage.FLEXIBILITY).build(),
              session("s2", 2, Stage.FLEXIBILITY, 4),
              session("s3", 3, Stage.FLEXIBILITY, 3))
          .build();

  private static List<String> ids(List<Session> sessions) {
    return sessions.stream().map(s -> s.id().value()).collect(Collectors.toList());
  }

  @Test
  void stageSessionsStartAtEntry() {
    StageContext context = StageContext.of(RECORD, Stage.FLEXIBILITY, day(1), evening(3));
    assertEquals(List.of("s0", "s1", "s2", "s3"), ids(context.sessions()));
    assertEquals(List.of("s1", "s2", "s3"), ids(context.stageSessions()));
    StageContext justAfter =
        StageContext.of(RECORD, Stage.FLEXIBILITY, day(1).plusSeconds(1), evening(3));
    assertEquals(List.of("s2", "s3"), ids(justAfter.stageSessions()));
  }

  @Test
  void sessionsRecordedInAnotherStageNeverCount() {
    // Stage 1 from day 1; the course advanced to stage 2 at 09:00 on day 3, the instant s3 started.
    ClientRecord record =
        record(
            session("s1", 1, 5),
            session("s2", 2, 3),
            session("s3", 3, Stage.STRUCTURAL_CORRECTION, 2),
            session("s4", 4, Stage.STRUCTURAL_CORRECTION, 2));
    StageContext stageOne = StageContext.of(record, Stage.PAIN_ELIMINATION, day(1), day(3));
    assertEquals(List.of("s1", "s2", "s3"), ids(stageOne.sessions()));
    assertEquals(List.of("s1", "s2"), ids(stageOne.stageSessions()));
    StageContext stageTwo =
        StageContext.of(record, Stage.STRUCTURAL_CORRECTION, day(3), evening(4));
    assertEquals(List.of("s3", "s4"), ids(stageTwo.stageSessions()));
    // s5, recorded in stage 1 on day 5 after the course left it, is not stage 2's; only a context
    // of stage 1 reaching that far would count it.
    ClientRecord late = ClientRecord.builder().from(record).addSession(session("s5", 5, 1)).build();
    assertEquals(
        List.of("s3", "s4"),
        ids(
            StageContext.of(late, Stage.STRUCTURAL_CORRECTION, day(3), evening(5))
                .stageSessions()));
    assertEquals(
        List.of("s1", "s2", "s5"),
        ids(StageContext.of(late, Stage.PAIN_ELIMINATION, day(1), evening(5)).stageSessions()));
  }

  @Test
  void dataAfterAsOfIsInvisible() {
    StageContext context = StageContext.of(RECORD, Stage.FLEXIBILITY, day(1), day(2));
    // A session counts once it has started, an assessment once it was taken.
    assertEquals(List.of("s0", "s1", "s2"), ids(context.sessions()));
    assertEquals(List.of("s1", "s2"), ids(context.stageSessions()));
    assertEquals(
        List.of("p0"),
        context.assessments().stream()
            .map(a -> a.assessment().id().value())
            .collect(Collectors.toList()));
    assertEquals(RECORD, context.record());
    assertEquals(day(2), context.asOf());
    assertEquals(day(1), context.entered());
    assertEquals(Stage.FLEXIBILITY, context.stage());
  }

  @Test
  void inStageIsBetweenEntryAndAsOfInclusive() {
    StageContext context = StageContext.of(RECORD, Stage.FLEXIBILITY, day(1), day(2));
    assertTrue(context.inStage(day(1)));
    assertTrue(context.inStage(day(2)));
    assertFalse(context.inStage(day(1).minusSeconds(1)));
    assertFalse(context.inStage(day(2).plusSeconds(1)));
  }

  @Test
  void baselineIsTheFirstPainOfTheCourse() {
    // The baseline lies in an earlier stage: s0's pain 6 in stage 2.
    assertEquals(
        OptionalInt.of(6),
        StageContext.of(RECORD, Stage.FLEXIBILITY, day(2), evening(3)).baselinePain());
    ClientRecord unrated =
        record(session("s0", 0).build(), session("s1", 1, Stage.STRUCTURAL_CORRECTION, 5));
    assertEquals(
        OptionalInt.of(5),
        StageContext.of(unrated, Stage.STRUCTURAL_CORRECTION, day(1), evening(3)).baselinePain());
    assertEquals(
        OptionalInt.empty(),
        StageContext.of(unrated, Stage.PAIN_ELIMINATION, day(0), evening(0)).baselinePain());
  }

  @Test
  void anEmptyStageHasNoSessions() {
    StageContext context = StageContext.of(RECORD, Stage.FLEXIBILITY, day(4), day(5));
    assertTrue(context.stageSessions().isEmpty());
  }

  @Test
  void asOfMustNotBeBeforeEntry() {
    assertEquals(
        "asOf 2026-01-06T09:00:00Z must not be before entered 2026-01-07T09:00:00Z",
        assertThrows(
                IllegalArgumentException.class,
                () -> StageContext.of(RECORD, Stage.FLEXIBILITY, day(2), day(1)))
            .getMessage());
    assertEquals(
        "record",
        assertThrows(
                NullPointerException.class,
                () -> StageContext.of(null, Stage.FLEXIBILITY, day(1), day(2)))
            .getMessage());
  }

  /** Every criterion of the built-in gates. */
  private static List<Criterion> allCriteria() {
    return Protocols.seeds().gates().stream()
        .flatMap(g -> g.criteria().stream())
        .distinct()
        .collect(Collectors.toList());
  }

  @Test
  void missingDataIsNeverMet() {
    // Sessions with nothing recorded but their time; the stage signed off so that the sign-off
    // criterion is the only one that can be met.
    ClientRecord bare =
        record()
            .addSessions(
                session("s1", 1).build(), session("s2", 2).build(), session("s3", 3).build())
            .addSignOffs(signOff(Stage.PAIN_ELIMINATION, at(3, 12)))
            .build();
    for (Criterion criterion : allCriteria()) {
      CriterionResult result =
          criterion.evaluate(StageContext.of(bare, Stage.PAIN_ELIMINATION, day(1), evening(3)));
      boolean countOrSignOff =
          criterion instanceof MinimumSessions || criterion instanceof TherapistSignOff;
      assertEquals(
          countOrSignOff ? Outcome.MET : Outcome.NOT_ASSESSABLE, result.outcome(), criterion.id());
    }
    // Every kind of criterion is covered (minimum sessions twice, 3 and 2).
    assertEquals(
        Criterion.class.getPermittedSubclasses().length,
        allCriteria().stream().map(Object::getClass).distinct().count());
  }

  @Test
  void dataAfterAsOfNeverChangesAResult() {
    // A record before asOf (evening of day 3) plus anything recorded after it: every criterion
    // gives the same result with and without the later data.
    ClientRecord before =
        record()
            .addAssessments(
                ppt("p1", at(1, 11), TRAPEZIUS, LEFT, 2.0),
                structure("e1", at(1, 12)),
                TestRecords.rom("r1", at(2, 11), Joint.CERVICAL, Movement.ROTATION, RIGHT, 40),
                TestRecords.strength("g1", at(2, 11), TRAPEZIUS, LEFT, 4),
                TestRecords.endurance(
                    "t1", at(2, 12), EnduranceTestKind.BIERING_SORENSEN, Side.MIDLINE, 100))
            .addSessions(
                session("s1", 1)
                    .painBefore(6)
                    .addTechniques(treatment(TRAPEZIUS, LEFT))
                    .addTriggerPointExaminations(exam(TRAPEZIUS, LEFT, ACTIVE))
                    .build(),
                session("s2", 2, 5),
                session("s3", 3, 4))
            .addSignOffs(signOff(Stage.PAIN_ELIMINATION, at(2, 12)))
            .build();
    Instant asOf = evening(3);
    qt().withFixedSeed(20261124L)
        .withExamples(500)
        .forAll(integers().between(0, 10), integers().between(0, 10), integers().between(1, 48))
        .check(
            (pain, painAfter, hours) -> {
              Instant later = asOf.plus(Duration.ofHours(hours));
              Session next =
                  Session.builder()
                      .from(session("s9", 3).build())
                      .start(later)
                      .painBefore(pain)
                      .painAfter(painAfter)
                      .addTriggerPointExaminations(exam(TRAPEZIUS, LEFT, LATENT))
                      .addAssessments(
                          ppt("p9", later, TRAPEZIUS, LEFT, 2.0 + pain),
                          TestRecords.strength("g9", later, TRAPEZIUS, LEFT, 5))
                      .build();
              ClientRecord after =
                  ClientRecord.builder()
                      .from(before)
                      .addSession(next)
                      .addSignOff(signOff(Stage.PAIN_ELIMINATION, later))
                      .build();
              boolean seenLater =
                  PressurePainThresholdImproved.of(0.62)
                          .evaluate(StageContext.of(after, Stage.PAIN_ELIMINATION, day(1), later))
                          .outcome()
                      != Outcome.NOT_ASSESSABLE;
              if (!seenLater) {
                return false;
              }
              for (Criterion criterion : allCriteria()) {
                CriterionResult then =
                    criterion.evaluate(
                        StageContext.of(before, Stage.PAIN_ELIMINATION, day(1), asOf));
                CriterionResult now =
                    criterion.evaluate(
                        StageContext.of(after, Stage.PAIN_ELIMINATION, day(1), asOf));
                if (!then.equals(now)) {
                  return false;
                }
              }
              return true;
            });
  }

  /**
   * A record drawn from {@code values}: sessions on non-decreasing days (several on one day start
   * together), in random stages, with readings inside and outside sessions at random hours.
   */
  private static ClientRecord randomRecord(List<Integer> values) {
    ClientRecord.Builder record = record();
    int day = 0;
    for (int i = 0; i + 2 < values.size(); i += 3) {
      day += values.get(i) % 3;
      Stage stage = Stage.values()[values.get(i + 1) % Stage.values().length];
      Session.Builder session = session("s" + i, day, stage);
      if (values.get(i + 1) % 2 == 0) {
        Instant taken = TestRecords.day(day).plus(Duration.ofMinutes(values.get(i + 2) % 61));
        session.addAssessments(
            values.get(i + 2) % 2 == 0
                ? ppt("in" + i, taken, TRAPEZIUS, LEFT, 2.0)
                : TestRecords.strength("in" + i, taken, TRAPEZIUS, LEFT, 4));
      } else {
        Instant taken = at(values.get(i + 2) % 12, 8 + values.get(i + 2) % 5);
        record.addAssessments(
            values.get(i + 2) % 2 == 0
                ? ppt("out" + i, taken, TRAPEZIUS, LEFT, 2.0)
                : TestRecords.strength("out" + i, taken, TRAPEZIUS, LEFT, 4));
      }
      record.addSessions(session.build());
    }
    return record.build();
  }

  @Test
  void windowsFoundByBinarySearchAreTheFilteredItems() {
    qt().withFixedSeed(20261124L)
        .withExamples(1000)
        .forAll(
            lists().of(integers().between(0, 100)).ofSizeBetween(0, 45),
            integers().between(-1, 14 * 24),
            integers().between(0, 14 * 24),
            integers().between(0, Stage.values().length - 1))
        .checkAssert(
            (values, enteredHour, length, stageIndex) -> {
              ClientRecord record = randomRecord(values);
              Stage stage = Stage.values()[stageIndex];
              Instant entered = TestRecords.T0.plus(Duration.ofHours(enteredHour));
              Instant asOf = entered.plus(Duration.ofHours(length));
              StageContext context = StageContext.of(record, stage, entered, asOf);
              List<Session> sessions =
                  record.sessions().stream()
                      .filter(s -> !s.start().isAfter(asOf))
                      .collect(Collectors.toList());
              assertEquals(sessions, context.sessions());
              assertEquals(
                  sessions.stream()
                      .filter(s -> s.stage() == stage && !s.start().isBefore(entered))
                      .collect(Collectors.toList()),
                  context.stageSessions());
              assertEquals(
                  record.allAssessments().stream()
                      .filter(a -> !a.assessment().takenAt().isAfter(asOf))
                      .collect(Collectors.toList()),
                  context.assessments());
              for (Class<?> kind : Assessment.class.getPermittedSubclasses()) {
                assertEquals(
                    context.assessments().stream()
                        .filter(a -> kind.isInstance(a.assessment()))
                        .collect(Collectors.toList()),
                    context.assessments(kind.asSubclass(Assessment.class)),
                    kind::getName);
              }
            });
  }
}
