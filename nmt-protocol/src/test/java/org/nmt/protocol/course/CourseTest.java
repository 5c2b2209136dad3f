package org.nmt.protocol.course;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nmt.core.anatomy.Side.LEFT;
import static org.nmt.core.anatomy.Side.MIDLINE;
import static org.nmt.core.stage.Stage.ENDURANCE;
import static org.nmt.core.stage.Stage.FLEXIBILITY;
import static org.nmt.core.stage.Stage.PAIN_ELIMINATION;
import static org.nmt.core.stage.Stage.STRENGTH;
import static org.nmt.core.stage.Stage.STRUCTURAL_CORRECTION;
import static org.nmt.core.trigger.TriggerPointStatus.ACTIVE;
import static org.nmt.core.trigger.TriggerPointStatus.LATENT;
import static org.nmt.protocol.TestRecords.THERAPIST;
import static org.nmt.protocol.TestRecords.TRAPEZIUS;
import static org.nmt.protocol.TestRecords.at;
import static org.nmt.protocol.TestRecords.day;
import static org.nmt.protocol.TestRecords.endurance;
import static org.nmt.protocol.TestRecords.evening;
import static org.nmt.protocol.TestRecords.exam;
import static org.nmt.protocol.TestRecords.ppt;
import static org.nmt.protocol.TestRecords.record;
import static org.nmt.protocol.TestRecords.rom;
import static org.nmt.protocol.TestRecords.session;
import static org.nmt.protocol.TestRecords.sessionIds;
import static org.nmt.protocol.TestRecords.signOff;
import static org.nmt.protocol.TestRecords.strength;
import static org.nmt.protocol.TestRecords.structure;
import static org.nmt.protocol.TestRecords.treatment;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.nmt.core.assessment.EnduranceTestKind;
import org.nmt.core.assessment.Joint;
import org.nmt.core.assessment.Movement;
import org.nmt.core.record.ClientRecord;
import org.nmt.core.record.StageTransition;
import org.nmt.core.record.TransitionKind;
import org.nmt.core.session.Session;
import org.nmt.core.stage.Stage;
import org.nmt.protocol.criterion.MinimumSessions;
import org.nmt.protocol.criterion.NoPainFlare;
import org.nmt.protocol.criterion.StageContext;
import org.nmt.protocol.criterion.TherapistSignOff;
import org.nmt.protocol.definition.ActiveTriggerPointRegression;
import org.nmt.protocol.definition.Gate;
import org.nmt.protocol.definition.PainFlareRegression;
import org.nmt.protocol.definition.ProtocolDefinition;
import org.nmt.protocol.definition.Protocols;
import org.nmt.protocol.definition.RegressionTrigger;

class CourseTest {
  private static final ProtocolDefinition SEEDS = Protocols.seeds();
  private static final String JUSTIFICATION = "client moves abroad next week";

  private static Course add(Course course, Session... sessions) {
    ClientRecord record = course.record();
    for (Session session : sessions) {
      record = record.withSession(session);
    }
    return Course.of(course.definition(), record);
  }

  private static Course signedOff(Course course, Stage stage, Instant at) {
    return Course.of(course.definition(), course.record().withSignOff(signOff(stage, at)));
  }

  private static Session.Builder in(Stage stage, String id, int day) {
    return session(id, day).stage(stage);
  }

  /** A course under {@code definition} started at 08:00 on day 0. */
  private static Course started(ProtocolDefinition definition) {
    return Course.of(definition, record().build()).start(at(0, 8), THERAPIST);
  }

  /** Stage 1, days 1 and 2: an active point treated, pain 6 then 3, one PPT reading. */
  private static Course stageOneSoFar(ProtocolDefinition definition) {
    return add(
        started(definition),
        session("s1", 1)
            .painBefore(6)
            .addTechniques(treatment(TRAPEZIUS, LEFT))
            .addTriggerPointExaminations(exam(TRAPEZIUS, LEFT, ACTIVE))
            .addAssessments(ppt("p1", day(1), TRAPEZIUS, LEFT, 2.0))
            .build(),
        session("s2", 2).painBefore(3).addTechniques(treatment(TRAPEZIUS, LEFT)).build());
  }

