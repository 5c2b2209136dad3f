package org.nmt.core.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Range and direction of each measure against the project's clinical reference. */
class MeasureTest {
  private static void assertMeasure(
      Measure measure, String unit, double minimum, double maximum, Direction direction) {
    assertEquals(unit, measure.unit(), measure::id);
    assertEquals(minimum, measure.minimum(), measure::id);
    assertEquals(maximum, measure.maximum(), measure::id);
    assertEquals(direction, measure.direction(), measure::id);
  }

  @Test
  void rangesUnitsAndDirections() {
    assertMeasure(Measure.NPRS, "points", 0, 10, Direction.LOWER_IS_BETTER);
    assertMeasure(Measure.VAS, "mm", 0, 100, Direction.LOWER_IS_BETTER);
    assertMeasure(Measure.PRESSURE_PAIN_THRESHOLD, "kg/cm2", 0, 20, Direction.HIGHER_IS_BETTER);
    assertMeasure(Measure.NDI, "points", 0, 50, Direction.LOWER_IS_BETTER);
    assertMeasure(Measure.ODI, "%", 0, 100, Direction.LOWER_IS_BETTER);
    assertMeasure(Measure.PSFS, "points", 0, 10, Direction.HIGHER_IS_BETTER);
    assertMeasure(Measure.LEFS, "points", 0, 80, Direction.HIGHER_IS_BETTER);
    assertMeasure(Measure.QUICK_DASH, "points", 0, 100, Direction.LOWER_IS_BETTER);
    assertMeasure(Measure.MRC_GRADE, "grade", 0, 5, Direction.HIGHER_IS_BETTER);
    assertMeasure(Measure.BIERING_SORENSEN, "s", 0, 240, Direction.HIGHER_IS_BETTER);
    assertMeasure(Measure.DEEP_NECK_FLEXOR_ENDURANCE, "s", 0, 600, Direction.HIGHER_IS_BETTER);
    assertMeasure(Measure.RANGE_OF_MOTION, "%", 0, 2400, Direction.HIGHER_IS_BETTER);
  }

  @Test
  void inRangeIncludesBothBounds() {
    assertTrue(Measure.NPRS.inRange(0));
    assertTrue(Measure.NPRS.inRange(10));
    assertFalse(Measure.NPRS.inRange(-0.01));
    assertFalse(Measure.NPRS.inRange(10.01));
    assertFalse(Measure.NPRS.inRange(Double.NaN));
    assertFalse(Measure.VAS.inRange(Double.POSITIVE_INFINITY));
  }

  @Test
  void idsAndLookup() {
    assertEquals("quick-dash", Measure.QUICK_DASH.id());
    assertEquals("pressure-pain-threshold", Measure.PRESSURE_PAIN_THRESHOLD.id());
    for (Measure measure : Measure.values()) {
      assertSame(measure, Measure.fromId(measure.id()));
      assertFalse(measure.title().isBlank(), measure::id);
    }
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Measure.fromId("quickdash"));
    assertEquals("unknown Measure id: 'quickdash'", e.getMessage());
  }

  @Test
  void directionImprovement() {
    assertEquals(3, Direction.LOWER_IS_BETTER.improvement(7, 4));
    assertEquals(-3, Direction.LOWER_IS_BETTER.improvement(4, 7));
    assertEquals(3, Direction.HIGHER_IS_BETTER.improvement(3, 6));
    assertEquals(-3, Direction.HIGHER_IS_BETTER.improvement(6, 3));
    assertEquals(0, Direction.HIGHER_IS_BETTER.improvement(5, 5));
    assertEquals("lower-is-better", Direction.LOWER_IS_BETTER.id());
    assertEquals("higher-is-better", Direction.HIGHER_IS_BETTER.id());
  }

  @Test
  void thresholdResultOf() {
    assertEquals(ThresholdResult.NO_THRESHOLD, ThresholdResult.of(false, false));
    assertEquals(ThresholdResult.NO_THRESHOLD, ThresholdResult.of(false, true));
    assertEquals(ThresholdResult.NOT_REACHED, ThresholdResult.of(true, false));
    assertEquals(ThresholdResult.REACHED, ThresholdResult.of(true, true));
    assertEquals("not-reached", ThresholdResult.NOT_REACHED.id());
    assertEquals("no-threshold", ThresholdResult.NO_THRESHOLD.id());
  }
}
