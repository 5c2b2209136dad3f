package org.nmt.core.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.nmt.core.reference.Source;
import org.quicktheories.core.Gen;

class ChangeTest {
  private static final long SEED = 20261124L;
  private static final OutcomeMeasureCatalog CATALOG = OutcomeMeasureCatalog.standard();
  private static final double EPSILON = 1e-9;

  /**
   * A change of one measure between two values on a grid of hundredths, so that the expected
   * results can be computed exactly in integers.
   */
  private record GridChange(Measure measure, int baseline, int followUp) {
    double baselineValue() {
      return baseline / 100.0;
    }

    double followUpValue() {
      return followUp / 100.0;
    }

    /** The exact improvement in hundredths. */
    int improvement() {
      return measure.direction() == Direction.LOWER_IS_BETTER
          ? baseline - followUp
          : followUp - baseline;
    }

    Change change() {
      return CATALOG.get(measure).change(baselineValue(), followUpValue());
    }
  }

  private static int hundredths(double value) {
    return (int) Math.round(value * 100);
  }

  private static Gen<GridChange> gridChanges() {
    return arbitrary()
        .enumValues(Measure.class)
        .flatMap(
            m -> {
              Gen<Integer> values =
                  integers().between(hundredths(m.minimum()), hundredths(m.maximum()));
              return values.zip(values, (a, b) -> new GridChange(m, a, b));
            });
  }

  /**
   * Changes whose improvement is the measure's responder threshold, or one hundredth either side of
   * it, from a random baseline: where floating-point rounding could decide the result.
   */
  private static Gen<GridChange> changesAtTheResponderThreshold() {
    return arbitrary()
        .pick(
            CATALOG.entries().stream()
                .filter(e -> e.responderThreshold().isPresent())
                .map(OutcomeMeasure::measure)
                .toList())
        .flatMap(
            m -> {
              int threshold = hundredths(CATALOG.get(m).responderThreshold().getAsDouble());
              int min = hundredths(m.minimum());
              int max = hundredths(m.maximum());
              boolean lower = m.direction() == Direction.LOWER_IS_BETTER;
              Gen<Integer> baselines =
                  lower
                      ? integers().between(min + threshold + 1, max)
                      : integers().between(min, max - threshold - 1);
              return baselines.zip(
                  integers().between(-1, 1),
                  (b, delta) ->
                      new GridChange(m, b, lower ? b - threshold - delta : b + threshold + delta));
            });
  }

  private static Change nprs(double baseline, double followUp) {
    return CATALOG.get(Measure.NPRS).change(baseline, followUp);
  }

  private static void assertResults(
      Change change,
      ThresholdResult mcid,
      ThresholdResult relativeMcid,
      ThresholdResult mdc,
      ThresholdResult responder) {
    assertEquals(mcid, change.mcid(), "mcid");
    assertEquals(relativeMcid, change.relativeMcid(), "relativeMcid");
    assertEquals(mdc, change.mdc(), "mdc");
    assertEquals(responder, change.responder(), "responder");
  }

  @Test
  void nprsSevenToFourIsAResponder() {
    Change change = nprs(7, 4);
    assertSame(Measure.NPRS, change.measure());
    assertEquals(7, change.baseline());
    assertEquals(4, change.followUp());
    assertEquals(-3, change.difference());
    assertEquals(3, change.improvement());
    assertEquals(300.0 / 7, change.percentImprovement().getAsDouble(), EPSILON);
    assertResults(
        change,
        ThresholdResult.REACHED,
        ThresholdResult.REACHED,
        ThresholdResult.REACHED,
        ThresholdResult.REACHED);
  }

  @Test
  void nprsFiveToFourIsNotAResponder() {
    Change change = nprs(5, 4);
    assertEquals(1, change.improvement());
    assertEquals(20, change.percentImprovement().getAsDouble(), EPSILON);
    assertResults(
        change,
        ThresholdResult.NOT_REACHED,
        ThresholdResult.NOT_REACHED,
        ThresholdResult.NOT_REACHED,
        ThresholdResult.NOT_REACHED);
  }

  @Test
  void nprsZeroToZeroHasNoRelativeChange() {
    Change change = nprs(0, 0);
    assertEquals(0, change.improvement());
    assertEquals(OptionalDouble.empty(), change.percentImprovement());
    assertResults(
        change,
        ThresholdResult.NOT_REACHED,
        ThresholdResult.NO_THRESHOLD,
        ThresholdResult.NOT_REACHED,
        ThresholdResult.NOT_REACHED);
  }

  @Test
  void nprsWorseningIsBeyondTheMdcButNoImprovement() {
    Change change = nprs(3, 7);
    assertEquals(4, change.difference());
    assertEquals(-4, change.improvement());
    assertEquals(-400.0 / 3, change.percentImprovement().getAsDouble(), EPSILON);
    assertResults(
        change,
        ThresholdResult.NOT_REACHED,
        ThresholdResult.NOT_REACHED,
        ThresholdResult.REACHED,
        ThresholdResult.NOT_REACHED);
  }