  /** Stage 1 complete on day 3: the point latent, pain 2, PPT up by 0.8, signed off. */
  private static Course stageOneDone(ProtocolDefinition definition) {
    Course course =
        add(
            stageOneSoFar(definition),
            session("s3", 3)
                .painBefore(2)
                .addTriggerPointExaminations(exam(TRAPEZIUS, LEFT, LATENT))
                .addAssessments(ppt("p3", day(3), TRAPEZIUS, LEFT, 2.8))
                .build());
    return signedOff(course, PAIN_ELIMINATION, at(3, 12));
  }

  @Test
  void aNewCourseHasNotStarted() {
    Course course = Course.of(SEEDS, record().build());
    assertEquals(CourseState.NOT_STARTED, course.state());
    assertEquals(Optional.empty(), course.currentStage());
    assertEquals(Optional.empty(), course.enteredAt());
    assertTrue(course.history().isEmpty());
    assertEquals(Optional.empty(), course.regression(day(1)));
    assertEquals(
        "course is not-started, not in a stage",
        assertThrows(IllegalStateException.class, course::decision).getMessage());
    assertEquals(
        "course is not-started, not in a stage",
        assertThrows(IllegalStateException.class, () -> course.advance(day(1), THERAPIST))
            .getMessage());
    assertEquals("Course{nmt-seeds 1.0, client client-1, not-started}", course.toString());
  }

  @Test
  void startEntersTheFirstStage() {
    Course course = started(SEEDS);
    assertEquals(CourseState.IN_STAGE, course.state());
    assertEquals(Optional.of(PAIN_ELIMINATION), course.currentStage());
    assertEquals(Optional.of(at(0, 8)), course.enteredAt());
    StageTransition start = course.history().get(0);
    assertEquals(1, course.history().size());
    assertEquals(TransitionKind.START, start.kind());
    assertEquals(Optional.empty(), start.fromStage());
    assertEquals(Optional.of(PAIN_ELIMINATION), start.toStage());
    assertEquals(Optional.of(THERAPIST), start.therapistId());
    assertEquals(
        "Course{nmt-seeds 1.0, client client-1, in-stage pain-elimination}", course.toString());
    assertEquals(
        "course has already started",
        assertThrows(IllegalStateException.class, () -> course.start(day(1), THERAPIST))
            .getMessage());
  }

  @Test
  void advanceThroughAFailedGateIsRefusedNamingTheUnmetCriteria() {
    Course course = stageOneSoFar(SEEDS);
    IllegalStateException refused =
        assertThrows(IllegalStateException.class, () -> course.advance(evening(2), THERAPIST));
    assertEquals(
        "gate of pain-elimination has not passed: unmet [minimum-sessions,"
            + " no-active-trigger-points, pressure-pain-threshold-improved, therapist-sign-off]",
        refused.getMessage());
    assertEquals(
        List.of(
            "minimum-sessions",
            "no-active-trigger-points",
            "pressure-pain-threshold-improved",
            "therapist-sign-off"),
        course.decision(evening(2)).unmetIds());
  }

  @Test
  void advanceThroughAPassedGateGoesToExactlyTheNextStage() {
    Course course = stageOneDone(SEEDS);
    GateDecision decision = course.decision(evening(3));
    assertTrue(decision.passed(), decision.unmet().toString());
    Course next = course.advance(evening(3), THERAPIST);
    assertEquals(Optional.of(STRUCTURAL_CORRECTION), next.currentStage());
    assertEquals(Optional.of(evening(3)), next.enteredAt());
    StageTransition passed = next.history().get(1);
    assertEquals(TransitionKind.GATE_PASSED, passed.kind());
    assertEquals(Optional.of(PAIN_ELIMINATION), passed.fromStage());
    assertEquals(Optional.of(STRUCTURAL_CORRECTION), passed.toStage());
    assertTrue(passed.failedCriteria().isEmpty());
    assertEquals(Optional.empty(), passed.justification());
    // The same record under St. John's order goes to flexibility instead.
    assertEquals(
        Optional.of(FLEXIBILITY),
        stageOneDone(Protocols.stJohn()).advance(evening(3), THERAPIST).currentStage());
    // The original course is unchanged.
    assertEquals(Optional.of(PAIN_ELIMINATION), course.currentStage());
  }

