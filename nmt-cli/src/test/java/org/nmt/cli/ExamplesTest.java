package org.nmt.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nmt.cli.demo.DemoCourse;
import org.nmt.core.anatomy.Side;
import org.nmt.core.anatomy.TissueLocation;
import org.nmt.core.id.PlanId;
import org.nmt.core.record.ClientRecord;
import org.nmt.core.scenario.SeedScenarios;
import org.nmt.core.session.TechniqueApplication;
import org.nmt.core.stage.Stage;
import org.nmt.core.technique.PressureLevel;
import org.nmt.core.technique.Technique;
import org.nmt.io.json.DocumentException;
import org.nmt.io.json.Documents;
import org.nmt.protocol.definition.Protocols;
import org.nmt.protocol.plan.PlannedSession;
import org.nmt.protocol.plan.TreatmentPlan;
import org.nmt.protocol.validation.Finding;
import org.nmt.protocol.validation.PlanValidator;

/**
 * The documents in {@code examples/} at the repository root: each is what its generator writes
 * (regenerate with {@code -Dnmt.examples.update=true}), each validates as {@code
 * examples/README.md} says, and the hiker is exactly what {@code nmt demo --seed 0} writes.
 */
class ExamplesTest {
  private static final Path EXAMPLES = Path.of("..", "examples");

  /** What validation says about one example: the exit status and the finding codes. */
  private static final class Expected {
    final String what;
    final int status;
    final List<String> findings;

    Expected(String what, int status, String... findings) {
      this.what = what;
      this.status = status;
      this.findings = List.of(findings);
    }
  }

  /** Every example, in the README's order. */
  private static final ImmutableMap<String, Expected> EXAMPLES_EXPECTED =
      ImmutableMap.<String, Expected>builder()
          .put(
              "hiker.client-record.json",
              new Expected(
                  "Hiker (seed 000): knee pain, IT band syndrome, plantar fasciitis; all five stages"
                      + " with one pain flare and regression, discharged (`nmt demo --seed 0`)",
                  Nmt.OK))
          .put(
              "hiker.treatment-plan.json",
              new Expected(
                  "The hiker's plan written at intake: every stage, ischemic compression on"
                      + " alternate days (`nmt demo --seed 0`)",
                  Nmt.OK))
          .put(
              "runner.client-record.json",
              new Expected(
                  "Runner (seed 004): sciatica, on anticoagulants (light and moderate pressure"
                      + " only), advanced out of stage 3 by an override, discharged",
                  Nmt.OK))
          .put(
              "office-worker.client-record.json",
              new Expected(
                  "Office worker (seeds 001, 003): chronic neck pain and tension headache, forward"
                      + " head posture; regresses once on a pain flare, discharged",
                  Nmt.OK))
          .put(
              "tmj.client-record.json",
              new Expected(
                  "TMJ dysfunction (seed 001): pregnant with clearance, a healing wound to avoid;"
                      + " in stage 3, not yet discharged",
                  Nmt.OK))
          .put(
              "violations.treatment-plan.json",
              new Expected(
                  "The runner's plan with deliberate violations: deep pressure despite"
                      + " anticoagulants, strengthening in pain elimination, ischemic compression on"
                      + " consecutive days, a session out of order, no flexibility session",
                  Nmt.FINDINGS,
                  "error plan-stage-without-sessions at /sessions",
                  "error deep-pressure-despite-precaution at /sessions/0/techniques/0",
                  "warning technique-outside-stage at /sessions/0/techniques/1",
                  "error deep-pressure-despite-precaution at /sessions/1/techniques/0",
                  "warning treatment-spacing at /sessions/1/techniques/0",
                  "error sessions-out-of-order at /sessions/3"))
          .put(
              "malformed.client-record.json",
              new Expected(
                  "A client record cut off in the middle (broken JSON)",
                  Nmt.BAD_INPUT,
                  "/intake/takenOn (line 10, column 27): malformed JSON: Unexpected end-of-input in"
                      + " VALUE_STRING"))
          .buildOrThrow();

  // ---------------------------------------------------------------- generators

