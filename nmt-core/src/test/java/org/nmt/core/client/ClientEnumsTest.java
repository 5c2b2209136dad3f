package org.nmt.core.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Ids and lookups of the small client enums: {@link Condition}, {@link ActivityProfile}, {@link
 * Sex}.
 */
class ClientEnumsTest {
  @Test
  void conditionIdsAndTitles() {
    assertEquals("tmj-dysfunction", Condition.TMJ_DYSFUNCTION.id());
    assertEquals("Temporomandibular joint (TMJ) dysfunction", Condition.TMJ_DYSFUNCTION.title());
    assertSame(Condition.ILIOTIBIAL_BAND_SYNDROME, Condition.fromId("iliotibial-band-syndrome"));
    for (Condition condition : Condition.values()) {
      assertSame(condition, Condition.fromId(condition.id()));
      assertFalse(condition.title().isBlank(), condition::id);
    }
  }

  @Test
  void conditionFromIdRejectsAnUnknownId() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Condition.fromId("gout"));
    assertEquals("unknown Condition id: 'gout'", e.getMessage());
  }

  @Test
  void activityProfileIds() {
    assertSame(ActivityProfile.OFFICE_WORKER, ActivityProfile.fromId("office-worker"));
    for (ActivityProfile profile : ActivityProfile.values()) {
      assertSame(profile, ActivityProfile.fromId(profile.id()));
    }
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> ActivityProfile.fromId("OFFICE_WORKER"));
    assertEquals("unknown ActivityProfile id: 'OFFICE_WORKER'", e.getMessage());
  }

  @Test
  void sexIds() {
    assertEquals(List.of("female", "male", "other"), Stream.of(Sex.values()).map(Sex::id).toList());
  }
}