  @Test
  void noMoveChoosesItsTargetStage() {
    for (Method method : Course.class.getMethods()) {
      if (Modifier.isStatic(method.getModifiers())) {
        continue;
      }
      assertFalse(
          Arrays.asList(method.getParameterTypes()).contains(Stage.class), method.toString());
    }
  }

  @Test
  void advanceAfterTheLastStageDischarges() {
    ProtocolDefinition demo =
        ProtocolDefinition.builder()
            .name("demo")
            .version("1.0")
            .addStages(STRENGTH, ENDURANCE)
            .addGates(
                Gate.of(STRENGTH, MinimumSessions.of(1), TherapistSignOff.of()),
                Gate.of(ENDURANCE, MinimumSessions.of(1), TherapistSignOff.of()))
            .build();
    Course course = add(started(demo), in(STRENGTH, "s1", 1).build());
    course = signedOff(course, STRENGTH, at(1, 12)).advance(evening(1), THERAPIST);
    assertEquals(Optional.of(ENDURANCE), course.currentStage());
    course = add(course, in(ENDURANCE, "s2", 2).build());
    GateDecision last = signedOff(course, ENDURANCE, at(2, 12)).decision(evening(2));
    assertEquals(ENDURANCE, last.stage());
    assertEquals(Optional.empty(), last.nextStage());
    Course discharged = signedOff(course, ENDURANCE, at(2, 12)).advance(evening(2), THERAPIST);
    assertEquals(CourseState.DISCHARGED, discharged.state());
    assertEquals(Optional.empty(), discharged.currentStage());
    assertEquals(Optional.of(evening(2)), discharged.enteredAt());
    StageTransition discharge = discharged.history().get(2);
    assertEquals(TransitionKind.GATE_PASSED, discharge.kind());
    assertEquals(Optional.of(ENDURANCE), discharge.fromStage());
    assertEquals(Optional.empty(), discharge.toStage());
    assertTrue(discharge.isDischarge());
    assertEquals("Course{demo 1.0, client client-1, discharged}", discharged.toString());
    assertEquals(Optional.empty(), discharged.regression(evening(3)));
    assertEquals(
        "course is discharged, not in a stage",
        assertThrows(IllegalStateException.class, discharged::decision).getMessage());
    assertEquals(
        "course is discharged, not in a stage",
        assertThrows(IllegalStateException.class, () -> discharged.advance(evening(3), THERAPIST))
            .getMessage());
    assertEquals(
        "course has already started",
        assertThrows(IllegalStateException.class, () -> discharged.start(evening(3), THERAPIST))
            .getMessage());
  }

