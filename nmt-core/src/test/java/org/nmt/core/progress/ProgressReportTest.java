package org.nmt.core.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nmt.core.progress.Fixtures.CLIENT;
import static org.nmt.core.progress.Fixtures.LEVATOR_LEFT;
import static org.nmt.core.progress.Fixtures.UPPER_TRAPEZIUS_LEFT;
import static org.nmt.core.progress.Fixtures.UPPER_TRAPEZIUS_RIGHT;
import static org.nmt.core.progress.Fixtures.aid;
import static org.nmt.core.progress.Fixtures.day;
import static org.nmt.core.progress.Fixtures.endurance;
import static org.nmt.core.progress.Fixtures.exam;
import static org.nmt.core.progress.Fixtures.movementGrade;
import static org.nmt.core.progress.Fixtures.muscleGrade;
import static org.nmt.core.progress.Fixtures.nprs;
import static org.nmt.core.progress.Fixtures.pain;
import static org.nmt.core.progress.Fixtures.ppt;
import static org.nmt.core.progress.Fixtures.record;
import static org.nmt.core.progress.Fixtures.rom;
import static org.nmt.core.progress.Fixtures.score;
import static org.nmt.core.progress.Fixtures.session;
import static org.nmt.core.progress.Fixtures.sid;
import static org.nmt.core.trigger.TriggerPointStatus.ACTIVE;
import static org.nmt.core.trigger.TriggerPointStatus.LATENT;
import static org.nmt.core.trigger.TriggerPointStatus.NOT_CONFIRMED;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableSet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.nmt.core.anatomy.Side;
import org.nmt.core.anatomy.TissueLocation;
import org.nmt.core.assessment.EnduranceTestKind;
import org.nmt.core.assessment.Joint;
import org.nmt.core.assessment.MotionMode;
import org.nmt.core.assessment.Movement;
import org.nmt.core.assessment.PainContext;
import org.nmt.core.assessment.PainScale;
import org.nmt.core.assessment.Plane;
import org.nmt.core.assessment.Questionnaire;
import org.nmt.core.assessment.RangeOfMotionNorms;
import org.nmt.core.assessment.StructuralEvaluation;
import org.nmt.core.client.Intake;
import org.nmt.core.id.AssessmentId;
import org.nmt.core.id.SessionId;
import org.nmt.core.measure.Change;
import org.nmt.core.measure.Measure;
import org.nmt.core.measure.OutcomeMeasure;
import org.nmt.core.measure.OutcomeMeasureCatalog;
import org.nmt.core.measure.ThresholdResult;
import org.nmt.core.record.ClientRecord;
import org.nmt.core.session.SoapNote;

class ProgressReportTest {
  private static final Duration HALF_HOUR = Duration.ofMinutes(30);

  private static DataPoint point(
      Instant time, double value, Optional<SessionId> session, Optional<AssessmentId> assessment) {
    return DataPoint.of(time, value, session, assessment);
  }

  @Test
  void anEmptyRecordHasAnEmptyReport() {
    ProgressReport report = ProgressReport.of(record().build());
    assertEquals(CLIENT, report.clientId());
    assertEquals(ImmutableList.of(), report.pain().points());
    assertEquals(Optional.empty(), report.pain().baseline());
    assertEquals(Optional.empty(), report.pain().latest());
    assertEquals(Optional.empty(), report.pain().change());
    assertEquals(Measure.NPRS, report.pain().outcomeMeasure().get().measure());
    assertTrue(report.painRelief().isEmpty());
    assertTrue(report.triggerPoints().isEmpty());
    assertTrue(report.pressurePainThresholds().isEmpty());
    assertTrue(report.rangeOfMotion().isEmpty());
    assertTrue(report.sideToSide().isEmpty());
    assertTrue(report.strength().isEmpty());
    assertTrue(report.endurance().isEmpty());
    assertTrue(report.questionnaires().isEmpty());
    assertEquals(ImmutableList.of(), report.triggerPointsIn(TriggerPointState.ACTIVE));
  }

