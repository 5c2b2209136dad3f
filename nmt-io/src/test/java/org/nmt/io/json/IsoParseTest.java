package org.nmt.io.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * {@link IsoParse} against the straightforward path it replaces: a pattern of the canonical
 * spelling, then {@code java.time}'s parser, any exception a refusal. Both must agree on every
 * string: the canonical spellings of random values, and those spellings with one character
 * replaced, inserted or removed.
 */
class IsoParseTest {
  private static final Pattern INSTANT =
      Pattern.compile(
          "[0-9]{4}-[0-9]{2}-[0-9]{2}T([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](\\.[0-9]{1,9})?Z");
  private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
  private static final Pattern DURATION =
      Pattern.compile(
          "P(?=[0-9T])([0-9]+D)?(T(?=[0-9])([0-9]+H)?([0-9]+M)?([0-9]+(\\.[0-9]{1,9})?S)?)?");

  /** What the pattern and {@code java.time} make of {@code text}: the value, or null. */
  private static <T> T reference(String text, Pattern spelling, Function<String, T> parser) {
    try {
      return spelling.matcher(text).matches() ? parser.apply(text) : null;
    } catch (DateTimeException | ArithmeticException e) {
      return null;
    }
  }

  /** Characters a mutation puts in: digits, the separators of the spellings, and others. */
  private static final String ALPHABET = "0123456789-:.TZPDHMSt z+,/\u0660";

  /** {@code text} with one character replaced, inserted or removed, chosen by the numbers. */
  private static String mutated(String text, int operation, int position, int character) {
    int at = position % (text.length() + 1);
    char c = ALPHABET.charAt(character % ALPHABET.length());
    switch (operation) {
      case 0:
        return at < text.length() ? text.substring(0, at) + c + text.substring(at + 1) : text + c;
      case 1:
        return text.substring(0, at) + c + text.substring(at);
      default:
        return at < text.length() ? text.substring(0, at) + text.substring(at + 1) : text;
    }
  }

  /** Instants of the years 0000 to 9999 with 0 to 9 digits of fraction. */
  private static Gen<Instant> instants() {
    long first = Instant.parse("0000-01-01T00:00:00Z").getEpochSecond();
    long last = Instant.parse("9999-12-31T23:59:59Z").getEpochSecond();
    return longs()
        .between(first, last)
        .zip(
            integers().between(0, 9),
            integers().between(0, 999_999_999),
            (seconds, digits, nanos) -> {
              int scale = (int) Math.pow(10, 9 - digits);
              return Instant.ofEpochSecond(seconds, nanos / scale * scale);
            });
  }

  /** {@code text} seen in the middle of a larger buffer, as the reader sees a parser's. */
  private static CharSequence viewed(String text) {
    char[] buffer = ("<<" + text + ">>").toCharArray();
    return new CharsView().of(buffer, 2, text.length());
  }

  @Test
  void instantsAgreeWithThePatternAndJavaTime() {
    qt().withFixedSeed(20261124L)
        .withExamples(2000)
        .forAll(
            instants(),
            integers().between(0, 3),
            integers().between(0, 40),
            integers().between(0, 1000))
        .check(
            (instant, operation, position, character) -> {
              String canonical = instant.toString();
              String text =
                  operation == 3 ? canonical : mutated(canonical, operation, position, character);
              Instant expected = reference(text, INSTANT, Instant::parse);
              return java.util.Objects.equals(expected, IsoParse.instant(text))
                  && java.util.Objects.equals(expected, IsoParse.instant(viewed(text)))
                  && (operation != 3 || instant.equals(IsoParse.instant(text)));
            });
  }

  @Test
  void datesAgreeWithThePatternAndJavaTime() {
    qt().withFixedSeed(20261124L)
        .withExamples(2000)
        .forAll(
            integers().between(0, 3_652_058),
            integers().between(0, 3),
            integers().between(0, 12),
            integers().between(0, 1000))
        .check(
            (day, operation, position, character) -> {
              LocalDate date = LocalDate.of(0, 1, 1).plusDays(day);
              String canonical = date.toString();
              String text =
                  operation == 3 ? canonical : mutated(canonical, operation, position, character);
              LocalDate expected = reference(text, DATE, LocalDate::parse);
              return java.util.Objects.equals(expected, IsoParse.date(text))
                  && java.util.Objects.equals(expected, IsoParse.date(viewed(text)))
                  && (operation != 3 || date.equals(IsoParse.date(text)));
            });
  }

