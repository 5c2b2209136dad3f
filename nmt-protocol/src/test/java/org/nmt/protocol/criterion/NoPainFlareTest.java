package org.nmt.protocol.criterion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nmt.protocol.TestRecords.day;
import static org.nmt.protocol.TestRecords.evening;
import static org.nmt.protocol.TestRecords.record;
import static org.nmt.protocol.TestRecords.session;
import static org.nmt.protocol.TestRecords.sessionIds;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nmt.core.record.ClientRecord;
import org.nmt.core.session.Session;
import org.nmt.core.stage.Stage;

class NoPainFlareTest {
  private static final NoPainFlare NO_FLARE = NoPainFlare.of(2);

  /** Evaluated in stage 2, entered on day 1, as of the evening of day 9. */
  private static CriterionResult evaluate(Session... sessions) {
    return NO_FLARE.evaluate(
        StageContext.of(record(sessions), Stage.STRUCTURAL_CORRECTION, day(1), evening(9)));
  }

  @Test
  void noPainRecordedInTheStageIsNotAssessable() {
    CriterionResult result =
        evaluate(session("s0", 0, 2), session("s1", 1).build(), session("s2", 2).build());
    assertEquals(Outcome.NOT_ASSESSABLE, result.outcome());
    assertEquals("no pain recorded in the stage", result.observed());
    assertEquals("no NPRS value 2 or more points above the stage's entry pain", result.required());
    assertTrue(result.sessions().isEmpty());
  }

  @Test
  void aRiseOfExactlyTwoIsAFlare() {
    CriterionResult result = evaluate(session("s1", 1, 4), session("s2", 2, 6));
    assertEquals(Outcome.NOT_MET, result.outcome());
    assertEquals("pain 6 against entry 4 in session s2", result.observed());
    assertEquals(sessionIds("s1", "s2"), result.sessions());
  }

  @Test
  void aRiseOfOneIsNoFlare() {
    CriterionResult result =
        evaluate(session("s1", 1, 4), session("s2", 2, 5), session("s3", 3, 3));
    assertEquals(Outcome.MET, result.outcome());
    assertEquals("entry pain 4, no flare", result.observed());
    assertEquals(sessionIds("s1", "s2", "s3"), result.sessions());
  }

  @Test
  void painAfterASessionCanFlare() {
    CriterionResult result =
        evaluate(session("s1", 1, 3), session("s2", 2).painBefore(3).painAfter(5).build());
    assertEquals(Outcome.NOT_MET, result.outcome());
    assertEquals("pain 5 against entry 3 in session s2", result.observed());
    assertEquals(sessionIds("s1", "s2"), result.sessions());
  }

  @Test
  void painAfterTheEntrySessionItselfCanFlareAndIsCitedOnce() {
    CriterionResult result = evaluate(session("s1", 1).painBefore(3).painAfter(6).build());
    assertEquals(Outcome.NOT_MET, result.outcome());
    assertEquals("pain 6 against entry 3 in session s1", result.observed());
    assertEquals(sessionIds("s1"), result.sessions());
  }

  @Test
  void theEntryIsTheFirstPainBeforeOfTheStage() {
    // s0 lies before the stage; s1 has no pain before, so s2 sets the entry at 5; 6 is no flare
    // against 5, though it would be against s0's 2 or s1's pain after.
    CriterionResult result =
        evaluate(
            session("s0", 0, 2),
            session("s1", 1).painAfter(1).build(),
            session("s2", 2, 5),
            session("s3", 3, 6));
    assertEquals(Outcome.MET, result.outcome());
    assertEquals("entry pain 5, no flare", result.observed());
    assertEquals(sessionIds("s1", "s2", "s3"), result.sessions());
  }

  @Test
  void aFlareAfterAsOfIsInvisible() {
    ClientRecord record = record(session("s1", 1, 3), session("s2", 2, 7));
    assertEquals(
        Outcome.MET,
        NO_FLARE.evaluate(StageContext.of(record, Stage.STRENGTH, day(1), evening(1))).outcome());
    assertEquals(
        Outcome.NOT_MET,
        NO_FLARE.evaluate(StageContext.of(record, Stage.STRENGTH, day(1), evening(2))).outcome());
  }

  @Test
  void notMetExactlyWhenSomeValueRisesByTheThreshold() {
    qt().withFixedSeed(20261124L)
        .withExamples(1000)
        .forAll(
            integers().between(1, 10),
            lists().of(integers().between(0, 10)).ofSizeBetween(1, 6),
            lists().of(integers().between(0, 10)).ofSizeBetween(6, 6))
        .check(
            (rise, before, after) -> {
              Session[] sessions = new Session[before.size()];
              for (int i = 0; i < before.size(); i++) {
                sessions[i] =
                    session("s" + i, i + 1)
                        .painBefore(before.get(i))
                        .painAfter(after.get(i))
                        .build();
              }
              Outcome outcome =
                  NoPainFlare.of(rise)
                      .evaluate(
                          StageContext.of(record(sessions), Stage.STRENGTH, day(1), evening(9)))
                      .outcome();
              return outcome == (flares(rise, before, after) ? Outcome.NOT_MET : Outcome.MET);
            });
  }

  private static boolean flares(int rise, List<Integer> before, List<Integer> after) {
    int entry = before.get(0);
    for (int i = 0; i < before.size(); i++) {
      if (before.get(i) >= entry + rise || after.get(i) >= entry + rise) {
        return true;
      }
    }
    return false;
  }

  @Test
  void riseMustBeWithinOneToTen() {
    assertEquals("no-pain-flare", NO_FLARE.id());
    assertEquals(10, NoPainFlare.of(10).rise());
    assertEquals(
        "no-pain-flare: rise must be within 1..10: 0",
        assertThrows(IllegalArgumentException.class, () -> NoPainFlare.of(0)).getMessage());
    assertEquals(
        "no-pain-flare: rise must be within 1..10: 11",
        assertThrows(IllegalArgumentException.class, () -> NoPainFlare.of(11)).getMessage());
  }
}
