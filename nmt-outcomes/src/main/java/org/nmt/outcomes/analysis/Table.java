package org.nmt.outcomes.analysis;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.base.CaseFormat;
import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A tidy table of a report: one row per observation, one column per variable, every row with every
 * column, for CSV (R, pandas) and JSON.
 *
 * <p>Cells are text, whole numbers or decimals, or missing where a statistic is undefined. {@link
 * #rows()} gives them as CSV-ready text (missing as an empty string; decimals to 15 significant
 * digits, plain unless smaller than 10⁻⁶ in magnitude); {@link #records()} gives each row as a map
 * from the camelCase column name to a {@code String}, {@code Long} or {@code Double}, or {@code
 * null} when missing, ready for a JSON writer. Immutable and thread-safe.
 */
public final class Table {
  /** The type of a column's cells. */
  enum Type {
    TEXT,
    INTEGER,
    DECIMAL
  }

  /** A column: its snake_case name and its type. */
  static final class Column {
    final String name;
    final Type type;

    Column(String name, Type type) {
      this.name = name;
      this.type = type;
    }
  }

  private final String name;
  private final ImmutableList<Column> columns;
  private final ImmutableList<List<Object>> cells;

  private Table(String name, ImmutableList<Column> columns, ImmutableList<List<Object>> cells) {
    this.name = name;
    this.columns = columns;
    this.cells = cells;
  }

  /** The table's name ({@code "measures"}), fit for a file name. */
  public String name() {
    return name;
  }

  /** The column names, snake_case, in order. */
  public ImmutableList<String> columns() {
    return columns.stream().map(c -> c.name).collect(ImmutableList.toImmutableList());
  }

  /** How many rows. */
  public int size() {
    return cells.size();
  }

  /** The rows as text, one cell per column; a missing cell is an empty string. */
  public ImmutableList<ImmutableList<String>> rows() {
    ImmutableList.Builder<ImmutableList<String>> rows = ImmutableList.builder();
    for (List<Object> row : cells) {
      ImmutableList.Builder<String> text = ImmutableList.builder();
      for (Object cell : row) {
        text.add(format(cell));
      }
      rows.add(text.build());
    }
    return rows.build();
  }

  /**
   * The rows as maps from the camelCase column name ({@code baselineMean}) to the cell: a {@code
   * String}, {@code Long} or {@code Double}, or {@code null} when missing. The maps keep the column
   * order and are unmodifiable.
   */
  public ImmutableList<Map<String, Object>> records() {
    List<String> keys = new ArrayList<>();
    for (Column column : columns) {
      keys.add(CaseFormat.LOWER_UNDERSCORE.to(CaseFormat.LOWER_CAMEL, column.name));
    }
    ImmutableList.Builder<Map<String, Object>> records = ImmutableList.builder();
    for (List<Object> row : cells) {
      Map<String, Object> record = new LinkedHashMap<>();
      for (int i = 0; i < keys.size(); i++) {
        record.put(keys.get(i), row.get(i));
      }
      records.add(Collections.unmodifiableMap(record));
    }
    return records.build();
  }

  /**
   * A decimal to 15 significant digits: plain, or in scientific notation below 10⁻⁶ in magnitude
   * (p-values can be far smaller).
   */
  static String format(Object cell) {
    if (cell == null) {
      return "";
    }
    if (cell instanceof Double) {
      BigDecimal rounded =
          new BigDecimal((Double) cell).round(new MathContext(15)).stripTrailingZeros();
      if (rounded.signum() == 0) {
        return "0";
      }
      return Math.abs((Double) cell) >= 1e-6 ? rounded.toPlainString() : rounded.toString();
    }
    return cell.toString();
  }

  @Override
  public String toString() {
    return "Table{" + name + ", " + columns.size() + " columns, " + cells.size() + " rows}";
  }

  /** Builds a table row by row, checking each cell against its column's type. */
  static final class Builder {
    private final String name;
    private final ImmutableList.Builder<Column> columns = ImmutableList.builder();
    private final ImmutableList.Builder<List<Object>> rows = ImmutableList.builder();
    private ImmutableList<Column> built;
    private List<Object> row;

    Builder(String name) {
      this.name = name;
    }

    Builder column(String column, Type type) {
      checkArgument(built == null, "columns are fixed once a row is started");
      columns.add(new Column(column, type));
      return this;
    }

    /** Starts a row; {@link #cell} fills it in column order and {@link #endRow} ends it. */
    Builder row() {
      if (built == null) {
        built = columns.build();
      }
      checkArgument(row == null, "the previous row has not ended");
      row = new ArrayList<>();
      return this;
    }

    Builder cell(Object value) {
      checkNotNull(row, "no row started");
      checkArgument(row.size() < built.size(), "too many cells for %s columns", built.size());
      Column column = built.get(row.size());
      if (value != null) {
        Class<?> expected =
            column.type == Type.TEXT
                ? String.class
                : column.type == Type.INTEGER ? Long.class : Double.class;
        checkArgument(
            expected.isInstance(value),
            "column %s holds %s, not %s",
            column.name,
            expected.getSimpleName(),
            value.getClass().getSimpleName());
        checkArgument(
            !(value instanceof Double) || Double.isFinite((Double) value),
            "column %s: decimals must be finite: %s",
            column.name,
            value);
      }
      row.add(value);
      return this;
    }

    Builder endRow() {
      checkNotNull(row, "no row started");
      checkArgument(
          row.size() == built.size(), "row has %s cells for %s columns", row.size(), built.size());
      rows.add(Collections.unmodifiableList(row));
      row = null;
      return this;
    }

    Table build() {
      checkArgument(row == null, "the last row has not ended");
      return new Table(name, built == null ? columns.build() : built, rows.build());
    }
  }
}
