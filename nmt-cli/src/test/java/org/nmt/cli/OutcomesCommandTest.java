package org.nmt.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.collect.ImmutableList;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import javax.imageio.ImageIO;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nmt.core.measure.Measure;
import org.nmt.core.scenario.SeedScenarios;
import org.nmt.io.file.AtomicFiles;
import org.nmt.io.json.Documents;
import org.nmt.outcomes.analysis.GroupOutcomes;
import org.nmt.outcomes.analysis.Grouping;
import org.nmt.outcomes.analysis.OutcomeAnalysis;
import org.nmt.outcomes.analysis.OutcomeReport;
import org.nmt.outcomes.cohort.SyntheticCohort;
import org.nmt.protocol.definition.Protocols;

class OutcomesCommandTest {
  private static final int SIZE = 200;

  @TempDir static Path shared;
  @TempDir Path temp;

  private static Path cohort;

  @BeforeAll
  static void generate() {
    Run run = Run.of("demo", "--cohort", "" + SIZE, "--out", shared.toString());
    assertEquals(Nmt.OK, run.status, run.err);
    cohort = shared.resolve("cohort.ndjson");
  }

  private static OutcomeReport expected(Grouping... by) {
    return OutcomeAnalysis.builder().groupBy(by).build().analyse(SyntheticCohort.generate(0, SIZE));
  }

  @Test
  void printsTheTablesOfEveryMeasureAndStage() {
    Run run = Run.of("outcomes", cohort.toString());
    assertEquals(Nmt.OK, run.status, run.err);
    assertEquals("", run.err);
    assertTrue(run.out.startsWith("Outcomes of 200 client records\n"), run.out);
    assertTrue(run.out.contains("\nAll: 200 clients"), run.out);
    for (Measure measure : OutcomeAnalysis.SUPPORTED_MEASURES) {
      assertTrue(run.out.contains("\n    " + measure.id() + " ("), measure.id());
    }
    assertTrue(run.out.contains("change (95% CI)"), run.out);
    assertTrue(run.out.contains("responders (95% CI)"), run.out);
    assertTrue(run.out.contains("\n    pain-elimination  "), run.out);
    String median =
        String.format(
            java.util.Locale.ROOT,
            "median %.2f days",
            expected().overall().timeToDischarge().median().getAsDouble());
    assertTrue(run.out.contains("Time to discharge (Kaplan-Meier): " + median), run.out);
    assertFalse(run.out.contains("Group activity-profile"), "no subgroups without --by");
    for (String line : run.out.split("\n")) {
      assertEquals(line.stripTrailing(), line, "no trailing spaces");
    }
  }

  @Test
  void jsonIsTheReportsTree() throws IOException {
    Run run = Run.of("outcomes", "--json", cohort.toString());
    assertEquals(Nmt.OK, run.status, run.err);
    JsonNode json = new ObjectMapper().readTree(run.out);
    assertEquals("outcome-report", json.get("kind").asText());
    assertEquals(SIZE, json.get("clients").asLong());
    OutcomeReport expected = expected();
    ObjectMapper mapper = new ObjectMapper();
    assertEquals(
        mapper.readTree(mapper.writeValueAsString(expected.toJson())),
        json,
        "the same as the report of the same cohort analysed in memory");
    assertEquals(expected.table("measures").size(), json.get("tables").get("measures").size());
  }

  @Test
  void csvHasEveryCellOfEveryTable() throws IOException {
    Path out = temp.resolve("outcomes.csv");
    Run run = Run.of("outcomes", "--csv", out.toString(), cohort.toString());
    assertEquals(Nmt.OK, run.status, run.err);
    assertTrue(run.out.startsWith("Outcomes of 200 client records\n"), "the tables too");
    List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
    assertEquals("table,row,column,value", lines.get(0));
    OutcomeReport expected = expected();
    long cells =
        expected.tables().stream().mapToLong(t -> (long) t.size() * t.columns().size()).sum();
    assertEquals(cells + 1, lines.size());
    org.nmt.outcomes.analysis.Table measures = expected.table("measures");
    assertEquals(
        "measures,1," + measures.columns().get(0) + "," + measures.rows().get(0).get(0),
        lines.stream().filter(l -> l.startsWith("measures,1,")).findFirst().get());
    assertEquals(ImmutableList.of(), AtomicFiles.leftovers(out));
  }

