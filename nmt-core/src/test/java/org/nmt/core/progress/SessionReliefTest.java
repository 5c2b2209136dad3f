package org.nmt.core.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.nmt.core.progress.Fixtures.START;
import static org.nmt.core.progress.Fixtures.sid;

import org.junit.jupiter.api.Test;

class SessionReliefTest {
  @Test
  void reliefIsPainBeforeMinusPainAfter() {
    assertEquals(3, SessionRelief.of(sid("s1"), START, 7, 4).relief());
    assertEquals(-2, SessionRelief.of(sid("s1"), START, 3, 5).relief());
    assertEquals(0, SessionRelief.of(sid("s1"), START, 0, 0).relief());
  }

  @Test
  void rejectsRatingsOutsideTheNprs() {
    IllegalArgumentException before =
        assertThrows(
            IllegalArgumentException.class, () -> SessionRelief.of(sid("s1"), START, 11, 4));
    assertEquals("session relief s1: painBefore must be within 0..10: 11", before.getMessage());
    IllegalArgumentException after =
        assertThrows(
            IllegalArgumentException.class, () -> SessionRelief.of(sid("s1"), START, 4, -1));
    assertEquals("session relief s1: painAfter must be within 0..10: -1", after.getMessage());
  }
}
