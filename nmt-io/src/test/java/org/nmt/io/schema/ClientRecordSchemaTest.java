package org.nmt.io.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.nmt.core.assessment.Assessment;
import org.nmt.core.record.ClientRecord;
import org.nmt.core.scenario.SeedScenarios;
import org.nmt.io.json.DocumentKind;
import org.nmt.io.json.Documents;

/** Every client record document the library writes is valid against the client-record schema. */
class ClientRecordSchemaTest {
  private static final long SEED = 20261124L;
  private static final Path GOLDEN =
      Path.of("src", "test", "resources", "golden", "hiker.client-record.json");

  private static void assertValid(String label, byte[] json) {
    var errors = SchemaValidation.errors(DocumentKind.CLIENT_RECORD, json);
    assertEquals(List.of(), errors, label + ":" + SchemaValidation.describe(errors));
  }

  @Test
  void everySeedScenarioIsValid() {
    for (ClientRecord record : SeedScenarios.all()) {
      assertValid(record.client().id().value(), Documents.toBytes(record));
    }
  }

  @Test
  void theGoldenHikerDocumentIsValid() throws IOException {
    assertValid("golden hiker", Files.readAllBytes(GOLDEN));
  }

  @Test
  void aRecordWithEveryOptionalFieldIsValidAndReadsBack() {
    ClientRecord full = FullRecord.create();
    byte[] json = Documents.toBytes(full);
    assertValid("full record", json);
    assertEquals(full, Documents.readRecord(json));
  }

  @Test
  void eachAssessmentTypeReadsAsItsOwnJavaType() {
    byte[] json = Documents.toBytes(FullRecord.create());
    ClientRecord read = Documents.readRecord(json);
    JsonNode document = SchemaValidation.parse(json);
    List<JsonNode> written = new ArrayList<>();
    document.get("assessments").forEach(written::add);
    document.at("/sessions/0/assessments").forEach(written::add);
    List<Assessment> inOrder = new ArrayList<>(read.assessments());
    read.sessions().forEach(session -> inOrder.addAll(session.assessments()));
    assertEquals(written.size(), inOrder.size());
    Map<String, Class<?>> types = new LinkedHashMap<>();
    for (int i = 0; i < inOrder.size(); i++) {
      String type = written.get(i).get("type").textValue();
      Class<?> previous = types.put(type, inOrder.get(i).getClass());
      assertTrue(previous == null || previous == inOrder.get(i).getClass(), type);
    }
    assertEquals(
        List.of(
            "pain-rating",
            "questionnaire",
            "pressure-pain-threshold",
            "range-of-motion",
            "strength",
            "endurance",
            "structural-evaluation"),
        new ArrayList<>(types.keySet()));
    assertEquals(
        Assessment.class.getPermittedSubclasses().length,
        types.values().stream().distinct().count(),
        "one Java type per assessment type");
  }

  @Test
  void randomlyThinnedRecordsStayValid() {
    List<ClientRecord> records = new ArrayList<>(SeedScenarios.all());
    records.add(FullRecord.create());
    qt().withFixedSeed(SEED)
        .withExamples(500)
        .forAll(integers().between(0, records.size() - 1), longs().all())
        .checkAssert(
            (index, seed) -> {
              ClientRecord thinned = Thinning.thin(records.get(index), new Random(seed));
              byte[] json = Documents.toBytes(thinned);
              assertValid("record " + index + " thinned with seed " + seed, json);
              assertEquals(thinned, Documents.readRecord(json));
            });
  }

  @Test
  void thinningRemovesSomething() {
    ClientRecord full = FullRecord.create();
    int changed = 0;
    for (long seed = 0; seed < 20; seed++) {
      if (!Thinning.thin(full, new Random(seed)).equals(full)) {
        changed++;
      }
    }
    assertEquals(20, changed);
  }
}
