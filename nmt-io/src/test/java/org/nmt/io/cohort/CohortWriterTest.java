package org.nmt.io.cohort;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nmt.core.scenario.SeedScenarios;
import org.nmt.io.json.Documents;

class CohortWriterTest {
  @Test
  void writesOneCompactDocumentPerLine() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (CohortWriter writer = CohortWriter.open(bytes)) {
      writer.write(SeedScenarios.runner());
      writer.write(SeedScenarios.hiker());
    }
    String[] lines = new String(bytes.toByteArray(), UTF_8).split("\n", -1);
    assertEquals(3, lines.length);
    assertEquals("", lines[2]);
    assertEquals(SeedScenarios.runner(), Documents.readRecord(lines[0].getBytes(UTF_8)));
    assertEquals(SeedScenarios.hiker(), Documents.readRecord(lines[1].getBytes(UTF_8)));
    assertTrue(lines[0].startsWith("{\"kind\":\"client-record\",\"formatVersion\":\"1.0\","));
  }

  @Test
  void flushesOnFlushAndOnClose() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    CohortWriter writer = CohortWriter.open(bytes);
    writer.write(SeedScenarios.tmjDysfunction());
    assertEquals(0, bytes.size());
    writer.flush();
    int flushed = bytes.size();
    ByteArrayOutputStream compact = new ByteArrayOutputStream();
    Documents.writeCompact(SeedScenarios.tmjDysfunction(), compact);
    assertEquals(compact.size() + 1, flushed);
    writer.write(SeedScenarios.tmjDysfunction());
    writer.close();
    assertEquals(2 * flushed, bytes.size());
  }

  @Test
  void truncatesAnExistingFile(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("cohort.ndjson");
    Files.writeString(file, "x".repeat(1_000_000));
    try (CohortWriter writer = CohortWriter.open(file)) {
      writer.write(SeedScenarios.runner());
    }
    try (CohortReader reader = CohortReader.open(file, ErrorPolicy.FAIL_FAST)) {
      assertEquals(SeedScenarios.runner(), reader.next());
      assertEquals(false, reader.hasNext());
    }
  }

  @Test
  void reportsAFailingOutputAsIoException() {
    OutputStream failing =
        new OutputStream() {
          @Override
          public void write(int b) throws IOException {
            throw new IOException("disk full");
          }
        };
    CohortWriter writer = CohortWriter.open(failing);
    IOException e =
        assertThrows(
            IOException.class,
            () -> {
              for (int i = 0; i < 10; i++) {
                writer.write(SeedScenarios.hiker());
              }
            });
    assertEquals("disk full", e.getMessage());
  }

  @Test
  void refusesToWriteWhenClosed() throws IOException {
    CohortWriter writer = CohortWriter.open(new ByteArrayOutputStream());
    writer.close();
    writer.close();
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> writer.write(SeedScenarios.runner()));
    assertEquals("cohort writer is closed", e.getMessage());
    assertEquals(
        "cohort writer is closed",
        assertThrows(IllegalStateException.class, writer::flush).getMessage());
    assertEquals(
        "record", assertThrows(NullPointerException.class, () -> writer.write(null)).getMessage());
  }
}
