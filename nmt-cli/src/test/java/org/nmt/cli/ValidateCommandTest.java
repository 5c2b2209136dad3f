package org.nmt.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nmt.core.anatomy.MuscleCatalog;
import org.nmt.core.record.ClientRecord;
import org.nmt.core.scenario.SeedScenarios;
import org.nmt.io.json.Documents;
import org.nmt.protocol.definition.Protocols;
import org.nmt.protocol.validation.Finding;
import org.nmt.protocol.validation.RecordValidator;

class ValidateCommandTest {
  @TempDir Path dir;

  private Path hiker() throws IOException {
    return Inputs.write(dir, "hiker.json", SeedScenarios.hiker());
  }

  private Path unsignedHiker() throws IOException {
    return Inputs.write(dir, "unsigned.json", Inputs.unsigned(SeedScenarios.hiker()));
  }

  @Test
  void everySeedScenarioIsValidUnderTheSeedsProtocol() throws IOException {
    List<String> args = new ArrayList<>(List.of("validate"));
    StringBuilder expected = new StringBuilder();
    String[] names = {"hiker.json", "office.json", "runner.json", "tmj.json"};
    for (int i = 0; i < names.length; i++) {
      Path file = Inputs.write(dir, names[i], SeedScenarios.all().get(i));
      args.add(file.toString());
      expected.append(file).append(": 0 errors, 0 warnings, 0 infos\n");
    }
    Run run = Run.of(args.toArray(String[]::new));
    assertEquals(Nmt.OK, run.status, run.err);
    assertEquals(expected.toString(), run.out);
    assertEquals("", run.err);
  }

  @Test
  void aGatePassedWithoutItsGateIsAnErrorFinding() throws IOException {
    Path file = unsignedHiker();
    Run run = Run.of("validate", file.toString());
    assertEquals(Nmt.FINDINGS, run.status, run.err);
    assertTrue(
        run.out.startsWith(
            file
                + ": error gate-not-passed /transitions/1: transition 1 (gate-passed at"
                + " 2026-03-06T10:00:00Z) leaves pain-elimination, but its gate had not passed at"
                + " that time: unmet therapist-sign-off\n"),
        run.out);
    assertTrue(run.out.endsWith(file + ": 5 errors, 0 warnings, 0 infos\n"), run.out);
    assertEquals(6, run.out.lines().count(), run.out);
    assertEquals("", run.err);
  }

  @Test
  void deepPressureDespiteAnticoagulantsIsAnErrorFinding() throws IOException {
    ClientRecord record = Inputs.onAnticoagulants(SeedScenarios.hiker());
    Path file = Inputs.write(dir, "anticoagulants.json", record);
    Run run = Run.of("validate", file.toString());
    assertEquals(Nmt.FINDINGS, run.status, run.err);
    List<Finding> findings = RecordValidator.validate(Protocols.seeds(), record);
    assertTrue(
        findings.stream().anyMatch(f -> f.code().id().equals("deep-pressure-despite-precaution")));
    StringBuilder expected = new StringBuilder();
    for (Finding f : findings) {
      expected.append(
          String.format(
              "%s: %s %s %s: %s%n", file, f.severity().id(), f.code().id(), f.path(), f.message()));
    }
    assertTrue(run.out.startsWith(expected.toString()), run.out);
    assertTrue(
        run.out.contains(
            file
                + ": error deep-pressure-despite-precaution /sessions/0/techniques/0: "
                + "ischemic-compression on gastrocnemius/right/medial-head in session"
                + " 'hiker-001-s01': a deep-pressure technique (firm pressure) despite a"
                + " no-deep-pressure precaution on 2026-03-02: anticoagulants at /intake/screening/0\n"),
        run.out);
  }

  @Test
  void jsonIsOneArrayOfTheFindingsOfAllFiles() throws Exception {
    Path unsigned = unsignedHiker();
    Path anticoagulants =
        Inputs.write(dir, "runner.json", Inputs.onAnticoagulants(SeedScenarios.officeWorker()));
    Run run =
        Run.of(
            "validate",
            "--json",
            unsigned.toString(),
            hiker().toString(),
            anticoagulants.toString());
    assertEquals(Nmt.FINDINGS, run.status, run.err);
    JsonNode rows = new ObjectMapper().readTree(run.out);
    assertTrue(rows.isArray());
    List<String> expected = new ArrayList<>();
    for (Path file : List.of(unsigned, anticoagulants)) {
      ClientRecord record = Documents.readRecord(Files.readAllBytes(file));
      for (Finding f : RecordValidator.validate(Protocols.seeds(), record)) {
        expected.add(
            String.join(
                "|", file.toString(), f.severity().id(), f.code().id(), f.path(), f.message()));
      }
    }
    List<String> actual = new ArrayList<>();
    for (JsonNode row : rows) {
      assertEquals(5, row.size(), row.toString());
      actual.add(
          String.join(
              "|",
              row.get("file").textValue(),
              row.get("severity").textValue(),
              row.get("code").textValue(),
              row.get("path").textValue(),
              row.get("message").textValue()));
    }
    assertEquals(expected, actual);
    assertTrue(actual.size() > 5, run.out);
  }

