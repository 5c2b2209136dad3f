package org.nmt.io.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Only {@code Documents} installs the reader every cohort read goes through. */
class LeadingRecordsTest {
  @Test
  void noOtherClassInstallsAReader() {
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () -> LeadingRecords.install((bytes, offset, length, catalog, end) -> null));
    assertEquals(
        "only org.nmt.io.json.Documents installs a reader of leading records", e.getMessage());
  }
}