  @Test
  void painTrajectoryMergesRatingsAndSessionStartPainInTimeOrder() {
    ClientRecord record =
        record()
            .addAssessments(nprs("intake-pain", day(0), 7), nprs("final-pain", day(15), 4))
            .addSessions(
                session("s1", day(1))
                    .painBefore(6)
                    .painAfter(4)
                    .addAssessments(
                        nprs("s1-pain", day(1).plus(HALF_HOUR), 5),
                        pain("s1-vas", day(1).plus(HALF_HOUR), PainScale.VAS, PainContext.NOW, 50),
                        pain(
                            "s1-worst",
                            day(1).plus(HALF_HOUR),
                            PainScale.NPRS,
                            PainContext.WORST,
                            9))
                    .build(),
                session("s2", day(8)).painBefore(5).build(),
                session("s3", day(9)).painAfter(2).build())
            .build();
    ProgressReport report = ProgressReport.of(record);
    Series pain = report.pain();
    assertEquals(
        ImmutableList.of(
            point(day(0), 7, Optional.empty(), Optional.of(aid("intake-pain"))),
            point(day(1), 6, Optional.of(sid("s1")), Optional.empty()),
            point(day(1).plus(HALF_HOUR), 5, Optional.of(sid("s1")), Optional.of(aid("s1-pain"))),
            point(day(8), 5, Optional.of(sid("s2")), Optional.empty()),
            point(day(15), 4, Optional.empty(), Optional.of(aid("final-pain")))),
        pain.points());
    assertEquals(Optional.of(aid("intake-pain")), pain.baseline().get().assessmentId());
    assertEquals(Optional.of(aid("final-pain")), pain.latest().get().assessmentId());
    assertEquals(ImmutableSet.of(sid("s1"), sid("s2")), pain.sessionIds());
    assertEquals(
        ImmutableSet.of(aid("intake-pain"), aid("s1-pain"), aid("final-pain")),
        pain.assessmentIds());
    assertEquals(OptionalDouble.of(-3), pain.difference());
    Change change = pain.change().get();
    assertEquals(3.0, change.improvement());
    assertEquals(300.0 / 7, change.percentImprovement().getAsDouble(), 1e-9);
    assertEquals(ThresholdResult.REACHED, change.mcid());
    assertEquals(ThresholdResult.REACHED, change.mdc());
    assertEquals(ThresholdResult.REACHED, change.responder());
    assertEquals(ImmutableList.of(SessionRelief.of(sid("s1"), day(1), 6, 4)), report.painRelief());
  }

  @Test
  void painFromSessionStartsAloneFiveToFourIsNotAnImportantChange() {
    ClientRecord record =
        record()
            .addSessions(
                session("s1", day(0)).painBefore(5).painAfter(5).build(),
                session("s2", day(7)).painBefore(4).painAfter(1).build())
            .build();
    ProgressReport report = ProgressReport.of(record);
    Change change = report.pain().change().get();
    assertEquals(5.0, change.baseline());
    assertEquals(4.0, change.followUp());
    assertEquals(ThresholdResult.NOT_REACHED, change.mcid());
    assertEquals(ThresholdResult.NOT_REACHED, change.mdc());
    assertEquals(ThresholdResult.NOT_REACHED, change.responder());
    assertEquals(ImmutableSet.of(sid("s1"), sid("s2")), report.pain().sessionIds());
    assertEquals(ImmutableSet.of(), report.pain().assessmentIds());
    assertEquals(
        ImmutableList.of(
            SessionRelief.of(sid("s1"), day(0), 5, 5), SessionRelief.of(sid("s2"), day(7), 4, 1)),
        report.painRelief());
    assertEquals(3, report.painRelief().get(1).relief());
  }

  @Test
  void aSinglePainPointIsBaselineAndLatestWithoutChange() {
    ProgressReport report =
        ProgressReport.of(record().addAssessments(nprs("p1", day(0), 6)).build());
    assertEquals(report.pain().baseline(), report.pain().latest());
    assertEquals(Optional.empty(), report.pain().change());
  }

  @Test
  void aPainBaselineOfZeroHasNoPercentChange() {
    ProgressReport report =
        ProgressReport.of(
            record().addAssessments(nprs("p1", day(0), 0), nprs("p2", day(7), 2)).build());
    Change change = report.pain().change().get();
    assertEquals(-2.0, change.improvement());
    assertEquals(OptionalDouble.empty(), change.percentImprovement());
    assertEquals(OptionalDouble.empty(), report.pain().percentDifference());
  }

  @Test
  void painAskedAtASessionsStartComesBeforeARatingAtTheSameTime() {
    ClientRecord record =
        record()
            .addSessions(
                session("s1", day(0)).painBefore(6).addAssessments(nprs("p1", day(0), 3)).build())
            .build();
    ImmutableList<DataPoint> points = ProgressReport.of(record).pain().points();
    assertEquals(Optional.empty(), points.get(0).assessmentId());
    assertEquals(Optional.of(aid("p1")), points.get(1).assessmentId());
  }

