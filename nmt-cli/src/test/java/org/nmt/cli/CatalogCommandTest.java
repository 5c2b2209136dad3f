package org.nmt.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nmt.core.anatomy.MuscleCatalog;
import org.nmt.core.measure.Measure;
import org.nmt.core.technique.Technique;

class CatalogCommandTest {
  private static JsonNode json(String kind) throws Exception {
    Run run = Run.of("catalog", kind, "--json");
    assertEquals(Nmt.OK, run.status, run.err);
    return new ObjectMapper().readTree(run.out);
  }

  private static List<String> ids(JsonNode rows) {
    List<String> ids = new ArrayList<>();
    rows.forEach(row -> ids.add(row.get("id").asText()));
    rows.forEach(row -> assertTrue(row.hasNonNull("name"), row.toString()));
    return ids;
  }

  @Test
  void musclesAreTheStandardCatalog() throws Exception {
    JsonNode rows = json("muscles");
    assertEquals(MuscleCatalog.standard().size(), rows.size());
    assertEquals("gastrocnemius", rows.get(ids(rows).indexOf("gastrocnemius")).get("id").asText());
    assertTrue(ids(rows).contains("iliotibial-band"));
  }

  @Test
  void techniquesAndMeasuresAreComplete() throws Exception {
    assertEquals(Technique.values().length, ids(json("techniques")).size());
    JsonNode measures = json("measures");
    assertEquals(Measure.values().length, ids(measures).size());
    assertEquals(2.0, measures.get(0).get("mcid").asDouble());
  }

  @Test
  void stagesComeInTheDefaultProtocolOrder() throws Exception {
    assertEquals(
        List.of(
            "pain-elimination", "structural-correction", "flexibility", "strength", "endurance"),
        ids(json("stages")));
  }

  @Test
  void textOutputListsIdsAndNames() {
    Run run = Run.of("catalog", "stages");
    assertEquals(Nmt.OK, run.status);
    assertTrue(run.out.startsWith("pain-elimination       Pain elimination\n"), run.out);
    assertTrue(run.out.endsWith("\n5 stages\n"), run.out);
  }

  @Test
  void anUnknownCatalogIsAUsageError() {
    Run run = Run.of("catalog", "bones");
    assertEquals(Nmt.BAD_INPUT, run.status);
    assertTrue(run.err.startsWith("nmt: Invalid value for positional parameter"), run.err);
  }

  @Test
  void helpAndVersion() {
    assertEquals(Nmt.OK, Run.of("--help").status);
    assertEquals(Nmt.OK, Run.of("catalog", "--help").status);
    Run version = Run.of("--version");
    assertEquals(Nmt.OK, version.status);
    assertTrue(version.out.startsWith("nmt "), version.out);
    assertEquals(Nmt.BAD_INPUT, Run.of("frobnicate").status);
  }
}
