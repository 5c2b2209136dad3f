package org.nmt.core.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.nmt.core.id.AssessmentId;

class PainRatingTest {
  private static final Instant AT = Instant.parse("2026-03-02T09:05:00Z");

  private static PainRating.Builder rating() {
    PainRating.Builder builder = PainRating.builder();
    builder.id(AssessmentId.of("pr-1")).takenAt(AT);
    return builder;
  }

  @Test
  void defaultsToPainNowOnTheNprs() {
    PainRating rating = rating().value(6).build();
    assertEquals(PainScale.NPRS, rating.scale());
    assertEquals(PainContext.NOW, rating.context());
    assertEquals(6, rating.value());
  }

  @Test
  void acceptsTheEndsOfTheNprs() {
    assertEquals(0, rating().value(0).build().value());
    assertEquals(10, rating().value(10).build().value());
  }

  @Test
  void rejectsElevenOnTheNprs() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> rating().value(11).build());
    assertEquals("pain rating pr-1: value on the nprs must be within 0..10: 11", e.getMessage());
  }

  @Test
  void rejectsANegativeNprsValue() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> rating().value(-1).build());
    assertEquals("pain rating pr-1: value on the nprs must be within 0..10: -1", e.getMessage());
  }

  @Test
  void acceptsTheEndsOfTheVas() {
    assertEquals(0, rating().scale(PainScale.VAS).value(0).build().value());
    assertEquals(100, rating().scale(PainScale.VAS).value(100).build().value());
    assertEquals(55, rating().scale(PainScale.VAS).value(55).build().value());
  }

  @Test
  void rejectsOneHundredAndOneOnTheVas() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> rating().scale(PainScale.VAS).value(101).build());
    assertEquals("pain rating pr-1: value on the vas must be within 0..100: 101", e.getMessage());
  }

  @Test
  void rejectsANegativeVasValue() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> rating().scale(PainScale.VAS).value(-5).build());
    assertEquals("pain rating pr-1: value on the vas must be within 0..100: -5", e.getMessage());
  }

  @Test
  void keepsTheContext() {
    assertEquals(PainContext.WORST, rating().context(PainContext.WORST).value(8).build().context());
    assertEquals(PainContext.LEAST, rating().context(PainContext.LEAST).value(1).build().context());
  }
}
