package org.nmt.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nmt.cli.demo.CourseSummary;
import org.nmt.cli.demo.DemoCourse;
import org.nmt.cli.report.HtmlReport;
import org.nmt.core.session.Session;
import org.nmt.io.file.AtomicFiles;
import org.nmt.io.json.Documents;
import picocli.CommandLine;

class DemoCommandTest {
  @TempDir Path temp;

  private Run demo(Path out, String... more) {
    String[] args = new String[2 + more.length + 1];
    args[0] = "demo";
    args[1] = "--out";
    args[2] = out.toString();
    System.arraycopy(more, 0, args, 3, more.length);
    return Run.of(args);
  }

  @Test
  void writesTheRecordAndThePlanOfTheSeed() throws IOException {
    Path out = temp.resolve("a").resolve("demo");
    Run run = demo(out, "--seed", "7");
    assertEquals(Nmt.OK, run.status, run.err);
    assertEquals("", run.err);
    DemoCourse expected = DemoCourse.generate(7);
    Path record = out.resolve("hiker.client-record.json");
    Path plan = out.resolve("hiker.treatment-plan.json");
    assertArrayEquals(Documents.toBytes(expected.record()), Files.readAllBytes(record));
    assertArrayEquals(Documents.toBytes(expected.plan()), Files.readAllBytes(plan));
    assertEquals(expected.record(), Documents.readRecord(record));
    assertEquals(expected.plan(), Documents.readPlan(Files.readAllBytes(plan)));
    assertEquals(ImmutableList.of(), AtomicFiles.leftovers(record));
    String report = Files.readString(out.resolve("hiker.report.html"));
    assertEquals(HtmlReport.render(expected.record(), expected.protocol()), report);
    try (var files = Files.list(out)) {
      assertEquals(3, files.count(), "nothing else is written");
    }
  }

  @Test
  void printsTheSummary() {
    Path out = temp.resolve("demo");
    Run run = demo(out);
    assertEquals(Nmt.OK, run.status, run.err);
    DemoCourse demo = DemoCourse.generate(DemoCourse.DEFAULT_SEED);
    StringBuilder expected = new StringBuilder();
    expected
        .append("Demo course of hiker-001 (seed 0) under protocol nmt-seeds 1.0\n")
        .append("  wrote ")
        .append(out.resolve("hiker.client-record.json"))
        .append('\n')
        .append("  wrote ")
        .append(out.resolve("hiker.treatment-plan.json"))
        .append('\n')
        .append("  wrote ")
        .append(out.resolve("hiker.report.html"))
        .append('\n')
        .append("Treatment plan: 11 sessions written at intake, no findings\n\n");
    CourseSummary.of(demo.protocol(), demo.record())
        .forEach(line -> expected.append(line).append('\n'));
    assertEquals(expected.toString(), run.out);
  }

  @Test
  void theSummaryShowsTimelinePainRegressionAndTheFinalGate() {
    DemoCourse demo = DemoCourse.generate(DemoCourse.DEFAULT_SEED);
    List<String> lines = CourseSummary.of(demo.protocol(), demo.record());
    assertEquals("Stage timeline", lines.get(0));
    assertEquals(
        List.of(
            "1 pain-elimination",
            "2 structural-correction",
            "1 pain-elimination",
            "2 structural-correction",
            "3 flexibility",
            "4 strength",
            "5 endurance"),
        lines.subList(1, 8).stream()
            .map(l -> l.substring(2, 2 + 23).strip())
            .collect(java.util.stream.Collectors.toList()));
    assertTrue(lines.get(1).startsWith("  1 pain-elimination       2026-03-02 to "), lines.get(1));
    assertTrue(lines.get(2).endsWith("  regression (pain-flare)"), lines.get(2));
    assertTrue(lines.get(7).endsWith("  discharged"), lines.get(7));
    assertEquals(
        "Pain (NPRS): 7 -> 1, 6 points better (86 %); MCID (2 points) reached", lines.get(8));
    assertTrue(
        lines
            .get(9)
            .matches(
                "Regression on 2026-03-\\d\\d: structural-correction -> pain-elimination, trigger"
                    + " pain-flare: pain \\d against entry \\d \\(rise >= 2\\)"),
        lines.get(9));
    assertTrue(
        lines.get(10).matches("Final gate \\(endurance\\) on 2026-04-\\d\\d: passed, discharged"),
        lines.get(10));
    assertEquals(
        List.of(
            "minimum-sessions",
            "endurance-reached",
            "pain-controlled",
            "no-pain-flare",
            "therapist-sign-off"),
        lines.subList(11, lines.size()).stream()
            .map(l -> l.strip().split(" +")[0])
            .collect(java.util.stream.Collectors.toList()));
    lines.subList(11, lines.size()).forEach(l -> assertTrue(l.contains(" met "), l));
  }

