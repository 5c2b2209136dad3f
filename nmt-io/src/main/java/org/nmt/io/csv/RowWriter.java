package org.nmt.io.csv;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Writes rows as CSV through jackson-dataformat-csv: the header row (the column names, written as
 * the first row so that an export of no rows still has it), then one line per row, every column
 * written, fields quoted only where CSV needs it. Closing flushes the target but does not close it.
 * Not thread-safe; one per export.
 */
final class RowWriter implements Closeable {
  private static final CsvFactory FACTORY =
      CsvFactory.builder()
          .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
          .enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING)
          .build();
  private static final CsvSchema SCHEMA = schema();
  private static final Column[] COLUMNS = Column.values();
  private static final long SECONDS_PER_DAY = 86_400;

  /** The longest time of day: {@code HH:mm:ss.nnnnnnnnn}. */
  private static final int TIME_LENGTH = 18;

  /**
   * The significant digits of a written value: 15, the most that every decimal keeps through a
   * double and back (C's {@code DBL_DIG}).
   */
  static final int SIGNIFICANT_DIGITS = 15;

  private static final MathContext DIGITS =
      new MathContext(SIGNIFICANT_DIGITS, RoundingMode.HALF_EVEN);

  /** The largest power of ten a double holds exactly. */
  private static final int MAX_EXACT_POWER_OF_TEN = 22;

  /** The longest plain text of a rounded value: a sign, 22 zeros and 16 digits, a point. */
  private static final int MAX_PLAIN_LENGTH = 48;

  /** Ten to the power of each index, exact. */
  private static final double[] POWERS_OF_TEN = powersOfTen();

  /** One more than the largest integer of {@value #SIGNIFICANT_DIGITS} digits. */
  private static final double SIGNIFICANT_LIMIT = 1e15;

  /**
   * How far from a half-way point a scaled value must be for its rounding to be certain: twice the
   * error of one multiplication or division below 2^50.
   */
  private static final double ROUNDING_MARGIN = 0.125;

  /**
   * The text of the integers 0 to 1000, the values of most rows (flags, pain ratings, grades,
   * degrees), written without building a string each time.
   */
  private static final String[] SMALL_INTEGERS = smallIntegers(1000);

  private final CsvGenerator csv;
  private long count;

  /** Where a value's text is made before it is written. */
  private final char[] number = new char[MAX_PLAIN_LENGTH];

  /** Where a time of day is made before its string. */
  private final byte[] time = new byte[TIME_LENGTH];

  /**
   * The time of the row written last, with its date and time as written: the rows of one occasion
   * share their time, and the occasions of a session their date, so each is formatted once per
   * occasion or day rather than once per row.
   */
  private Instant lastAt;

  private long lastDay;
  private String lastDate;
  private String lastTime;

  private RowWriter(CsvGenerator csv) {
    this.csv = csv;
  }

  /** A writer of rows to {@code out}; writes the header row. */
  static RowWriter open(Writer out) throws IOException {
    return start(FACTORY.createGenerator(out));
  }

  /** A writer of rows to {@code out}, UTF-8 without a byte order mark; writes the header row. */
  static RowWriter open(OutputStream out) throws IOException {
    return start(FACTORY.createGenerator(out, JsonEncoding.UTF8));
  }

  private static RowWriter start(CsvGenerator csv) throws IOException {
    csv.setSchema(SCHEMA);
    csv.writeStartArray();
    for (Column column : Column.values()) {
      csv.writeString(column.id());
    }
    csv.writeEndArray();
    return new RowWriter(csv);
  }

  /** Writes {@code row}. */
  void write(Row row) throws IOException {
    at(row.at());
    csv.writeStartArray();
    for (Column column : COLUMNS) {
      switch (column) {
        case CLIENT -> csv.writeString(row.client());
        case SESSION -> csv.writeString(row.session());
        case ASSESSMENT -> csv.writeString(row.assessment());
        case DATE -> csv.writeString(lastDate);
        case TIME -> csv.writeString(lastTime);
        case STAGE -> csv.writeString(row.stage());
        case MEASURE -> csv.writeString(row.measure());
        case CONTEXT -> csv.writeString(row.context());
        case SITE -> csv.writeString(row.site());
        case SIDE -> csv.writeString(row.side());
        case MODE -> csv.writeString(row.mode());
        case READING -> {
          if (row.isReading()) {
            csv.writeNumber(integer(row.reading()));
          } else {
            csv.writeString("");
          }
        }
        case VALUE -> value(row.value());
        case UNIT -> csv.writeString(row.unit().id());
      }
    }
    csv.writeEndArray();
    count++;
  }

  /**
   * Writes {@code value} as {@link #decimal(double)} does: a small integer from its table, another
   * value through this writer's scratch array (the text's one string is made by the generator).
   */
  private void value(double value) throws IOException {
    if (isSmallInteger(value)) {
      csv.writeNumber(SMALL_INTEGERS[(int) value]);
      return;
    }
    int length = fastDecimal(value, number);
    if (length > 0) {
      csv.writeNumber(number, 0, length);
    } else {
      csv.writeNumber(exactDecimal(value));
    }
  }

  /** The text of {@code value}, not negative: from the table if it is small. */
  private static String integer(int value) {
    return value < SMALL_INTEGERS.length ? SMALL_INTEGERS[value] : Integer.toString(value);
  }

  /** Sets the date and time of {@code at}, in UTC, as written. */
  private void at(Instant at) {
    if (at.equals(lastAt)) {
      return;
    }
    long day = Math.floorDiv(at.getEpochSecond(), SECONDS_PER_DAY);
    if (lastAt == null || day != lastDay) {
      lastDay = day;
      lastDate = LocalDate.ofEpochDay(day).toString();
    }
    int length =
        timeOfDay((int) Math.floorMod(at.getEpochSecond(), SECONDS_PER_DAY), at.getNano(), time);
    lastTime = new String(time, 0, length, StandardCharsets.ISO_8859_1);
    lastAt = at;
  }

  /**
   * The time of day as {@link java.time.format.DateTimeFormatter#ISO_LOCAL_TIME} writes it: {@code
   * HH:mm:ss}, then the fraction of the second without trailing zeros if there is one ({@code
   * 09:00:00}, {@code 23:59:59.125}).
   */
  static String timeOfDay(int secondOfDay, int nano) {
    byte[] time = new byte[TIME_LENGTH];
    return new String(time, 0, timeOfDay(secondOfDay, nano, time), StandardCharsets.ISO_8859_1);
  }

  /**
   * Writes the time of day ({@link #timeOfDay(int, int)}) into {@code time}, of at least {@value
   * #TIME_LENGTH} bytes, from index 0.
   *
   * @return the number of bytes written
   */
  private static int timeOfDay(int secondOfDay, int nano, byte[] time) {
    twoDigits(time, 0, secondOfDay / 3600);
    time[2] = ':';
    twoDigits(time, 3, secondOfDay / 60 % 60);
    time[5] = ':';
    twoDigits(time, 6, secondOfDay % 60);
    int length = 8;
    if (nano > 0) {
      time[length++] = '.';
      int fraction = nano;
      for (int divisor = 100_000_000; fraction > 0; divisor /= 10) {
        time[length++] = (byte) ('0' + fraction / divisor);
        fraction %= divisor;
      }
    }
    return length;
  }

  private static void twoDigits(byte[] text, int at, int value) {
    text[at] = (byte) ('0' + value / 10);
    text[at + 1] = (byte) ('0' + value % 10);
  }

  /** The number of rows written, not counting the header. */
  long count() {
    return count;
  }

  /** Flushes the target without closing it. */
  @Override
  public void close() throws IOException {
    csv.close();
  }

  /**
   * {@code value} rounded to {@value #SIGNIFICANT_DIGITS} significant digits, in plain decimal
   * notation with a '.' point and no exponent or trailing zeros ({@code 7}, {@code 4.5}, {@code
   * -3.25}, {@code 0.0001}). A value entered as a decimal of at most 15 significant digits is
   * written as entered; a derived value loses only the binary noise of its arithmetic (the mean of
   * 2.6, 2.8 and 2.7 is written {@code 2.7}, not {@code 2.7000000000000006}).
   *
   * <p>The fast path scales {@code value} by an exact power of ten {@code 10^s} into [10^14,
   * 10^15), where its 15 significant digits are the integer part: one multiplication or division,
   * off from the exact product by at most half a unit in its last place (1/16 below 2^50). So
   * unless the scaled value lies within 1/8 of a half-way point between two integers, the nearest
   * integer to it is the exact product rounded, and the result is that integer times {@code 10^-s}.
   * A product near a half-way point is decided exactly ({@link #nearestToProduct}); a quotient near
   * one (values of 10^15 and more), values below 10^-8 and of 10^37 and more take the exact {@link
   * BigDecimal} rule.
   */
  static String decimal(double value) {
    if (isSmallInteger(value)) {
      return SMALL_INTEGERS[(int) value];
    }
    char[] text = new char[MAX_PLAIN_LENGTH];
    int length = fastDecimal(value, text);
    return length > 0 ? new String(text, 0, length) : exactDecimal(value);
  }

  private static boolean isSmallInteger(double value) {
    return value >= 0 && value < SMALL_INTEGERS.length && value == (int) value;
  }

  /**
   * Writes {@link #decimal(double) the text of} {@code value} into {@code text}, of at least
   * {@value #MAX_PLAIN_LENGTH} characters, from index 0 by the fast path, if it applies.
   *
   * @return the number of characters written, or 0 if {@code value} needs the exact rule
   */
  private static int fastDecimal(double value, char[] text) {
    double magnitude = Math.abs(value);
    int scale = SIGNIFICANT_DIGITS - 1 - (int) Math.floor(Math.log10(magnitude));
    double scaled = scaled(magnitude, scale);
    if (scaled >= SIGNIFICANT_LIMIT) {
      scale--;
      scaled = scaled(magnitude, scale);
    } else if (scaled < SIGNIFICANT_LIMIT / 10) {
      scale++;
      scaled = scaled(magnitude, scale);
    }
    if (Double.isNaN(scaled) || scaled < SIGNIFICANT_LIMIT / 10) {
      return 0;
    }
    double rounded = Math.rint(scaled);
    double offset = scaled - rounded;
    if (Math.abs(Math.abs(offset) - 0.5) <= ROUNDING_MARGIN) {
      if (scale < 0) {
        return 0;
      }
      rounded = nearestToProduct(magnitude, POWERS_OF_TEN[scale], scaled, rounded);
    }
    return plain(value < 0, (long) rounded, scale, text);
  }

  /**
   * The integer nearest to the exact product {@code magnitude * power}, ties to even, given its
   * rounded product {@code scaled} (in [10^14, 10^15)) and the integer {@code rounded} nearest to
   * that. The product's rounding error {@code magnitude * power - scaled} is itself a double,
   * computed exactly by a fused multiply-add, and {@code scaled - rounded} and the distances from
   * it to the half-way points {@code rounded ± 0.5} are exact too (multiples of the last place of
   * {@code scaled}, at least 1/64), so every comparison below is exact.
   */
  static double nearestToProduct(double magnitude, double power, double scaled, double rounded) {
    double error = Math.fma(magnitude, power, -scaled);
    double offset = scaled - rounded;
    double toUpperHalf = 0.5 - offset;
    double toLowerHalf = -0.5 - offset;
    // at a half-way point HALF_EVEN leaves rounded if it is even and takes its even neighbour if
    // not
    boolean odd = ((long) rounded & 1) == 1;
    if (error > toUpperHalf || error == toUpperHalf && odd) {
      return rounded + 1;
    }
    if (error < toLowerHalf || error == toLowerHalf && odd) {
      return rounded - 1;
    }
    return rounded;
  }

  /**
   * {@code magnitude * 10^scale}, correctly rounded, or NaN if {@code 10^|scale|} is not exact as a
   * double.
   */
  private static double scaled(double magnitude, int scale) {
    if (Math.abs(scale) > MAX_EXACT_POWER_OF_TEN) {
      return Double.NaN;
    }
    return scale >= 0 ? magnitude * POWERS_OF_TEN[scale] : magnitude / POWERS_OF_TEN[-scale];
  }

  /** {@code value} rounded to 15 significant digits by the exact rule: the fallback. */
  static String exactDecimal(double value) {
    return new BigDecimal(value).round(DIGITS).stripTrailingZeros().toPlainString();
  }

  /**
   * {@code unscaled * 10^-scale} in plain notation without trailing zeros in a fraction; {@code
   * unscaled} is positive and {@code |scale|} at most {@value #MAX_EXACT_POWER_OF_TEN}. The text is
   * written from its last character back, then moved to the start of {@code text}.
   *
   * @return the number of characters written
   */
  private static int plain(boolean negative, long unscaled, int scale, char[] text) {
    long digits = unscaled;
    int places = scale;
    while (places > 0 && digits % 10 == 0) {
      digits /= 10;
      places--;
    }
    int start = MAX_PLAIN_LENGTH;
    for (int zeros = places; zeros < 0; zeros++) {
      text[--start] = '0';
    }
    int written = 0;
    long rest = digits;
    do {
      if (places > 0 && written == places) {
        text[--start] = '.';
      }
      text[--start] = (char) ('0' + rest % 10);
      rest /= 10;
      written++;
    } while (rest > 0 || written <= places);
    if (negative) {
      text[--start] = '-';
    }
    int length = MAX_PLAIN_LENGTH - start;
    System.arraycopy(text, start, text, 0, length);
    return length;
  }

  private static String[] smallIntegers(int last) {
    String[] texts = new String[last + 1];
    for (int i = 0; i < texts.length; i++) {
      texts[i] = Integer.toString(i);
    }
    return texts;
  }

  private static double[] powersOfTen() {
    double[] powers = new double[MAX_EXACT_POWER_OF_TEN + 1];
    double power = 1;
    for (int i = 0; i < powers.length; i++) {
      powers[i] = power;
      power *= 10;
    }
    return powers;
  }

  private static CsvSchema schema() {
    CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(false).setLineSeparator("\n");
    for (Column column : Column.values()) {
      schema.addColumn(column.id());
    }
    return schema.build();
  }
}