  /** The generated examples; the malformed one is written by hand. */
  private static ImmutableMap<String, byte[]> generated() {
    DemoCourse hiker = DemoCourse.generate(DemoCourse.DEFAULT_SEED);
    return ImmutableMap.<String, byte[]>builder()
        .put("hiker.client-record.json", Documents.toBytes(hiker.record()))
        .put("hiker.treatment-plan.json", Documents.toBytes(hiker.plan()))
        .put("runner.client-record.json", Documents.toBytes(SeedScenarios.runner()))
        .put("office-worker.client-record.json", Documents.toBytes(SeedScenarios.officeWorker()))
        .put("tmj.client-record.json", Documents.toBytes(SeedScenarios.tmjDysfunction()))
        .put("violations.treatment-plan.json", Documents.toBytes(violations()))
        .buildOrThrow();
  }

  /**
   * The runner's plan (on anticoagulants, a no-deep-pressure precaution) written carelessly:
   * ischemic compression (a deep-pressure technique) on two consecutive days, strengthening in pain
   * elimination, a session listed after a later one, and no flexibility session.
   */
  static TreatmentPlan violations() {
    ClientRecord runner = SeedScenarios.runner();
    TissueLocation piriformis = TissueLocation.of("piriformis", Side.RIGHT);
    TissueLocation gluteusMedius = TissueLocation.of("gluteus-medius", Side.RIGHT);
    Instant day0 = Instant.parse("2026-03-04T09:00:00Z");
    Duration hour = Duration.ofMinutes(60);
    TechniqueApplication compression =
        TechniqueApplication.builder()
            .technique(Technique.ISCHEMIC_COMPRESSION)
            .target(piriformis)
            .pressure(PressureLevel.FIRM)
            .holdTime(Duration.ofSeconds(60))
            .repetitions(2)
            .build();
    return TreatmentPlan.builder()
        .id(PlanId.of("runner-001-plan-draft"))
        .client(runner.client())
        .intake(runner.intake())
        .addSessions(
            PlannedSession.of(
                day0,
                hour,
                Stage.PAIN_ELIMINATION,
                compression,
                application(Technique.STRENGTHENING_EXERCISE, gluteusMedius, PressureLevel.NONE)),
            PlannedSession.of(
                day0.plus(Duration.ofDays(1)), hour, Stage.PAIN_ELIMINATION, compression),
            PlannedSession.of(
                day0.plus(Duration.ofDays(7)),
                hour,
                Stage.STRUCTURAL_CORRECTION,
                application(Technique.MYOFASCIAL_RELEASE, gluteusMedius, PressureLevel.MODERATE)),
            PlannedSession.of(
                day0.plus(Duration.ofDays(4)),
                hour,
                Stage.PAIN_ELIMINATION,
                application(Technique.POSITIONAL_RELEASE, piriformis, PressureLevel.LIGHT)),
            PlannedSession.of(
                day0.plus(Duration.ofDays(21)),
                hour,
                Stage.STRENGTH,
                application(Technique.STRENGTHENING_EXERCISE, gluteusMedius, PressureLevel.NONE)),
            PlannedSession.of(
                day0.plus(Duration.ofDays(28)),
                hour,
                Stage.ENDURANCE,
                application(Technique.ENDURANCE_EXERCISE, gluteusMedius, PressureLevel.NONE)))
        .build();
  }

  private static TechniqueApplication application(
      Technique technique, TissueLocation target, PressureLevel pressure) {
    return TechniqueApplication.builder()
        .technique(technique)
        .target(target)
        .pressure(pressure)
        .build();
  }

  @Test
  void theCommittedExamplesAreWhatTheirGeneratorsWrite() throws IOException {
    boolean update = Boolean.getBoolean("nmt.examples.update");
    for (Map.Entry<String, byte[]> example : generated().entrySet()) {
      Path file = EXAMPLES.resolve(example.getKey());
      if (update) {
        Files.write(file, example.getValue());
      }
      assertEquals(
          new String(example.getValue(), UTF_8),
          Files.readString(file),
          example.getKey() + ": regenerate with -Dnmt.examples.update=true");
    }
  }

  @Test
  void theHikerIsWhatNmtDemoWritesForSeedZero(@TempDir Path temp) throws IOException {
    Run run = Run.of("demo", "--out", temp.toString(), "--seed", "0");
    assertEquals(Nmt.OK, run.status, run.err);
    for (String file : List.of("hiker.client-record.json", "hiker.treatment-plan.json")) {
      assertArrayEquals(
          Files.readAllBytes(EXAMPLES.resolve(file)),
          Files.readAllBytes(temp.resolve(file)),
          file + " drifted from nmt demo --seed 0");
    }
  }

