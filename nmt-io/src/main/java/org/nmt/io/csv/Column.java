package org.nmt.io.csv;

import java.util.Locale;

/** The columns of the tidy CSV export, in order; see {@code docs/FORMAT.md}. */
enum Column {
  CLIENT,
  SESSION,
  ASSESSMENT,
  DATE,
  TIME,
  STAGE,
  MEASURE,
  CONTEXT,
  SITE,
  SIDE,
  MODE,
  READING,
  VALUE,
  UNIT;

  /** The column's name in the header row. */
  String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
