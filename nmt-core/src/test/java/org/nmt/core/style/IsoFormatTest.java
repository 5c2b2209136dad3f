package org.nmt.core.style;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** {@link IsoFormat} against the JDK's own {@code toString()} of instants, dates and durations. */
class IsoFormatTest {
  private static final long SEED = 20261124L;
  private static final long FIRST = Instant.parse("0000-01-01T00:00:00Z").getEpochSecond();
  private static final long LAST = Instant.parse("9999-12-31T23:59:59Z").getEpochSecond();

  /** Nanoseconds of every precision: none, 100 ms, ms, µs, 10 ns and ns. */
  private static Gen<Integer> nanos() {
    int[] units = {1_000_000_000, 100_000_000, 1_000_000, 1_000, 10, 1};
    return integers()
        .between(0, 999_999_999)
        .zip(
            integers().between(0, units.length - 1),
            (nano, unit) -> nano / units[unit] * units[unit] % 1_000_000_000);
  }

  private static String instant(Instant at) {
    char[] text = new char[IsoFormat.MAX_LENGTH];
    return new String(text, 0, IsoFormat.instant(at, text));
  }

  private static String date(LocalDate date) {
    char[] text = new char[IsoFormat.MAX_LENGTH];
    return new String(text, 0, IsoFormat.date(date, text));
  }

  private static String duration(Duration duration) {
    char[] text = new char[IsoFormat.MAX_LENGTH];
    return new String(text, 0, IsoFormat.duration(duration, text));
  }

  @Test
  void instantsOfTheYears0000To9999AreWrittenAsInstantToString() {
    qt().withFixedSeed(SEED)
        .withExamples(3000)
        .forAll(longs().between(FIRST, LAST), nanos())
        .check(
            (seconds, nano) -> {
              Instant at = Instant.ofEpochSecond(seconds, nano);
              return instant(at).equals(at.toString());
            });
  }

  @Test
  void datesOfTheYears0000To9999AreWrittenAsLocalDateToString() {
    long first = LocalDate.of(0, 1, 1).toEpochDay();
    long last = LocalDate.of(9999, 12, 31).toEpochDay();
    qt().withFixedSeed(SEED)
        .withExamples(2000)
        .forAll(longs().between(first, last))
        .check(
            day -> {
              LocalDate date = LocalDate.ofEpochDay(day);
              return date(date).equals(date.toString());
            });
  }

  @Test
  void durationsAreWrittenAsDurationToString() {
    Gen<Long> seconds =
        longs()
            .between(0, 200_000)
            .mix(longs().between(0, 60).map(minutes -> minutes * 60))
            .mix(longs().between(0, 1_000).map(hours -> hours * 3600))
            .mix(longs().between(-200_000, Long.MAX_VALUE));
    qt().withFixedSeed(SEED)
        .withExamples(3000)
        .forAll(seconds, nanos())
        .check(
            (second, nano) -> {
              Duration duration = Duration.ofSeconds(second, nano);
              return duration(duration).equals(duration.toString());
            });
  }

  @Test
  void edgesAreWrittenAsTheJdkWritesThem() {
    for (Instant at :
        new Instant[] {
          Instant.ofEpochSecond(FIRST),
          Instant.ofEpochSecond(LAST, 999_999_999),
          Instant.EPOCH,
          Instant.ofEpochSecond(-1, 1),
          Instant.parse("2026-03-02T09:00:00Z"),
          Instant.parse("2026-03-02T09:00:00.120Z"),
          Instant.parse("2026-03-02T09:00:00.000001Z"),
          Instant.parse("2024-02-29T23:59:59.5Z"),
          Instant.ofEpochSecond(FIRST - 1),
          Instant.ofEpochSecond(LAST + 1),
          Instant.MIN,
          Instant.MAX
        }) {
      assertEquals(at.toString(), instant(at));
    }
    for (LocalDate date :
        new LocalDate[] {
          LocalDate.of(0, 1, 1),
          LocalDate.of(9999, 12, 31),
          LocalDate.of(999, 12, 31),
          LocalDate.of(2024, 2, 29),
          LocalDate.of(-1, 1, 1),
          LocalDate.of(10_000, 1, 1),
          LocalDate.MIN,
          LocalDate.MAX
        }) {
      assertEquals(date.toString(), date(date));
    }
    for (Duration duration :
        new Duration[] {
          Duration.ZERO,
          Duration.ofNanos(1),
          Duration.ofMillis(500),
          Duration.ofSeconds(60),
          Duration.ofMinutes(90),
          Duration.ofHours(25),
          Duration.ofSeconds(3600, 1),
          Duration.ofSeconds(-1),
          Duration.ofSeconds(-1, 1),
          Duration.ofMinutes(-90),
          Duration.ofSeconds(Long.MAX_VALUE, 999_999_999),
          Duration.ofSeconds(Long.MIN_VALUE)
        }) {
      assertEquals(duration.toString(), duration(duration));
    }
  }
}
