package org.nmt.core.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.nmt.core.reference.Source;

class OutcomeMeasureTest {
  private static final Source SOURCE = Source.primary("Test source 2026");

  private static OutcomeMeasure.Builder entry(Measure measure) {
    OutcomeMeasure.Builder builder = OutcomeMeasure.builder();
    builder.measure(measure).notes("").addSources(SOURCE);
    return builder;
  }

  @Test
  void responderThresholdIsTheLargerOfMcidAndMdc() {
    assertEquals(
        OptionalDouble.of(3), entry(Measure.NDI).mcid(3).mdc(2).build().responderThreshold());
    assertEquals(
        OptionalDouble.of(3), entry(Measure.NDI).mcid(2).mdc(3).build().responderThreshold());
    assertEquals(OptionalDouble.of(2), entry(Measure.NDI).mcid(2).build().responderThreshold());
    assertEquals(OptionalDouble.of(4), entry(Measure.NDI).mdc(4).build().responderThreshold());
    assertEquals(
        OptionalDouble.empty(), entry(Measure.NDI).mcidPercent(30).build().responderThreshold());
  }

  @Test
  void responderThresholdIsTheMaximumOfWhatIsPresent() {
    qt().withFixedSeed(20261124L)
        .withExamples(1000)
        .forAll(
            arbitrary().enumValues(Measure.class),
            integers().between(0, 2000),
            integers().between(0, 2000))
        .checkAssert(
            (measure, mcidHundredths, mdcHundredths) -> {
              OutcomeMeasure.Builder builder = entry(measure);
              double expected = 0;
              if (mcidHundredths > 0) {
                builder.mcid(mcidHundredths / 100.0);
                expected = mcidHundredths / 100.0;
              }
              if (mdcHundredths > 0) {
                builder.mdc(mdcHundredths / 100.0);
                expected = Math.max(expected, mdcHundredths / 100.0);
              }
              OptionalDouble threshold = builder.build().responderThreshold();
              assertEquals(
                  expected == 0 ? OptionalDouble.empty() : OptionalDouble.of(expected), threshold);
            });
  }

  @Test
  void rejectsANonPositiveThreshold() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> entry(Measure.NPRS).mcid(0).build());
    assertEquals("measure nprs: mcid must be positive: 0.0", e.getMessage());
    e =
        assertThrows(
            IllegalArgumentException.class, () -> entry(Measure.ODI).mcidPercent(-30).build());
    assertEquals("measure odi: mcidPercent must be positive: -30.0", e.getMessage());
    e =
        assertThrows(
            IllegalArgumentException.class,
            () -> entry(Measure.PRESSURE_PAIN_THRESHOLD).mdc(Double.NaN).build());
    assertEquals("measure pressure-pain-threshold: mdc must be positive: NaN", e.getMessage());
    e =
        assertThrows(
            IllegalArgumentException.class,
            () -> entry(Measure.VAS).mcid(Double.POSITIVE_INFINITY).build());
    assertEquals("measure vas: mcid must be positive: Infinity", e.getMessage());
  }

  @Test
  void rejectsAnEntryWithoutSources() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> OutcomeMeasure.builder().measure(Measure.LEFS).notes("").mcid(9).build());
    assertEquals("measure lefs: sources must not be empty", e.getMessage());
  }

  @Test
  void changeRejectsABaselineOutOfRange() {
    OutcomeMeasure nprs = OutcomeMeasureCatalog.standard().get(Measure.NPRS);
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> nprs.change(11, 4));
    assertEquals("baseline of nprs must be within 0.0..10.0: 11.0", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> nprs.change(-1, 4));
    assertEquals("baseline of nprs must be within 0.0..10.0: -1.0", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> nprs.change(Double.NaN, 4));
    assertEquals("baseline of nprs must be within 0.0..10.0: NaN", e.getMessage());
  }

  @Test
  void changeRejectsAFollowUpOutOfRange() {
    OutcomeMeasure vas = OutcomeMeasureCatalog.standard().get(Measure.VAS);
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> vas.change(40, 100.5));
    assertEquals("followUp of vas must be within 0.0..100.0: 100.5", e.getMessage());
    OutcomeMeasure dash = OutcomeMeasureCatalog.standard().get(Measure.QUICK_DASH);
    e = assertThrows(IllegalArgumentException.class, () -> dash.change(40, -0.5));
    assertEquals("followUp of quick-dash must be within 0.0..100.0: -0.5", e.getMessage());
  }

  @Test
  void changeAcceptsTheBoundsOfTheRange() {
    OutcomeMeasure lefs = OutcomeMeasureCatalog.standard().get(Measure.LEFS);
    assertEquals(80, lefs.change(0, 80).improvement());
    assertEquals(-80, lefs.change(80, 0).improvement());
  }

  @Test
  void changeAcceptsExactlyTheValuesInRangeWithTheCheckMessage() {
    OutcomeMeasure ndi = OutcomeMeasureCatalog.standard().get(Measure.NDI);
    qt().withFixedSeed(20261124L)
        .withExamples(1000)
        .forAll(integers().between(-200, 1200), integers().between(-200, 1200))
        .check(
            (b, f) -> {
              double baseline = b / 10.0;
              double followUp = f / 10.0;
              String expected =
                  !Measure.NDI.inRange(baseline)
                      ? "baseline of ndi must be within 0.0..50.0: " + baseline
                      : !Measure.NDI.inRange(followUp)
                          ? "followUp of ndi must be within 0.0..50.0: " + followUp
                          : null;
              try {
                ndi.change(baseline, followUp);
                return expected == null;
              } catch (IllegalArgumentException e) {
                return e.getMessage().equals(expected);
              }
            });
  }
}