  @Test
  void theSeedsProtocolRunsToDischarge() {
    Course course = stageOneDone(SEEDS).advance(evening(3), THERAPIST);
    course =
        add(
            course,
            in(STRUCTURAL_CORRECTION, "s4", 4)
                .painBefore(2)
                .addAssessments(structure("e4", day(4)))
                .build(),
            in(STRUCTURAL_CORRECTION, "s5", 5).painBefore(2).build());
    course = signedOff(course, STRUCTURAL_CORRECTION, at(5, 12)).advance(evening(5), THERAPIST);
    assertEquals(Optional.of(FLEXIBILITY), course.currentStage());
    course =
        add(
            course,
            in(FLEXIBILITY, "s6", 6)
                .painBefore(2)
                .addAssessments(rom("r6", day(6), Joint.CERVICAL, Movement.FLEXION, MIDLINE, 50))
                .build(),
            in(FLEXIBILITY, "s7", 7).painBefore(1).build());
    course = signedOff(course, FLEXIBILITY, at(7, 12)).advance(evening(7), THERAPIST);
    assertEquals(Optional.of(STRENGTH), course.currentStage());
    course =
        add(
            course,
            in(STRENGTH, "s8", 8)
                .painBefore(1)
                .addAssessments(strength("g8", day(8), TRAPEZIUS, LEFT, 5))
                .build(),
            in(STRENGTH, "s9", 9).painBefore(1).build());
    course = signedOff(course, STRENGTH, at(9, 12)).advance(evening(9), THERAPIST);
    assertEquals(Optional.of(ENDURANCE), course.currentStage());
    course =
        add(
            course,
            in(ENDURANCE, "s10", 10)
                .painBefore(1)
                .addAssessments(
                    endurance("t10", day(10), EnduranceTestKind.BIERING_SORENSEN, MIDLINE, 180))
                .build(),
            in(ENDURANCE, "s11", 11).painBefore(0).build());
    course = signedOff(course, ENDURANCE, at(11, 12));
    assertTrue(course.decision().passed(), course.decision().unmet().toString());
    Course discharged = course.advance(evening(11), THERAPIST);
    assertEquals(CourseState.DISCHARGED, discharged.state());
    assertEquals(6, discharged.history().size());
    assertTrue(
        discharged.history().stream()
            .skip(1)
            .allMatch(t -> t.kind() == TransitionKind.GATE_PASSED));
  }

  @Test
  void overrideRecordsTheUnmetCriteria() {
    Course course = stageOneSoFar(SEEDS);
    GateDecision decision = course.decision(evening(2));
    Course overridden = course.override(evening(2), THERAPIST, JUSTIFICATION);
    assertEquals(Optional.of(STRUCTURAL_CORRECTION), overridden.currentStage());
    StageTransition override = overridden.history().get(1);
    assertEquals(TransitionKind.OVERRIDE, override.kind());
    assertEquals(Optional.of(PAIN_ELIMINATION), override.fromStage());
    assertEquals(Optional.of(STRUCTURAL_CORRECTION), override.toStage());
    assertEquals(Optional.of(THERAPIST), override.therapistId());
    assertEquals(Optional.of(JUSTIFICATION), override.justification());
    assertEquals(decision.unmetIds(), override.failedCriteria());
    assertFalse(override.failedCriteria().isEmpty());
  }

  @Test
  void overrideNeedsAJustification() {
    Course course = stageOneSoFar(SEEDS);
    for (String blank : new String[] {"", " ", " \t\n", "\u00a0\u2003", "\u200b"}) {
      assertEquals(
          "override justification must not be blank",
          assertThrows(
                  IllegalArgumentException.class,
                  () -> course.override(evening(2), THERAPIST, blank))
              .getMessage());
    }
    assertEquals(
        "justification",
        assertThrows(NullPointerException.class, () -> course.override(evening(2), THERAPIST, null))
            .getMessage());
  }

  @Test
  void overrideOfAPassedGateIsRefused() {
    Course course = stageOneDone(SEEDS);
    assertEquals(
        "gate of pain-elimination has passed: advance instead of overriding",
        assertThrows(
                IllegalStateException.class,
                () -> course.override(evening(3), THERAPIST, JUSTIFICATION))
            .getMessage());
  }

  @Test
  void theJustificationNeverAppearsInToString() {
    Course overridden = stageOneSoFar(SEEDS).override(evening(2), THERAPIST, JUSTIFICATION);
    assertFalse(overridden.toString().contains("abroad"));
    assertFalse(overridden.record().toString().contains("abroad"));
    assertTrue(overridden.history().get(1).toString().contains("***"));
    assertFalse(overridden.history().toString().contains("abroad"));
    assertFalse(overridden.record().toString().contains("secret complaint"));
  }

