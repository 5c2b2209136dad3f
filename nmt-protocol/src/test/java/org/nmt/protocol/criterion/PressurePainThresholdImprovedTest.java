package org.nmt.protocol.criterion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nmt.core.anatomy.Side.LEFT;
import static org.nmt.core.anatomy.Side.RIGHT;
import static org.nmt.protocol.TestRecords.GASTROCNEMIUS;
import static org.nmt.protocol.TestRecords.TRAPEZIUS;
import static org.nmt.protocol.TestRecords.assessmentIds;
import static org.nmt.protocol.TestRecords.at;
import static org.nmt.protocol.TestRecords.day;
import static org.nmt.protocol.TestRecords.evening;
import static org.nmt.protocol.TestRecords.ppt;
import static org.nmt.protocol.TestRecords.record;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.nmt.core.assessment.Assessment;
import org.nmt.core.stage.Stage;

class PressurePainThresholdImprovedTest {
  private static final PressurePainThresholdImproved MDC = PressurePainThresholdImproved.of(0.62);

  private static CriterionResult evaluate(Instant asOf, Assessment... assessments) {
    return MDC.evaluate(
        StageContext.of(
            record().addAssessments(assessments).build(), Stage.PAIN_ELIMINATION, day(1), asOf));
  }

  private static CriterionResult evaluate(Assessment... assessments) {
    return evaluate(evening(9), assessments);
  }

  @Test
  void anImprovementOfTheMdcIsMet() {
    CriterionResult result =
        evaluate(
            ppt("p1", at(1, 11), TRAPEZIUS, LEFT, 2.0),
            ppt("p2", at(5, 11), TRAPEZIUS, LEFT, 2.62));
    assertEquals(Outcome.MET, result.outcome());
    assertEquals("improved: [upper-trapezius/left +0.62]", result.observed());
    assertEquals(
        "pressure pain threshold up by >= 0.62 kg/cm2 at every measured point", result.required());
    assertEquals(assessmentIds("p1", "p2"), result.assessments());
    assertTrue(result.sessions().isEmpty());
  }

  @Test
  void anImprovementJustBelowTheMdcIsNotMet() {
    CriterionResult result =
        evaluate(
            ppt("p1", at(1, 11), TRAPEZIUS, LEFT, 2.0),
            ppt("p2", at(5, 11), TRAPEZIUS, LEFT, 2.61));
    assertEquals(Outcome.NOT_MET, result.outcome());
    assertEquals("not improved enough: [upper-trapezius/left +0.61]", result.observed());
    assertEquals(assessmentIds("p1", "p2"), result.assessments());
  }

  @Test
  void theMeanOfAReadingsSetIsCompared() {
    // Means 2.2 and 2.82: an improvement of 0.62 despite the rounding of the mean.
    CriterionResult result =
        evaluate(
            ppt("p1", at(1, 11), TRAPEZIUS, LEFT, 2.0, 2.2, 2.4),
            ppt("p2", at(5, 11), TRAPEZIUS, LEFT, 2.72, 2.82, 2.92));
    assertEquals(Outcome.MET, result.outcome());
  }

  @Test
  void theFirstAndLatestReadingsAreCompared() {
    CriterionResult result =
        evaluate(
            ppt("p1", at(1, 11), TRAPEZIUS, LEFT, 2.0),
            ppt("p2", at(3, 11), TRAPEZIUS, LEFT, 4.0),
            ppt("p3", at(5, 11), TRAPEZIUS, LEFT, 2.3));
    assertEquals(Outcome.NOT_MET, result.outcome());
    assertEquals("not improved enough: [upper-trapezius/left +0.30]", result.observed());
    assertEquals(assessmentIds("p1", "p3"), result.assessments());
  }

  @Test
  void everyPointMeasuredTwiceMustImprove() {
    CriterionResult result =
        evaluate(
            ppt("p1", at(1, 11), TRAPEZIUS, LEFT, 2.0),
            ppt("p2", at(1, 12), GASTROCNEMIUS, RIGHT, 3.0),
            ppt("p3", at(5, 11), TRAPEZIUS, LEFT, 3.0),
            ppt("p4", at(5, 12), GASTROCNEMIUS, RIGHT, 2.5));
    assertEquals(Outcome.NOT_MET, result.outcome());
    assertEquals("not improved enough: [gastrocnemius/right -0.50]", result.observed());
    assertEquals(assessmentIds("p1", "p3", "p2", "p4"), result.assessments());
  }

  @Test
  void oneReadingPerPointIsNotAssessable() {
    CriterionResult result =
        evaluate(
            ppt("p1", at(1, 11), TRAPEZIUS, LEFT, 2.0),
            ppt("p2", at(2, 11), TRAPEZIUS, RIGHT, 2.9),
            ppt("p3", at(3, 11), GASTROCNEMIUS, LEFT, 3.9));
    assertEquals(Outcome.NOT_ASSESSABLE, result.outcome());
    assertEquals(
        "measured only once: [upper-trapezius/left, upper-trapezius/right, gastrocnemius/left]",
        result.observed());
    assertEquals(assessmentIds("p1", "p2", "p3"), result.assessments());
  }

  @Test
  void aPointMeasuredOnceKeepsAnImprovedPointFromPassing() {
    CriterionResult result =
        evaluate(
            ppt("p1", at(1, 11), TRAPEZIUS, LEFT, 2.0),
            ppt("p2", at(2, 11), GASTROCNEMIUS, LEFT, 3.0),
            ppt("p3", at(3, 11), TRAPEZIUS, LEFT, 2.9));
    assertEquals(Outcome.NOT_ASSESSABLE, result.outcome());
    assertEquals("measured only once: [gastrocnemius/left]", result.observed());
  }

  @Test
  void noReadingIsNotAssessable() {
    assertEquals(Outcome.NOT_ASSESSABLE, evaluate().outcome());
  }

  @Test
  void readingsAfterAsOfAreInvisible() {
    CriterionResult result =
        evaluate(
            evening(4),
            ppt("p1", at(1, 11), TRAPEZIUS, LEFT, 2.0),
            ppt("p2", at(5, 11), TRAPEZIUS, LEFT, 3.0));
    assertEquals(Outcome.NOT_ASSESSABLE, result.outcome());
  }

  @Test
  void minimumChangeMustBeWithinZeroAndTwenty() {
    assertEquals("pressure-pain-threshold-improved", MDC.id());
    assertEquals(20.0, PressurePainThresholdImproved.of(20).minimumChange());
    assertEquals(
        "pressure-pain-threshold-improved: minimumChange must be within (0, 20] kg/cm2: 0.0",
        assertThrows(IllegalArgumentException.class, () -> PressurePainThresholdImproved.of(0))
            .getMessage());
    assertEquals(
        "pressure-pain-threshold-improved: minimumChange must be within (0, 20] kg/cm2: 20.5",
        assertThrows(IllegalArgumentException.class, () -> PressurePainThresholdImproved.of(20.5))
            .getMessage());
  }
}
