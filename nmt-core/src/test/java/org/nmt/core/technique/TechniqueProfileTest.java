package org.nmt.core.technique;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.nmt.core.reference.Source;
import org.nmt.core.stage.Stage;

class TechniqueProfileTest {
  private static final Source SOURCE = Source.primary("Test source 2026");

  @Test
  void servesItsStages() {
    TechniqueProfile profile =
        TechniqueProfile.builder()
            .technique(Technique.MYOFASCIAL_RELEASE)
            .addStages(Stage.PAIN_ELIMINATION, Stage.STRUCTURAL_CORRECTION)
            .deepPressure(false)
            .addSources(SOURCE)
            .build();
    assertTrue(profile.serves(Stage.PAIN_ELIMINATION));
    assertTrue(profile.serves(Stage.STRUCTURAL_CORRECTION));
    assertFalse(profile.serves(Stage.FLEXIBILITY));
    assertTrue(profile.dosing().isEmpty());
  }

  @Test
  void rejectsAProfileWithoutStages() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                TechniqueProfile.builder()
                    .technique(Technique.FRICTION)
                    .deepPressure(true)
                    .addSources(SOURCE)
                    .build());
    assertEquals("technique friction: stages must not be empty", e.getMessage());
  }

  @Test
  void rejectsAProfileWithoutSources() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                TechniqueProfile.builder()
                    .technique(Technique.ORTHO_BIONOMY)
                    .addStages(Stage.PAIN_ELIMINATION)
                    .deepPressure(false)
                    .build());
    assertEquals("technique ortho-bionomy: sources must not be empty", e.getMessage());
  }
}
