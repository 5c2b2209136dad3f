package org.nmt.core.id;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClientIdTest {
  @Test
  void holdsItsValue() {
    ClientId id = ClientId.of("a-01_b.c");
    assertEquals("a-01_b.c", id.value());
    assertEquals("a-01_b.c", id.toString());
  }

  @Test
  void equalsByValue() {
    assertEquals(ClientId.of("x1"), ClientId.of("x1"));
    assertEquals(ClientId.of("x1").hashCode(), ClientId.of("x1").hashCode());
    assertNotEquals(ClientId.of("x1"), ClientId.of("X1"));
  }

  @Test
  void comparesByValueAsText() {
    assertTrue(ClientId.of("a").compareTo(ClientId.of("b")) < 0);
    assertTrue(ClientId.of("b").compareTo(ClientId.of("a")) > 0);
    assertEquals(0, ClientId.of("same").compareTo(ClientId.of("same")));
    List<ClientId> ids =
        new ArrayList<>(
            List.of(ClientId.of("c-9"), ClientId.of("a"), ClientId.of("c-10"), ClientId.of("B")));
    ids.sort(null);
    assertEquals(
        List.of(ClientId.of("B"), ClientId.of("a"), ClientId.of("c-10"), ClientId.of("c-9")), ids);
  }

  @Test
  void rejectsAValueBreakingTheRule() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> ClientId.of("-lead"));
    assertEquals(
        "client id must be 1..64 letters, digits, '.', '_' or '-', starting with a letter or digit:"
            + " '-lead'",
        e.getMessage());
  }

  @Test
  void truncatesALongValueInTheMessage() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> ClientId.of("z".repeat(200)));
    assertEquals(
        "client id must be 1..64 letters, digits, '.', '_' or '-', starting with a letter or digit: '"
            + "z".repeat(80)
            + "...'",
        e.getMessage());
  }

  @Test
  void rejectsNull() {
    NullPointerException e = assertThrows(NullPointerException.class, () -> ClientId.of(null));
    assertEquals("client id", e.getMessage());
  }

  @Test
  void everyValidValueRoundTrips() {
    qt().withFixedSeed(20261124L)
        .withExamples(1000)
        .forAll(IdsTest.validIds())
        .check(
            value ->
                ClientId.of(value).value().equals(value)
                    && ClientId.of(value).toString().equals(value));
  }
}
