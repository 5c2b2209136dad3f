package org.nmt.io.csv;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Arrays;
import java.util.stream.Stream;
import org.nmt.core.assessment.RangeOfMotionNorms;
import org.nmt.core.record.ClientRecord;

/**
 * Exports client records as CSV in tidy long form, one row per measurement, for R, pandas and
 * spreadsheets.
 *
 * <p>The columns are {@code client, session, assessment, date, time, stage, measure, context, site,
 * side, mode, reading, value, unit} ({@link #columns()}); {@code docs/FORMAT.md} defines each
 * column, every measure id and every unit. Values are numbers with a '.' decimal point; dates and
 * times are ISO-8601 in UTC; ids are nmt's lower-kebab ids; a field that does not apply is empty.
 * Free text of a record (complaints, notes, justifications, referral zones, adverse event
 * descriptions) never appears. The file is UTF-8 with a header row, fields quoted only where CSV
 * needs it (RFC 4180), rows ended by a line feed.
 *
 * <pre>{@code
 * try (Writer out = Files.newBufferedWriter(path)) {
 *   CsvExport.standard().write(records, out);
 * }
 * }</pre>
 *
 * <p>Rows are written as they are made, record by record, and nothing of a record is kept once its
 * rows are written, so a stream of records of any length can be exported. Immutable and
 * thread-safe.
 */
public final class CsvExport {
  private static final ImmutableList<String> COLUMNS =
      Arrays.stream(Column.values()).map(Column::id).collect(ImmutableList.toImmutableList());
  private static final CsvExport STANDARD = new CsvExport(RangeOfMotionNorms.standard());

  private final RangeOfMotionNorms norms;

  private CsvExport(RangeOfMotionNorms norms) {
    this.norms = norms;
  }

  /**
   * The export whose percent-of-norm rows ({@code range-of-motion}) use the standard range of
   * motion norms ({@link RangeOfMotionNorms#standard()}).
   */
  public static CsvExport standard() {
    return STANDARD;
  }

  /**
   * The export whose percent-of-norm rows use {@code norms}; a measurement whose joint and movement
   * have no norm in the table has a degrees row only.
   */
  public static CsvExport withNorms(RangeOfMotionNorms norms) {
    return new CsvExport(checkNotNull(norms, "norms"));
  }

  /** The column names, in order: the header row. */
  public static ImmutableList<String> columns() {
    return COLUMNS;
  }

  /**
   * Writes the header row and the rows of {@code records}, in order, to {@code out}; flushes but
   * does not close {@code out}.
   *
   * @return the number of rows written, not counting the header
   * @throws UncheckedIOException if writing fails
   */
  public long write(Iterable<ClientRecord> records, Writer out) {
    checkNotNull(records, "records");
    checkNotNull(out, "out");
    return write(records, () -> RowWriter.open(out));
  }

  /**
   * Writes the header row and the rows of {@code records}, in order, to {@code out}, UTF-8 without
   * a byte order mark; flushes but does not close {@code out}.
   *
   * @return the number of rows written, not counting the header
   * @throws UncheckedIOException if writing fails
   */
  public long write(Iterable<ClientRecord> records, OutputStream out) {
    checkNotNull(records, "records");
    checkNotNull(out, "out");
    return write(records, () -> RowWriter.open(out));
  }

  /** Opens a row writer; the one place the write overloads differ. */
  @FunctionalInterface
  private interface Opener {
    RowWriter open() throws IOException;
  }

  private long write(Iterable<ClientRecord> records, Opener opener) {
    try (RowWriter rows = opener.open()) {
      return writeRows(records, rows);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes the header row and the rows of the records of {@code records}, in encounter order, to
   * {@code out}, consuming the stream one record at a time; flushes but does not close {@code out}.
   *
   * @return the number of rows written, not counting the header
   * @throws UncheckedIOException if writing fails
   */
  public long write(Stream<ClientRecord> records, Writer out) {
    checkNotNull(records, "records");
    Iterable<ClientRecord> iterable = records::iterator;
    return write(iterable, out);
  }

  /**
   * Writes the header row and the rows of the records of {@code records}, in encounter order, to
   * {@code out}, UTF-8 without a byte order mark, consuming the stream one record at a time;
   * flushes but does not close {@code out}.
   *
   * @return the number of rows written, not counting the header
   * @throws UncheckedIOException if writing fails
   */
  public long write(Stream<ClientRecord> records, OutputStream out) {
    checkNotNull(records, "records");
    Iterable<ClientRecord> iterable = records::iterator;
    return write(iterable, out);
  }

  /** The CSV of {@code records}, header row first. */
  public String toCsv(Iterable<ClientRecord> records) {
    StringWriter out = new StringWriter();
    write(records, out);
    return out.toString();
  }

  private long writeRows(Iterable<ClientRecord> records, RowWriter rows) throws IOException {
    for (ClientRecord record : records) {
      checkNotNull(record, "records must not contain null");
      try {
        Measurements.forEach(
            record,
            norms,
            row -> {
              try {
                rows.write(row);
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
      } catch (UncheckedIOException e) {
        throw e.getCause();
      }
    }
    return rows.count();
  }
}
