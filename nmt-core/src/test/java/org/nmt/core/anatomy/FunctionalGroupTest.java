package org.nmt.core.anatomy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import org.junit.jupiter.api.Test;

class FunctionalGroupTest {
  private static final FunctionalGroup[] GROUPS = FunctionalGroup.values();

  @Test
  void idsAreLowerKebabCase() {
    assertEquals("hip-flexors", FunctionalGroup.HIP_FLEXORS.id());
    assertEquals("forearm-extensors", FunctionalGroup.FOREARM_EXTENSORS.id());
    assertEquals("calves", FunctionalGroup.CALVES.id());
  }

  @Test
  void fromIdRoundTripsEveryConstant() {
    qt().withFixedSeed(20261124L)
        .withExamples(500)
        .forAll(integers().between(0, GROUPS.length - 1))
        .check(i -> FunctionalGroup.fromId(GROUPS[i].id()) == GROUPS[i]);
  }

  @Test
  void fromIdRejectsAnUnknownId() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> FunctionalGroup.fromId("hamstring"));
    assertEquals("unknown FunctionalGroup id: 'hamstring'", e.getMessage());
  }
}