  @Test
  void byProfileShowsEveryProfileGroup() {
    Run run = Run.of("outcomes", "--by", "profile", cohort.toString());
    assertEquals(Nmt.OK, run.status, run.err);
    List<GroupOutcomes> profiles =
        expected(Grouping.ACTIVITY_PROFILE).groups(Grouping.ACTIVITY_PROFILE);
    assertTrue(profiles.size() > 1, "the cohort has several profiles");
    for (GroupOutcomes group : profiles) {
      assertTrue(
          run.out.contains(
              "Group activity-profile "
                  + group.group().label()
                  + ": "
                  + group.clients()
                  + " clients"),
          group.group().label());
    }
    assertFalse(run.out.contains("Group condition"), run.out);
    Run bad = Run.of("outcomes", "--by", "age", cohort.toString());
    assertEquals(Nmt.BAD_INPUT, bad.status);
    assertTrue(bad.err.startsWith("nmt: Invalid value for option '--by'"), bad.err);
  }

  @Test
  void aDirectoryIsItsNdjsonFilesAndADocumentIsOneClient() throws IOException {
    Path dir = Files.createDirectories(temp.resolve("cohorts"));
    Files.copy(cohort, dir.resolve("a.ndjson"));
    Files.copy(cohort, dir.resolve("b.ndjson"));
    Files.writeString(dir.resolve("notes.txt"), "not a cohort");
    Path hiker = Files.write(temp.resolve("hiker.json"), Documents.toBytes(SeedScenarios.hiker()));
    Run run = Run.of("outcomes", dir.toString(), hiker.toString());
    assertEquals(Nmt.OK, run.status, run.err);
    assertTrue(run.out.startsWith("Outcomes of 401 client records\n"), run.out);
    Run one = Run.of("outcomes", hiker.toString());
    assertEquals(Nmt.OK, one.status, one.err);
    assertTrue(one.out.startsWith("Outcomes of 1 client record\n"), one.out);
  }

  @Test
  void anOutputThatIsAnInputOrTheOtherOutputIsRefusedBeforeTheAnalysis() throws IOException {
    Path copy = Files.copy(cohort, temp.resolve("cohort.ndjson"));
    byte[] before = Files.readAllBytes(copy);
    for (String option : List.of("--csv", "--html")) {
      Run run = Run.of("outcomes", option, copy.toString(), copy.toString());
      assertEquals(Nmt.BAD_INPUT, run.status, option);
      assertEquals(
          "nmt: " + copy + ": is also an input; nmt does not replace its input\n", run.err);
      assertEquals("", run.out);
    }
    Path dir = Files.createDirectories(temp.resolve("cohorts"));
    Path inDir = Files.copy(cohort, dir.resolve("a.ndjson"));
    Run intoDir = Run.of("outcomes", "--csv", inDir.toString(), dir.toString());
    assertEquals(Nmt.BAD_INPUT, intoDir.status);
    assertEquals(
        "nmt: " + inDir + ": is also an input; nmt does not replace its input\n", intoDir.err);
    Path out = temp.resolve("report.out");
    Run twice =
        Run.of("outcomes", "--csv", out.toString(), "--html", out.toString(), copy.toString());
    assertEquals(Nmt.BAD_INPUT, twice.status);
    assertEquals(
        "nmt: " + out + ": named as two outputs; each output needs a file of its own\n", twice.err);
    assertFalse(Files.exists(out));
    assertArrayEquals(before, Files.readAllBytes(copy));
    // two spellings of one file not written yet: through a link, and in another case
    Path real = Files.createDirectories(temp.resolve("real"));
    Path link = Files.createSymbolicLink(temp.resolve("link"), real);
    for (Path other : List.of(link.resolve("report.out"), real.resolve("REPORT.out"))) {
      Run spelled =
          Run.of(
              "outcomes",
              "--csv",
              real.resolve("report.out").toString(),
              "--html",
              other.toString(),
              copy.toString());
      assertEquals(Nmt.BAD_INPUT, spelled.status, other.toString());
      assertTrue(
          spelled.err.endsWith("named as two outputs; each output needs a file of its own\n"));
    }
  }

  /** An analysis of no client is no result: exit 2, so that a script does not go on with it. */
  @Test
  void inputsWithoutAnyClientRecordAreBadInput() throws IOException {
    Path empty = Files.writeString(temp.resolve("empty.ndjson"), "");
    Path bad = Files.writeString(temp.resolve("bad.ndjson"), "{\"kind\":\n\n[]\n");
    Run none = Run.of("outcomes", empty.toString());
    assertEquals(Nmt.BAD_INPUT, none.status);
    assertEquals("nmt: no client record was read from the inputs; nothing to analyse\n", none.err);
    assertEquals("", none.out);
    Run allBad = Run.of("outcomes", "--csv", temp.resolve("x.csv").toString(), bad.toString());
    assertEquals(Nmt.BAD_INPUT, allBad.status);
    String[] err = allBad.err.split("\n");
    assertEquals(4, err.length, allBad.err);
    assertEquals("nmt: 2 bad lines skipped, 0 client records analysed", err[2]);
    assertEquals("nmt: no client record was read from the inputs; nothing to analyse", err[3]);
    assertFalse(Files.exists(temp.resolve("x.csv")));
  }

