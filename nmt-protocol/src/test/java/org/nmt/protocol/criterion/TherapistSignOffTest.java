package org.nmt.protocol.criterion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nmt.protocol.TestRecords.at;
import static org.nmt.protocol.TestRecords.day;
import static org.nmt.protocol.TestRecords.evening;
import static org.nmt.protocol.TestRecords.record;
import static org.nmt.protocol.TestRecords.signOff;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.nmt.core.id.TherapistId;
import org.nmt.core.record.ClientRecord;
import org.nmt.core.record.StageSignOff;
import org.nmt.core.stage.Stage;

class TherapistSignOffTest {
  private static final TherapistSignOff SIGN_OFF = TherapistSignOff.of();

  private static CriterionResult evaluate(ClientRecord record, Instant entered, Instant asOf) {
    return SIGN_OFF.evaluate(StageContext.of(record, Stage.STRENGTH, entered, asOf));
  }

  @Test
  void signOffOfTheStageWithinItIsMet() {
    ClientRecord record = record().addSignOffs(signOff(Stage.STRENGTH, at(2, 12))).build();
    CriterionResult result = evaluate(record, day(1), evening(2));
    assertEquals(Outcome.MET, result.outcome());
    assertEquals("signed off by therapist-1 at 2026-01-07T12:00:00Z", result.observed());
    assertEquals("a therapist's sign-off of the stage", result.required());
    assertTrue(result.sessions().isEmpty());
  }

  @Test
  void signOffBeforeEnteringTheStageDoesNotCount() {
    // Signed off on day 0, then (after a regression, say) the stage was entered again on day 1.
    ClientRecord record = record().addSignOffs(signOff(Stage.STRENGTH, at(0, 12))).build();
    CriterionResult result = evaluate(record, day(1), evening(2));
    assertEquals(Outcome.NOT_MET, result.outcome());
    assertEquals("no sign-off", result.observed());
  }

  @Test
  void signOffAtTheMomentOfEntryCounts() {
    ClientRecord record = record().addSignOffs(signOff(Stage.STRENGTH, day(1))).build();
    assertEquals(Outcome.MET, evaluate(record, day(1), day(1)).outcome());
  }

  @Test
  void signOffAfterAsOfIsInvisible() {
    ClientRecord record = record().addSignOffs(signOff(Stage.STRENGTH, at(3, 12))).build();
    assertEquals(Outcome.NOT_MET, evaluate(record, day(1), evening(2)).outcome());
    assertEquals(Outcome.MET, evaluate(record, day(1), evening(3)).outcome());
  }

  @Test
  void signOffOfAnotherStageDoesNotCount() {
    ClientRecord record = record().addSignOffs(signOff(Stage.ENDURANCE, at(2, 12))).build();
    assertEquals(Outcome.NOT_MET, evaluate(record, day(1), evening(2)).outcome());
  }

  @Test
  void theLatestSignOffWithinTheStageIsReported() {
    ClientRecord record =
        record()
            .addSignOffs(
                signOff(Stage.STRENGTH, at(2, 12)),
                StageSignOff.of(Stage.STRENGTH, TherapistId.of("therapist-2"), at(3, 12)))
            .build();
    assertEquals(
        "signed off by therapist-2 at 2026-01-08T12:00:00Z",
        evaluate(record, day(1), evening(3)).observed());
  }

  @Test
  void id() {
    assertEquals("therapist-sign-off", SIGN_OFF.id());
    assertEquals(SIGN_OFF, TherapistSignOff.of());
  }
}
