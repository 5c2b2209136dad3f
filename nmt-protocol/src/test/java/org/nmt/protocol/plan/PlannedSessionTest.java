package org.nmt.protocol.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.nmt.core.anatomy.Side;
import org.nmt.core.anatomy.TissueLocation;
import org.nmt.core.session.TechniqueApplication;
import org.nmt.core.stage.Stage;
import org.nmt.core.technique.Technique;

class PlannedSessionTest {
  private static final Instant START = Instant.parse("2026-03-02T09:00:00Z");

  private static TechniqueApplication on(Technique technique) {
    return TechniqueApplication.builder()
        .technique(technique)
        .target(TissueLocation.of("gastrocnemius", Side.LEFT))
        .build();
  }

  @Test
  void ofKeepsTheTechniquesInOrder() {
    PlannedSession session =
        PlannedSession.of(
            START,
            Duration.ofMinutes(45),
            Stage.FLEXIBILITY,
            on(Technique.PASSIVE_STRETCHING),
            on(Technique.ACTIVE_STRETCHING));
    assertEquals(Instant.parse("2026-03-02T09:45:00Z"), session.end());
    assertEquals(Technique.ACTIVE_STRETCHING, session.techniques().get(1).technique());
  }

  @Test
  void durationMustBePositiveAndAtMostFourHours() {
    assertEquals(
        "planned session at 2026-03-02T09:00:00Z: duration must be within (0, 4 h]: PT0S",
        assertThrows(
                IllegalArgumentException.class,
                () -> PlannedSession.of(START, Duration.ZERO, Stage.STRENGTH))
            .getMessage());
    assertEquals(
        "planned session at 2026-03-02T09:00:00Z: duration must be within (0, 4 h]: PT4H1S",
        assertThrows(
                IllegalArgumentException.class,
                () -> PlannedSession.of(START, Duration.ofSeconds(4 * 3600 + 1), Stage.STRENGTH))
            .getMessage());
    assertEquals(
        Duration.ofHours(4),
        PlannedSession.of(START, Duration.ofHours(4), Stage.STRENGTH).duration());
  }
}
