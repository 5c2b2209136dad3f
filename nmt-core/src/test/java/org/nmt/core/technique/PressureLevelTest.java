package org.nmt.core.technique;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class PressureLevelTest {
  @Test
  void onlyFirmAndDeepPressureAreDeep() {
    Set<PressureLevel> deep =
        Stream.of(PressureLevel.values())
            .filter(PressureLevel::isDeep)
            .collect(Collectors.toCollection(() -> EnumSet.noneOf(PressureLevel.class)));
    assertEquals(EnumSet.of(PressureLevel.FIRM, PressureLevel.DEEP), deep);
    assertFalse(PressureLevel.NONE.isDeep());
    assertFalse(PressureLevel.LIGHT.isDeep());
    assertFalse(PressureLevel.MODERATE.isDeep());
    assertTrue(PressureLevel.FIRM.isDeep());
    assertTrue(PressureLevel.DEEP.isDeep());
    assertEquals("moderate", PressureLevel.MODERATE.id());
  }
}
