package org.nmt.protocol.internal;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiPredicate;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** The binary searches against a scan of the whole list, with many equal times. */
class TimeOrderedTest {
  private static final long SEED = 20261124L;
  private static final Function<Instant, Instant> SELF = at -> at;

  private static List<Instant> sorted(List<Integer> seconds) {
    List<Instant> times = new ArrayList<>();
    seconds.stream().sorted().forEach(s -> times.add(Instant.ofEpochSecond(s)));
    return times;
  }

  /** A count of a time-ordered list's items relative to an instant, as {@link TimeOrdered} does. */
  @FunctionalInterface
  private interface Count {
    long count(List<Instant> times, Instant at);
  }

  /** Checks that {@code count} agrees with a scan that counts the items {@code counted}. */
  private static void agreesWithAScan(Count count, BiPredicate<Instant, Instant> counted) {
    qt().withFixedSeed(SEED)
        .withExamples(1000)
        .forAll(
            lists().of(integers().between(0, 20)).ofSizeBetween(0, 30), integers().between(-1, 21))
        .check(
            (seconds, query) -> {
              List<Instant> times = sorted(seconds);
              Instant at = Instant.ofEpochSecond(query);
              long scanned = times.stream().filter(t -> counted.test(t, at)).count();
              return count.count(times, at) == scanned;
            });
  }

  @Test
  void countUpToCountsTheItemsAtOrBefore() {
    agreesWithAScan(
        (times, at) -> TimeOrdered.countUpTo(times, SELF, at), (t, at) -> !t.isAfter(at));
  }

  @Test
  void countBeforeCountsTheItemsStrictlyBefore() {
    agreesWithAScan(
        (times, at) -> TimeOrdered.countBefore(times, SELF, at), (t, at) -> t.isBefore(at));
  }
}
