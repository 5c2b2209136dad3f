package org.nmt.protocol.definition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nmt.protocol.TestRecords.day;
import static org.nmt.protocol.TestRecords.evening;
import static org.nmt.protocol.TestRecords.record;
import static org.nmt.protocol.TestRecords.session;
import static org.nmt.protocol.TestRecords.sessionIds;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.nmt.core.session.Session;
import org.nmt.core.stage.Stage;
import org.nmt.protocol.criterion.StageContext;

class PainFlareRegressionTest {
  private static final PainFlareRegression RULE = PainFlareRegression.of(2, Stage.PAIN_ELIMINATION);
  private static final Stage ONE = Stage.PAIN_ELIMINATION;
  private static final Stage TWO = Stage.STRUCTURAL_CORRECTION;

  /** Checked in stage 2, entered at {@code entered}, as of the evening of day 9. */
  private static Optional<RegressionTrigger> check(Instant entered, Session... sessions) {
    return RULE.check(StageContext.of(record(sessions), TWO, entered, evening(9)));
  }

  /** Checked in stage 2, entered on day 1, as of the evening of day 9. */
  private static Optional<RegressionTrigger> check(Session... sessions) {
    return check(day(1), sessions);
  }

  @Test
  void aRiseOfTheThresholdFires() {
    RegressionTrigger trigger = check(session("s1", 1, TWO, 3), session("s2", 2, TWO, 5)).get();
    assertEquals(RULE, trigger.rule());
    assertEquals("pain 5 against entry 3 (rise >= 2)", trigger.observed());
    assertEquals(sessionIds("s1", "s2"), trigger.sessions());
  }

  @Test
  void aFlareRightAtStageEntryFires() {
    // Pain 2 and 2 in stage 1, the gate passed on the evening of day 2, then 7 in stage 2.
    RegressionTrigger trigger =
        check(
                evening(2),
                session("s1", 1, ONE, 2),
                session("s2", 2, ONE, 2),
                session("s3", 3, TWO, 7))
            .get();
    assertEquals("pain 7 against entry 2 (rise >= 2)", trigger.observed());
    assertEquals(sessionIds("s2", "s3"), trigger.sessions());
  }

  @Test
  void painAfterASessionDoesNotFire() {
    // 3 before the session, 5 after it: soreness, not a flare; 4 before the next is a rise of 1.
    assertTrue(check(session("s1", 1, TWO).painBefore(3).painAfter(5).build()).isEmpty());
    assertTrue(
        check(
                session("s1", 1, TWO).painBefore(3).painAfter(5).build(),
                session("s2", 2, TWO).painBefore(4).painAfter(8).build())
            .isEmpty());
  }

  @Test
  void aSmallerRiseOrARiseBeforeTheStageDoesNotFire() {
    assertTrue(check(session("s1", 1, TWO, 3), session("s2", 2, TWO, 4)).isEmpty());
    // 1 then 4 in stage 1, 4 at stage 2's first session: the entry is 4, no flare in stage 2.
    assertTrue(
        check(day(2), session("s0", 0, ONE, 1), session("s1", 1, ONE, 4), session("s2", 2, TWO, 4))
            .isEmpty());
    // A session recorded in stage 1 within stage 2 is not stage 2's.
    assertTrue(
        check(session("s1", 1, TWO, 3), session("s2", 2, ONE, 9), session("s3", 3, TWO, 4))
            .isEmpty());
    assertTrue(check(session("s0", 0, ONE, 1)).isEmpty());
    assertTrue(check().isEmpty());
  }

  @Test
  void parametersAreValidated() {
    assertEquals("pain-flare", RULE.id());
    assertEquals(Stage.PAIN_ELIMINATION, RULE.returnTo());
    assertEquals(
        "pain-flare: rise must be within 1..10: 0",
        assertThrows(
                IllegalArgumentException.class,
                () -> PainFlareRegression.of(0, Stage.PAIN_ELIMINATION))
            .getMessage());
    assertEquals(
        "pain-flare: rise must be within 1..10: 11",
        assertThrows(
                IllegalArgumentException.class,
                () -> PainFlareRegression.of(11, Stage.PAIN_ELIMINATION))
            .getMessage());
  }
}