  @Test
  void theSummaryNeverShowsFreeText() {
    DemoCourse demo = DemoCourse.generate(3);
    String summary = String.join("\n", CourseSummary.of(demo.protocol(), demo.record()));
    String complaint = demo.record().intake().chiefComplaint().orElseThrow();
    assertFalse(summary.contains(complaint.substring(0, 20)));
    for (Session session : demo.record().sessions()) {
      String subjective = session.note().orElseThrow().subjective().orElseThrow();
      assertFalse(summary.contains(subjective.substring(0, 20)), subjective);
    }
  }

  @Test
  void sameSeedSameBytesOtherSeedOtherBytes() throws IOException {
    demo(temp.resolve("one"), "--seed", "42");
    demo(temp.resolve("two"), "--seed", "42");
    demo(temp.resolve("three"), "--seed", "-42");
    for (String file : List.of("hiker.client-record.json", "hiker.treatment-plan.json")) {
      assertArrayEquals(
          Files.readAllBytes(temp.resolve("one").resolve(file)),
          Files.readAllBytes(temp.resolve("two").resolve(file)));
      assertFalse(
          java.util.Arrays.equals(
              Files.readAllBytes(temp.resolve("one").resolve(file)),
              Files.readAllBytes(temp.resolve("three").resolve(file))),
          file);
    }
  }

  @Test
  void replacesAnEarlierDemo() throws IOException {
    Path out = temp.resolve("demo");
    assertEquals(Nmt.OK, demo(out, "--seed", "1").status);
    assertEquals(Nmt.OK, demo(out, "--seed", "2").status);
    assertArrayEquals(
        Documents.toBytes(DemoCourse.generate(2).record()),
        Files.readAllBytes(out.resolve("hiker.client-record.json")));
  }

  @Test
  void theDefaultsAreDirectoryNmtDemoAndSeedZero() {
    CommandLine demo = new CommandLine(new Nmt()).getSubcommands().get("demo");
    assertEquals("nmt-demo", demo.getCommandSpec().findOption("--out").defaultValue());
    assertEquals("0", demo.getCommandSpec().findOption("--seed").defaultValue());
    Run help = Run.of("demo", "--help");
    assertEquals(Nmt.OK, help.status);
    String text = help.out.replaceAll("\\s+", " ");
    assertTrue(text.contains("(default: nmt-demo in the current directory)"), help.out);
    assertTrue(text.contains("(default: 0)"), help.out);
    assertTrue(Run.of("--help").out.contains("demo"));
  }

  @Test
  void aBadSeedIsAUsageError() {
    for (String seed : List.of("abc", "1.5", "99999999999999999999")) {
      Run run = demo(temp.resolve("bad"), "--seed", seed);
      assertEquals(Nmt.BAD_INPUT, run.status, seed);
      assertTrue(run.err.startsWith("nmt: Invalid value for option '--seed'"), run.err);
      assertEquals("", run.out);
    }
    assertFalse(Files.exists(temp.resolve("bad")), "nothing written");
    assertEquals(Nmt.BAD_INPUT, Run.of("demo", "--seed").status);
  }

  @Test
  void anUnwritableDirectoryIsBadInputWithAClearMessage() throws IOException {
    Path file = Files.writeString(temp.resolve("file.txt"), "not a directory");
    Run run = demo(file);
    assertEquals(Nmt.BAD_INPUT, run.status);
    assertEquals("nmt: " + file + ": not a directory\n", run.err);
    assertEquals("", run.out);
    assertEquals("not a directory", Files.readString(file));

    Path below = file.resolve("demo");
    Run nested = demo(below);
    assertEquals(Nmt.BAD_INPUT, nested.status);
    assertTrue(nested.err.startsWith("nmt: " + file), nested.err);
    assertFalse(nested.err.contains("Exception"), nested.err);
    assertEquals("", nested.out);

    Path occupied = temp.resolve("occupied");
    Files.createDirectories(occupied.resolve("hiker.client-record.json"));
    Run blocked = demo(occupied);
    assertEquals(Nmt.BAD_INPUT, blocked.status);
    assertEquals(
        "nmt: "
            + occupied.resolve("hiker.client-record.json").toAbsolutePath()
            + ": is a directory\n",
        blocked.err);
  }
}
