package org.nmt.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nmt.core.record.ClientRecord;
import org.nmt.io.cohort.CohortReader;
import org.nmt.io.cohort.ErrorPolicy;
import org.nmt.io.file.AtomicFiles;
import org.nmt.outcomes.cohort.SyntheticCohort;

class DemoCohortTest {
  @TempDir Path temp;

  private static List<ClientRecord> read(Path file) throws IOException {
    List<ClientRecord> records = new ArrayList<>();
    try (CohortReader reader = CohortReader.open(file, ErrorPolicy.FAIL_FAST)) {
      reader.forEachRemaining(records::add);
    }
    return records;
  }

  @Test
  void writesTheSyntheticCohortOfTheSeed() throws IOException {
    Path out = temp.resolve("a").resolve("demo");
    Run run = Run.of("demo", "--cohort", "25", "--seed", "9", "--out", out.toString());
    assertEquals(Nmt.OK, run.status, run.err);
    assertEquals("", run.err);
    Path file = out.resolve("cohort.ndjson");
    assertEquals("Wrote 25 synthetic clients (seed 9) to " + file + "\n", run.out);
    assertEquals(SyntheticCohort.generate(9, 25).collect(Collectors.toList()), read(file));
    assertEquals(ImmutableList.of(), AtomicFiles.leftovers(file));
    try (var files = Files.list(out)) {
      assertEquals(1, files.count(), "only the cohort is written");
    }
  }

  @Test
  void theSameSeedWritesTheSameBytesAndAnotherSeedOthers() throws IOException {
    Run.of("demo", "--cohort", "5", "--out", temp.resolve("x").toString());
    Run.of("demo", "--cohort", "5", "--out", temp.resolve("y").toString());
    Run.of("demo", "--cohort", "5", "--seed", "1", "--out", temp.resolve("z").toString());
    byte[] x = Files.readAllBytes(temp.resolve("x/cohort.ndjson"));
    assertTrue(java.util.Arrays.equals(x, Files.readAllBytes(temp.resolve("y/cohort.ndjson"))));
    assertFalse(java.util.Arrays.equals(x, Files.readAllBytes(temp.resolve("z/cohort.ndjson"))));
    assertEquals(5, read(temp.resolve("x/cohort.ndjson")).size());
  }

  @Test
  void aCohortSizeOutOfRangeIsAUsageError() {
    for (String size : new String[] {"0", "-3", "1000001"}) {
      Run run = Run.of("demo", "--cohort", size, "--out", temp.resolve("d").toString());
      assertEquals(Nmt.BAD_INPUT, run.status, size);
      assertTrue(
          run.err.startsWith("nmt: --cohort must be within 1..1000000: " + size + "\n"), run.err);
      assertTrue(run.err.contains("Usage: nmt demo"), run.err);
      assertFalse(Files.exists(temp.resolve("d")), "nothing is written");
    }
    Run notANumber = Run.of("demo", "--cohort", "many");
    assertEquals(Nmt.BAD_INPUT, notANumber.status);
    assertTrue(notANumber.err.startsWith("nmt: Invalid value for option '--cohort'"));
  }

  @Test
  void anUnwritableDirectoryIsBadInput() throws IOException {
    Path file = Files.writeString(temp.resolve("file"), "x");
    Run run = Run.of("demo", "--cohort", "2", "--out", file.toString());
    assertEquals(Nmt.BAD_INPUT, run.status);
    assertEquals("nmt: " + file + ": not a directory\n", run.err);
  }
}