  @Test
  void triggerPointInventoryFollowsEachLocationAcrossSessions() {
    ClientRecord record =
        record()
            .addSessions(
                session("s1", day(0))
                    .addTriggerPointExaminations(
                        exam(UPPER_TRAPEZIUS_LEFT, ACTIVE), exam(LEVATOR_LEFT, NOT_CONFIRMED))
                    .build(),
                session("s2", day(7))
                    .addTriggerPointExaminations(
                        exam(UPPER_TRAPEZIUS_RIGHT, ACTIVE), exam(UPPER_TRAPEZIUS_LEFT, LATENT))
                    .build(),
                session("s3", day(14))
                    .addTriggerPointExaminations(
                        exam(UPPER_TRAPEZIUS_LEFT, NOT_CONFIRMED),
                        exam(UPPER_TRAPEZIUS_RIGHT, ACTIVE))
                    .build())
            .build();
    ProgressReport report = ProgressReport.of(record);
    assertEquals(
        ImmutableList.of(LEVATOR_LEFT, UPPER_TRAPEZIUS_LEFT, UPPER_TRAPEZIUS_RIGHT),
        report.triggerPoints().keySet().asList());

    TriggerPointHistory left = report.triggerPoints().get(UPPER_TRAPEZIUS_LEFT);
    assertEquals(
        ImmutableList.of(sid("s1"), sid("s2"), sid("s3")),
        left.observations().stream()
            .map(TriggerPointObservation::sessionId)
            .collect(ImmutableList.toImmutableList()));
    assertEquals(
        ImmutableList.of(day(0), day(7), day(14)),
        left.observations().stream()
            .map(TriggerPointObservation::time)
            .collect(ImmutableList.toImmutableList()));
    assertEquals(
        ImmutableList.of(ACTIVE, LATENT, NOT_CONFIRMED),
        left.observations().stream()
            .map(TriggerPointObservation::status)
            .collect(ImmutableList.toImmutableList()));
    assertEquals(TriggerPointState.RESOLVED, left.current());
    assertEquals(sid("s1"), left.firstSeen().get().sessionId());
    assertEquals(
        ImmutableList.of(
            TriggerPointTransition.of(
                TriggerPointState.ACTIVE, TriggerPointState.LATENT, day(7), sid("s2")),
            TriggerPointTransition.of(
                TriggerPointState.LATENT, TriggerPointState.RESOLVED, day(14), sid("s3"))),
        left.transitions());

    TriggerPointHistory right = report.triggerPoints().get(UPPER_TRAPEZIUS_RIGHT);
    assertEquals(TriggerPointState.ACTIVE, right.current());
    assertEquals(sid("s2"), right.firstSeen().get().sessionId());
    assertEquals(ImmutableList.of(), right.transitions());

    TriggerPointHistory levator = report.triggerPoints().get(LEVATOR_LEFT);
    assertEquals(TriggerPointState.NEVER_CONFIRMED, levator.current());
    assertEquals(Optional.empty(), levator.firstSeen());

    assertEquals(
        ImmutableList.of(UPPER_TRAPEZIUS_RIGHT), report.triggerPointsIn(TriggerPointState.ACTIVE));
    assertEquals(
        ImmutableList.of(UPPER_TRAPEZIUS_LEFT), report.triggerPointsIn(TriggerPointState.RESOLVED));
    assertEquals(
        ImmutableList.of(LEVATOR_LEFT), report.triggerPointsIn(TriggerPointState.NEVER_CONFIRMED));
    assertEquals(ImmutableList.of(), report.triggerPointsIn(TriggerPointState.LATENT));
  }

  @Test
  void twoExaminationsOfOneSiteInOneSessionKeepTheirOrder() {
    ClientRecord record =
        record()
            .addSessions(
                session("s1", day(0))
                    .addTriggerPointExaminations(
                        exam(UPPER_TRAPEZIUS_LEFT, ACTIVE), exam(UPPER_TRAPEZIUS_LEFT, LATENT))
                    .build())
            .build();
    TriggerPointHistory history =
        ProgressReport.of(record).triggerPoints().get(UPPER_TRAPEZIUS_LEFT);
    assertEquals(TriggerPointState.LATENT, history.current());
    assertEquals(1, history.transitions().size());
  }

