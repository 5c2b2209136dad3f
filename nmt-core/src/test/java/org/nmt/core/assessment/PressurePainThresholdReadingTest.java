package org.nmt.core.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nmt.core.anatomy.Side;
import org.nmt.core.anatomy.TissueLocation;
import org.nmt.core.id.AssessmentId;

class PressurePainThresholdReadingTest {
  private static final Instant AT = Instant.parse("2026-03-02T09:10:00Z");
  private static final TissueLocation UPPER_TRAPEZIUS =
      TissueLocation.of("upper-trapezius", Side.RIGHT);

  private static PressurePainThreshold kg(double value) {
    return PressurePainThreshold.ofKilogramsPerSquareCentimetre(value);
  }

  private static PressurePainThresholdReading.Builder reading() {
    PressurePainThresholdReading.Builder builder = PressurePainThresholdReading.builder();
    builder.id(AssessmentId.of("ppt-1")).takenAt(AT).location(UPPER_TRAPEZIUS);
    return builder;
  }

  @Test
  void reportsTheMeanOfThreeReadings() {
    PressurePainThresholdReading reading = reading().addReadings(kg(3.0), kg(4.0), kg(5.5)).build();
    assertEquals(4.1666666666666667, reading.threshold().kilogramsPerSquareCentimetre(), 1e-12);
    assertEquals(3, reading.readings().size());
    assertEquals(UPPER_TRAPEZIUS, reading.location());
  }

  @Test
  void aSingleReadingIsItsOwnMean() {
    assertEquals(kg(2.25), reading().addReading(kg(2.25)).build().threshold());
  }

  @Test
  void rejectsNoReadings() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> reading().build());
    assertEquals("pressure pain threshold ppt-1: readings must not be empty", e.getMessage());
  }

  @Test
  void theMeanLiesBetweenTheLeastAndTheGreatestReading() {
    qt().withFixedSeed(20261124L)
        .withExamples(1000)
        .forAll(lists().of(doubles().between(1e-3, 20.0)).ofSizeBetween(1, 10))
        .checkAssert(
            values -> {
              PressurePainThresholdReading.Builder builder = reading();
              values.forEach(v -> builder.addReading(kg(v)));
              double mean = builder.build().threshold().kilogramsPerSquareCentimetre();
              assertTrue(mean >= min(values) - 1e-12 && mean <= max(values) + 1e-12);
            });
  }

  private static double min(List<Double> values) {
    return values.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
  }

  private static double max(List<Double> values) {
    return values.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
  }
}
