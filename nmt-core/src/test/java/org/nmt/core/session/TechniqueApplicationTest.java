package org.nmt.core.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.nmt.core.anatomy.Side;
import org.nmt.core.anatomy.TissueLocation;
import org.nmt.core.technique.PressureLevel;
import org.nmt.core.technique.Technique;

class TechniqueApplicationTest {
  private static TechniqueApplication.Builder application() {
    TechniqueApplication.Builder builder = TechniqueApplication.builder();
    builder
        .technique(Technique.ISCHEMIC_COMPRESSION)
        .target(TissueLocation.of("upper-trapezius", Side.RIGHT));
    return builder;
  }

  private static String messageOf(TechniqueApplication.Builder builder) {
    return assertThrows(IllegalArgumentException.class, builder::build).getMessage();
  }

  @Test
  void defaultsToModeratePressureAndNothingCounted() {
    TechniqueApplication application = application().build();
    assertEquals(PressureLevel.MODERATE, application.pressure());
    assertEquals(Optional.empty(), application.holdTime());
    assertEquals(OptionalInt.empty(), application.repetitions());
    assertEquals(OptionalInt.empty(), application.reportedIntensity());
  }

  @Test
  void acceptsAHoldUpTo30Minutes() {
    assertEquals(
        Optional.of(Duration.ofSeconds(60)),
        application().holdTime(Duration.ofSeconds(60)).build().holdTime());
    assertEquals(
        Optional.of(Duration.ofMinutes(30)),
        application().holdTime(Duration.ofMinutes(30)).build().holdTime());
    assertEquals(
        Optional.of(Duration.ofMillis(1)),
        application().holdTime(Duration.ofMillis(1)).build().holdTime());
  }

  @Test
  void rejectsAHoldOfZero() {
    assertEquals(
        "ischemic-compression at upper-trapezius/right: holdTime must be within (0, 30 min]: PT0S",
        messageOf(application().holdTime(Duration.ZERO)));
  }

  @Test
  void rejectsANegativeHold() {
    assertEquals(
        "ischemic-compression at upper-trapezius/right: holdTime must be within (0, 30 min]:"
            + " PT-5S",
        messageOf(application().holdTime(Duration.ofSeconds(-5))));
  }

  @Test
  void rejectsAHoldOverThirtyMinutes() {
    assertEquals(
        "ischemic-compression at upper-trapezius/right: holdTime must be within (0, 30 min]:"
            + " PT30M1S",
        messageOf(application().holdTime(Duration.ofMinutes(30).plusSeconds(1))));
  }

  @Test
  void acceptsOneToAThousandRepetitions() {
    assertEquals(OptionalInt.of(1), application().repetitions(1).build().repetitions());
    assertEquals(OptionalInt.of(1000), application().repetitions(1000).build().repetitions());
  }

  @Test
  void rejectsZeroRepetitions() {
    assertEquals(
        "ischemic-compression at upper-trapezius/right: repetitions must be within 1..1000: 0",
        messageOf(application().repetitions(0)));
  }

  @Test
  void rejectsMoreThanAThousandRepetitions() {
    assertEquals(
        "ischemic-compression at upper-trapezius/right: repetitions must be within 1..1000: 1001",
        messageOf(application().repetitions(1001)));
  }

  @Test
  void acceptsIntensityFromZeroToTen() {
    assertEquals(OptionalInt.of(0), application().reportedIntensity(0).build().reportedIntensity());
    assertEquals(
        OptionalInt.of(10), application().reportedIntensity(10).build().reportedIntensity());
  }

  @Test
  void rejectsIntensityOutsideZeroToTen() {
    assertEquals(
        "ischemic-compression at upper-trapezius/right: reportedIntensity must be within 0..10:"
            + " 11",
        messageOf(application().reportedIntensity(11)));
    assertEquals(
        "ischemic-compression at upper-trapezius/right: reportedIntensity must be within 0..10:"
            + " -1",
        messageOf(application().reportedIntensity(-1)));
  }

  @Test
  void namesTheTechniqueAndTargetSite() {
    TechniqueApplication.Builder builder = TechniqueApplication.builder();
    builder
        .technique(Technique.PASSIVE_STRETCHING)
        .target(TissueLocation.of("gastrocnemius", Side.LEFT, "medial-head"))
        .repetitions(0);
    assertEquals(
        "passive-stretching at gastrocnemius/left/medial-head: repetitions must be within"
            + " 1..1000: 0",
        messageOf(builder));
  }
}
