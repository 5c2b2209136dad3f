package org.nmt.io.cohort;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nmt.core.testing.ChildJvm;

/**
 * Reads a generated cohort several times larger than the heap of a child JVM started with {@code
 * -Xmx32m}: the reader must stream it in constant memory, including a bad line that alone is larger
 * than that heap.
 */
class CohortReaderHeapTest {
  private static final String HEAP = "-Xmx32m";
  private static final int RECORDS = 3_600;
  private static final long GARBAGE_LINE_BYTES = 40L * 1024 * 1024;
  private static final long TIMEOUT_MINUTES = 5;

  @Test
  void streamsACohortLargerThanTheHeap(@TempDir Path dir) throws IOException, InterruptedException {
    Path cohort = dir.resolve("cohort.ndjson");
    long sessions = TestCohorts.write(cohort, RECORDS / 2);
    appendGarbageLine(cohort);
    try (CohortWriter writer =
        CohortWriter.open(Files.newOutputStream(cohort, StandardOpenOption.APPEND))) {
      for (int i = RECORDS / 2; i < RECORDS; i++) {
        var record = TestCohorts.record(i);
        writer.write(record);
        sessions += record.sessions().size();
      }
    }
    long size = Files.size(cohort);

    String out =
        ChildJvm.run(
            dir,
            Duration.ofMinutes(TIMEOUT_MINUTES),
            List.of(HEAP),
            CohortCount.class,
            cohort.toString());

    long maxHeap = Long.parseLong(out.replaceAll("(?s).*maxHeap=([0-9]+).*", "$1"));
    assertTrue(size > 3 * maxHeap, "cohort of " + size + " bytes, heap of " + maxHeap);
    assertTrue(GARBAGE_LINE_BYTES > maxHeap, "garbage line not larger than the heap " + maxHeap);
    assertEquals(
        "records="
            + RECORDS
            + " sessions="
            + sessions
            + " skipped=1 maxHeap="
            + maxHeap
            + " firstSkipped="
            + (RECORDS / 2 + 1)
            + " line longer than "
            + ReadOptions.DEFAULT_MAX_LINE_BYTES
            + " bytes",
        out);
  }

  private static void appendGarbageLine(Path cohort) throws IOException {
    byte[] block = new byte[1024 * 1024];
    for (int i = 0; i < block.length; i++) {
      block[i] = (byte) (i % 251 == 10 ? 0 : i % 251);
    }
    Arrays.fill(block, 0, 4, (byte) '{');
    try (OutputStream out = Files.newOutputStream(cohort, StandardOpenOption.APPEND)) {
      for (long written = 0; written < GARBAGE_LINE_BYTES; written += block.length) {
        out.write(block);
      }
      out.write('\n');
    }
  }
}