  @Test
  void nprsExactlyAtTheThresholdsReachesThem() {
    Change twoPoints = nprs(6, 4);
    assertEquals(ThresholdResult.REACHED, twoPoints.mcid());
    assertEquals(ThresholdResult.REACHED, twoPoints.responder());
    Change thirtyPercent = nprs(10, 7);
    assertEquals(30, thirtyPercent.percentImprovement().getAsDouble(), EPSILON);
    assertEquals(ThresholdResult.REACHED, thirtyPercent.relativeMcid());
    Change belowThirtyPercent = nprs(10, 7.1);
    assertEquals(ThresholdResult.NOT_REACHED, belowThirtyPercent.relativeMcid());
  }

  @Test
  void psfsThreeToSixImprovesUpwards() {
    Change change = CATALOG.get(Measure.PSFS).change(3, 6);
    assertEquals(3, change.difference());
    assertEquals(3, change.improvement());
    assertEquals(100, change.percentImprovement().getAsDouble(), EPSILON);
    assertResults(
        change,
        ThresholdResult.REACHED,
        ThresholdResult.NO_THRESHOLD,
        ThresholdResult.NO_THRESHOLD,
        ThresholdResult.REACHED);
  }

  @Test
  void psfsSixToThreeIsAWorsening() {
    Change change = CATALOG.get(Measure.PSFS).change(6, 3);
    assertEquals(-3, change.improvement());
    assertEquals(-50, change.percentImprovement().getAsDouble(), EPSILON);
    assertEquals(ThresholdResult.NOT_REACHED, change.mcid());
    assertEquals(ThresholdResult.NOT_REACHED, change.responder());
  }

  @Test
  void ndiResponderNeedsTheMdcAboveTheMcid() {
    Change change = CATALOG.get(Measure.NDI).change(20, 11);
    assertResults(
        change,
        ThresholdResult.REACHED,
        ThresholdResult.NO_THRESHOLD,
        ThresholdResult.NOT_REACHED,
        ThresholdResult.NOT_REACHED);
    assertEquals(ThresholdResult.REACHED, CATALOG.get(Measure.NDI).change(20, 9.8).responder());
  }

  @Test
  void quickDashExactlyAtTheMcidReachesItDespiteRounding() {
    Change change = CATALOG.get(Measure.QUICK_DASH).change(40, 24.1);
    assertEquals(ThresholdResult.REACHED, change.mcid());
    assertEquals(ThresholdResult.REACHED, change.responder());
    assertEquals(
        ThresholdResult.NOT_REACHED, CATALOG.get(Measure.QUICK_DASH).change(40, 24.2).mcid());
  }

  @Test
  void aMeasureWithoutThresholdsHasNoResults() {
    Change change = CATALOG.get(Measure.MRC_GRADE).change(3, 5);
    assertEquals(2, change.improvement());
    assertResults(
        change,
        ThresholdResult.NO_THRESHOLD,
        ThresholdResult.NO_THRESHOLD,
        ThresholdResult.NO_THRESHOLD,
        ThresholdResult.NO_THRESHOLD);
  }

  @Test
  void improvementFollowsTheDirectionAndIsAntisymmetric() {
    qt().withFixedSeed(SEED)
        .withExamples(2000)
        .forAll(gridChanges())
        .checkAssert(
            g -> {
              Change change = g.change();
              Change reverse =
                  CATALOG.get(g.measure()).change(g.followUpValue(), g.baselineValue());
              assertEquals(g.improvement(), hundredths(change.improvement()));
              assertEquals(-change.improvement(), reverse.improvement(), EPSILON);
              assertEquals(
                  g.measure().direction() == Direction.LOWER_IS_BETTER
                      ? -change.difference()
                      : change.difference(),
                  change.improvement(),
                  EPSILON);
              assertEquals(
                  Integer.signum(g.improvement()),
                  (int) Math.signum(change.improvement()),
                  () -> g.toString());
            });
  }

  @Test
  void responderIffTheImprovementReachesTheThreshold() {
    qt().withFixedSeed(SEED)
        .withExamples(2000)
        .forAll(gridChanges())
        .checkAssert(ChangeTest::assertResponderIffThresholdReached);
    qt().withFixedSeed(SEED)
        .withExamples(2000)
        .forAll(changesAtTheResponderThreshold())
        .checkAssert(ChangeTest::assertResponderIffThresholdReached);
  }

