package org.nmt.protocol.internal;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
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

  @Test
  void countUpToCountsTheItemsAtOrBefore() {
    qt().withFixedSeed(SEED)
        .withExamples(1000)
        .forAll(
            lists().of(integers().between(0, 20)).ofSizeBetween(0, 30), integers().between(-1, 21))
        .check(
            (seconds, query) -> {
              List<Instant> times = sorted(seconds);
              Instant at = Instant.ofEpochSecond(query);
              long scanned = times.stream().filter(t -> !t.isAfter(at)).count();
              return TimeOrdered.countUpTo(times, SELF, at) == scanned;
            });
  }

  @Test
  void countBeforeCountsTheItemsStrictlyBefore() {
    qt().withFixedSeed(SEED)
        .withExamples(1000)
        .forAll(
            lists().of(integers().between(0, 20)).ofSizeBetween(0, 30), integers().between(-1, 21))
        .check(
            (seconds, query) -> {
              List<Instant> times = sorted(seconds);
              Instant at = Instant.ofEpochSecond(query);
              long scanned = times.stream().filter(t -> t.isBefore(at)).count();
              return TimeOrdered.countBefore(times, SELF, at) == scanned;
            });
  }
}
