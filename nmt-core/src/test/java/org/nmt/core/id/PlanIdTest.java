package org.nmt.core.id;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlanIdTest {
  @Test
  void holdsItsValue() {
    PlanId id = PlanId.of("a-01_b.c");
    assertEquals("a-01_b.c", id.value());
    assertEquals("a-01_b.c", id.toString());
  }

  @Test
  void equalsByValue() {
    assertEquals(PlanId.of("x1"), PlanId.of("x1"));
    assertEquals(PlanId.of("x1").hashCode(), PlanId.of("x1").hashCode());
    assertNotEquals(PlanId.of("x1"), PlanId.of("X1"));
  }

  @Test
  void comparesByValueAsText() {
    assertTrue(PlanId.of("a").compareTo(PlanId.of("b")) < 0);
    assertTrue(PlanId.of("b").compareTo(PlanId.of("a")) > 0);
    assertEquals(0, PlanId.of("same").compareTo(PlanId.of("same")));
    List<PlanId> ids =
        new ArrayList<>(
            List.of(PlanId.of("c-9"), PlanId.of("a"), PlanId.of("c-10"), PlanId.of("B")));
    ids.sort(null);
    assertEquals(List.of(PlanId.of("B"), PlanId.of("a"), PlanId.of("c-10"), PlanId.of("c-9")), ids);
  }

  @Test
  void rejectsAValueBreakingTheRule() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> PlanId.of("-lead"));
    assertEquals(
        "plan id must be 1..64 letters, digits, '.', '_' or '-', starting with a letter or digit:"
            + " '-lead'",
        e.getMessage());
  }

  @Test
  void truncatesALongValueInTheMessage() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> PlanId.of("z".repeat(200)));
    assertEquals(
        "plan id must be 1..64 letters, digits, '.', '_' or '-', starting with a letter or digit: '"
            + "z".repeat(80)
            + "...'",
        e.getMessage());
  }

  @Test
  void rejectsNull() {
    NullPointerException e = assertThrows(NullPointerException.class, () -> PlanId.of(null));
    assertEquals("plan id", e.getMessage());
  }

  @Test
  void everyValidValueRoundTrips() {
    qt().withFixedSeed(20261124L)
        .withExamples(1000)
        .forAll(IdsTest.validIds())
        .check(
            value ->
                PlanId.of(value).value().equals(value)
                    && PlanId.of(value).toString().equals(value));
  }
}
