package org.nmt.io.cohort;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
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
    assertEquals(ERROR.getMessage(), line.error().getMessage());
    assertEquals("/client/id", line.error().pointer());
    assertEquals(7, line.error().line());
    assertEquals(20, line.error().column());
    assertEquals("required field is missing", line.error().rule());
    assertEquals(line, SkippedLine.of(7, ERROR));
    assertEquals(
        line,
        SkippedLine.of(7, new DocumentException("/client/id", 7, 20, "required field is missing")));
    assertNotEquals(line, SkippedLine.of(7, new DocumentException("/client/id", 7, 21, "x")));
  }

  /** Each caller gets an exception of its own: a suppressed exception added to one stays there. */
  @Test
  void anErrorChangedByOneCallerIsNotAnothers() {
    SkippedLine line = SkippedLine.of(7, ERROR);
    DocumentException thrown = line.error();
    thrown.addSuppressed(new IllegalStateException("closing failed"));
    assertNotSame(thrown, line.error());
    assertEquals(0, line.error().getSuppressed().length);
  }

  @Test
  void rejectsLineNumbersBelowOne() {
    assertEquals(
        "lineNumber must be at least 1: 0",
        assertThrows(IllegalArgumentException.class, () -> SkippedLine.of(0, ERROR)).getMessage());
  }
}
