package org.nmt.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nmt.core.record.ClientRecord;
import org.nmt.core.scenario.SeedScenarios;
import org.nmt.io.cohort.CohortReader;
import org.nmt.io.cohort.ErrorPolicy;
import org.nmt.io.csv.CsvExport;
import org.nmt.io.file.AtomicFiles;
import org.nmt.io.json.Documents;
import org.nmt.protocol.definition.Protocols;

class ExportCommandTest {
  @TempDir Path dir;

  /** The arguments {@code export --to format [options] FILE...} for every seed scenario. */
  private List<String> args(String format, String... options) throws IOException {
    List<String> args = new ArrayList<>(List.of("export", "--to", format));
    args.addAll(Arrays.asList(options));
    for (ClientRecord record : SeedScenarios.all()) {
      args.add(Inputs.write(dir, record.client().id() + ".json", record).toString());
    }
    return args;
  }

  private static Run run(List<String> args) {
    return Run.of(args.toArray(String[]::new));
  }

  private static List<ClientRecord> readCohort(InputStream in) throws IOException {
    try (CohortReader cohort = CohortReader.open(in, ErrorPolicy.FAIL_FAST)) {
      List<ClientRecord> records = new ArrayList<>();
      cohort.forEachRemaining(records::add);
      return records;
    }
  }

  @Test
  void csvToStandardOutput() throws IOException {
    Run run = run(args("csv"));
    assertEquals(Nmt.OK, run.status, run.err);
    assertEquals("", run.err, "no progress when standard error is not a terminal");
    assertEquals(CsvExport.standard().toCsv(SeedScenarios.all()), run.out);
    String header = run.out.substring(0, run.out.indexOf('\n'));
    assertEquals(CsvExport.columns(), Arrays.asList(header.split(",", -1)));
    assertTrue(run.out.lines().count() > 100, "rows of four courses");
  }

  @Test
  void csvToAFile() throws IOException {
    Path out = dir.resolve("cohort.csv");
    Run run = run(args("csv", "-o", out.toString()));
    assertEquals(Nmt.OK, run.status, run.err);
    assertEquals("", run.out);
    assertEquals("", run.err);
    assertEquals(CsvExport.standard().toCsv(SeedScenarios.all()), Files.readString(out));
  }

  @Test
  void ndjsonToAFileReadsBackAsTheCohort() throws IOException {
    Path out = dir.resolve("cohort.ndjson");
    Run run = run(args("ndjson", "--output", out.toString()));
    assertEquals(Nmt.OK, run.status, run.err);
    assertEquals("", run.out);
    assertEquals("", run.err);
    try (InputStream in = Files.newInputStream(out)) {
      assertEquals(SeedScenarios.all(), readCohort(in));
    }
    assertEquals(SeedScenarios.all().size(), Files.readAllLines(out).size());
  }

  @Test
  void ndjsonToStandardOutputReadsBackAsTheCohort() throws IOException {
    Run run = run(args("ndjson"));
    assertEquals(Nmt.OK, run.status, run.err);
    assertEquals(SeedScenarios.all().size(), run.out.lines().count());
    assertEquals(
        SeedScenarios.all(), readCohort(new ByteArrayInputStream(run.out.getBytes(UTF_8))));
  }

  @Test
  void aFileThatIsNotAClientRecordEndsTheExportAndLeavesTheOutputAsItWas() throws IOException {
    Path out = Files.writeString(dir.resolve("cohort.ndjson"), "previous\n");
    Path protocol = Inputs.write(dir, "protocol.json", Documents.toBytes(Protocols.seeds()));
    List<String> args = args("ndjson", "-o", out.toString());
    args.add(protocol.toString());
    Run run = run(args);
    assertEquals(Nmt.BAD_INPUT, run.status);
    assertEquals(
        "nmt: "
            + protocol
            + ": /kind (line 2, column 3): expected a client-record document, not a"
            + " protocol-definition document\n",
        run.err);
    assertEquals("previous\n", Files.readString(out));
    assertEquals(ImmutableList.of(), AtomicFiles.leftovers(out));
  }

  @Test
  void aMissingFileEndsTheExportWithoutCreatingTheOutput() throws IOException {
    Path out = dir.resolve("cohort.csv");
    List<String> args = args("csv", "-o", out.toString());
    args.add(1 + args.indexOf(out.toString()), dir.resolve("missing.json").toString());
    Run run = run(args);
    assertEquals(Nmt.BAD_INPUT, run.status);
    assertEquals("nmt: " + dir.resolve("missing.json") + ": no such file\n", run.err);
    assertFalse(Files.exists(out));
  }

  @Test
  void anOutputThatCannotBeWrittenIsBadInput() throws IOException {
    Path out = dir.resolve("no-such-dir").resolve("cohort.csv");
    Run run = run(args("csv", "-o", out.toString()));
    assertEquals(Nmt.BAD_INPUT, run.status);
    assertEquals("nmt: " + out + ": no such directory\n", run.err);
    Run intoDirectory = run(args("csv", "-o", dir.toString()));
    assertEquals(Nmt.BAD_INPUT, intoDirectory.status);
    assertEquals("nmt: " + dir + ": is a directory\n", intoDirectory.err);
  }

  /** An output that is an input would replace the record with its export, and exit 0. */
  @Test
  void anOutputThatIsAnInputOrNoFileIsRefusedBeforeAnythingIsWritten() throws IOException {
    Path record = Inputs.write(dir, "hiker.json", SeedScenarios.hiker());
    byte[] before = Files.readAllBytes(record);
    for (Path same : List.of(record, dir.resolve(".").resolve("hiker.json"))) {
      Run run = Run.of("export", "--to", "csv", "-o", same.toString(), record.toString());
      assertEquals(Nmt.BAD_INPUT, run.status);
      assertEquals(
          "nmt: " + same + ": is also an input; nmt does not replace its input\n", run.err);
      assertArrayEquals(before, Files.readAllBytes(record));
    }
    Run root = Run.of("export", "--to", "csv", "-o", "/", record.toString());
    assertEquals(Nmt.BAD_INPUT, root.status);
    assertEquals("nmt: /: is not a file to write\n", root.err);
    Run empty = Run.of("export", "--to", "csv", "-o", "", record.toString());
    assertEquals(Nmt.BAD_INPUT, empty.status);
    assertEquals("nmt: '': an empty path is not a file to write\n", empty.err);
  }

  @Test
  void usageErrors() {
    Run noFormat = Run.of("export", "a.json");
    assertEquals(Nmt.BAD_INPUT, noFormat.status);
    assertTrue(
        noFormat.err.startsWith("nmt: Missing required option: '--to=FORMAT'"), noFormat.err);
    Run xml = Run.of("export", "--to", "xml", "a.json");
    assertEquals(Nmt.BAD_INPUT, xml.status);
    assertTrue(xml.err.startsWith("nmt: Invalid value for option '--to'"), xml.err);
    assertEquals(Nmt.BAD_INPUT, Run.of("export", "--to", "csv").status);
    assertEquals(Nmt.OK, Run.of("export", "--help").status);
  }
}