  @Test
  void pressurePainThresholdComesFromReadingsAndExaminations() {
    ClientRecord record =
        record()
            .addAssessments(ppt("ppt-end", day(20), UPPER_TRAPEZIUS_LEFT, 3.0))
            .addSessions(
                session("s1", day(0))
                    .addAssessments(
                        ppt("ppt-1", day(0).plus(HALF_HOUR), UPPER_TRAPEZIUS_LEFT, 2.0, 2.2, 2.4),
                        ppt("ppt-2", day(0).plus(HALF_HOUR), LEVATOR_LEFT, 2.0))
                    .build(),
                session("s2", day(7))
                    .addTriggerPointExaminations(
                        exam(UPPER_TRAPEZIUS_LEFT, LATENT, 2.5),
                        exam(UPPER_TRAPEZIUS_RIGHT, ACTIVE))
                    .addAssessments(ppt("ppt-3", day(7).plus(HALF_HOUR), LEVATOR_LEFT, 2.3))
                    .build())
            .build();
    ProgressReport report = ProgressReport.of(record);
    assertEquals(
        ImmutableList.of(LEVATOR_LEFT, UPPER_TRAPEZIUS_LEFT),
        report.pressurePainThresholds().keySet().asList());

    Series trapezius = report.pressurePainThresholds().get(UPPER_TRAPEZIUS_LEFT);
    assertEquals(3, trapezius.points().size());
    assertEquals(2.2, trapezius.points().get(0).value(), 1e-9);
    assertEquals(Optional.of(aid("ppt-1")), trapezius.points().get(0).assessmentId());
    assertEquals(Optional.of(sid("s1")), trapezius.points().get(0).sessionId());
    assertEquals(
        point(day(7), 2.5, Optional.of(sid("s2")), Optional.empty()), trapezius.points().get(1));
    assertEquals(
        point(day(20), 3.0, Optional.empty(), Optional.of(aid("ppt-end"))),
        trapezius.points().get(2));
    Change gain = trapezius.change().get();
    assertEquals(Measure.PRESSURE_PAIN_THRESHOLD, gain.measure());
    assertEquals(0.8, gain.improvement(), 1e-9);
    assertEquals(ThresholdResult.NO_THRESHOLD, gain.mcid());
    assertEquals(ThresholdResult.REACHED, gain.mdc());
    assertEquals(ThresholdResult.REACHED, gain.responder());

    Change small = report.pressurePainThresholds().get(LEVATOR_LEFT).change().get();
    assertEquals(0.3, small.improvement(), 1e-9);
    assertEquals(ThresholdResult.NOT_REACHED, small.mdc());
    assertEquals(ThresholdResult.NOT_REACHED, small.responder());
    assertEquals(
        ImmutableSet.of(aid("ppt-2"), aid("ppt-3")),
        report.pressurePainThresholds().get(LEVATOR_LEFT).assessmentIds());
  }

  @Test
  void rangeOfMotionAsPercentOfNorm() {
    ClientRecord record =
        record()
            .addAssessments(
                rom("f1", day(0), Joint.SHOULDER, Movement.FLEXION, Side.LEFT, 135),
                rom(
                    "f1p",
                    day(0),
                    Joint.SHOULDER,
                    Movement.FLEXION,
                    Side.LEFT,
                    MotionMode.PASSIVE,
                    150),
                rom("k1", day(0), Joint.KNEE, Movement.EXTENSION, Side.RIGHT, 0),
                rom("f2", day(14), Joint.SHOULDER, Movement.FLEXION, Side.LEFT, 171))
            .build();
    ProgressReport report = ProgressReport.of(record);
    RangeOfMotionKey activeKey =
        RangeOfMotionKey.of(Joint.SHOULDER, Movement.FLEXION, Side.LEFT, MotionMode.ACTIVE);
    RangeOfMotionKey passiveKey =
        RangeOfMotionKey.of(Joint.SHOULDER, Movement.FLEXION, Side.LEFT, MotionMode.PASSIVE);
    RangeOfMotionKey kneeKey =
        RangeOfMotionKey.of(Joint.KNEE, Movement.EXTENSION, Side.RIGHT, MotionMode.ACTIVE);
    assertEquals(
        ImmutableList.of(activeKey, passiveKey, kneeKey), report.rangeOfMotion().keySet().asList());

    RangeOfMotionProgress active = report.rangeOfMotion().get(activeKey);
    assertEquals(180.0, active.norm().get().degrees());
    assertEquals(
        ImmutableList.of(135.0, 171.0),
        active.degrees().points().stream()
            .map(DataPoint::value)
            .collect(ImmutableList.toImmutableList()));
    Series percent = active.percentOfNorm().get();
    assertEquals(75.0, percent.points().get(0).value(), 1e-9);
    assertEquals(95.0, percent.points().get(1).value(), 1e-9);
    assertEquals(Optional.of(aid("f2")), percent.latest().get().assessmentId());
    assertEquals(20.0, percent.difference().getAsDouble(), 1e-9);
    assertEquals(Optional.empty(), percent.change());
    assertEquals(ImmutableSet.of(aid("f1"), aid("f2")), active.degrees().assessmentIds());

    RangeOfMotionProgress knee = report.rangeOfMotion().get(kneeKey);
    assertEquals(Optional.empty(), knee.norm());
    assertEquals(Optional.empty(), knee.percentOfNorm());
    assertEquals(1, knee.degrees().points().size());
  }