  @Test
  void badLinesAreSkippedAndCounted() throws IOException {
    List<String> lines = Files.readAllLines(cohort).subList(0, 3);
    Path file =
        Files.write(
            temp.resolve("bad.ndjson"),
            List.of(lines.get(0), "{\"kind\":", lines.get(1), "[]", lines.get(2)));
    Run run = Run.of("outcomes", file.toString());
    assertEquals(Nmt.OK, run.status, run.err);
    assertTrue(run.out.startsWith("Outcomes of 3 client records\n"), run.out);
    String[] err = run.err.split("\n");
    assertEquals(3, err.length, run.err);
    assertTrue(err[0].startsWith("nmt: " + file + ": line 2: "), err[0]);
    assertTrue(err[1].startsWith("nmt: " + file + ": line 4: "), err[1]);
    assertEquals("nmt: 2 bad lines skipped, 3 client records analysed", err[2]);
  }

  @Test
  void unreadableInputsAreBadInputAndPrintNothing() throws IOException {
    Path missing = temp.resolve("missing.ndjson");
    Run run = Run.of("outcomes", cohort.toString(), missing.toString());
    assertEquals(Nmt.BAD_INPUT, run.status);
    assertEquals("nmt: " + missing + ": no such file\n", run.err);
    assertEquals("", run.out);

    Path protocol = Files.write(temp.resolve("seeds.json"), Documents.toBytes(Protocols.seeds()));
    Run wrongKind = Run.of("outcomes", cohort.toString(), protocol.toString());
    assertEquals(Nmt.BAD_INPUT, wrongKind.status);
    assertEquals(
        "nmt: " + protocol + ": a protocol-definition document, not a client record or a cohort\n",
        wrongKind.err);
    assertEquals("", wrongKind.out);

    Path empty = Files.createDirectories(temp.resolve("empty"));
    Run noCohorts = Run.of("outcomes", empty.toString());
    assertEquals(Nmt.BAD_INPUT, noCohorts.status);
    assertEquals("nmt: " + empty + ": directory without .ndjson files\n", noCohorts.err);

    Path malformed = Files.writeString(temp.resolve("broken.json"), "{\"kind\":");
    Run broken = Run.of("outcomes", malformed.toString());
    assertEquals(Nmt.BAD_INPUT, broken.status);
    assertTrue(broken.err.startsWith("nmt: " + malformed + ": "), broken.err);

    Path csv = temp.resolve("out.csv");
    Run noCsv = Run.of("outcomes", "--csv", csv.toString(), missing.toString());
    assertEquals(Nmt.BAD_INPUT, noCsv.status);
    assertFalse(Files.exists(csv), "no CSV from a failed run");

    Run unwritable =
        Run.of("outcomes", "--csv", cohort.resolve("x.csv").toString(), cohort.toString());
    assertEquals(Nmt.BAD_INPUT, unwritable.status);
    assertTrue(unwritable.err.startsWith("nmt: " + cohort.resolve("x.csv") + ": "), unwritable.err);
    assertEquals("", unwritable.out);
  }

  @Test
  void aFileListedTwiceIsAnalysedTwice() {
    Run run = Run.of("outcomes", cohort.toString(), cohort.toString());
    assertEquals(Nmt.OK, run.status, run.err);
    assertTrue(run.out.startsWith("Outcomes of 400 client records\n"), run.out);
  }

  @Test
  void htmlHasEveryChartAsADecodableImage() throws IOException {
    Path out = temp.resolve("outcomes.html");
    Run run = Run.of("outcomes", "--by", "profile", "--html", out.toString(), cohort.toString());
    assertEquals(Nmt.OK, run.status, run.err);
    assertEquals(ImmutableList.of(), AtomicFiles.leftovers(out));
    Document page = Jsoup.parse(Files.readString(out));
    int groups = expected(Grouping.ACTIVITY_PROFILE).groups().size();
    assertEquals(groups, page.select("section").size());
    Elements images = page.select("img");
    assertEquals(3 * groups, images.size(), "three charts per group, each with data");
    for (Element image : images) {
      String src = image.attr("src");
      assertTrue(src.startsWith("data:image/png;base64,"), image.id());
      BufferedImage decoded =
          ImageIO.read(
              new ByteArrayInputStream(
                  Base64.getDecoder().decode(src.substring("data:image/png;base64,".length()))));
      assertNotNull(decoded, image.id());
      assertEquals(960, decoded.getWidth(), image.id());
      assertFalse(image.attr("alt").isEmpty(), image.id());
    }
    assertTrue(page.select("script, link, [src^=http], [href^=http]").isEmpty(), "self-contained");
    assertTrue(
        page.selectFirst("img#group-0-discharge").attr("alt").startsWith("Time to discharge: "));
  }
}
