package org.nmt.core.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.nmt.core.reference.Source;

/**
 * The standard catalog against the "Outcome measures" table of the project's clinical reference.
 */
class OutcomeMeasureCatalogTest {
  private static final OutcomeMeasureCatalog CATALOG = OutcomeMeasureCatalog.standard();

  private static void assertThresholds(
      Measure measure, OptionalDouble mcid, OptionalDouble mcidPercent, OptionalDouble mdc) {
    OutcomeMeasure entry = CATALOG.get(measure);
    assertSame(measure, entry.measure());
    assertEquals(mcid, entry.mcid(), () -> measure.id() + " mcid");
    assertEquals(mcidPercent, entry.mcidPercent(), () -> measure.id() + " mcidPercent");
    assertEquals(mdc, entry.mdc(), () -> measure.id() + " mdc");
  }

  private static OptionalDouble of(double value) {
    return OptionalDouble.of(value);
  }

  private static OptionalDouble none() {
    return OptionalDouble.empty();
  }

  @Test
  void nprs() {
    assertThresholds(Measure.NPRS, of(2), of(30), of(1.77));
  }

  @Test
  void vas() {
    assertThresholds(Measure.VAS, of(15), none(), none());
  }

  @Test
  void pressurePainThreshold() {
    assertThresholds(Measure.PRESSURE_PAIN_THRESHOLD, none(), none(), of(0.62));
  }

  @Test
  void neckDisabilityIndex() {
    assertThresholds(Measure.NDI, of(7.5), none(), of(10.2));
  }

  @Test
  void oswestryDisabilityIndex() {
    assertThresholds(Measure.ODI, of(10), of(30), none());
  }

  @Test
  void patientSpecificFunctionalScale() {
    assertThresholds(Measure.PSFS, of(2), none(), none());
  }

  @Test
  void lowerExtremityFunctionalScale() {
    assertThresholds(Measure.LEFS, of(9), none(), of(9));
  }

  @Test
  void quickDash() {
    assertThresholds(Measure.QUICK_DASH, of(15.9), none(), of(12.9));
  }

  @Test
  void measuresWithoutThresholds() {
    for (Measure measure :
        List.of(
            Measure.MRC_GRADE,
            Measure.BIERING_SORENSEN,
            Measure.DEEP_NECK_FLEXOR_ENDURANCE,
            Measure.RANGE_OF_MOTION)) {
      assertThresholds(measure, none(), none(), none());
      assertTrue(CATALOG.get(measure).responderThreshold().isEmpty(), measure::id);
    }
  }

  @Test
  void responderThresholdIsTheLargerOfMcidAndMdc() {
    assertEquals(of(2), CATALOG.get(Measure.NPRS).responderThreshold());
    assertEquals(of(15), CATALOG.get(Measure.VAS).responderThreshold());
    assertEquals(of(0.62), CATALOG.get(Measure.PRESSURE_PAIN_THRESHOLD).responderThreshold());
    assertEquals(of(10.2), CATALOG.get(Measure.NDI).responderThreshold());
    assertEquals(of(10), CATALOG.get(Measure.ODI).responderThreshold());
    assertEquals(of(2), CATALOG.get(Measure.PSFS).responderThreshold());
    assertEquals(of(9), CATALOG.get(Measure.LEFS).responderThreshold());
    assertEquals(of(15.9), CATALOG.get(Measure.QUICK_DASH).responderThreshold());
  }

  @Test
  void everyEntryHasASource() {
    for (OutcomeMeasure entry : CATALOG.entries()) {
      assertFalse(entry.sources().isEmpty(), entry.measure()::id);
      for (Source source : entry.sources()) {
        assertFalse(source.citation().isBlank(), entry.measure()::id);
      }
    }
  }

  @Test
  void nprsCitesFarrarOsteloAndSalaffi() {
    List<String> citations =
        CATALOG.get(Measure.NPRS).sources().stream().map(Source::citation).toList();
    assertEquals(3, citations.size());
    assertTrue(citations.get(0).startsWith("Farrar"), citations::toString);
    assertTrue(citations.get(1).startsWith("Ostelo"), citations::toString);
    assertTrue(citations.get(2).startsWith("Salaffi"), citations::toString);
  }

  @Test
  void entriesFollowTheOrderOfMeasure() {
    assertEquals(
        List.of(Measure.values()),
        CATALOG.entries().stream().map(OutcomeMeasure::measure).toList());
  }

  @Test
  void ofBuildsACatalogOfExactlyTheEntries() {
    List<OutcomeMeasure> entries = new ArrayList<>(CATALOG.entries());
    OutcomeMeasure strict =
        OutcomeMeasure.builder().from(CATALOG.get(Measure.NDI)).mcid(10.2).build();
    entries.set(Measure.NDI.ordinal(), strict);
    OutcomeMeasureCatalog custom = OutcomeMeasureCatalog.of(entries);
    assertSame(strict, custom.get(Measure.NDI));
    assertSame(CATALOG.get(Measure.NPRS), custom.get(Measure.NPRS));
  }

  @Test
  void ofRejectsAMissingMeasure() {
    List<OutcomeMeasure> entries =
        CATALOG.entries().stream().filter(e -> e.measure() != Measure.VAS).toList();
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> OutcomeMeasureCatalog.of(entries));
    assertEquals("missing outcome measure: vas", e.getMessage());
  }

  @Test
  void ofRejectsAnEmptyCollectionNamingTheFirstMeasure() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> OutcomeMeasureCatalog.of(List.of()));
    assertEquals("missing outcome measure: nprs", e.getMessage());
  }

  @Test
  void ofRejectsADuplicateMeasure() {
    List<OutcomeMeasure> entries =
        Stream.concat(CATALOG.entries().stream(), Stream.of(CATALOG.get(Measure.QUICK_DASH)))
            .toList();
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> OutcomeMeasureCatalog.of(entries));
    assertEquals("duplicate outcome measure: quick-dash", e.getMessage());
  }

  @Test
  void ofRejectsANullEntry() {
    List<OutcomeMeasure> entries = new ArrayList<>(CATALOG.entries());
    entries.add(null);
    NullPointerException e =
        assertThrows(NullPointerException.class, () -> OutcomeMeasureCatalog.of(entries));
    assertEquals("entry", e.getMessage());
  }

  @Test
  void getRejectsNull() {
    NullPointerException e = assertThrows(NullPointerException.class, () -> CATALOG.get(null));
    assertEquals("measure", e.getMessage());
  }
}