  @Test
  void rangeOfMotionUsesTheGivenNorms() {
    RangeOfMotionNorms cervicalOnly =
        RangeOfMotionNorms.of(
            ImmutableList.of(RangeOfMotionNorms.standard().get(Joint.CERVICAL, Movement.ROTATION)));
    ClientRecord record =
        record()
            .addAssessments(
                rom("c1", day(0), Joint.CERVICAL, Movement.ROTATION, Side.LEFT, 40),
                rom("f1", day(0), Joint.SHOULDER, Movement.FLEXION, Side.LEFT, 135))
            .build();
    ProgressReport report =
        ProgressReport.of(record, OutcomeMeasureCatalog.standard(), cervicalOnly);
    assertEquals(
        50.0,
        report
            .rangeOfMotion()
            .get(
                RangeOfMotionKey.of(
                    Joint.CERVICAL, Movement.ROTATION, Side.LEFT, MotionMode.ACTIVE))
            .percentOfNorm()
            .get()
            .baseline()
            .get()
            .value(),
        1e-9);
    assertEquals(
        Optional.empty(),
        report
            .rangeOfMotion()
            .get(
                RangeOfMotionKey.of(Joint.SHOULDER, Movement.FLEXION, Side.LEFT, MotionMode.ACTIVE))
            .percentOfNorm());
  }

  @Test
  void sideToSideComparesLeftAndRightOfTheSameSessionOrDay() {
    Instant morning = day(0);
    Instant later = day(0).plus(Duration.ofHours(1));
    ClientRecord record =
        record()
            .addAssessments(
                rom("sl0", morning, Joint.SHOULDER, Movement.FLEXION, Side.LEFT, 150),
                rom("sr0", later, Joint.SHOULDER, Movement.FLEXION, Side.RIGHT, 170),
                rom("sl1", day(14), Joint.SHOULDER, Movement.FLEXION, Side.LEFT, 160),
                rom("sr1", day(15), Joint.SHOULDER, Movement.FLEXION, Side.RIGHT, 175),
                rom("lumbar", day(15), Joint.LUMBAR, Movement.FLEXION, Side.MIDLINE, 50))
            .addSessions(
                session("s1", day(3))
                    .addAssessments(
                        rom("cl-pre", day(3), Joint.CERVICAL, Movement.ROTATION, Side.LEFT, 60),
                        rom("cr-pre", day(3), Joint.CERVICAL, Movement.ROTATION, Side.RIGHT, 80),
                        rom(
                            "cl-post",
                            day(3).plus(HALF_HOUR),
                            Joint.CERVICAL,
                            Movement.ROTATION,
                            Side.LEFT,
                            72),
                        rom(
                            "cr-post",
                            day(3).plus(HALF_HOUR),
                            Joint.CERVICAL,
                            Movement.ROTATION,
                            Side.RIGHT,
                            80),
                        rom(
                            "cl-extra",
                            day(3).plus(HALF_HOUR),
                            Joint.CERVICAL,
                            Movement.ROTATION,
                            Side.LEFT,
                            74))
                    .build())
            .build();
    ImmutableListMultimap<MotionKey, SideToSideDifference> sideToSide =
        ProgressReport.of(record).sideToSide();
    MotionKey cervical = MotionKey.of(Joint.CERVICAL, Movement.ROTATION, MotionMode.ACTIVE);
    MotionKey shoulder = MotionKey.of(Joint.SHOULDER, Movement.FLEXION, MotionMode.ACTIVE);
    assertEquals(ImmutableSet.of(cervical, shoulder), sideToSide.keySet());
    assertEquals(ImmutableList.of(cervical, shoulder), sideToSide.keySet().asList());

    ImmutableList<SideToSideDifference> neck = sideToSide.get(cervical);
    assertEquals(2, neck.size());
    SideToSideDifference pre = neck.get(0);
    assertEquals(day(3), pre.time());
    assertEquals(Optional.of(sid("s1")), pre.sessionId());
    assertEquals(aid("cl-pre"), pre.leftAssessmentId());
    assertEquals(aid("cr-pre"), pre.rightAssessmentId());
    assertEquals(20.0, pre.degrees());
    assertEquals(25.0, pre.percent().getAsDouble(), 1e-9);
    assertEquals(Optional.of(Side.LEFT), pre.restrictedSide());
    SideToSideDifference post = neck.get(1);
    assertEquals(aid("cl-post"), post.leftAssessmentId());
    assertEquals(aid("cr-post"), post.rightAssessmentId());
    assertEquals(8.0, post.degrees());
    assertEquals(10.0, post.percent().getAsDouble(), 1e-9);

    ImmutableList<SideToSideDifference> arm = sideToSide.get(shoulder);
    assertEquals(1, arm.size());
    assertEquals(later, arm.get(0).time());
    assertEquals(Optional.empty(), arm.get(0).sessionId());
    assertEquals(aid("sl0"), arm.get(0).leftAssessmentId());
    assertEquals(aid("sr0"), arm.get(0).rightAssessmentId());
    assertEquals(20.0, arm.get(0).degrees());
    assertEquals(Optional.of(Side.LEFT), arm.get(0).restrictedSide());
  }