  @Test
  void durationsAgreeWithThePatternAndJavaTime() {
    qt().withFixedSeed(20261124L)
        .withExamples(2000)
        .forAll(
            longs()
                .between(0, Long.MAX_VALUE)
                .zip(
                    integers().between(0, 62),
                    integers().between(-999_999_999, 999_999_999),
                    // Small durations as often as large ones, half of them in whole seconds.
                    (seconds, shift, nanos) ->
                        Duration.ofSeconds(seconds >>> shift, Math.max(0, nanos))),
            integers().between(0, 4),
            integers().between(0, 40),
            integers().between(0, 1000))
        .check(
            (duration, operation, position, character) -> {
              String canonical = operation == 4 ? days(duration) : duration.toString();
              String text =
                  operation >= 3 ? canonical : mutated(canonical, operation, position, character);
              Duration expected = reference(text, DURATION, Duration::parse);
              return java.util.Objects.equals(expected, IsoParse.duration(text))
                  && java.util.Objects.equals(expected, IsoParse.duration(viewed(text)))
                  && (operation < 3 || duration.equals(IsoParse.duration(text)));
            });
  }

  /** {@code duration} spelled with a days part, as the pattern allows and nmt reads. */
  private static String days(Duration duration) {
    long days = duration.toDays();
    Duration rest = duration.minusDays(days);
    return days == 0
        ? duration.toString()
        : rest.isZero() ? "P" + days + "D" : "P" + days + "D" + rest.toString().substring(1);
  }

  @Test
  void theEdgesAgreeWithThePatternAndJavaTime() {
    for (String text :
        List.of(
            "0000-01-01T00:00:00Z",
            "9999-12-31T23:59:59.999999999Z",
            "2024-02-29T12:00:00Z",
            "2026-02-29T12:00:00Z",
            "2026-04-31T12:00:00Z",
            "2026-00-10T12:00:00Z",
            "2026-13-10T12:00:00Z",
            "2026-03-02T24:00:00Z",
            "2026-03-02T23:60:00Z",
            "2026-03-02T23:59:60Z",
            "2026-03-02T09:00:00.Z",
            "2026-03-02T09:00:00.1234567891Z",
            "2026-03-02T09:00:00.123456789Z",
            "+2026-03-02T09:00:00Z",
            "2026-03-02T09:00:00+00:00",
            "2026-3-02T09:00:00Z",
            "")) {
      assertEquals(reference(text, INSTANT, Instant::parse), IsoParse.instant(text), text);
    }
    for (String text :
        List.of("2024-02-29", "2026-02-29", "0000-01-01", "9999-12-31", "2026-1-01", "")) {
      assertEquals(reference(text, DATE, LocalDate::parse), IsoParse.date(text), text);
    }
    for (String text :
        List.of(
            "P",
            "PT",
            "P1D",
            "P1DT",
            "PT1",
            "PT1H1H",
            "PT1M1H",
            "PT1S1M",
            "PT.5S",
            "PT1.S",
            "PT1.5S",
            "PT1.1234567891S",
            "P0D",
            "PT0S",
            "P1DT2H3M4.5S",
            "P106751991167300D",
            "P106751991167301D",
            "PT9223372036854775807S",
            "PT9223372036854775807.999999999S",
            "PT9223372036854775808S",
            "PT2562047788015215H",
            "PT2562047788015216H",
            "P1DT9223372036854775807S",
            "PT00000000000000000000000000001S",
            "-PT1S",
            "PT-1S",
            "pt1s",
            "PT1H ",
            "")) {
      assertEquals(reference(text, DURATION, Duration::parse), IsoParse.duration(text), text);
    }
    assertNull(IsoParse.duration("PT1D"));
  }
}
