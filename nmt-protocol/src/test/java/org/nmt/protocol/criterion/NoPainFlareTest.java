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

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.nmt.core.record.ClientRecord;
import org.nmt.core.session.Session;
import org.nmt.core.stage.Stage;

class NoPainFlareTest {
  private static final NoPainFlare NO_FLARE = NoPainFlare.of(2);
  private static final Stage ONE = Stage.PAIN_ELIMINATION;
  private static final Stage TWO = Stage.STRUCTURAL_CORRECTION;

  /** Evaluated in stage 2, entered on {@code entered}, as of the evening of day 9. */
  private static CriterionResult evaluate(int entered, Session... sessions) {
    return NO_FLARE.evaluate(StageContext.of(record(sessions), TWO, day(entered), evening(9)));
  }

  /** Evaluated in stage 2, entered on day 1, as of the evening of day 9. */
  private static CriterionResult evaluate(Session... sessions) {
    return evaluate(1, sessions);
  }

  @Test
  void noPainRecordedInTheStageIsNotAssessable() {
    // Stage 1's pain sets an entry value, but nothing is known of pain in stage 2.
    CriterionResult result =
        evaluate(
            session("s0", 0, ONE, 2),
            session("s1", 1, TWO).painAfter(6).build(),
            session("s2", 2, TWO).build());
    assertEquals(Outcome.NOT_ASSESSABLE, result.outcome());
    assertEquals("no pain recorded in the stage", result.observed());
    assertEquals(
        "no NPRS pain before a session 2 or more points above the stage's entry pain",
        result.required());
    assertTrue(result.sessions().isEmpty());
    assertEquals(Outcome.NOT_ASSESSABLE, evaluate(session("s0", 0, ONE, 2)).outcome());
    assertEquals(Outcome.NOT_ASSESSABLE, evaluate().outcome());
  }

  @Test
  void aRiseOfExactlyTwoIsAFlare() {
    CriterionResult result = evaluate(session("s1", 1, TWO, 4), session("s2", 2, TWO, 6));
    assertEquals(Outcome.NOT_MET, result.outcome());
    assertEquals("pain 6 against entry 4 in session s2", result.observed());
    assertEquals(sessionIds("s1", "s2"), result.sessions());
  }

  @Test
  void aRiseOfOneIsNoFlare() {
    CriterionResult result =
        evaluate(session("s1", 1, TWO, 4), session("s2", 2, TWO, 5), session("s3", 3, TWO, 3));
    assertEquals(Outcome.MET, result.outcome());
    assertEquals("entry pain 4, no flare", result.observed());
    assertEquals(sessionIds("s1", "s2", "s3"), result.sessions());
  }

  @Test
  void painAfterASessionIsNoFlare() {
    // Soreness after treatment is expected: 3 before, 5 after is no flare; 5 before the next
    // session is.
    CriterionResult result =
        evaluate(
            session("s1", 1, TWO, 3), session("s2", 2, TWO).painBefore(3).painAfter(5).build());
    assertEquals(Outcome.MET, result.outcome());
    assertEquals("entry pain 3, no flare", result.observed());
    assertEquals(sessionIds("s1", "s2"), result.sessions());
    CriterionResult next =
        evaluate(
            session("s1", 1, TWO, 3),
            session("s2", 2, TWO).painBefore(3).painAfter(5).build(),
            session("s3", 3, TWO, 5));
    assertEquals(Outcome.NOT_MET, next.outcome());
    assertEquals("pain 5 against entry 3 in session s3", next.observed());
    assertEquals(sessionIds("s1", "s3"), next.sessions());
  }

  @Test
  void painAfterTheEntrySessionIsNoFlare() {
    // Ischemic compression is dosed to 7-8/10: pain after the session says nothing of a flare.
    CriterionResult result = evaluate(session("s1", 1, TWO).painBefore(3).painAfter(8).build());
    assertEquals(Outcome.MET, result.outcome());
    assertEquals("entry pain 3, no flare", result.observed());
    assertEquals(sessionIds("s1"), result.sessions());
  }

  @Test
  void theEntryIsTheLastPainRatedBeforeTheStage() {
    // Stage 2 entered on day 3. s0's 8 is not the entry (no flare against it), nor s1's pain
    // after (1: s3 would flare), nor s3's 5 (s4 would not): s1's pain before, 4, is, the last
    // rated before the stage; s2 was not rated.
    Session[] sessions = {
      session("s0", 0, ONE, 8),
      session("s1", 1, ONE).painBefore(4).painAfter(1).build(),
      session("s2", 2, ONE).build(),
      session("s3", 3, TWO, 5),
      session("s4", 4, TWO, 6)
    };
    CriterionResult result = evaluate(3, sessions);
    assertEquals(Outcome.NOT_MET, result.outcome());
    assertEquals("pain 6 against entry 4 in session s4", result.observed());
    assertEquals(sessionIds("s1", "s4"), result.sessions());
    StageContext context = StageContext.of(record(sessions), TWO, day(3), evening(9));
    assertEquals(OptionalInt.of(4), PainFlare.entryPain(context));
    // Without s4, no flare; the entry session is cited with the stage's sessions.
    CriterionResult met = evaluate(3, Arrays.copyOf(sessions, 4));
    assertEquals(Outcome.MET, met.outcome());
    assertEquals("entry pain 4, no flare", met.observed());
    assertEquals(sessionIds("s1", "s3"), met.sessions());
  }