  @Test
  void sideToSideKeepsActiveAndPassiveApart() {
    ClientRecord record =
        record()
            .addAssessments(
                rom("l", day(0), Joint.HIP, Movement.FLEXION, Side.LEFT, MotionMode.ACTIVE, 100),
                rom("r", day(0), Joint.HIP, Movement.FLEXION, Side.RIGHT, MotionMode.PASSIVE, 120))
            .build();
    assertTrue(ProgressReport.of(record).sideToSide().isEmpty());
  }

  @Test
  void strengthGradesPerMuscleOrMovementAndSide() {
    ClientRecord record =
        record()
            .addAssessments(
                muscleGrade("g1", day(0), "gluteus-medius", Side.LEFT, 3),
                movementGrade("m1", day(0), Joint.SHOULDER, Movement.ABDUCTION, Side.RIGHT, 4),
                muscleGrade("g2", day(14), "gluteus-medius", Side.LEFT, 4),
                muscleGrade("g3", day(28), "gluteus-medius", Side.LEFT, 5),
                muscleGrade("g4", day(28), "gluteus-medius", Side.RIGHT, 5))
            .build();
    ProgressReport report = ProgressReport.of(record);
    StrengthKey gluteLeft = StrengthKey.ofMuscle("gluteus-medius", Side.LEFT);
    StrengthKey gluteRight = StrengthKey.ofMuscle("gluteus-medius", Side.RIGHT);
    StrengthKey abduction = StrengthKey.ofMovement(Joint.SHOULDER, Movement.ABDUCTION, Side.RIGHT);
    assertEquals(
        ImmutableList.of(gluteLeft, gluteRight, abduction), report.strength().keySet().asList());
    Series glute = report.strength().get(gluteLeft);
    assertEquals(ImmutableSet.of(aid("g1"), aid("g2"), aid("g3")), glute.assessmentIds());
    Change change = glute.change().get();
    assertEquals(Measure.MRC_GRADE, change.measure());
    assertEquals(2.0, change.improvement());
    assertEquals(ThresholdResult.NO_THRESHOLD, change.mcid());
    assertEquals(ThresholdResult.NO_THRESHOLD, change.responder());
    assertEquals(Optional.empty(), report.strength().get(abduction).change());
  }

