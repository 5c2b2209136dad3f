package org.nmt.io.cohort;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.nmt.io.json.DocumentException;

class SkippedLineTest {
  private static final DocumentException ERROR =
      new DocumentException("/client/id", 7, 20, "required field is missing");

  @Test
  void holdsTheLineNumberAndTheError() {
    SkippedLine line = SkippedLine.of(7, ERROR);
    assertEquals(7, line.lineNumber());
    assertSame(ERROR, line.error());
    assertEquals(line, SkippedLine.of(7, ERROR));
  }

  @Test
  void rejectsLineNumbersBelowOne() {
    assertEquals(
        "lineNumber must be at least 1: 0",
        assertThrows(IllegalArgumentException.class, () -> SkippedLine.of(0, ERROR)).getMessage());
  }
}
