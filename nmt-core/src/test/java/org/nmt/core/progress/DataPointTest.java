package org.nmt.core.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.nmt.core.progress.Fixtures.START;
import static org.nmt.core.progress.Fixtures.aid;
import static org.nmt.core.progress.Fixtures.sid;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class DataPointTest {
  @Test
  void carriesTimeValueAndProvenance() {
    DataPoint point = DataPoint.of(START, 4, Optional.of(sid("s1")), Optional.of(aid("a1")));
    assertEquals(START, point.time());
    assertEquals(4.0, point.value());
    assertEquals(Optional.of(sid("s1")), point.sessionId());
    assertEquals(Optional.of(aid("a1")), point.assessmentId());
  }

  @Test
  void rejectsANonFiniteValue() {
    IllegalArgumentException nan =
        assertThrows(
            IllegalArgumentException.class,
            () -> DataPoint.of(START, Double.NaN, Optional.empty(), Optional.empty()));
    assertEquals("data point at 2026-03-02T09:00:00Z: value must be finite: NaN", nan.getMessage());
    IllegalArgumentException infinite =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                DataPoint.of(START, Double.POSITIVE_INFINITY, Optional.empty(), Optional.empty()));
    assertEquals(
        "data point at 2026-03-02T09:00:00Z: value must be finite: Infinity",
        infinite.getMessage());
  }
}
