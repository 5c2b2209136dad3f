package org.nmt.core.technique;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.nmt.core.reference.Source;

class DosingTest {
  private static final Source SOURCE = Source.primary("Test source 2026");

  private static Dosing.Builder dosing() {
    Dosing.Builder builder = Dosing.builder();
    builder.summary("Hold until the tissue releases").source(SOURCE);
    return builder;
  }

  @Test
  void optionalGuidanceMayBeAbsent() {
    Dosing d = dosing().build();
    assertEquals("Hold until the tissue releases", d.summary());
    assertEquals(SOURCE, d.source());
    assertFalse(d.recommendedHold().isPresent());
    assertFalse(d.maximumHold().isPresent());
    assertFalse(d.targetIntensityLow().isPresent());
    assertFalse(d.targetIntensityHigh().isPresent());
    assertFalse(d.restDayAfterFirstThenAlternateDays());
  }

  @Test
  void rejectsARecommendedHoldAboveTheMaximum() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                dosing()
                    .recommendedHold(Duration.ofSeconds(90))
                    .maximumHold(Duration.ofSeconds(60))
                    .build());
    assertEquals("recommendedHold must not exceed maximumHold: PT1M30S > PT1M", e.getMessage());
  }

  @Test
  void rejectsABlankSummary() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> dosing().summary(" ").build());
    assertEquals("summary must not be blank", e.getMessage());
  }

  @Test
  void rejectsANegativeRecommendedHold() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> dosing().recommendedHold(Duration.ofSeconds(-1)).build());
    assertEquals("recommendedHold must be positive: PT-1S", e.getMessage());
  }

  @Test
  void rejectsANegativeOrZeroMaximumHold() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> dosing().maximumHold(Duration.ofSeconds(-30)).build());
    assertEquals("maximumHold must be positive: PT-30S", e.getMessage());
    e =
        assertThrows(
            IllegalArgumentException.class, () -> dosing().maximumHold(Duration.ZERO).build());
    assertEquals("maximumHold must be positive: PT0S", e.getMessage());
  }

  @Test
  void rejectsAnIntensityAbove10() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> dosing().targetIntensityHigh(11).build());
    assertEquals("targetIntensityHigh must be within 0..10: 11", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> dosing().targetIntensityLow(11).build());
    assertEquals("targetIntensityLow must be within 0..10: 11", e.getMessage());
  }

  @Test
  void rejectsANegativeIntensity() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> dosing().targetIntensityLow(-1).build());
    assertEquals("targetIntensityLow must be within 0..10: -1", e.getMessage());
  }

  @Test
  void rejectsALowAboveTheHigh() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> dosing().targetIntensityLow(8).targetIntensityHigh(7).build());
    assertEquals("targetIntensityLow must not exceed targetIntensityHigh: 8 > 7", e.getMessage());
  }

  @Test
  void acceptsAnyOrderedPairWithin0To10() {
    qt().withFixedSeed(20261124L)
        .withExamples(1000)
        .forAll(integers().between(-3, 13), integers().between(-3, 13))
        .checkAssert(
            (low, high) -> {
              boolean valid = low >= 0 && low <= 10 && high >= 0 && high <= 10 && low <= high;
              if (valid) {
                Dosing d = dosing().targetIntensityLow(low).targetIntensityHigh(high).build();
                assertEquals(low, d.targetIntensityLow().getAsInt());
                assertEquals(high, d.targetIntensityHigh().getAsInt());
              } else {
                assertThrows(
                    IllegalArgumentException.class,
                    () -> dosing().targetIntensityLow(low).targetIntensityHigh(high).build());
              }
            });
  }
}