  // ---------------------------------------------------------------- validation

  /**
   * Validates {@code file} as {@code nmt validate} does: the document's kind from its name, exit
   * status 0 without error findings, 1 with one, 2 when the document cannot be read; the findings
   * as {@code "severity code at path"}, or the refusal's message.
   */
  /** What {@code nmt validate --json FILE} says, run in this process. */
  private static Expected validate(Path file) throws IOException {
    String name = file.getFileName().toString();
    Run run = Run.of("validate", "--json", file.toString());
    if (run.status == Nmt.BAD_INPUT) {
      String prefix = "nmt: " + file + ": ";
      String line = run.err.strip();
      assertTrue(line.startsWith(prefix), line);
      return new Expected(name, run.status, line.substring(prefix.length()));
    }
    List<String> findings = new java.util.ArrayList<>();
    for (com.fasterxml.jackson.databind.JsonNode finding :
        new com.fasterxml.jackson.databind.ObjectMapper().readTree(run.out)) {
      findings.add(
          finding.get("severity").asText()
              + " "
              + finding.get("code").asText()
              + " at "
              + finding.get("path").asText());
    }
    return new Expected(name, run.status, findings.toArray(String[]::new));
  }

  @Test
  void everyExampleValidatesAsTheReadmeSays() throws IOException {
    for (Map.Entry<String, Expected> example : EXAMPLES_EXPECTED.entrySet()) {
      Expected actual = validate(EXAMPLES.resolve(example.getKey()));
      assertEquals(example.getValue().status, actual.status, example.getKey());
      assertEquals(example.getValue().findings, actual.findings, example.getKey());
    }
  }

  @Test
  void theMalformedExampleIsRefusedWithItsLocation() {
    DocumentException e =
        assertThrows(
            DocumentException.class,
            () ->
                Documents.readRecord(
                    Files.readAllBytes(EXAMPLES.resolve("malformed.client-record.json"))));
    assertTrue(e.line() > 0, e.getMessage());
  }

  @Test
  void theReadmeListsEveryExampleWithWhatValidationSays() throws IOException {
    try (Stream<Path> files = Files.list(EXAMPLES)) {
      assertEquals(
          new TreeSet<>(EXAMPLES_EXPECTED.keySet()),
          files
              .map(f -> f.getFileName().toString())
              .filter(f -> !f.equals("README.md"))
              .collect(Collectors.toCollection(TreeSet::new)),
          "every file in examples/ is listed");
    }
    String readme = Files.readString(EXAMPLES.resolve("README.md"));
    StringBuilder table = new StringBuilder();
    table.append("| file | what it is | `nmt validate` says |\n|---|---|---|\n");
    for (Map.Entry<String, Expected> example : EXAMPLES_EXPECTED.entrySet()) {
      table.append(row(example.getKey(), example.getValue())).append('\n');
    }
    assertTrue(readme.contains(table), "examples/README.md must contain:\n" + table);
  }

  private static String row(String file, Expected expected) {
    String says;
    if (expected.status == Nmt.BAD_INPUT) {
      says = "exit 2: `" + expected.findings.get(0) + "`, nothing validated";
    } else if (expected.findings.isEmpty()) {
      says = "exit " + expected.status + ", no findings";
    } else {
      Map<String, Long> codes =
          expected.findings.stream()
              .map(f -> "`" + f.split(" ")[1] + "` (" + f.split(" ")[0])
              .collect(Collectors.groupingBy(c -> c, LinkedHashMap::new, Collectors.counting()));
      says =
          "exit "
              + expected.status
              + ": "
              + codes.entrySet().stream()
                  .map(c -> c.getKey() + (c.getValue() > 1 ? " ×" + c.getValue() : "") + ")")
                  .collect(Collectors.joining(", "));
    }
    return "| [`" + file + "`](" + file + ") | " + expected.what + " | " + says + " |";
  }

  @Test
  void theViolationsPlanBreaksExactlyTheRulesItIsMeantTo() {
    ImmutableList<Finding> findings = PlanValidator.validate(Protocols.seeds(), violations());
    assertEquals(
        EXAMPLES_EXPECTED.get("violations.treatment-plan.json").findings,
        findings.stream()
            .map(f -> f.severity().id() + " " + f.code().id() + " at " + f.path())
            .collect(Collectors.toList()));
  }
}
