package org.nmt.core.id;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TherapistIdTest {
  @Test
  void holdsItsValue() {
    TherapistId id = TherapistId.of("a-01_b.c");
    assertEquals("a-01_b.c", id.value());
    assertEquals("a-01_b.c", id.toString());
  }

  @Test
  void equalsByValue() {
    assertEquals(TherapistId.of("x1"), TherapistId.of("x1"));
    assertEquals(TherapistId.of("x1").hashCode(), TherapistId.of("x1").hashCode());
    assertNotEquals(TherapistId.of("x1"), TherapistId.of("X1"));
  }

  @Test
  void comparesByValueAsText() {
    assertTrue(TherapistId.of("a").compareTo(TherapistId.of("b")) < 0);
    assertTrue(TherapistId.of("b").compareTo(TherapistId.of("a")) > 0);
    assertEquals(0, TherapistId.of("same").compareTo(TherapistId.of("same")));
    List<TherapistId> ids =
        new ArrayList<>(
            List.of(
                TherapistId.of("c-9"),
                TherapistId.of("a"),
                TherapistId.of("c-10"),
                TherapistId.of("B")));
    ids.sort(null);
    assertEquals(
        List.of(
            TherapistId.of("B"),
            TherapistId.of("a"),
            TherapistId.of("c-10"),
            TherapistId.of("c-9")),
        ids);
  }

  @Test
  void rejectsAValueBreakingTheRule() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> TherapistId.of("-lead"));
    assertEquals(
        "therapist id must be 1..64 letters, digits, '.', '_' or '-', starting with a letter or digit:"
            + " '-lead'",
        e.getMessage());
  }

  @Test
  void truncatesALongValueInTheMessage() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> TherapistId.of("z".repeat(200)));
    assertEquals(
        "therapist id must be 1..64 letters, digits, '.', '_' or '-', starting with a letter or digit: '"
            + "z".repeat(80)
            + "...'",
        e.getMessage());
  }

  @Test
  void rejectsNull() {
    NullPointerException e = assertThrows(NullPointerException.class, () -> TherapistId.of(null));
    assertEquals("therapist id", e.getMessage());
  }

  @Test
  void everyValidValueRoundTrips() {
    qt().withFixedSeed(20261124L)
        .withExamples(1000)
        .forAll(IdsTest.validIds())
        .check(
            value ->
                TherapistId.of(value).value().equals(value)
                    && TherapistId.of(value).toString().equals(value));
  }
}