  @Test
  void enduranceResultsPerTestAndSide() {
    ClientRecord record =
        record()
            .addAssessments(
                endurance("b1", day(0), EnduranceTestKind.BIERING_SORENSEN, Side.MIDLINE, 60),
                endurance("p1", day(0), EnduranceTestKind.SIDE_PLANK, Side.LEFT, 30),
                endurance("b2", day(28), EnduranceTestKind.BIERING_SORENSEN, Side.MIDLINE, 90),
                endurance("p2", day(28), EnduranceTestKind.SIDE_PLANK, Side.LEFT, 45))
            .build();
    ProgressReport report = ProgressReport.of(record);
    EnduranceKey sorensen = EnduranceKey.of(EnduranceTestKind.BIERING_SORENSEN, Side.MIDLINE);
    EnduranceKey plank = EnduranceKey.of(EnduranceTestKind.SIDE_PLANK, Side.LEFT);
    assertEquals(ImmutableList.of(sorensen, plank), report.endurance().keySet().asList());
    Change held = report.endurance().get(sorensen).change().get();
    assertEquals(Measure.BIERING_SORENSEN, held.measure());
    assertEquals(30.0, held.improvement());
    Series sidePlank = report.endurance().get(plank);
    assertEquals(Optional.empty(), sidePlank.outcomeMeasure());
    assertEquals(Optional.empty(), sidePlank.change());
    assertEquals(OptionalDouble.of(15), sidePlank.difference());
    assertEquals(OptionalDouble.of(50), sidePlank.percentDifference());
    assertEquals(ImmutableSet.of(aid("p1"), aid("p2")), sidePlank.assessmentIds());
  }

  @Test
  void questionnaireChangeAgainstTheResponderThreshold() {
    ClientRecord record =
        record()
            .addAssessments(
                score("ndi-1", day(0), Questionnaire.NDI, 20),
                score("odi-1", day(0), Questionnaire.ODI, 40),
                score("ndi-2", day(28), Questionnaire.NDI, 11))
            .addSessions(
                session("s1", day(42))
                    .addAssessments(score("odi-2", day(42), Questionnaire.ODI, 26))
                    .build())
            .build();
    ProgressReport report = ProgressReport.of(record);
    assertEquals(
        ImmutableList.of(Questionnaire.NDI, Questionnaire.ODI),
        report.questionnaires().keySet().asList());
    Change ndi = report.questionnaires().get(Questionnaire.NDI).change().get();
    assertEquals(9.0, ndi.improvement());
    assertEquals(ThresholdResult.REACHED, ndi.mcid());
    assertEquals(ThresholdResult.NOT_REACHED, ndi.mdc());
    assertEquals(ThresholdResult.NOT_REACHED, ndi.responder());
    Series odiSeries = report.questionnaires().get(Questionnaire.ODI);
    Change odi = odiSeries.change().get();
    assertEquals(14.0, odi.improvement());
    assertEquals(ThresholdResult.REACHED, odi.responder());
    assertEquals(ThresholdResult.REACHED, odi.relativeMcid());
    assertEquals(ImmutableSet.of(sid("s1")), odiSeries.sessionIds());
    assertEquals(Optional.of(sid("s1")), odiSeries.latest().get().sessionId());
  }

  @Test
  void theGivenCatalogJudgesTheChange() {
    OutcomeMeasureCatalog standard = OutcomeMeasureCatalog.standard();
    OutcomeMeasure stricterNprs =
        OutcomeMeasure.builder().from(standard.get(Measure.NPRS)).mcid(1).mdc(1).build();
    ImmutableList<OutcomeMeasure> entries =
        standard.entries().stream()
            .map(e -> e.measure() == Measure.NPRS ? stricterNprs : e)
            .collect(ImmutableList.toImmutableList());
    ClientRecord record =
        record().addAssessments(nprs("p1", day(0), 5), nprs("p2", day(7), 4)).build();
    assertEquals(
        ThresholdResult.NOT_REACHED, ProgressReport.of(record).pain().change().get().responder());
    ProgressReport report =
        ProgressReport.of(record, OutcomeMeasureCatalog.of(entries), RangeOfMotionNorms.standard());
    assertEquals(ThresholdResult.REACHED, report.pain().change().get().responder());
  }

  @Test
  void structuralEvaluationsDoNotChangeTheReport() {
    ClientRecord plain = record().addAssessments(nprs("p1", day(0), 5)).build();
    ClientRecord withEvaluation =
        record()
            .addAssessments(
                nprs("p1", day(0), 5),
                StructuralEvaluation.builder()
                    .id(aid("se1"))
                    .takenAt(day(0))
                    .addPlanesEvaluated(Plane.SAGITTAL)
                    .build())
            .build();
    assertEquals(ProgressReport.of(plain), ProgressReport.of(withEvaluation));
  }

