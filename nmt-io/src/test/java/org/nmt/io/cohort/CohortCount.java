package org.nmt.io.cohort;

import java.io.IOException;
import java.nio.file.Path;
import org.nmt.core.record.ClientRecord;

/**
 * The child of {@link CohortReaderHeapTest}: reads the cohort file {@code args[0]} under {@link
 * ErrorPolicy#SKIP} with the default options, checks that the records come in the order they were
 * generated, and prints what it read and the largest heap it had.
 */
final class CohortCount {
  private CohortCount() {}

  public static void main(String[] args) throws IOException {
    long records = 0;
    long sessions = 0;
    try (CohortReader reader = CohortReader.open(Path.of(args[0]), ErrorPolicy.SKIP)) {
      while (reader.hasNext()) {
        ClientRecord record = reader.next();
        if (!record.client().id().equals(TestCohorts.id(records))) {
          throw new IllegalStateException(
              "record " + records + " has client id " + record.client().id());
        }
        records++;
        sessions += record.sessions().size();
      }
      String firstSkipped =
          reader.skippedLines().isEmpty()
              ? "none"
              : reader.skippedLines().get(0).lineNumber()
                  + " "
                  + reader.skippedLines().get(0).error().rule();
      System.out.println(
          "records="
              + records
              + " sessions="
              + sessions
              + " skipped="
              + reader.skippedCount()
              + " maxHeap="
              + Runtime.getRuntime().maxMemory()
              + " firstSkipped="
              + firstSkipped);
    }
  }
}
