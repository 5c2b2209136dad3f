package org.nmt.core.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nmt.core.progress.Fixtures.aid;
import static org.nmt.core.progress.Fixtures.day;
import static org.nmt.core.progress.Fixtures.sid;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.nmt.core.measure.Change;
import org.nmt.core.measure.Measure;
import org.nmt.core.measure.OutcomeMeasure;
import org.nmt.core.measure.OutcomeMeasureCatalog;
import org.nmt.core.measure.ThresholdResult;

class SeriesTest {
  private static final OutcomeMeasure NPRS = OutcomeMeasureCatalog.standard().get(Measure.NPRS);

  private static DataPoint point(int day, double value, String session, String assessment) {
    return DataPoint.of(day(day), value, Optional.of(sid(session)), Optional.of(aid(assessment)));
  }

  private static DataPoint point(int day, double value) {
    return DataPoint.of(day(day), value, Optional.empty(), Optional.empty());
  }

  @Test
  void emptySeriesHasNoBaselineLatestOrChange() {
    Series series = Series.of(NPRS, ImmutableList.of());
    assertEquals(Optional.empty(), series.baseline());
    assertEquals(Optional.empty(), series.latest());
    assertFalse(series.hasFollowUp());
    assertEquals(OptionalDouble.empty(), series.difference());
    assertEquals(OptionalDouble.empty(), series.percentDifference());
    assertEquals(Optional.empty(), series.change());
    assertEquals(ImmutableSet.of(), series.sessionIds());
    assertEquals(ImmutableSet.of(), series.assessmentIds());
  }

  @Test
  void singlePointIsBaselineAndLatestWithoutChange() {
    DataPoint only = point(0, 6, "s1", "a1");
    Series series = Series.of(NPRS, ImmutableList.of(only));
    assertEquals(Optional.of(only), series.baseline());
    assertEquals(Optional.of(only), series.latest());
    assertFalse(series.hasFollowUp());
    assertEquals(OptionalDouble.empty(), series.difference());
    assertEquals(Optional.empty(), series.change());
    assertEquals(ImmutableSet.of(sid("s1")), series.sessionIds());
    assertEquals(ImmutableSet.of(aid("a1")), series.assessmentIds());
  }

  @Test
  void sevenToFourReachesTheNprsMcidAndMdc() {
    Series series =
        Series.of(
            NPRS, ImmutableList.of(point(0, 7, "s1", "a1"), point(7, 5), point(14, 4, "s3", "a3")));
    assertEquals(7.0, series.baseline().get().value());
    assertEquals(4.0, series.latest().get().value());
    assertEquals(OptionalDouble.of(-3), series.difference());
    assertEquals(-3.0 / 7 * 100, series.percentDifference().getAsDouble(), 1e-12);
    Change change = series.change().get();
    assertEquals(Measure.NPRS, change.measure());
    assertEquals(7.0, change.baseline());
    assertEquals(4.0, change.followUp());
    assertEquals(3.0, change.improvement());
    assertEquals(3.0 / 7 * 100, change.percentImprovement().getAsDouble(), 1e-12);
    assertEquals(ThresholdResult.REACHED, change.mcid());
    assertEquals(ThresholdResult.REACHED, change.mdc());
    assertEquals(ThresholdResult.REACHED, change.relativeMcid());
    assertEquals(ThresholdResult.REACHED, change.responder());
    assertEquals(ImmutableSet.of(sid("s1"), sid("s3")), series.sessionIds());
    assertEquals(ImmutableSet.of(aid("a1"), aid("a3")), series.assessmentIds());
  }

  @Test
  void fiveToFourReachesNeitherMcidNorMdc() {
    Change change = Series.of(NPRS, ImmutableList.of(point(0, 5), point(7, 4))).change().get();
    assertEquals(1.0, change.improvement());
    assertEquals(ThresholdResult.NOT_REACHED, change.mcid());
    assertEquals(ThresholdResult.NOT_REACHED, change.mdc());
    assertEquals(ThresholdResult.NOT_REACHED, change.responder());
  }

  @Test
  void aBaselineOfZeroHasNoPercentChange() {
    Series series = Series.of(NPRS, ImmutableList.of(point(0, 0), point(7, 3)));
    assertEquals(OptionalDouble.of(3), series.difference());
    assertEquals(OptionalDouble.empty(), series.percentDifference());
    assertEquals(OptionalDouble.empty(), series.change().get().percentImprovement());
    assertEquals(ThresholdResult.NOT_REACHED, series.change().get().responder());
    assertEquals(ThresholdResult.REACHED, series.change().get().mdc());
  }

  @Test
  void withoutAnOutcomeMeasureThereIsADifferenceButNoChange() {
    Series series = Series.of(ImmutableList.of(point(0, 40), point(7, 50)));
    assertEquals(Optional.empty(), series.outcomeMeasure());
    assertEquals(OptionalDouble.of(10), series.difference());
    assertEquals(25.0, series.percentDifference().getAsDouble(), 1e-12);
    assertEquals(Optional.empty(), series.change());
  }

  @Test
  void pointsAtTheSameTimeAreInOrder() {
    Series series = Series.of(ImmutableList.of(point(1, 2), point(1, 3)));
    assertEquals(2.0, series.baseline().get().value());
    assertEquals(3.0, series.latest().get().value());
  }

  @Test
  void rejectsPointsOutOfTimeOrder() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Series.of(ImmutableList.of(point(1, 2), point(0, 3))));
    assertEquals(
        "points must be in time order: points[1] at 2026-03-02T09:00:00Z is before points[0] at"
            + " 2026-03-03T09:00:00Z",
        e.getMessage());
  }

  @Test
  void rejectsAValueOutsideTheMeasuresRange() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Series.of(NPRS, ImmutableList.of(point(0, 4), point(1, 11))));
    assertEquals("points[1]: value of nprs must be within 0.0..10.0: 11.0", e.getMessage());
    assertTrue(Series.of(ImmutableList.of(point(0, 11))).outcomeMeasure().isEmpty());
  }

  @Test
  void acceptsExactlyPointsInTimeOrderAndRangeWithTheCheckMessages() {
    // a point is coded as day * 15 + value + 2: days 0..3, values -2..12 around nprs's 0..10
    qt().withFixedSeed(20261124L)
        .withExamples(1000)
        .forAll(lists().of(integers().between(0, 59)).ofSizeBetween(0, 6))
        .check(
            codes -> {
              List<DataPoint> points = new ArrayList<>();
              for (int code : codes) {
                points.add(point(code / 15, code % 15 - 2));
              }
              String expected = null;
              for (int i = 1; i < points.size() && expected == null; i++) {
                if (points.get(i).time().isBefore(points.get(i - 1).time())) {
                  expected =
                      "points must be in time order: points["
                          + i
                          + "] at "
                          + points.get(i).time()
                          + " is before points["
                          + (i - 1)
                          + "] at "
                          + points.get(i - 1).time();
                }
              }
              for (int i = 0; i < points.size() && expected == null; i++) {
                double value = points.get(i).value();
                if (value < 0 || value > 10) {
                  expected = "points[" + i + "]: value of nprs must be within 0.0..10.0: " + value;
                }
              }
              try {
                Series.of(NPRS, points);
                return expected == null;
              } catch (IllegalArgumentException e) {
                return e.getMessage().equals(expected);
              }
            });
  }
}
