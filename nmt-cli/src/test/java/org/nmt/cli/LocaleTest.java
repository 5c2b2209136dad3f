package org.nmt.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nmt.core.scenario.SeedScenarios;

/**
 * The command's output does not follow the default locale: numbers are written with ASCII digits
 * and a point wherever it runs, as the report's tables always were. Run under Arabic (Egypt), whose
 * default digits are Arabic-Indic, and German, whose decimal separator is a comma.
 */
class LocaleTest {
  @TempDir Path dir;

  @Test
  void everyCommandWritesAsciiDigitsUnderAnyDefaultLocale() throws IOException {
    Path record = Inputs.write(dir, "office.json", SeedScenarios.officeWorker());
    Path demo = dir.resolve("demo");
    Locale original = Locale.getDefault();
    List<Run> runs = new ArrayList<>();
    try {
      for (String tag : new String[] {"ar-EG", "de-DE"}) {
        Locale.setDefault(Locale.forLanguageTag(tag));
        runs.add(Run.of("demo", "--out", demo.resolve(tag).toString(), "--cohort", "12"));
        runs.add(Run.of("outcomes", demo.resolve(tag).resolve(DemoCommand.COHORT_FILE).toString()));
        runs.add(Run.of("validate", record.toString()));
        runs.add(Run.of("progress", record.toString()));
        runs.add(Run.of("catalog", "muscles"));
      }
    } finally {
      Locale.setDefault(original);
    }
    for (Run run : runs) {
      assertTrue(run.status == Nmt.OK || run.status == Nmt.FINDINGS, run.err);
      String text = run.out + run.err;
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        assertTrue(!Character.isDigit(c) || (c >= '0' && c <= '9'), "digit " + c + " in " + text);
      }
    }
    // the same output under either locale
    for (int i = 0; i < runs.size() / 2; i++) {
      assertEquals(
          runs.get(i).out.replace("/ar-EG/", "/X/").replace("\\ar-EG\\", "\\X\\"),
          runs.get(runs.size() / 2 + i)
              .out
              .replace("/de-DE/", "/X/")
              .replace("\\de-DE\\", "\\X\\"));
    }
  }
}
