package org.nmt.core.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class PressurePainThresholdTest {
  private static final long SEED = 20261124L;

  @Test
  void acceptsTheBoundsOfTheRange() {
    assertEquals(
        20.0,
        PressurePainThreshold.ofKilogramsPerSquareCentimetre(20).kilogramsPerSquareCentimetre());
    assertEquals(
        Double.MIN_VALUE,
        PressurePainThreshold.ofKilogramsPerSquareCentimetre(Double.MIN_VALUE)
            .kilogramsPerSquareCentimetre());
  }

  @Test
  void rejectsZero() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> PressurePainThreshold.ofKilogramsPerSquareCentimetre(0));
    assertEquals("pressure pain threshold must be within (0, 20] kg/cm2: 0.0", e.getMessage());
  }

  @Test
  void rejectsANegativeValue() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> PressurePainThreshold.ofKilogramsPerSquareCentimetre(-1.5));
    assertEquals("pressure pain threshold must be within (0, 20] kg/cm2: -1.5", e.getMessage());
  }

  @Test
  void rejectsAValueAboveTwenty() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> PressurePainThreshold.ofKilogramsPerSquareCentimetre(20.01));
    assertEquals("pressure pain threshold must be within (0, 20] kg/cm2: 20.01", e.getMessage());
  }

  @Test
  void rejectsNaN() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> PressurePainThreshold.ofKilogramsPerSquareCentimetre(Double.NaN));
    assertEquals("pressure pain threshold must be within (0, 20] kg/cm2: NaN", e.getMessage());
  }

  @Test
  void convertsOneKilogramPerSquareCentimetreToStandardGravityKilopascals() {
    assertEquals(98.0665, PressurePainThreshold.KILOPASCALS_PER_KG_PER_CM2);
    assertEquals(98.0665, PressurePainThreshold.ofKilogramsPerSquareCentimetre(1).kilopascals());
    assertEquals(
        245.16625, PressurePainThreshold.ofKilogramsPerSquareCentimetre(2.5).kilopascals(), 1e-9);
  }

  @Test
  void readsKilopascals() {
    assertEquals(
        1.0, PressurePainThreshold.ofKilopascals(98.0665).kilogramsPerSquareCentimetre(), 1e-12);
    assertEquals(
        20.0, PressurePainThreshold.ofKilopascals(1961.33).kilogramsPerSquareCentimetre(), 1e-12);
  }

  @Test
  void rejectsKilopascalsOutsideTheRange() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> PressurePainThreshold.ofKilopascals(-98.0665));
    assertEquals("pressure pain threshold must be within (0, 20] kg/cm2: -1.0", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> PressurePainThreshold.ofKilopascals(0));
    assertThrows(IllegalArgumentException.class, () -> PressurePainThreshold.ofKilopascals(1962));
  }

  @Test
  void ordersByPressure() {
    PressurePainThreshold low = PressurePainThreshold.ofKilogramsPerSquareCentimetre(1.5);
    PressurePainThreshold mid = PressurePainThreshold.ofKilogramsPerSquareCentimetre(2.0);
    PressurePainThreshold high = PressurePainThreshold.ofKilogramsPerSquareCentimetre(4.25);
    assertTrue(low.compareTo(mid) < 0);
    assertTrue(high.compareTo(mid) > 0);
    assertEquals(0, mid.compareTo(PressurePainThreshold.ofKilogramsPerSquareCentimetre(2.0)));
    List<PressurePainThreshold> list = new ArrayList<>(List.of(high, low, mid));
    Collections.sort(list);
    assertEquals(ImmutableList.of(low, mid, high), list);
  }

  @Test
  void equalsByValue() {
    assertEquals(
        PressurePainThreshold.ofKilogramsPerSquareCentimetre(3.5),
        PressurePainThreshold.ofKilogramsPerSquareCentimetre(3.5));
  }

  @Test
  void printsKilogramsPerSquareCentimetre() {
    assertEquals(
        "4.5 kg/cm2", PressurePainThreshold.ofKilogramsPerSquareCentimetre(4.5).toString());
  }

  @Test
  void kilopascalRoundTripKeepsTheValue() {
    qt().withFixedSeed(SEED)
        .withExamples(2000)
        .forAll(doubles().between(1e-6, 20.0))
        .checkAssert(
            kg -> {
              PressurePainThreshold threshold =
                  PressurePainThreshold.ofKilogramsPerSquareCentimetre(kg);
              PressurePainThreshold back =
                  PressurePainThreshold.ofKilopascals(threshold.kilopascals());
              assertEquals(kg, back.kilogramsPerSquareCentimetre(), 1e-9);
              assertEquals(threshold.kilopascals(), back.kilopascals(), 1e-9);
            });
  }

  @Test
  void kilopascalsReadBackUnchanged() {
    qt().withFixedSeed(SEED)
        .withExamples(2000)
        .forAll(doubles().between(1e-3, 20.0 * 98.0665))
        .checkAssert(
            kpa -> assertEquals(kpa, PressurePainThreshold.ofKilopascals(kpa).kilopascals(), 1e-9));
  }

  @Test
  void compareToAgreesWithTheValues() {
    qt().withFixedSeed(SEED)
        .withExamples(2000)
        .forAll(doubles().between(1e-6, 20.0), doubles().between(1e-6, 20.0))
        .checkAssert(
            (a, b) -> {
              PressurePainThreshold x = PressurePainThreshold.ofKilogramsPerSquareCentimetre(a);
              PressurePainThreshold y = PressurePainThreshold.ofKilogramsPerSquareCentimetre(b);
              assertEquals(Integer.signum(Double.compare(a, b)), Integer.signum(x.compareTo(y)));
              assertEquals(-Integer.signum(x.compareTo(y)), Integer.signum(y.compareTo(x)));
              assertEquals(x.compareTo(y) == 0, x.equals(y));
            });
  }
}
