package org.nmt.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Rows of text cells printed with aligned columns: each column as wide as its widest cell, two
 * spaces between columns, no trailing spaces. Not thread-safe.
 */
final class Table {
  private final List<String[]> rows = new ArrayList<>();
  private final int columns;

  /** A table whose first row is {@code header}. */
  Table(String... header) {
    columns = header.length;
    rows.add(header.clone());
  }

  /** Adds a row of exactly as many cells as the header has. */
  Table row(String... cells) {
    if (cells.length != columns) {
      throw new IllegalArgumentException(
          "row must have " + columns + " cells: " + Arrays.toString(cells));
    }
    rows.add(cells.clone());
    return this;
  }

  /** Whether the table has rows besides its header. */
  boolean isEmpty() {
    return rows.size() == 1;
  }

  /** Prints the header and the rows, each line starting with {@code indent}. */
  void print(PrintWriter out, String indent) {
    int[] widths = new int[columns];
    for (String[] row : rows) {
      for (int i = 0; i < columns; i++) {
        widths[i] = Math.max(widths[i], row[i].length());
      }
    }
    for (String[] row : rows) {
      StringBuilder line = new StringBuilder(indent);
      for (int i = 0; i < columns; i++) {
        line.append(row[i]);
        if (i < columns - 1) {
          line.append(" ".repeat(widths[i] - row[i].length() + 2));
        }
      }
      out.println(line.toString().stripTrailing());
    }
  }
}
