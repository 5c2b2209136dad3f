package org.nmt.io.json;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Parses the canonical ISO-8601 spellings nmt writes, character by character: an instant as {@link
 * Instant#toString()} writes one of the years 0000 to 9999 (UTC, upper-case {@code T} and {@code
 * Z}, seconds always, up to nine digits of fraction; no offset, no 24:00, no leap second), a date
 * as {@link LocalDate#toString()} writes one of those years, and a duration of days, hours, minutes
 * and seconds in upper case without sign, as {@link Duration#toString()} writes one that is not
 * negative. Each method returns {@code null} for any other spelling and for a value out of range
 * (31 February, a duration beyond {@link Long#MAX_VALUE} seconds), exactly where a pattern match
 * followed by {@code java.time}'s parser would refuse it, without either's cost. Stateless and
 * thread-safe.
 */
final class IsoParse {
  private static final int SECONDS_PER_DAY = 86_400;

  /** Days from 0000-01-01 to 1970-01-01. */
  private static final long DAYS_0000_TO_1970 = 719_528L;

  /** No day: a date that does not exist, or is misspelled. */
  private static final long NO_DAY = Long.MIN_VALUE;

  private IsoParse() {}

  /** The instant {@code text} spells canonically, or {@code null}. */
  static Instant instant(CharSequence text) {
    int length = text.length();
    if (length < 20
        || text.charAt(10) != 'T'
        || text.charAt(13) != ':'
        || text.charAt(16) != ':'
        || text.charAt(length - 1) != 'Z') {
      return null;
    }
    long epochDay = epochDay(text);
    int hour = digits(text, 11, 2);
    int minute = digits(text, 14, 2);
    int second = digits(text, 17, 2);
    if (epochDay == NO_DAY
        || hour < 0
        || hour > 23
        || minute < 0
        || minute > 59
        || second < 0
        || second > 59) {
      return null;
    }
    int nanos = 0;
    if (length > 20) {
      int fraction = length - 21;
      if (text.charAt(19) != '.' || fraction < 1 || fraction > 9) {
        return null;
      }
      nanos = digits(text, 20, fraction);
      if (nanos < 0) {
        return null;
      }
      for (int i = fraction; i < 9; i++) {
        nanos *= 10;
      }
    }
    long seconds = epochDay * SECONDS_PER_DAY + hour * 3600L + minute * 60L + second;
    return Instant.ofEpochSecond(seconds, nanos);
  }

  /** The date {@code text} spells canonically, or {@code null}. */
  static LocalDate date(CharSequence text) {
    if (text.length() != 10) {
      return null;
    }
    long epochDay = epochDay(text);
    return epochDay == NO_DAY ? null : LocalDate.ofEpochDay(epochDay);
  }

  /**
   * The day since 1970-01-01 of the date spelled {@code YYYY-MM-DD} at the start of {@code text},
   * as {@link LocalDate#toEpochDay()} counts it, or {@link #NO_DAY} if there is no such date.
   */
  private static long epochDay(CharSequence text) {
    if (text.charAt(4) != '-' || text.charAt(7) != '-') {
      return NO_DAY;
    }
    int year = digits(text, 0, 4);
    int month = digits(text, 5, 2);
    int day = digits(text, 8, 2);
    if (year < 0 || month < 1 || month > 12 || day < 1 || day > lengthOfMonth(year, month)) {
      return NO_DAY;
    }
    long days = 365L * year + (year + 3) / 4 - (year + 99) / 100 + (year + 399) / 400;
    days += (367 * month - 362) / 12 + day - 1;
    if (month > 2) {
      days -= isLeap(year) ? 1 : 2;
    }
    return days - DAYS_0000_TO_1970;
  }

  private static int lengthOfMonth(int year, int month) {
    switch (month) {
      case 2:
        return isLeap(year) ? 29 : 28;
      case 4:
      case 6:
      case 9:
      case 11:
        return 30;
      default:
        return 31;
    }
  }

  private static boolean isLeap(int year) {
    return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
  }

  /** The duration {@code text} spells canonically, or {@code null}. */
  static Duration duration(CharSequence text) {
    int length = text.length();
    if (length < 2 || text.charAt(0) != 'P') {
      return null;
    }
    try {
      int position = 1;
      long seconds = 0;
      int nanos = 0;
      int end = digitsEnd(text, position);
      if (end > position && end < length && text.charAt(end) == 'D') {
        seconds = Math.multiplyExact(number(text, position, end), SECONDS_PER_DAY);
        position = end + 1;
      } else if (end > position) {
        return null;
      }
      if (position < length) {
        if (text.charAt(position) != 'T' || position + 1 == length) {
          return null;
        }
        position++;
        char previousUnit = 'T';
        while (position < length) {
          end = digitsEnd(text, position);
          if (end == position || end == length) {
            return null;
          }
          char unit = text.charAt(end);
          long value = number(text, position, end);
          if (unit == 'H' && previousUnit == 'T') {
            seconds = Math.addExact(seconds, Math.multiplyExact(value, 3600));
          } else if (unit == 'M' && (previousUnit == 'T' || previousUnit == 'H')) {
            seconds = Math.addExact(seconds, Math.multiplyExact(value, 60));
          } else if (unit == 'S' || unit == '.') {
            seconds = Math.addExact(seconds, value);
            if (unit == '.') {
              int fractionEnd = digitsEnd(text, end + 1);
              int fraction = fractionEnd - end - 1;
              if (fraction < 1 || fraction > 9 || fractionEnd != length - 1) {
                return null;
              }
              nanos = digits(text, end + 1, fraction);
              for (int i = fraction; i < 9; i++) {
                nanos *= 10;
              }
              end = fractionEnd;
            }
            if (text.charAt(end) != 'S' || end != length - 1) {
              return null;
            }
          } else {
            return null;
          }
          previousUnit = unit;
          position = end + 1;
        }
      }
      return Duration.ofSeconds(seconds, nanos);
    } catch (ArithmeticException e) {
      return null;
    }
  }

  /** The value of the {@code count} ASCII digits at {@code start} (at most 9), or -1. */
  private static int digits(CharSequence text, int start, int count) {
    int value = 0;
    for (int i = start; i < start + count; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  /** The index of the first character at or after {@code start} that is not an ASCII digit. */
  private static int digitsEnd(CharSequence text, int start) {
    int end = start;
    while (end < text.length() && text.charAt(end) >= '0' && text.charAt(end) <= '9') {
      end++;
    }
    return end;
  }

  /** The ASCII digits from {@code start} to {@code end} as a long, or ArithmeticException. */
  private static long number(CharSequence text, int start, int end) {
    long value = 0;
    for (int i = start; i < end; i++) {
      value = Math.addExact(Math.multiplyExact(value, 10), text.charAt(i) - '0');
    }
    return value;
  }
}
