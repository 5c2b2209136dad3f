package org.nmt.protocol.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.nmt.core.stage.Stage;
import org.nmt.protocol.plan.PlannedSession;

class SessionViewTest {
  private static SessionView at(Instant start) {
    return SessionView.planned(
        3,
        PlannedSession.builder()
            .start(start)
            .duration(Duration.ofMinutes(30))
            .stage(Stage.PAIN_ELIMINATION)
            .build());
  }

  @Test
  void theDayIsTheUtcDateOfTheStart() {
    // from 1900 to 2200, and around midnight
    long from = Instant.parse("1900-01-01T00:00:00Z").getEpochSecond();
    long to = Instant.parse("2200-01-01T00:00:00Z").getEpochSecond();
    qt().withFixedSeed(20261124L)
        .withExamples(2000)
        .forAll(longs().between(from, to), longs().between(-2, 2))
        .checkAssert(
            (second, nanos) -> {
              long nearMidnight = second - Math.floorMod(second, 86_400) + nanos;
              for (long s : new long[] {second, nearMidnight}) {
                Instant start = Instant.ofEpochSecond(s, Math.abs(nanos) * 250_000_000L);
                assertEquals(
                    start.atOffset(ZoneOffset.UTC).toLocalDate(), at(start).day(), start::toString);
              }
            });
  }

  @Test
  void aPlannedSessionIsLabelledByItsIndex() {
    SessionView view = at(Instant.parse("2026-03-02T09:00:00Z"));
    assertEquals("planned session 3", view.label());
    assertEquals("planned session 3", view.toString());
    assertEquals("/sessions/3", view.path());
    assertEquals("/sessions/3/techniques/1", view.techniquePath(1));
  }

  @Test
  void aRecordedSessionIsLabelledByItsId() {
    SessionView view = SessionView.recorded(7, Fixtures.painSession("s-7.a_b", 2));
    assertEquals("session 's-7.a_b'", view.label());
    assertEquals("session 's-7.a_b'", view.toString());
    assertEquals("/sessions/7", view.path());
  }

  @Test
  void appendLabelAppendsTheLabelToWhatIsThere() {
    SessionView view = at(Instant.parse("2026-03-02T09:00:00Z"));
    StringBuilder text = new StringBuilder("before ");
    assertEquals("before planned session 3", view.appendLabel(text).toString());
  }
}
