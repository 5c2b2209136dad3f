package org.nmt.outcomes.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The golden cohort in the test resources is the one the generator and the extraction make now; if
 * either changes on purpose, rewrite the files ({@code -Dnmt.golden.write=true}) and rerun the
 * golden scripts.
 */
class GoldenCohortTest {
  @Test
  void exportedCohortIsUpToDate() throws IOException {
    if (Boolean.getBoolean("nmt.golden.write")) {
      GoldenCohort.write();
    }
    for (Map.Entry<String, String> file : GoldenCohort.export().entrySet()) {
      assertEquals(
          Files.readString(GoldenCohort.DIRECTORY.resolve(file.getKey()), StandardCharsets.UTF_8),
          file.getValue(),
          file.getKey()
              + " is out of date: run the tests with -Dnmt.golden.write=true, then the scripts in"
              + " src/test/resources/golden");
    }
  }
}
