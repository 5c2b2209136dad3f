package org.nmt.core.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;

import org.junit.jupiter.api.Test;
import org.nmt.core.reference.Source;

/** {@link OutcomeMeasure#responder} against the change it shortcuts. */
class OutcomeMeasureResponderTest {
  private static final Source SOURCE = Source.primary("Test source 2026");

  /**
   * Over every measure, with and without an MCID and an MDC, at values across the range (on a grid
   * of a hundredth of the range, so that improvements land exactly on thresholds too). The last
   * generator draws the baseline's and the follow-up's place on the grid together.
   */
  @Test
  void responderIsTheChangesResponder() {
    qt().withFixedSeed(20261124L)
        .withExamples(2000)
        .forAll(
            arbitrary().enumValues(Measure.class),
            integers().between(0, 30),
            integers().between(0, 30),
            integers().between(0, 101 * 101 - 1))
        .checkAssert(
            (measure, mcidPercentOfRange, mdcPercentOfRange, values) -> {
              int baselineAt = values / 101;
              int followUpAt = values % 101;
              double range = measure.maximum() - measure.minimum();
              OutcomeMeasure.Builder builder = OutcomeMeasure.builder();
              builder.measure(measure).notes("").addSources(SOURCE);
              if (mcidPercentOfRange > 0) {
                builder.mcid(range * mcidPercentOfRange / 100);
              }
              if (mdcPercentOfRange > 0) {
                builder.mdc(range * mdcPercentOfRange / 100);
              }
              OutcomeMeasure outcome = builder.build();
              double baseline = measure.minimum() + range * baselineAt / 100;
              double followUp = measure.minimum() + range * followUpAt / 100;
              assertEquals(
                  outcome.change(baseline, followUp).responder(),
                  outcome.responder(baseline, followUp));
            });
  }

  @Test
  void responderOfStandardMeasuresIsTheChangesResponder() {
    for (OutcomeMeasure outcome : OutcomeMeasureCatalog.standard().entries()) {
      Measure measure = outcome.measure();
      double step = (measure.maximum() - measure.minimum()) / 40;
      for (double baseline = measure.minimum(); baseline <= measure.maximum(); baseline += step) {
        for (double followUp = measure.minimum(); followUp <= measure.maximum(); followUp += step) {
          assertEquals(
              outcome.change(baseline, followUp).responder(),
              outcome.responder(baseline, followUp),
              measure.id() + " " + baseline + " -> " + followUp);
        }
      }
    }
  }

  @Test
  void responderRefusesValuesOutsideTheRangeAsChangeDoes() {
    OutcomeMeasure nprs = OutcomeMeasureCatalog.standard().get(Measure.NPRS);
    IllegalArgumentException change =
        assertThrows(IllegalArgumentException.class, () -> nprs.change(11, 2));
    IllegalArgumentException responder =
        assertThrows(IllegalArgumentException.class, () -> nprs.responder(11, 2));
    assertEquals("baseline of nprs must be within 0.0..10.0: 11.0", responder.getMessage());
    assertEquals(change.getMessage(), responder.getMessage());
    assertEquals(
        "followUp of nprs must be within 0.0..10.0: -1.0",
        assertThrows(IllegalArgumentException.class, () -> nprs.responder(2, -1)).getMessage());
  }
}