  @Test
  void aFlareRightAtStageEntryIsAFlare() {
    // Pain 2 and 2 in stage 1, the gate passed, then 7 at the first session of stage 2.
    ClientRecord record =
        record(session("s1", 1, ONE, 2), session("s2", 2, ONE, 2), session("s3", 3, TWO, 7));
    CriterionResult result =
        NO_FLARE.evaluate(StageContext.of(record, TWO, evening(2), evening(3)));
    assertEquals(Outcome.NOT_MET, result.outcome());
    assertEquals("pain 7 against entry 2 in session s3", result.observed());
    assertEquals(sessionIds("s2", "s3"), result.sessions());
  }

  @Test
  void theFirstStageOfACourseStartsFromItsFirstRatedSession() {
    // Nothing rated before the stage: s1 has no pain before, so s2 sets the entry at 5; 6 is no
    // flare against 5, though it would be against s1's pain after.
    CriterionResult result =
        NO_FLARE.evaluate(
            StageContext.of(
                record(
                    session("s1", 1).painAfter(1).build(),
                    session("s2", 2, 5),
                    session("s3", 3, 6)),
                ONE,
                day(1),
                evening(9)));
    assertEquals(Outcome.MET, result.outcome());
    assertEquals("entry pain 5, no flare", result.observed());
    assertEquals(sessionIds("s1", "s2", "s3"), result.sessions());
  }

  @Test
  void aSessionOfAnotherStageIsNeverAFlare() {
    // s2 lies within stage 2 but is recorded in stage 1.
    CriterionResult result =
        evaluate(session("s1", 1, TWO, 3), session("s2", 2, ONE, 9), session("s3", 3, TWO, 4));
    assertEquals(Outcome.MET, result.outcome());
    assertEquals(sessionIds("s1", "s3"), result.sessions());
  }

  @Test
  void aFlareAfterAsOfIsInvisible() {
    ClientRecord record =
        record(session("s1", 1, Stage.STRENGTH, 3), session("s2", 2, Stage.STRENGTH, 7));
    assertEquals(
        Outcome.MET,
        NO_FLARE.evaluate(StageContext.of(record, Stage.STRENGTH, day(1), evening(1))).outcome());
    assertEquals(
        Outcome.NOT_MET,
        NO_FLARE.evaluate(StageContext.of(record, Stage.STRENGTH, day(1), evening(2))).outcome());
  }

  /**
   * Against a model: sessions of stage 4 (entered on day 1) with pain before (-1: not rated) and
   * after, optionally after a stage-3 session on day 0 (pain -1: none).
   */
  @Test
  void notMetExactlyWhenSomePainBeforeRisesByTheThreshold() {
    Set<Outcome> seen = EnumSet.noneOf(Outcome.class);
    qt().withFixedSeed(20261124L)
        .withExamples(1000)
        .forAll(
            integers().between(1, 10),
            integers().between(-1, 10),
            lists().of(integers().between(-1, 10)).ofSizeBetween(0, 6),
            lists().of(integers().between(0, 10)).ofSizeBetween(6, 6))
        .check(
            (rise, prior, before, after) -> {
              List<Session> sessions = new ArrayList<>();
              if (prior >= 0) {
                sessions.add(session("s0", 0, Stage.FLEXIBILITY, prior));
              }
              for (int i = 0; i < before.size(); i++) {
                Session.Builder session =
                    session("s" + (i + 1), i + 1, Stage.STRENGTH).painAfter(after.get(i));
                if (before.get(i) >= 0) {
                  session.painBefore(before.get(i));
                }
                sessions.add(session.build());
              }
              Outcome outcome =
                  NoPainFlare.of(rise)
                      .evaluate(
                          StageContext.of(
                              record(sessions.toArray(Session[]::new)),
                              Stage.STRENGTH,
                              day(1),
                              evening(9)))
                      .outcome();
              seen.add(outcome);
              return outcome == expected(rise, prior, before);
            });
    assertEquals(EnumSet.allOf(Outcome.class), seen);
  }

  private static Outcome expected(int rise, int prior, List<Integer> before) {
    List<Integer> rated = before.stream().filter(pain -> pain >= 0).collect(Collectors.toList());
    if (rated.isEmpty()) {
      return Outcome.NOT_ASSESSABLE;
    }
    int entry = prior >= 0 ? prior : rated.get(0);
    return rated.stream().anyMatch(pain -> pain >= entry + rise) ? Outcome.NOT_MET : Outcome.MET;
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
