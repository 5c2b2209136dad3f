package org.nmt.outcomes.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class KaplanMeierTest {
  /**
   * The 6-MP arm of the leukaemia remission trial (Freireich et al. 1963, the textbook example of
   * Kaplan–Meier estimation); expected values from R 4.2.2, survival 3.5-3: {@code
   * summary(survfit(Surv(t, s) ~ 1, conf.type = "log-log"), censored = TRUE)}.
   */
  @Test
  void matchesRSurvivalOnTheSixMpData() {
    int[] times = {6, 6, 6, 6, 7, 9, 10, 10, 11, 13, 16, 17, 19, 20, 22, 23, 25, 32, 32, 34, 35};
    int[] status = {1, 1, 1, 0, 1, 0, 1, 0, 0, 1, 1, 0, 0, 0, 1, 1, 0, 0, 0, 0, 0};
    KaplanMeier km = KaplanMeier.withStepsPerUnit(1);
    for (int i = 0; i < times.length; i++) {
      if (status[i] == 1) {
        km.addEvent(times[i]);
      } else {
        km.addCensored(times[i]);
      }
    }
    SurvivalCurve curve = km.result();
    double[][] expected = {
      {6, 21, 3, 1, 0.857142857142857, 0.0763603548321213, 0.619717955265984, 0.951551747646997},
      {7, 17, 1, 0, 0.80672268907563, 0.0869352851800572, 0.563146564622233, 0.92280901920288},
      {9, 16, 0, 1, 0.80672268907563, 0.0869352851800572, 0.563146564622233, 0.92280901920288},
      {10, 15, 1, 1, 0.752941176470588, 0.0963496529943205, 0.503199510799957, 0.889361835169265},
      {11, 13, 0, 1, 0.752941176470588, 0.0963496529943205, 0.503199510799957, 0.889361835169265},
      {13, 12, 1, 0, 0.690196078431372, 0.10681470777501, 0.431610222486184, 0.849065963349451},
      {16, 11, 1, 0, 0.627450980392157, 0.114053865256753, 0.367510855987502, 0.804912189471841},
      {17, 10, 0, 1, 0.627450980392157, 0.114053865256753, 0.367510855987502, 0.804912189471841},
      {19, 9, 0, 1, 0.627450980392157, 0.114053865256753, 0.367510855987502, 0.804912189471841},
      {20, 8, 0, 1, 0.627450980392157, 0.114053865256753, 0.367510855987502, 0.804912189471841},
      {22, 7, 1, 0, 0.53781512605042, 0.128233751693034, 0.267778936767135, 0.746790717635394},
      {23, 6, 1, 0, 0.448179271708683, 0.13459145675576, 0.188052005959232, 0.680142628495241},
      {25, 5, 0, 1, 0.448179271708683, 0.13459145675576, 0.188052005959232, 0.680142628495241},
      {32, 4, 0, 2, 0.448179271708683, 0.13459145675576, 0.188052005959232, 0.680142628495241},
      {34, 2, 0, 1, 0.448179271708683, 0.13459145675576, 0.188052005959232, 0.680142628495241},
      {35, 1, 0, 1, 0.448179271708683, 0.13459145675576, 0.188052005959232, 0.680142628495241}
    };
    assertEquals(expected.length, curve.steps().size());
    for (int i = 0; i < expected.length; i++) {
      SurvivalStep step = curve.steps().get(i);
      double[] row = expected[i];
      assertEquals(row[0], step.time());
      assertEquals((long) row[1], step.atRisk());
      assertEquals((long) row[2], step.events());
      assertEquals((long) row[3], step.censored());
      assertEquals(row[4], step.survival(), 1e-13);
      assertEquals(row[5], step.standardError().getAsDouble(), 1e-13);
      assertEquals(row[6], step.interval().get().lower(), 1e-12);
      assertEquals(row[7], step.interval().get().upper(), 1e-12);
    }
    assertEquals(21, curve.subjects());
    assertEquals(9, curve.events());
    assertEquals(OptionalDouble.of(23), curve.median());
    assertEquals(0.752941176470588, curve.survivalAt(12.5), 1e-13);
    assertEquals(1.0, curve.survivalAt(5));
  }

  @Test
  void emptyAndCensoredOnlyCurves() {
    SurvivalCurve empty = KaplanMeier.withStepsPerUnit(1).result();
    assertTrue(empty.steps().isEmpty());
    assertEquals(OptionalDouble.empty(), empty.median());
    KaplanMeier censored = KaplanMeier.withStepsPerUnit(1);
    censored.addCensored(3);
    censored.addCensored(5);
    SurvivalCurve curve = censored.result();
    assertEquals(2, curve.steps().size());
    assertEquals(1.0, curve.steps().get(1).survival());
    assertEquals(OptionalDouble.of(0), curve.steps().get(0).standardError());
    assertFalse(curve.steps().get(0).interval().isPresent());
    assertEquals(OptionalDouble.empty(), curve.median());
  }

  @Test
  void everyoneWithTheEventEndsAtZeroWithoutErrorOrInterval() {
    KaplanMeier km = KaplanMeier.withStepsPerUnit(1);
    km.addEvent(1);
    km.addEvent(2);
    SurvivalCurve curve = km.result();
    assertEquals(0.5, curve.steps().get(0).survival());
    assertEquals(OptionalDouble.of(1), curve.median());
    SurvivalStep last = curve.steps().get(1);
    assertEquals(0.0, last.survival());
    assertEquals(OptionalDouble.empty(), last.standardError());
    assertFalse(last.interval().isPresent());
  }

  @Test
  void mergingEqualsAddingEverythingToOneAccumulator() {
    qt().withFixedSeed(20261124L)
        .withExamples(500)
        .forAll(
            lists().of(integers().between(0, 2000)).ofSize(40),
            lists().of(booleans().all()).ofSize(40),
            integers().between(0, 40))
        .check(
            (times, events, split) -> {
              KaplanMeier whole = of(times, events, 0, 40);
              KaplanMeier merged = of(times, events, 0, split);
              merged.merge(of(times, events, split, 40));
              return whole.result().equals(merged.result());
            });
  }

  @Test
  void rejectsBadTimes() {
    KaplanMeier km = KaplanMeier.withStepsPerUnit(1440);
    assertEquals(
        "time must be finite, >= 0: -1.0",
        assertThrows(IllegalArgumentException.class, () -> km.addEvent(-1)).getMessage());
    assertEquals(
        "cannot merge times of resolution 1/1 into 1/1440",
        assertThrows(
                IllegalArgumentException.class, () -> km.merge(KaplanMeier.withStepsPerUnit(1)))
            .getMessage());
  }

  private static KaplanMeier of(List<Integer> minutes, List<Boolean> events, int from, int to) {
    KaplanMeier km = KaplanMeier.withStepsPerUnit(1440);
    for (int i = from; i < to; i++) {
      if (events.get(i)) {
        km.addEvent(minutes.get(i) / 1440.0);
      } else {
        km.addCensored(minutes.get(i) / 1440.0);
      }
    }
    return km;
  }
}
