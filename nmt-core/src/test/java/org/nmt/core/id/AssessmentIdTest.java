package org.nmt.core.id;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AssessmentIdTest {
  @Test
  void holdsItsValue() {
    AssessmentId id = AssessmentId.of("a-01_b.c");
    assertEquals("a-01_b.c", id.value());
    assertEquals("a-01_b.c", id.toString());
  }

  @Test
  void equalsByValue() {
    assertEquals(AssessmentId.of("x1"), AssessmentId.of("x1"));
    assertEquals(AssessmentId.of("x1").hashCode(), AssessmentId.of("x1").hashCode());
    assertNotEquals(AssessmentId.of("x1"), AssessmentId.of("X1"));
  }

  @Test
  void comparesByValueAsText() {
    assertTrue(AssessmentId.of("a").compareTo(AssessmentId.of("b")) < 0);
    assertTrue(AssessmentId.of("b").compareTo(AssessmentId.of("a")) > 0);
    assertEquals(0, AssessmentId.of("same").compareTo(AssessmentId.of("same")));
    List<AssessmentId> ids =
        new ArrayList<>(
            List.of(
                AssessmentId.of("c-9"),
                AssessmentId.of("a"),
                AssessmentId.of("c-10"),
                AssessmentId.of("B")));
    ids.sort(null);
    assertEquals(
        List.of(
            AssessmentId.of("B"),
            AssessmentId.of("a"),
            AssessmentId.of("c-10"),
            AssessmentId.of("c-9")),
        ids);
  }

  @Test
  void rejectsAValueBreakingTheRule() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> AssessmentId.of("-lead"));
    assertEquals(
        "assessment id must be 1..64 letters, digits, '.', '_' or '-', starting with a letter or digit:"
            + " '-lead'",
        e.getMessage());
  }

  @Test
  void truncatesALongValueInTheMessage() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> AssessmentId.of("z".repeat(200)));
    assertEquals(
        "assessment id must be 1..64 letters, digits, '.', '_' or '-', starting with a letter or digit: '"
            + "z".repeat(80)
            + "...'",
        e.getMessage());
  }

  @Test
  void rejectsNull() {
    NullPointerException e = assertThrows(NullPointerException.class, () -> AssessmentId.of(null));
    assertEquals("assessment id", e.getMessage());
  }

  @Test
  void everyValidValueRoundTrips() {
    qt().withFixedSeed(20261124L)
        .withExamples(1000)
        .forAll(IdsTest.validIds())
        .check(
            value ->
                AssessmentId.of(value).value().equals(value)
                    && AssessmentId.of(value).toString().equals(value));
  }
}
