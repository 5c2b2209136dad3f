package org.nmt.core.technique;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class TechniqueTest {
  @Test
  void idsTitlesAndLookup() {
    assertEquals("ischemic-compression", Technique.ISCHEMIC_COMPRESSION.id());
    assertEquals("Ortho-Bionomy", Technique.ORTHO_BIONOMY.title());
    assertSame(Technique.MUSCLE_ENERGY_TECHNIQUE, Technique.fromId("muscle-energy-technique"));
    for (Technique technique : Technique.values()) {
      assertSame(technique, Technique.fromId(technique.id()));
      assertFalse(technique.title().isBlank(), technique::id);
    }
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Technique.fromId("massage"));
    assertEquals("unknown Technique id: 'massage'", e.getMessage());
  }
}
