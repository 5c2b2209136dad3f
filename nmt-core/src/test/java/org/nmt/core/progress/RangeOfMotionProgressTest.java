package org.nmt.core.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.nmt.core.progress.Fixtures.aid;
import static org.nmt.core.progress.Fixtures.day;
import static org.nmt.core.progress.Fixtures.sid;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.nmt.core.assessment.Joint;
import org.nmt.core.assessment.Movement;
import org.nmt.core.assessment.RangeOfMotionNorms;
import org.nmt.core.measure.Measure;
import org.nmt.core.measure.OutcomeMeasureCatalog;

class RangeOfMotionProgressTest {
  private static final Series DEGREES =
      Series.of(
          ImmutableList.of(
              DataPoint.of(day(0), 40, Optional.empty(), Optional.of(aid("r1"))),
              DataPoint.of(day(7), 60, Optional.of(sid("s2")), Optional.of(aid("r2")))));

  @Test
  void percentOfNormKeepsTimesAndProvenance() {
    RangeOfMotionProgress progress =
        RangeOfMotionProgress.of(
            DEGREES, RangeOfMotionNorms.standard().find(Joint.CERVICAL, Movement.ROTATION));
    Series percent = progress.percentOfNorm().get();
    assertEquals(50.0, percent.points().get(0).value(), 1e-9);
    assertEquals(75.0, percent.points().get(1).value(), 1e-9);
    for (int i = 0; i < 2; i++) {
      DataPoint degrees = DEGREES.points().get(i);
      DataPoint inPercent = percent.points().get(i);
      assertEquals(degrees.time(), inPercent.time());
      assertEquals(degrees.sessionId(), inPercent.sessionId());
      assertEquals(degrees.assessmentId(), inPercent.assessmentId());
    }
    assertEquals(
        Optional.empty(), RangeOfMotionProgress.of(DEGREES, Optional.empty()).percentOfNorm());
  }

  @Test
  void rejectsDegreesJudgedByAnOutcomeMeasure() {
    Series judged =
        Series.of(OutcomeMeasureCatalog.standard().get(Measure.RANGE_OF_MOTION), DEGREES.points());
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> RangeOfMotionProgress.of(judged, Optional.empty()));
    assertEquals(
        "range of motion progress: degrees must have no outcome measure: range-of-motion",
        e.getMessage());
  }
}
