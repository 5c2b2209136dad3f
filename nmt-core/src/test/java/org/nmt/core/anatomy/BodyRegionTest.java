package org.nmt.core.anatomy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import org.junit.jupiter.api.Test;

class BodyRegionTest {
  private static final BodyRegion[] REGIONS = BodyRegion.values();

  @Test
  void idsAreLowerKebabCase() {
    assertEquals("lower-back", BodyRegion.LOWER_BACK.id());
    assertEquals("upper-arm", BodyRegion.UPPER_ARM.id());
    assertEquals("foot", BodyRegion.FOOT.id());
  }

  @Test
  void fromIdRoundTripsEveryConstant() {
    qt().withFixedSeed(20261124L)
        .withExamples(500)
        .forAll(integers().between(0, REGIONS.length - 1))
        .check(i -> BodyRegion.fromId(REGIONS[i].id()) == REGIONS[i]);
  }

  @Test
  void fromIdRejectsAnUnknownId() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> BodyRegion.fromId("lower_back"));
    assertEquals("unknown BodyRegion id: 'lower_back'", e.getMessage());
  }
}