  @Test
  void jsonOfValidFilesIsAnEmptyArray() throws Exception {
    Run run = Run.of("validate", "--json", hiker().toString());
    assertEquals(Nmt.OK, run.status, run.err);
    JsonNode rows = new ObjectMapper().readTree(run.out);
    assertTrue(rows.isArray() && rows.isEmpty(), run.out);
  }

  @Test
  void plansProtocolsAndCatalogsAreValidatedByKind() throws IOException {
    Path plan =
        Inputs.write(dir, "plan.json", Documents.toBytes(Inputs.planOf(SeedScenarios.hiker())));
    Path protocol = Inputs.write(dir, "protocol.json", Documents.toBytes(Protocols.stJohn()));
    Path catalog = Inputs.write(dir, "catalog.json", Documents.toBytes(MuscleCatalog.standard()));
    Run run = Run.of("validate", plan.toString(), protocol.toString(), catalog.toString());
    assertEquals(Nmt.OK, run.status, run.err);
    assertEquals(
        plan
            + ": 0 errors, 0 warnings, 0 infos\n"
            + protocol
            + ": 0 errors, 0 warnings, 0 infos\n"
            + catalog
            + ": 0 errors, 0 warnings, 0 infos\n",
        run.out);
  }

  @Test
  void aPlanIsValidatedByThePlanRules() throws IOException {
    ClientRecord record = Inputs.onAnticoagulants(SeedScenarios.hiker());
    Path plan = Inputs.write(dir, "plan.json", Documents.toBytes(Inputs.planOf(record)));
    Run run = Run.of("validate", plan.toString());
    assertEquals(Nmt.FINDINGS, run.status, run.err);
    assertTrue(
        run.out.startsWith(
            plan + ": error deep-pressure-despite-precaution /sessions/0/techniques/0: "),
        run.out);
  }

  @Test
  void theProtocolIsABuiltInByNameOrADefinitionDocument() throws IOException {
    Path hiker = hiker();
    Run seeds = Run.of("validate", "--protocol", "nmt-seeds", hiker.toString());
    assertEquals(Nmt.OK, seeds.status, seeds.err);
    Run stJohn = Run.of("validate", "--protocol", "st-john", hiker.toString());
    assertEquals(Nmt.FINDINGS, stJohn.status, stJohn.err);
    assertTrue(stJohn.out.contains(hiker + ": error skipped-stage /transitions/1: "), stJohn.out);
    Path definition = Inputs.write(dir, "st-john.json", Documents.toBytes(Protocols.stJohn()));
    Run fromFile = Run.of("validate", "--protocol", definition.toString(), hiker.toString());
    assertEquals(Nmt.FINDINGS, fromFile.status, fromFile.err);
    assertEquals(stJohn.out, fromFile.out);
  }

  @Test
  void aProtocolThatIsNeitherABuiltInNorAFileIsBadInput() throws IOException {
    Run run = Run.of("validate", "--protocol", "st-jon", hiker().toString());
    assertEquals(Nmt.BAD_INPUT, run.status);
    assertEquals(
        "nmt: --protocol st-jon: neither a built-in protocol (nmt-seeds, st-john) nor a file\n",
        run.err);
    assertEquals("", run.out);
  }

  @Test
  void aProtocolFileThatIsNotAProtocolDefinitionIsBadInput() throws IOException {
    Path hiker = hiker();
    Run run = Run.of("validate", "--protocol", hiker.toString(), hiker.toString());
    assertEquals(Nmt.BAD_INPUT, run.status);
    assertEquals(
        "nmt: "
            + hiker
            + ": /kind (line 2, column 3): expected a protocol-definition document, not a"
            + " client-record document\n",
        run.err);
    assertEquals("", run.out);
  }

  @Test
  void aBadFileIsReportedAndTheOthersAreStillValidated() throws IOException {
    Path unsigned = unsignedHiker();
    Path missing = dir.resolve("missing.json");
    Path hiker = hiker();
    Run run = Run.of("validate", missing.toString(), unsigned.toString(), hiker.toString());
    assertEquals(Nmt.BAD_INPUT, run.status, "bad input wins over findings");
    assertEquals("nmt: " + missing + ": no such file\n", run.err);
    assertTrue(run.out.contains(unsigned + ": 5 errors, 0 warnings, 0 infos\n"), run.out);
    assertTrue(run.out.endsWith(hiker + ": 0 errors, 0 warnings, 0 infos\n"), run.out);
  }

  @Test
  void usageErrors() {
    Run none = Run.of("validate");
    assertEquals(Nmt.BAD_INPUT, none.status);
    assertTrue(none.err.startsWith("nmt: Missing required parameter: 'FILE'"), none.err);
    assertEquals(Nmt.BAD_INPUT, Run.of("validate", "--xml", "a.json").status);
    Run help = Run.of("validate", "--help");
    assertEquals(Nmt.OK, help.status);
    assertTrue(help.out.contains("--protocol=NAME|FILE"), help.out);
    assertTrue(help.out.contains("st-john"), help.out);
    assertTrue(help.out.contains("Exit status:"), help.out);
  }
}
