package org.nmt.core.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.nmt.core.id.TherapistId;
import org.nmt.core.stage.Stage;

class StageSignOffTest {
  private static final Instant AT = Instant.parse("2026-03-16T10:30:00Z");
  private static final TherapistId THERAPIST = TherapistId.of("t-01");

  @Test
  void keepsStageTherapistAndTime() {
    StageSignOff signOff = StageSignOff.of(Stage.PAIN_ELIMINATION, THERAPIST, AT);
    assertEquals(Stage.PAIN_ELIMINATION, signOff.stage());
    assertEquals(THERAPIST, signOff.therapistId());
    assertEquals(AT, signOff.at());
  }

  @Test
  void equalsByValue() {
    assertEquals(
        StageSignOff.of(Stage.STRENGTH, THERAPIST, AT),
        StageSignOff.of(Stage.STRENGTH, TherapistId.of("t-01"), Instant.parse(AT.toString())));
    assertNotEquals(
        StageSignOff.of(Stage.STRENGTH, THERAPIST, AT),
        StageSignOff.of(Stage.ENDURANCE, THERAPIST, AT));
  }

  @Test
  void rejectsNulls() {
    assertThrows(NullPointerException.class, () -> StageSignOff.of(null, THERAPIST, AT));
    assertThrows(NullPointerException.class, () -> StageSignOff.of(Stage.STRENGTH, null, AT));
    assertThrows(
        NullPointerException.class, () -> StageSignOff.of(Stage.STRENGTH, THERAPIST, null));
  }
}
