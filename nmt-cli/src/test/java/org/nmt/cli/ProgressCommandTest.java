package org.nmt.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nmt.core.progress.ProgressReport;
import org.nmt.core.record.ClientRecord;
import org.nmt.core.record.StageTransition;
import org.nmt.core.record.TransitionKind;
import org.nmt.core.scenario.SeedScenarios;
import org.nmt.core.stage.Stage;
import org.nmt.io.json.Documents;
import org.nmt.protocol.criterion.Criterion;
import org.nmt.protocol.definition.ProtocolDefinition;
import org.nmt.protocol.definition.Protocols;

class ProgressCommandTest {
  @TempDir Path dir;

  private Run progress(ClientRecord record, String... options) throws IOException {
    Path file = Inputs.write(dir, record.client().id() + ".json", record);
    String[] args = new String[options.length + 2];
    args[0] = "progress";
    System.arraycopy(options, 0, args, 1, options.length);
    args[args.length - 1] = file.toString();
    Run run = Run.of(args);
    assertEquals(Nmt.OK, run.status, run.err);
    assertEquals("", run.err);
    return run;
  }

  @Test
  void aCourseInAStageShowsTheCurrentGateCriterionByCriterion() throws IOException {
    Run run = progress(SeedScenarios.tmjDysfunction());
    assertTrue(
        run.out.startsWith(
            "client    tmj-001\n"
                + "protocol  nmt-seeds 1.0\n"
                + "state     in-stage\n"
                + "stage     3 of 5, flexibility (Flexibility and neural re-education), entered"
                + " 2026-03-16T15:00:00Z\n"),
        run.out);
    assertTrue(
        run.out.contains(
            "\nGate after flexibility (to strength), as of 2026-03-21T15:00:00Z: not passed, 1 of"
                + " 4 criteria met\n"),
        run.out);
    for (Criterion criterion : Protocols.seeds().gate(Stage.FLEXIBILITY).criteria()) {
      assertTrue(run.out.contains("\n  " + criterion.id() + " "), criterion.id());
      assertTrue(run.out.contains("required: " + criterion.requirement() + "\n"), criterion.id());
    }
    assertTrue(
        run.out.contains(
            "\n  minimum-sessions          not-met         observed: 1 session\n"
                + "                                            required: at least 2 sessions in"
                + " the stage\n"),
        run.out);
    assertTrue(run.out.contains("\nRegression rules firing: none\n"), run.out);
  }

  @Test
  void theProtocolSetsTheStageNumber() throws IOException {
    Run run = progress(SeedScenarios.tmjDysfunction(), "--protocol", "st-john");
    assertTrue(run.out.contains("\nprotocol  st-john 1.0\n"), run.out);
    assertTrue(run.out.contains("\nstage     2 of 5, flexibility "), run.out);
  }

  @Test
  void aStageTheProtocolLacksHasNoGate() throws IOException {
    ProtocolDefinition.Builder shorter = ProtocolDefinition.builder().name("short").version("1.0");
    for (Stage stage : List.of(Stage.PAIN_ELIMINATION, Stage.FLEXIBILITY)) {
      shorter.addStages(stage).addGates(Protocols.standardGate(stage));
    }
    Path protocol = Inputs.write(dir, "short.json", Documents.toBytes(shorter.build()));
    ClientRecord tmj = SeedScenarios.tmjDysfunction();
    ClientRecord inStructure =
        ClientRecord.builder().from(tmj).transitions(tmj.transitions().subList(0, 2)).build();
    Run run = progress(inStructure, "--protocol", protocol.toString());
    assertTrue(run.out.contains("\nstage     structural-correction (Structural"), run.out);
    assertTrue(
        run.out.contains("\nGate: none, structural-correction is not a stage of protocol short\n"),
        run.out);
  }

  @Test
  void aFiringRegressionRuleIsShown() throws IOException {
    ClientRecord office = SeedScenarios.officeWorker();
    StageTransition regression = office.transitions().get(2);
    assertEquals(TransitionKind.REGRESSION, regression.kind());
    Instant before = regression.at();
    ClientRecord flared =
        ClientRecord.builder()
            .from(office)
            .transitions(office.transitions().subList(0, 2))
            .sessions(
                office.sessions().stream()
                    .filter(session -> !session.end().isAfter(before))
                    .collect(ImmutableList.toImmutableList()))
            .assessments(
                office.assessments().stream()
                    .filter(assessment -> !assessment.takenAt().isAfter(before))
                    .collect(ImmutableList.toImmutableList()))
            .signOffs(
                office.signOffs().stream()
                    .filter(signOff -> !signOff.at().isAfter(before))
                    .collect(ImmutableList.toImmutableList()))
            .build();
    Run run = progress(flared);
    assertTrue(
        run.out.contains(
            "\nRegression rules firing\n"
                + "  rule                      returns to        observed\n"
                + "  pain-flare                pain-elimination  pain 6 against entry 3 (rise >= 2)\n"
                + "  new-active-trigger-point  pain-elimination  active trigger point at"
                + " upper-trapezius/right/upper-fibres\n"),
        run.out);
  }

  @Test
  void aDischargedCourseHasNoGate() throws IOException {
    Run run = progress(SeedScenarios.hiker());
    assertTrue(run.out.contains("\nstate     discharged\n"), run.out);
    assertTrue(run.out.contains("\nGate: none, discharged\n"), run.out);
    assertTrue(
        run.out.contains(
            "\n  5  2026-04-13T10:00:00Z  gate-passed  endurance              discharged"
                + "             therapist-01\n"),
        run.out);
  }

