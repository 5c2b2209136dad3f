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
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

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
  private static final DateTimeFormatter TIME = DateTimeFormatter.ISO_LOCAL_TIME;

  /**
   * The significant digits of a written value: 15, the most that every decimal keeps through a
   * double and back (C's {@code DBL_DIG}).
   */
  static final int SIGNIFICANT_DIGITS = 15;

  private static final MathContext DIGITS =
      new MathContext(SIGNIFICANT_DIGITS, RoundingMode.HALF_EVEN);

  private final CsvGenerator csv;
  private long count;

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
    LocalDateTime at = LocalDateTime.ofInstant(row.at(), ZoneOffset.UTC);
    csv.writeStartArray();
    for (Column column : Column.values()) {
      switch (column) {
        case CLIENT -> csv.writeString(row.client());
        case SESSION -> csv.writeString(row.session());
        case ASSESSMENT -> csv.writeString(row.assessment());
        case DATE -> csv.writeString(at.toLocalDate().toString());
        case TIME -> csv.writeString(TIME.format(at));
        case STAGE -> csv.writeString(row.stage());
        case MEASURE -> csv.writeString(row.measure());
        case CONTEXT -> csv.writeString(row.context());
        case SITE -> csv.writeString(row.site());
        case SIDE -> csv.writeString(row.side());
        case MODE -> csv.writeString(row.mode());
        case READING -> {
          if (row.reading().isPresent()) {
            csv.writeNumber(Integer.toString(row.reading().getAsInt()));
          } else {
            csv.writeString("");
          }
        }
        case VALUE -> csv.writeNumber(decimal(row.value()));
        case UNIT -> csv.writeString(row.unit().id());
      }
    }
    csv.writeEndArray();
    count++;
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
   */
  static String decimal(double value) {
    return new BigDecimal(value).round(DIGITS).stripTrailingZeros().toPlainString();
  }

  private static CsvSchema schema() {
    CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(false).setLineSeparator("\n");
    for (Column column : Column.values()) {
      schema.addColumn(column.id());
    }
    return schema.build();
  }
}