  /**
   * In stage 2 since the evening of day 3, after pain 2 at the last session of stage 1; pain 3 on
   * day 4 and 5 on day 5.
   */
  private static Course flareInStageTwo() {
    return add(
        stageOneDone(SEEDS).advance(evening(3), THERAPIST),
        in(STRUCTURAL_CORRECTION, "s4", 4).painBefore(3).build(),
        in(STRUCTURAL_CORRECTION, "s5", 5).painBefore(5).build());
  }

  @Test
  void aPainFlareInStageTwoReturnsToPainElimination() {
    Course course = flareInStageTwo();
    RegressionTrigger trigger = course.regression(evening(5)).get();
    assertEquals(PainFlareRegression.of(2, PAIN_ELIMINATION), trigger.rule());
    // The entry pain is the last pain before the stage, s3's 2: 3 on day 4 is no flare, 5 is.
    assertEquals("pain 5 against entry 2 (rise >= 2)", trigger.observed());
    assertEquals(sessionIds("s3", "s5"), trigger.sessions());
    Course regressed = course.regress(evening(5), THERAPIST, trigger);
    assertEquals(CourseState.IN_STAGE, regressed.state());
    assertEquals(Optional.of(PAIN_ELIMINATION), regressed.currentStage());
    StageTransition regression = regressed.history().get(2);
    assertEquals(TransitionKind.REGRESSION, regression.kind());
    assertEquals(Optional.of(STRUCTURAL_CORRECTION), regression.fromStage());
    assertEquals(Optional.of(PAIN_ELIMINATION), regression.toStage());
    assertEquals(Optional.of("pain-flare"), regression.trigger());
    // Back in stage 1, its gate looks at the sessions since re-entry only, and the old sign-off
    // no longer counts; the pressure pain threshold compares readings over the whole course.
    assertEquals(
        List.of(
            "minimum-sessions",
            "no-active-trigger-points",
            "pain-controlled",
            "no-pain-flare",
            "therapist-sign-off"),
        regressed.decision(evening(5)).unmetIds());
  }

  @Test
  void aFlareAtTheFirstSessionOfAStageIsAFlare() {
    // Pain 2 and 2 in stage 1, its gate passed on the evening of day 2, then pain 7 at stage 2's
    // first session: stage 2's gate fails on the flare and the pain-flare rule fires.
    ProtocolDefinition light =
        ProtocolDefinition.builder()
            .name("light")
            .version("1.0")
            .addStages(PAIN_ELIMINATION, STRUCTURAL_CORRECTION)
            .addGates(
                Gate.of(PAIN_ELIMINATION, MinimumSessions.of(2)),
                Gate.of(STRUCTURAL_CORRECTION, MinimumSessions.of(1), NoPainFlare.of(2)))
            .addRegressionRules(PainFlareRegression.of(2, PAIN_ELIMINATION))
            .build();
    Course course =
        add(
            add(
                    started(light),
                    session("s1", 1).painBefore(2).build(),
                    session("s2", 2).painBefore(2).build())
                .advance(evening(2), THERAPIST),
            in(STRUCTURAL_CORRECTION, "s3", 3).painBefore(7).build());
    GateDecision decision = course.decision(evening(3));
    assertEquals(List.of(NoPainFlare.ID), decision.unmetIds());
    assertEquals("pain 7 against entry 2 in session s3", decision.unmet().get(0).observed());
    RegressionTrigger trigger = course.regression(evening(3)).get();
    assertEquals("pain 7 against entry 2 (rise >= 2)", trigger.observed());
    assertEquals(sessionIds("s2", "s3"), trigger.sessions());
    assertEquals(
        Optional.of(PAIN_ELIMINATION),
        course.regress(evening(3), THERAPIST, trigger).currentStage());
  }

