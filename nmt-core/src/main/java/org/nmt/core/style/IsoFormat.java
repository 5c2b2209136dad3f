package org.nmt.core.style;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The canonical ISO-8601 text of instants, dates and durations, exactly as {@link
 * Instant#toString()}, {@link LocalDate#toString()} and {@link Duration#toString()} write it, into
 * a caller's {@code char[]} of at least {@link #MAX_LENGTH} characters: no formatter machinery and
 * no garbage on the path of every document written and every validation message. The common cases
 * (the years 0000 to 9999, durations that are not negative) are written here; any other value is
 * copied from the JDK's own text.
 *
 * <p>Stateless and thread-safe.
 */
public final class IsoFormat {
  /** The most characters any method writes. */
  public static final int MAX_LENGTH = 48;

  private static final long SECONDS_PER_DAY = 86_400;
  private static final long FIRST_SECOND = Instant.parse("0000-01-01T00:00:00Z").getEpochSecond();
  private static final long LAST_SECOND = Instant.parse("9999-12-31T23:59:59Z").getEpochSecond();
  private static final int NANOS_PER_MILLI = 1_000_000;
  private static final int NANOS_PER_MICRO = 1_000;

  private IsoFormat() {}

  /**
   * Writes {@code at} as {@link Instant#toString()} does ({@code 2026-03-02T09:00:00Z}, the
   * fraction in groups of three digits) from {@code to[0]}.
   *
   * @return the number of characters written
   */
  public static int instant(Instant at, char[] to) {
    long seconds = at.getEpochSecond();
    if (seconds < FIRST_SECOND || seconds > LAST_SECOND) {
      return copy(at.toString(), to);
    }
    int length = date(LocalDate.ofEpochDay(Math.floorDiv(seconds, SECONDS_PER_DAY)), to);
    int secondOfDay = (int) Math.floorMod(seconds, SECONDS_PER_DAY);
    to[length++] = 'T';
    length = digits(secondOfDay / 3600, 2, to, length);
    to[length++] = ':';
    length = digits(secondOfDay / 60 % 60, 2, to, length);
    to[length++] = ':';
    length = digits(secondOfDay % 60, 2, to, length);
    int nano = at.getNano();
    if (nano > 0) {
      to[length++] = '.';
      if (nano % NANOS_PER_MILLI == 0) {
        length = digits(nano / NANOS_PER_MILLI, 3, to, length);
      } else if (nano % NANOS_PER_MICRO == 0) {
        length = digits(nano / NANOS_PER_MICRO, 6, to, length);
      } else {
        length = digits(nano, 9, to, length);
      }
    }
    to[length++] = 'Z';
    return length;
  }

  /**
   * Writes {@code date} as {@link LocalDate#toString()} does ({@code 2026-03-02}) from {@code
   * to[0]}.
   *
   * @return the number of characters written
   */
  public static int date(LocalDate date, char[] to) {
    int year = date.getYear();
    if (year < 0 || year > 9999) {
      return copy(date.toString(), to);
    }
    int length = digits(year, 4, to, 0);
    to[length++] = '-';
    length = digits(date.getMonthValue(), 2, to, length);
    to[length++] = '-';
    return digits(date.getDayOfMonth(), 2, to, length);
  }

  /**
   * Writes {@code duration} as {@link Duration#toString()} does ({@code PT1H30M}, {@code PT0.5S},
   * {@code PT0S}) from {@code to[0]}.
   *
   * @return the number of characters written
   */
  public static int duration(Duration duration, char[] to) {
    if (duration.isNegative()) {
      return copy(duration.toString(), to);
    }
    long seconds = duration.getSeconds();
    int nano = duration.getNano();
    long hours = seconds / 3600;
    int minutes = (int) (seconds / 60 % 60);
    int secondsOfMinute = (int) (seconds % 60);
    to[0] = 'P';
    to[1] = 'T';
    int length = 2;
    if (hours != 0) {
      length = number(hours, to, length);
      to[length++] = 'H';
    }
    if (minutes != 0) {
      length = number(minutes, to, length);
      to[length++] = 'M';
    }
    if (secondsOfMinute == 0 && nano == 0 && length > 2) {
      return length;
    }
    length = number(secondsOfMinute, to, length);
    if (nano > 0) {
      to[length++] = '.';
      int end = digits(nano, 9, to, length);
      while (to[end - 1] == '0') {
        end--;
      }
      length = end;
    }
    to[length++] = 'S';
    return length;
  }

  /**
   * Writes {@code value}, not negative, in exactly {@code width} digits with leading zeros: int
   * arithmetic, every field of a date and time fits.
   */
  private static int digits(int value, int width, char[] to, int from) {
    int rest = value;
    for (int i = from + width - 1; i >= from; i--) {
      to[i] = (char) ('0' + rest % 10);
      rest /= 10;
    }
    return from + width;
  }

  /** Writes {@code value}, not negative, in as many digits as it has. */
  private static int number(long value, char[] to, int from) {
    int width = 1;
    for (long rest = value / 10; rest > 0; rest /= 10) {
      width++;
    }
    long rest = value;
    for (int i = from + width - 1; i >= from; i--) {
      to[i] = (char) ('0' + rest % 10);
      rest /= 10;
    }
    return from + width;
  }

  private static int copy(String text, char[] to) {
    text.getChars(0, text.length(), to, 0);
    return text.length();
  }
}
