package org.nmt.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class TableTest {
  private static String print(Table table) {
    StringWriter out = new StringWriter();
    PrintWriter writer = new PrintWriter(out);
    table.print(writer, "  ");
    writer.flush();
    return out.toString().replace(System.lineSeparator(), "\n");
  }

  @Test
  void columnsAreAsWideAsTheirWidestCellWithoutTrailingSpaces() {
    Table table = new Table("id", "outcome", "detail");
    table.row("minimum-sessions", "met", "");
    table.row("x", "not-assessable", "observed");
    assertEquals(
        "  id                outcome         detail\n"
            + "  minimum-sessions  met\n"
            + "  x                 not-assessable  observed\n",
        print(table));
  }

  @Test
  void aTableWithOnlyItsHeaderIsEmpty() {
    Table table = new Table("a", "b");
    assertTrue(table.isEmpty());
    assertFalse(table.row("1", "2").isEmpty());
  }

  @Test
  void aRowHasAsManyCellsAsTheHeader() {
    Table table = new Table("a", "b");
    assertEquals(
        "row must have 2 cells: [1, 2, 3]",
        assertThrows(IllegalArgumentException.class, () -> table.row("1", "2", "3")).getMessage());
  }
}
