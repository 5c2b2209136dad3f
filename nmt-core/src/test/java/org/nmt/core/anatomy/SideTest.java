package org.nmt.core.anatomy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import org.junit.jupiter.api.Test;

class SideTest {
  private static final Side[] SIDES = Side.values();

  @Test
  void idsAreLowerKebabCase() {
    assertEquals("left", Side.LEFT.id());
    assertEquals("right", Side.RIGHT.id());
    assertEquals("bilateral", Side.BILATERAL.id());
    assertEquals("midline", Side.MIDLINE.id());
  }

  @Test
  void fromIdRoundTripsEveryConstant() {
    qt().withFixedSeed(20261124L)
        .withExamples(500)
        .forAll(integers().between(0, SIDES.length - 1))
        .check(i -> Side.fromId(SIDES[i].id()) == SIDES[i]);
  }

  @Test
  void fromIdRejectsAnUnknownId() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Side.fromId("LEFT"));
    assertEquals("unknown Side id: 'LEFT'", e.getMessage());
    assertThrows(NullPointerException.class, () -> Side.fromId(null));
  }

  @Test
  void bilateralCoversLeftAndRightButNotMidline() {
    assertTrue(Side.BILATERAL.covers(Side.LEFT));
    assertTrue(Side.BILATERAL.covers(Side.RIGHT));
    assertTrue(Side.BILATERAL.covers(Side.BILATERAL));
    assertFalse(Side.BILATERAL.covers(Side.MIDLINE));
    assertFalse(Side.LEFT.covers(Side.RIGHT));
    assertFalse(Side.LEFT.covers(Side.BILATERAL));
    assertFalse(Side.MIDLINE.covers(Side.LEFT));
  }

  @Test
  void everySideCoversItself() {
    qt().withFixedSeed(20261124L)
        .withExamples(500)
        .forAll(integers().between(0, SIDES.length - 1))
        .check(i -> SIDES[i].covers(SIDES[i]));
  }

  @Test
  void oppositeSwapsLeftAndRightAndKeepsTheRest() {
    assertEquals(Side.RIGHT, Side.LEFT.opposite());
    assertEquals(Side.LEFT, Side.RIGHT.opposite());
    assertEquals(Side.BILATERAL, Side.BILATERAL.opposite());
    assertEquals(Side.MIDLINE, Side.MIDLINE.opposite());
  }

  @Test
  void oppositeIsAnInvolution() {
    qt().withFixedSeed(20261124L)
        .withExamples(500)
        .forAll(integers().between(0, SIDES.length - 1))
        .check(i -> SIDES[i].opposite().opposite() == SIDES[i]);
  }
}
