package org.nmt.core.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ClientResponseTest {
  private static final Duration LIMIT = Duration.ofHours(72);

  private static ClientResponse response(Soreness soreness) {
    return ClientResponse.builder().soreness(soreness).build();
  }

  private static ClientResponse response(Soreness soreness, Duration duration) {
    return ClientResponse.builder().soreness(soreness).sorenessDuration(duration).build();
  }

  @Test
  void defaultsToNoSorenessAndNoEvents() {
    ClientResponse response = ClientResponse.builder().build();
    assertEquals(Soreness.NONE, response.soreness());
    assertTrue(response.adverseEvents().isEmpty());
    assertTrue(response.sorenessExpected());
  }

  @Test
  void theLimitIs72Hours() {
    assertEquals(LIMIT, ClientResponse.EXPECTED_SORENESS_LIMIT);
  }

  @Test
  void noSorenessIsExpected() {
    assertTrue(response(Soreness.NONE).sorenessExpected());
  }

  @Test
  void mildOrModerateSorenessOfUnknownDurationIsExpected() {
    assertTrue(response(Soreness.MILD).sorenessExpected());
    assertTrue(response(Soreness.MODERATE).sorenessExpected());
  }

  @Test
  void mildOrModerateSorenessUpToAndIncluding72HoursIsExpected() {
    for (Soreness soreness : new Soreness[] {Soreness.MILD, Soreness.MODERATE}) {
      assertTrue(response(soreness, Duration.ZERO).sorenessExpected(), soreness.id());
      assertTrue(response(soreness, Duration.ofHours(24)).sorenessExpected(), soreness.id());
      assertTrue(response(soreness, LIMIT).sorenessExpected(), soreness.id());
    }
  }

  @Test
  void sorenessBeyond72HoursIsNotExpected() {
    for (Soreness soreness : new Soreness[] {Soreness.MILD, Soreness.MODERATE}) {
      assertFalse(response(soreness, LIMIT.plusSeconds(1)).sorenessExpected(), soreness.id());
      assertFalse(response(soreness, Duration.ofDays(5)).sorenessExpected(), soreness.id());
    }
  }

  @Test
  void severeSorenessIsNeverExpected() {
    assertFalse(response(Soreness.SEVERE).sorenessExpected());
    assertFalse(response(Soreness.SEVERE, Duration.ofHours(1)).sorenessExpected());
    assertFalse(response(Soreness.SEVERE, LIMIT).sorenessExpected());
    assertFalse(response(Soreness.SEVERE, Duration.ofDays(10)).sorenessExpected());
  }

  @Test
  void rejectsADurationWithoutSoreness() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> response(Soreness.NONE, Duration.ofHours(12)));
    assertEquals("sorenessDuration must be empty when soreness is none", e.getMessage());
  }

  @Test
  void acceptsUpTo60Days() {
    assertEquals(
        Duration.ofDays(60),
        response(Soreness.MILD, Duration.ofDays(60)).sorenessDuration().orElseThrow());
  }

  @Test
  void rejectsMoreThan60Days() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> response(Soreness.MILD, Duration.ofDays(60).plusSeconds(1)));
    assertEquals("sorenessDuration must be within 0..60 days: PT1440H1S", e.getMessage());
  }

  @Test
  void rejectsANegativeDuration() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> response(Soreness.MODERATE, Duration.ofHours(-1)));
    assertEquals("sorenessDuration must be within 0..60 days: PT-1H", e.getMessage());
  }

  @Test
  void keepsAdverseEvents() {
    ClientResponse response =
        ClientResponse.builder()
            .soreness(Soreness.MILD)
            .addAdverseEvent(AdverseEvent.of(AdverseEventKind.BRUISING))
            .build();
    assertEquals(1, response.adverseEvents().size());
    assertEquals(AdverseEventKind.BRUISING, response.adverseEvents().get(0).kind());
  }
}