  @Test
  void derivingTwiceGivesEqualReportsAndLeavesTheRecordUnchanged() {
    ClientRecord record = richRecord();
    ClientRecord copy = ClientRecord.builder().from(record).build();
    ProgressReport first = ProgressReport.of(record);
    ProgressReport second = ProgressReport.of(record);
    assertNotSame(first, second);
    assertEquals(first, second);
    assertEquals(first.hashCode(), second.hashCode());
    assertEquals(first.toString(), second.toString());
    assertEquals(copy, record);
    assertEquals(first, ProgressReport.of(copy));
  }

  @Test
  void freeTextOfTheRecordNeverAppearsInTheReport() {
    ClientRecord record =
        ClientRecord.builder()
            .from(richRecord())
            .intake(
                Intake.builder()
                    .takenOn(LocalDate.of(2026, 3, 2))
                    .chiefComplaint("SECRET complaint about my neighbour")
                    .build())
            .build()
            .withSession(
                session("s9", day(60))
                    .painBefore(2)
                    .note(
                        SoapNote.builder()
                            .subjective("SECRET subjective")
                            .plan("SECRET plan")
                            .build())
                    .build());
    String text = ProgressReport.of(record).toString();
    assertFalse(text.contains("SECRET"), text);
    assertTrue(text.contains("s9"), text);
  }

  @Test
  void rejectsNullArguments() {
    ClientRecord record = record().build();
    NullPointerException noRecord =
        assertThrows(NullPointerException.class, () -> ProgressReport.of(null));
    assertEquals("record", noRecord.getMessage());
    NullPointerException noCatalog =
        assertThrows(
            NullPointerException.class,
            () -> ProgressReport.of(record, null, RangeOfMotionNorms.standard()));
    assertEquals("catalog", noCatalog.getMessage());
    NullPointerException noNorms =
        assertThrows(
            NullPointerException.class,
            () -> ProgressReport.of(record, OutcomeMeasureCatalog.standard(), null));
    assertEquals("norms", noNorms.getMessage());
  }

  @Test
  void aTriggerPointHistoryMustSitUnderItsOwnLocation() {
    TriggerPointHistory history =
        TriggerPointHistory.of(
            ImmutableList.of(
                TriggerPointObservation.of(day(0), sid("s1"), exam(LEVATOR_LEFT, ACTIVE))));
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                ProgressReport.builder()
                    .from(ProgressReport.of(record().build()))
                    .putTriggerPoint(UPPER_TRAPEZIUS_LEFT, history)
                    .build());
    assertEquals(
        "triggerPoints: the history under upper-trapezius/left/tp1 is of levator-scapulae/left",
        e.getMessage());
  }

  /** A record with something for every part of the report. */
  static ClientRecord richRecord() {
    TissueLocation glute = TissueLocation.of("gluteus-medius", Side.RIGHT);
    return record()
        .addAssessments(
            nprs("p0", day(0), 8),
            score("ndi-0", day(0), Questionnaire.NDI, 24),
            ppt("ppt-0", day(0), UPPER_TRAPEZIUS_LEFT, 1.8, 2.0, 2.1),
            rom("rl0", day(0), Joint.CERVICAL, Movement.ROTATION, Side.LEFT, 55),
            rom("rr0", day(0), Joint.CERVICAL, Movement.ROTATION, Side.RIGHT, 75))
        .addSessions(
            session("s1", day(1))
                .painBefore(7)
                .painAfter(5)
                .addTriggerPointExaminations(
                    exam(UPPER_TRAPEZIUS_LEFT, ACTIVE, 2.0), exam(glute, LATENT))
                .addAssessments(
                    muscleGrade("g1", day(1), "gluteus-medius", Side.RIGHT, 3),
                    endurance("b1", day(1), EnduranceTestKind.BIERING_SORENSEN, Side.MIDLINE, 45))
                .build(),
            session("s2", day(8))
                .painBefore(5)
                .painAfter(3)
                .addTriggerPointExaminations(
                    exam(UPPER_TRAPEZIUS_LEFT, LATENT, 2.6), exam(glute, NOT_CONFIRMED))
                .addAssessments(
                    rom("rl1", day(8), Joint.CERVICAL, Movement.ROTATION, Side.LEFT, 70),
                    rom("rr1", day(8), Joint.CERVICAL, Movement.ROTATION, Side.RIGHT, 78),
                    muscleGrade("g2", day(8), "gluteus-medius", Side.RIGHT, 4),
                    endurance("b2", day(8), EnduranceTestKind.BIERING_SORENSEN, Side.MIDLINE, 70))
                .build())
        .addAssessments(nprs("p9", day(30), 3), score("ndi-9", day(30), Questionnaire.NDI, 10))
        .build();
  }
}
