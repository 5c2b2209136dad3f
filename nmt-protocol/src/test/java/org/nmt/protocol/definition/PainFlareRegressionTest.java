package org.nmt.protocol.definition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nmt.protocol.TestRecords.day;
import static org.nmt.protocol.TestRecords.evening;
import static org.nmt.protocol.TestRecords.record;
import static org.nmt.protocol.TestRecords.session;
import static org.nmt.protocol.TestRecords.sessionIds;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.nmt.core.session.Session;
import org.nmt.core.stage.Stage;
import org.nmt.protocol.criterion.StageContext;

class PainFlareRegressionTest {
  private static final PainFlareRegression RULE = PainFlareRegression.of(2, Stage.PAIN_ELIMINATION);

  private static Optional<RegressionTrigger> check(Session... sessions) {
    return RULE.check(
        StageContext.of(record(sessions), Stage.STRUCTURAL_CORRECTION, day(1), evening(9)));
  }

  @Test
  void aRiseOfTheThresholdFires() {
    RegressionTrigger trigger = check(session("s1", 1, 3), session("s2", 2, 5)).get();
    assertEquals(RULE, trigger.rule());
    assertEquals("pain 5 against entry 3 (rise >= 2)", trigger.observed());
    assertEquals(sessionIds("s1", "s2"), trigger.sessions());
  }

  @Test
  void aFlareAfterTheEntrySessionCitesItOnce() {
    RegressionTrigger trigger = check(session("s1", 1).painBefore(3).painAfter(5).build()).get();
    assertEquals(sessionIds("s1"), trigger.sessions());
  }

  @Test
  void aSmallerRiseOrPainBeforeTheStageDoesNotFire() {
    assertTrue(check(session("s1", 1, 3), session("s2", 2, 4)).isEmpty());
    // 1 before the stage, 3 at its entry: no flare within the stage.
    assertTrue(check(session("s0", 0, 1), session("s1", 1, 3)).isEmpty());
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