  @Test
  void aSessionAtTheInstantOfATransitionCountsForTheStageItIsRecordedIn() {
    ProtocolDefinition threes =
        ProtocolDefinition.builder()
            .name("threes")
            .version("1.0")
            .addStages(PAIN_ELIMINATION, STRUCTURAL_CORRECTION)
            .addGates(
                Gate.of(PAIN_ELIMINATION, MinimumSessions.of(3)),
                Gate.of(STRUCTURAL_CORRECTION, MinimumSessions.of(3)))
            .build();
    // s3 starts at 09:00 on day 3 in stage 2: stage 1 had two sessions when it was left then.
    Course course =
        add(
            started(threes),
            session("s1", 1).build(),
            session("s2", 2).build(),
            in(STRUCTURAL_CORRECTION, "s3", 3).build());
    GateDecision stageOne =
        Course.decide(threes, course.record(), PAIN_ELIMINATION, at(0, 8), day(3));
    assertFalse(stageOne.passed());
    assertEquals("2 sessions", stageOne.unmet().get(0).observed());
    assertEquals(sessionIds("s1", "s2"), stageOne.unmet().get(0).sessions());
    Course stageTwo = course.override(day(3), THERAPIST, JUSTIFICATION);
    assertEquals(sessionIds("s3"), stageTwo.decision(evening(3)).results().get(0).sessions());
  }

  @Test
  void regressWhenNoRuleFiresIsRefused() {
    Course course = flareInStageTwo();
    RegressionTrigger trigger = course.regression(evening(5)).get();
    // On the evening of day 4 the flare of day 5 has not happened.
    assertEquals(Optional.empty(), course.regression(evening(4)));
    assertEquals(
        "regression rule pain-flare does not fire at 2026-01-09T20:00:00Z",
        assertThrows(
                IllegalStateException.class, () -> course.regress(evening(4), THERAPIST, trigger))
            .getMessage());
  }

  @Test
  void aTriggerOfAnotherRuleIsRefused() {
    Course course = flareInStageTwo();
    RegressionTrigger other =
        RegressionTrigger.builder()
            .rule(ActiveTriggerPointRegression.of(PAIN_ELIMINATION))
            .observed("made up")
            .build();
    assertEquals(
        "regression rule new-active-trigger-point does not fire at 2026-01-10T20:00:00Z",
        assertThrows(
                IllegalStateException.class, () -> course.regress(evening(5), THERAPIST, other))
            .getMessage());
  }

  @Test
  void aNewActiveTriggerPointInStageThreeReturnsToPainElimination() {
    Course inStageThree =
        stageOneSoFar(SEEDS)
            .override(evening(2), THERAPIST, JUSTIFICATION)
            .override(evening(2), THERAPIST, JUSTIFICATION);
    assertEquals(Optional.of(FLEXIBILITY), inStageThree.currentStage());
    Course course =
        add(
            inStageThree,
            in(FLEXIBILITY, "s3", 3)
                .addTriggerPointExaminations(exam(TRAPEZIUS, LEFT, LATENT))
                .build(),
            in(FLEXIBILITY, "s4", 4)
                .addTriggerPointExaminations(exam(TRAPEZIUS, LEFT, ACTIVE))
                .build());
    assertEquals(Optional.empty(), course.regression(evening(3)));
    RegressionTrigger trigger = course.regression(evening(4)).get();
    assertEquals(ActiveTriggerPointRegression.of(PAIN_ELIMINATION), trigger.rule());
    assertEquals("active trigger point at upper-trapezius/left", trigger.observed());
    assertEquals(sessionIds("s4"), trigger.sessions());
    Course regressed = course.regress(evening(4), THERAPIST, trigger);
    assertEquals(Optional.of(PAIN_ELIMINATION), regressed.currentStage());
    assertEquals(Optional.of("new-active-trigger-point"), regressed.history().get(3).trigger());
  }

