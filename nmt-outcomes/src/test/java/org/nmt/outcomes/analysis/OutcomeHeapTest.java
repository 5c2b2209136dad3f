package org.nmt.outcomes.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nmt.core.record.ClientRecord;
import org.nmt.core.testing.ChildJvm;
import org.nmt.outcomes.cohort.SyntheticCohort;

/**
 * Analyses, in a child JVM started with {@code -Xmx16m}, a synthetic cohort whose records together
 * take several times that heap: generation and analysis must stream, keeping per group a fixed
 * state rather than the clients.
 */
class OutcomeHeapTest {
  private static final String HEAP = "-Xmx16m";
  private static final long SEED = 20261124L;
  private static final int CLIENTS = 2_500;
  private static final long TIMEOUT_MINUTES = 5;

  @Test
  void analysesACohortLargerThanTheHeap(@TempDir Path dir)
      throws IOException, InterruptedException {
    String out =
        ChildJvm.run(
            dir,
            Duration.ofMinutes(TIMEOUT_MINUTES),
            List.of(HEAP, "-XX:+UseSerialGC"),
            StreamingAnalysis.class,
            Long.toString(SEED),
            Integer.toString(CLIENTS));
    assertTrue(out.startsWith("clients=" + CLIENTS + " groups="), out);
    long maxHeap = Long.parseLong(out.replaceAll("(?s).*maxHeap=([0-9]+).*", "$1"));
    long cohortBytes = CLIENTS * bytesPerRecord();
    System.out.printf(
        "analysed %d clients (about %d MB as records) with a heap of %d MB%n",
        CLIENTS, cohortBytes >> 20, maxHeap >> 20);
    assertTrue(
        cohortBytes > 3 * maxHeap, "cohort of about " + cohortBytes + " bytes, heap " + maxHeap);
  }

  /** The heap 200 records of the cohort hold on to, per record (a lower estimate). */
  private static long bytesPerRecord() {
    long before = usedAfterGc();
    List<ClientRecord> held = SyntheticCohort.generate(SEED, 200).collect(Collectors.toList());
    long after = usedAfterGc();
    assertEquals(200, held.size());
    return Math.max(0, after - before) / held.size();
  }

  private static long usedAfterGc() {
    Runtime runtime = Runtime.getRuntime();
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return runtime.totalMemory() - runtime.freeMemory();
  }
}
