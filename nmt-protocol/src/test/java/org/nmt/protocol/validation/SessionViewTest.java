package org.nmt.protocol.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import com.google.common.collect.ImmutableList;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nmt.core.stage.Stage;
import org.nmt.protocol.plan.PlannedSession;
import org.quicktheories.core.Gen;

class SessionViewTest {
  private static SessionView at(Instant start) {
    return at(3, start, Duration.ofMinutes(30));
  }

  private static SessionView at(int index, Instant start, Duration duration) {
    return SessionView.planned(
        index,
        PlannedSession.builder()
            .start(start)
            .duration(duration)
            .stage(Stage.PAIN_ELIMINATION)
            .build());
  }

  /**
   * Starts a few seconds apart around 2026, before and after 1970 and at the same second with other
   * nanoseconds, so that ties and the nanosecond decide often; durations of 1 ns to 5 s.
   */
  private static final Gen<SessionView> VIEWS =
      longs()
          .between(-3, 3)
          .zip(
              integers().between(0, 3),
              longs().between(1, 5_000_000_000L),
              integers().between(0, 1),
              (second, nano, duration, era) ->
                  at(
                      0,
                      Instant.ofEpochSecond(
                          (era == 0 ? 0 : 1_772_000_000L) + second, nano * 333_333_333L),
                      Duration.ofNanos(duration)));

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

  @Test
  void timesAreComparedAsTheirInstantsCompare() {
    qt().withFixedSeed(20261125L)
        .withExamples(5000)
        .forAll(VIEWS, VIEWS)
        .checkAssert(
            (a, b) -> {
              assertEquals(
                  a.start().isBefore(b.start()),
                  a.startsBefore(b),
                  () -> a.start() + " " + b.start());
              assertEquals(
                  a.start().isBefore(b.end()),
                  a.startsBeforeEndOf(b),
                  () -> a.start() + " " + b.end());
              assertEquals(
                  a.start().isBefore(b.end()) && b.start().isBefore(a.end()), a.overlaps(b));
            });
  }

  @Test
  void inTimeOrderIsAStableSortByStart() {
    qt().withFixedSeed(20261125L)
        .withExamples(2000)
        .forAll(lists().of(VIEWS).ofSizeBetween(0, 12))
        .checkAssert(
            views -> {
              List<SessionView> expected = new ArrayList<>(views);
              expected.sort(Comparator.comparing(SessionView::start));
              assertEquals(ImmutableList.copyOf(expected), SessionView.inTimeOrder(views));
            });
  }
}