  @Test
  void whenTwoRulesFireEitherMayBeRecorded() {
    Course inStageThree =
        stageOneSoFar(SEEDS)
            .override(evening(2), THERAPIST, JUSTIFICATION)
            .override(evening(2), THERAPIST, JUSTIFICATION);
    Course course =
        add(
            inStageThree,
            in(FLEXIBILITY, "s3", 3)
                .painBefore(2)
                .addTriggerPointExaminations(exam(TRAPEZIUS, LEFT, LATENT))
                .build(),
            in(FLEXIBILITY, "s4", 4)
                .painBefore(5)
                .addTriggerPointExaminations(exam(TRAPEZIUS, LEFT, ACTIVE))
                .build());
    List<RegressionTrigger> fired = course.regressions(evening(4));
    assertEquals(
        List.of(PainFlareRegression.ID, ActiveTriggerPointRegression.ID),
        fired.stream().map(t -> t.rule().id()).collect(java.util.stream.Collectors.toList()));
    assertEquals(Optional.of(fired.get(0)), course.regression(evening(4)));
    Course regressed = course.regress(evening(4), THERAPIST, fired.get(1));
    assertEquals(Optional.of("new-active-trigger-point"), regressed.history().get(3).trigger());
  }

  @Test
  void rulesDoNotFireInTheStageTheyReturnTo() {
    Course course =
        add(
            started(SEEDS),
            session("s1", 1)
                .painBefore(2)
                .addTriggerPointExaminations(exam(TRAPEZIUS, LEFT, LATENT))
                .build(),
            session("s2", 2)
                .painBefore(6)
                .addTriggerPointExaminations(exam(TRAPEZIUS, LEFT, ACTIVE))
                .build());
    StageContext context = StageContext.of(course.record(), PAIN_ELIMINATION, at(0, 8), evening(2));
    for (var rule : SEEDS.regressionRules()) {
      assertTrue(rule.check(context).isPresent(), rule.id());
    }
    assertEquals(Optional.empty(), course.regression(evening(2)));
    assertEquals(
        Optional.empty(),
        Course.regression(SEEDS, course.record(), PAIN_ELIMINATION, at(0, 8), evening(2)));
  }

  @Test
  void decisionsArePure() {
    Course course = stageOneSoFar(SEEDS);
    GateDecision first =
        Course.decide(SEEDS, course.record(), PAIN_ELIMINATION, at(0, 8), evening(2));
    GateDecision second =
        Course.decide(SEEDS, course.record(), PAIN_ELIMINATION, at(0, 8), evening(2));
    assertEquals(first, second);
    assertEquals(first, course.decision(evening(2)));
    assertEquals(PAIN_ELIMINATION, first.stage());
    assertEquals(Optional.of(STRUCTURAL_CORRECTION), first.nextStage());
    assertEquals(at(0, 8), first.entered());
    assertEquals(evening(2), first.asOf());
    assertEquals(SEEDS.gate(PAIN_ELIMINATION).criteria().size(), first.results().size());
    for (int i = 0; i < first.results().size(); i++) {
      assertEquals(
          SEEDS.gate(PAIN_ELIMINATION).criteria().get(i), first.results().get(i).criterion());
    }
  }

  @Test
  void aDecisionAtTimeTIgnoresDataAddedAfterT() {
    Course before = stageOneSoFar(SEEDS);
    Course after = stageOneDone(SEEDS);
    assertNotEquals(before.record(), after.record());
    assertEquals(before.decision(evening(2)), after.decision(evening(2)));
    assertFalse(after.decision(evening(2)).passed());
    assertTrue(after.decision(evening(3)).passed());
  }

  @Test
  void aDecisionNowIsADecisionAtTheLatestActivity() {
    Course course = stageOneDone(SEEDS);
    assertEquals(at(3, 12), course.latestActivity());
    assertEquals(course.decision(at(3, 12)), course.decision());
    assertEquals(day(2).plus(Duration.ofHours(1)), stageOneSoFar(SEEDS).latestActivity());
  }

  @Test
  void aDecisionBeforeEntryIsRefused() {
    Course course = started(SEEDS);
    assertEquals(
        "asOf 2026-01-05T07:00:00Z is before the stage was entered at 2026-01-05T08:00:00Z",
        assertThrows(IllegalArgumentException.class, () -> course.decision(at(0, 7))).getMessage());
  }
}