  @Test
  void aCourseNotStartedHasNoStage() throws IOException {
    ClientRecord hiker = SeedScenarios.hiker();
    Run run = progress(ClientRecord.builder().from(hiker).transitions(ImmutableList.of()).build());
    assertTrue(run.out.contains("\nstate     not-started\n"), run.out);
    assertTrue(run.out.contains("\nstage     none, the course has not started\n"), run.out);
    assertTrue(run.out.contains("\nTransitions\n  none recorded\n"), run.out);
    assertTrue(run.out.contains("\nGate: none, the course has not started\n"), run.out);
  }

  @Test
  void transitionsShowOverridesWithTheirFailedCriteriaAndRegressionsWithTheirTrigger()
      throws IOException {
    Run runner = progress(SeedScenarios.runner());
    assertTrue(
        runner.out.contains(
            "  override     flexibility            strength               therapist-01  failed:"
                + " range-of-motion-restored\n"),
        runner.out);
    Run office = progress(SeedScenarios.officeWorker());
    assertTrue(
        office.out.contains(
            "  regression   structural-correction  pain-elimination       therapist-01  trigger:"
                + " pain-flare\n"),
        office.out);
  }

  @Test
  void everyTrajectoryOfTheReportIsShown() throws IOException {
    for (ClientRecord record : SeedScenarios.all()) {
      Run run = progress(record);
      ProgressReport report = ProgressReport.of(record);
      for (String section :
          List.of(
              "Pain (NPRS 0-10)",
              "Trigger points",
              "Pressure pain thresholds (kg/cm2)",
              "Range of motion (% of norm)",
              "Strength (MRC grade 0-5)",
              "Endurance",
              "Questionnaires")) {
        assertTrue(run.out.contains("\n\n" + section + "\n"), section);
      }
      report.triggerPoints().keySet().forEach(k -> assertShown(run, k.toString()));
      report.pressurePainThresholds().keySet().forEach(k -> assertShown(run, k.toString()));
      report.rangeOfMotion().keySet().forEach(k -> assertShown(run, k.toString()));
      report.strength().keySet().forEach(k -> assertShown(run, k.toString()));
      report.endurance().keySet().forEach(k -> assertShown(run, k.toString()));
      report.questionnaires().keySet().forEach(k -> assertShown(run, k.id()));
    }
  }

  private static void assertShown(Run run, String key) {
    assertTrue(run.out.contains("\n  " + key + " "), key + " in\n" + run.out);
  }

  @Test
  void theHikersTrajectories() throws IOException {
    Run run = progress(SeedScenarios.hiker());
    assertTrue(
        run.out.contains(
            "\nPain (NPRS 0-10)\n"
                + "  baseline        latest          change        MCID     relative MCID  MDC    "
                + "  responder\n"
                + "  7 (2026-03-02)  1 (2026-04-13)  -6 (-85.7 %)  reached  reached        reached"
                + "  reached\n"),
        run.out);
    assertTrue(
        run.out.contains(
            "\n  gastrocnemius/right/medial-head  resolved  active 2026-03-02 > latent"),
        run.out);
    assertTrue(
        run.out.contains(
            "\n  lefs (points)  48 (2026-02-26)  70 (2026-04-13)  +22 (+45.8 %)  reached  reached\n"),
        run.out);
  }

  @Test
  void aReportThatWouldReplaceTheRecordOrCannotBeWrittenIsRefused() throws IOException {
    Path record = Inputs.write(dir, "hiker.json", SeedScenarios.hiker());
    byte[] before = Files.readAllBytes(record);
    Run same = Run.of("progress", record.toString(), "--html", record.toString());
    assertEquals(Nmt.BAD_INPUT, same.status);
    assertEquals(
        "nmt: " + record + ": is also an input; nmt does not replace its input\n", same.err);
    assertEquals("", same.out);
    assertArrayEquals(before, Files.readAllBytes(record));
    Path nowhere = dir.resolve("no-such-dir").resolve("report.html");
    Run missing = Run.of("progress", record.toString(), "--html", nowhere.toString());
    assertEquals(Nmt.BAD_INPUT, missing.status);
    assertTrue(missing.err.endsWith("nmt: " + nowhere + ": no such directory\n"), missing.err);
    assertFalse(missing.err.contains("Exception"), missing.err);
  }

  @Test
  void usageErrors() {
    assertEquals(Nmt.BAD_INPUT, Run.of("progress").status);
    assertEquals(Nmt.BAD_INPUT, Run.of("progress", "a.json", "b.json").status);
    Run help = Run.of("progress", "--help");
    assertEquals(Nmt.OK, help.status);
    assertTrue(help.out.contains("--protocol=NAME|FILE"), help.out);
  }

  @Test
  void htmlWritesTheSelfContainedReportToo(@org.junit.jupiter.api.io.TempDir Path dir)
      throws Exception {
    Path record = dir.resolve("hiker.json");
    java.nio.file.Files.write(
        record, org.nmt.io.json.Documents.toBytes(org.nmt.core.scenario.SeedScenarios.hiker()));
    Path html = dir.resolve("report.html");
    Run run = Run.of("progress", record.toString(), "--html", html.toString());
    assertEquals(Nmt.OK, run.status, run.err);
    assertTrue(run.out.endsWith("Report: " + html + "\n"), run.out);
    assertEquals(
        org.nmt.cli.report.HtmlReport.render(
            org.nmt.core.scenario.SeedScenarios.hiker(),
            org.nmt.protocol.definition.Protocols.seeds()),
        java.nio.file.Files.readString(html));
    Run unwritable =
        Run.of("progress", record.toString(), "--html", dir.resolve("missing/r.html").toString());
    assertEquals(Nmt.BAD_INPUT, unwritable.status);
    assertTrue(unwritable.err.startsWith("nmt: " + dir.resolve("missing/r.html")), unwritable.err);
  }
}
