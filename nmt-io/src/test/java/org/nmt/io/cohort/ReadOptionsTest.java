package org.nmt.io.cohort;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.nmt.core.anatomy.MuscleCatalog;
import org.nmt.io.json.Documents;

class ReadOptionsTest {
  @Test
  void hasDocumentedDefaults() {
    ReadOptions options = ReadOptions.of(ErrorPolicy.SKIP);
    assertEquals(ErrorPolicy.SKIP, options.errorPolicy());
    assertEquals(MuscleCatalog.standard(), options.catalog());
    assertEquals(8 * 1024 * 1024, options.maxLineBytes());
    assertEquals(100, options.maxSkippedLinesKept());
    assertEquals(ErrorPolicy.FAIL_FAST, ReadOptions.builder().build().errorPolicy());
  }

  @Test
  void acceptsLimitsAtTheirBounds() {
    assertEquals(1, ReadOptions.builder().maxLineBytes(1).build().maxLineBytes());
    assertEquals(
        Documents.MAX_DOCUMENT_BYTES,
        ReadOptions.builder()
            .maxLineBytes((int) Documents.MAX_DOCUMENT_BYTES)
            .build()
            .maxLineBytes());
    assertEquals(0, ReadOptions.builder().maxSkippedLinesKept(0).build().maxSkippedLinesKept());
  }

  @Test
  void rejectsLimitsOutOfRange() {
    assertEquals(
        "maxLineBytes must be within 1..67108864: 0",
        assertThrows(
                IllegalArgumentException.class, () -> ReadOptions.builder().maxLineBytes(0).build())
            .getMessage());
    assertEquals(
        "maxLineBytes must be within 1..67108864: 67108865",
        assertThrows(
                IllegalArgumentException.class,
                () -> ReadOptions.builder().maxLineBytes(67_108_865).build())
            .getMessage());
    assertEquals(
        "maxSkippedLinesKept must be at least 0: -1",
        assertThrows(
                IllegalArgumentException.class,
                () -> ReadOptions.builder().maxSkippedLinesKept(-1).build())
            .getMessage());
  }
}