  private static void assertResponderIffThresholdReached(GridChange g) {
    OptionalDouble threshold = CATALOG.get(g.measure()).responderThreshold();
    ThresholdResult expected =
        threshold.isEmpty()
            ? ThresholdResult.NO_THRESHOLD
            : g.improvement() >= hundredths(threshold.getAsDouble())
                ? ThresholdResult.REACHED
                : ThresholdResult.NOT_REACHED;
    assertEquals(expected, g.change().responder(), g::toString);
  }

  @Test
  void responderAtAndJustBelowTheThresholdOfEveryMeasure() {
    for (OutcomeMeasure entry : CATALOG.entries()) {
      if (entry.responderThreshold().isEmpty()) {
        continue;
      }
      Measure m = entry.measure();
      int threshold = hundredths(entry.responderThreshold().getAsDouble());
      for (int improvement : new int[] {threshold - 1, threshold, threshold + 1}) {
        GridChange g =
            m.direction() == Direction.LOWER_IS_BETTER
                ? new GridChange(m, hundredths(m.maximum()), hundredths(m.maximum()) - improvement)
                : new GridChange(m, hundredths(m.minimum()), hundredths(m.minimum()) + improvement);
        assertEquals(
            improvement >= threshold ? ThresholdResult.REACHED : ThresholdResult.NOT_REACHED,
            g.change().responder(),
            g::toString);
      }
    }
  }

  @Test
  void relativeMcidIffThirtyPercentOfANonZeroNprsBaseline() {
    qt().withFixedSeed(SEED)
        .withExamples(1000)
        .forAll(integers().between(1, 10), integers().between(0, 10))
        .checkAssert(
            (baseline, followUp) -> {
              Change change = nprs(baseline, followUp);
              boolean expected = 10 * (baseline - followUp) >= 3 * baseline;
              assertEquals(
                  expected ? ThresholdResult.REACHED : ThresholdResult.NOT_REACHED,
                  change.relativeMcid(),
                  () -> baseline + " -> " + followUp);
              assertEquals(expected, change.percentImprovement().getAsDouble() >= 30 - EPSILON);
            });
  }

  @Test
  void relativeMcidOnTheGridOfHundredths() {
    qt().withFixedSeed(SEED)
        .withExamples(2000)
        .forAll(integers().between(1, 1000), integers().between(0, 1000))
        .checkAssert(
            (baseline, followUp) -> {
              Change change = nprs(baseline / 100.0, followUp / 100.0);
              boolean expected = 10 * (baseline - followUp) >= 3 * baseline;
              assertEquals(
                  expected ? ThresholdResult.REACHED : ThresholdResult.NOT_REACHED,
                  change.relativeMcid(),
                  () -> baseline + " -> " + followUp);
            });
  }

  @Test
  void mdcIsReachedByAChangeEitherWay() {
    qt().withFixedSeed(SEED)
        .withExamples(2000)
        .forAll(gridChanges())
        .checkAssert(
            g -> {
              OptionalDouble mdc = CATALOG.get(g.measure()).mdc();
              Change change = g.change();
              Change reverse =
                  CATALOG.get(g.measure()).change(g.followUpValue(), g.baselineValue());
              ThresholdResult expected =
                  mdc.isEmpty()
                      ? ThresholdResult.NO_THRESHOLD
                      : Math.abs(g.followUp() - g.baseline()) >= hundredths(mdc.getAsDouble())
                          ? ThresholdResult.REACHED
                          : ThresholdResult.NOT_REACHED;
              assertEquals(expected, change.mdc(), g::toString);
              assertEquals(change.mdc(), reverse.mdc(), g::toString);
            });
  }

  @Test
  void mdcDoesNotDependOnTheDirectionOfTheMeasure() {
    // NPRS and PSFS share the range 0..10 and improve in opposite directions.
    assertTrue(Measure.NPRS.direction() != Measure.PSFS.direction());
    qt().withFixedSeed(SEED)
        .withExamples(1000)
        .forAll(
            integers().between(1, 500), integers().between(0, 1000), integers().between(0, 1000))
        .checkAssert(
            (mdc, baseline, followUp) -> {
              OutcomeMeasure lower = withMdc(Measure.NPRS, mdc / 100.0);
              OutcomeMeasure higher = withMdc(Measure.PSFS, mdc / 100.0);
              Change a = lower.change(baseline / 100.0, followUp / 100.0);
              Change b = higher.change(baseline / 100.0, followUp / 100.0);
              assertEquals(a.mdc(), b.mdc());
              assertEquals(
                  Math.abs(followUp - baseline) >= mdc
                      ? ThresholdResult.REACHED
                      : ThresholdResult.NOT_REACHED,
                  a.mdc());
            });
  }

  private static OutcomeMeasure withMdc(Measure measure, double mdc) {
    return OutcomeMeasure.builder()
        .measure(measure)
        .mdc(mdc)
        .notes("")
        .addSources(Source.primary("Test source 2026"))
        .build();
  }
}
