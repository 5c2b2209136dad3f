package org.nmt.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nmt.core.record.ClientRecord;
import org.nmt.core.scenario.SeedScenarios;
import org.nmt.io.json.Documents;

/**
 * Free text of a record (chief complaint, SOAP notes, override justifications) appears in no output
 * but the NDJSON cohort, which is the records themselves.
 */
class FreeTextTest {
  @TempDir Path dir;

  @Test
  void noCommandPrintsFreeText() throws IOException {
    List<String> files = new ArrayList<>();
    for (ClientRecord record : SeedScenarios.all()) {
      ClientRecord marked = Inputs.withFreeText(record);
      files.add(Inputs.write(dir, record.client().id() + ".json", marked).toString());
      files.add(
          Inputs.write(dir, record.client().id() + "-unsigned.json", Inputs.unsigned(marked))
              .toString());
      files.add(
          Inputs.write(
                  dir,
                  record.client().id() + "-plan.json",
                  Documents.toBytes(Inputs.planOf(Inputs.onAnticoagulants(marked))))
              .toString());
    }
    List<Run> runs = new ArrayList<>();
    runs.add(run("validate", files));
    runs.add(run("validate --json", files));
    runs.add(run("validate --protocol st-john", files));
    for (String file : files) {
      if (!file.endsWith("-plan.json")) {
        runs.add(run("progress", List.of(file)));
      }
    }
    runs.add(run("export --to csv", files.subList(0, 2)));
    List<String> records = new ArrayList<>(files);
    records.removeIf(file -> file.endsWith("-plan.json"));
    runs.add(run("outcomes --by condition", records));
    runs.add(run("outcomes --json", records));
    for (Run run : runs) {
      assertFalse(run.out.contains(Inputs.MARKER), run.out);
      assertFalse(run.err.contains(Inputs.MARKER), run.err);
    }
    assertTrue(runs.get(0).out.contains("error gate-not-passed"), "findings were printed");
    Run ndjson = run("export --to ndjson", files.subList(0, 1));
    assertEquals(Nmt.OK, ndjson.status, ndjson.err);
    assertTrue(ndjson.out.contains(Inputs.MARKER), "the marker was planted");
  }

  @Test
  void aBadDocumentIsReportedWithoutItsFreeText() throws IOException {
    String hiker = new String(Documents.toBytes(Inputs.withFreeText(SeedScenarios.hiker())), UTF_8);
    Path unterminated =
        Files.writeString(
            dir.resolve("broken.json"), hiker.substring(0, hiker.indexOf(Inputs.MARKER) + 10));
    Path unquoted =
        Files.writeString(
            dir.resolve("unquoted.json"),
            hiker.replaceFirst("\"" + Inputs.MARKER + "\"", Inputs.MARKER));
    for (Path file : List.of(unterminated, unquoted)) {
      Run run = Run.of("validate", file.toString());
      assertEquals(Nmt.BAD_INPUT, run.status);
      assertTrue(run.err.startsWith("nmt: " + file + ": "), run.err);
      assertFalse(run.err.contains(Inputs.MARKER.substring(0, 8)), run.err);
    }
    Path cohort =
        Files.writeString(
            dir.resolve("cohort.ndjson"),
            hiker.substring(0, hiker.indexOf(Inputs.MARKER) + 10).replaceAll("\\R", " ") + "\n");
    Run outcomes = Run.of("outcomes", cohort.toString());
    // its one line is skipped, so no client is left to analyse
    assertEquals(Nmt.BAD_INPUT, outcomes.status, outcomes.err);
    assertTrue(outcomes.err.startsWith("nmt: " + cohort + ": line 1: "), outcomes.err);
    assertFalse(outcomes.err.contains(Inputs.MARKER.substring(0, 8)), outcomes.err);
  }

  /**
   * A document broken where a name belongs: with {@code "chiefComplaint" :} deleted the complaint
   * is read as a name, and with a value after it, as the name of an unknown field.
   */
  @Test
  void aComplaintWhereANameBelongsIsReportedWithoutIt() throws IOException {
    String hiker = new String(Documents.toBytes(Inputs.withFreeText(SeedScenarios.hiker())), UTF_8);
    String keyless = hiker.replaceFirst("\"chiefComplaint\" : ", "");
    String asName =
        hiker.replaceFirst(
            "\"chiefComplaint\" : \"" + Inputs.MARKER + "\"", "\"" + Inputs.MARKER + "\" : 1");
    for (String broken : List.of(keyless, asName)) {
      Path file = Files.writeString(dir.resolve("broken.json"), broken);
      Path cohort =
          Files.writeString(dir.resolve("broken.ndjson"), broken.replaceAll("\\R", " ") + "\n");
      for (String command : List.of("validate", "progress", "export --to csv", "outcomes")) {
        List<String> args = new ArrayList<>(List.of(command.split(" ")));
        args.add(file.toString());
        Run run = Run.of(args.toArray(String[]::new));
        assertEquals(Nmt.BAD_INPUT, run.status, command);
        assertTrue(run.err.startsWith("nmt: " + file + ": /intake "), command + ": " + run.err);
        assertFalse(run.err.contains(Inputs.MARKER.substring(0, 8)), command + ": " + run.err);
      }
      Run outcomes = Run.of("outcomes", cohort.toString());
      assertTrue(outcomes.err.startsWith("nmt: " + cohort + ": line 1: /intake:"), outcomes.err);
      assertFalse(outcomes.err.contains(Inputs.MARKER.substring(0, 8)), outcomes.err);
    }
  }

  private static Run run(String command, List<String> files) {
    List<String> args = new ArrayList<>(List.of(command.split(" ")));
    args.addAll(files);
    Run run = Run.of(args.toArray(String[]::new));
    assertTrue(run.status == Nmt.OK || run.status == Nmt.FINDINGS, command + ": " + run.err);
    return run;
  }
}
