package org.nmt.core.id;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SessionIdTest {
  @Test
  void holdsItsValue() {
    SessionId id = SessionId.of("a-01_b.c");
    assertEquals("a-01_b.c", id.value());
    assertEquals("a-01_b.c", id.toString());
  }

  @Test
  void equalsByValue() {
    assertEquals(SessionId.of("x1"), SessionId.of("x1"));
    assertEquals(SessionId.of("x1").hashCode(), SessionId.of("x1").hashCode());
    assertNotEquals(SessionId.of("x1"), SessionId.of("X1"));
  }

  @Test
  void comparesByValueAsText() {
    assertTrue(SessionId.of("a").compareTo(SessionId.of("b")) < 0);
    assertTrue(SessionId.of("b").compareTo(SessionId.of("a")) > 0);
    assertEquals(0, SessionId.of("same").compareTo(SessionId.of("same")));
    List<SessionId> ids =
        new ArrayList<>(
            List.of(
                SessionId.of("c-9"), SessionId.of("a"), SessionId.of("c-10"), SessionId.of("B")));
    ids.sort(null);
    assertEquals(
        List.of(SessionId.of("B"), SessionId.of("a"), SessionId.of("c-10"), SessionId.of("c-9")),
        ids);
  }

  @Test
  void rejectsAValueBreakingTheRule() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> SessionId.of("-lead"));
    assertEquals(
        "session id must be 1..64 letters, digits, '.', '_' or '-', starting with a letter or digit:"
            + " '-lead'",
        e.getMessage());
  }

  @Test
  void truncatesALongValueInTheMessage() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> SessionId.of("z".repeat(200)));
    assertEquals(
        "session id must be 1..64 letters, digits, '.', '_' or '-', starting with a letter or digit: '"
            + "z".repeat(80)
            + "...'",
        e.getMessage());
  }

  @Test
  void rejectsNull() {
    NullPointerException e = assertThrows(NullPointerException.class, () -> SessionId.of(null));
    assertEquals("session id", e.getMessage());
  }

  @Test
  void everyValidValueRoundTrips() {
    qt().withFixedSeed(20261124L)
        .withExamples(1000)
        .forAll(IdsTest.validIds())
        .check(
            value ->
                SessionId.of(value).value().equals(value)
                    && SessionId.of(value).toString().equals(value));
  }
}
