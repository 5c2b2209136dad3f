package org.nmt.io.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import com.google.common.collect.ImmutableList;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.nmt.core.assessment.Joint;
import org.nmt.core.assessment.Movement;
import org.nmt.core.assessment.PainContext;
import org.nmt.core.assessment.PainScale;
import org.nmt.core.assessment.RangeOfMotionNorms;
import org.nmt.core.measure.Measure;
import org.nmt.core.record.ClientRecord;
import org.nmt.core.scenario.SeedScenarios;

class MeasurementsTest {
  private static final Path FORMAT = Path.of("..", "docs", "FORMAT.md");
  private static final String SECTION = "## CSV export (tidy long form)";

  private static List<Row> rows(ClientRecord record) {
    List<Row> rows = new ArrayList<>();
    Measurements.forEach(record, RangeOfMotionNorms.standard(), rows::add);
    return rows;
  }

  @Test
  void measureIdsAreDistinct() {
    ImmutableList<String> ids = Measurements.measureIds();
    assertEquals(ids.size(), new HashSet<>(ids).size(), ids.toString());
    assertEquals(30, ids.size());
  }

  @Test
  void unitsAgreeWithTheOutcomeMeasures() {
    for (Measure measure : Measure.values()) {
      String expected = measure.unit().equals("%") ? "percent" : measure.unit();
      assertEquals(expected, Unit.of(measure).id(), measure.id());
    }
  }

  @Test
  void randomRecordsWriteEveryMeasureAndContext() {
    Set<String> measures = new TreeSet<>();
    Set<String> contexts = new TreeSet<>();
    qt().withFixedSeed(20261124L)
        .withExamples(500)
        .forAll(RandomRecords.records(12))
        .checkAssert(
            record -> {
              for (Row row : rows(record)) {
                measures.add(row.measure());
                if (!row.context().isEmpty()) {
                  contexts.add(row.context());
                }
              }
            });
    assertEquals(new TreeSet<>(Measurements.measureIds()), measures);
    assertEquals(new TreeSet<>(Measurements.contextIds()), contexts);
  }

  @Test
  void rowsOfASessionFollowTime() {
    for (ClientRecord record : SeedScenarios.all()) {
      Row previous = null;
      for (Row row : rows(record)) {
        if (previous != null && previous.session().equals(row.session())) {
          assertTrue(!row.at().isBefore(previous.at()), previous + " then " + row);
        }
        previous = row;
      }
    }
  }

  @Test
  void assessmentsOutOfOrderAreWrittenByTimeAndTiesKeepTheirOrder() {
    ClientRecord record =
        Records.record()
            .addAssessments(
                Records.pain("a-3", "2026-03-02T11:00:00Z", PainScale.NPRS, PainContext.NOW, 3),
                Records.pain("a-1", "2026-03-02T09:00:00Z", PainScale.NPRS, PainContext.NOW, 1),
                Records.pain("a-2", "2026-03-02T10:00:00Z", PainScale.NPRS, PainContext.NOW, 2),
                Records.pain("a-2b", "2026-03-02T10:00:00Z", PainScale.NPRS, PainContext.NOW, 4))
            .build();
    List<String> order = new ArrayList<>();
    rows(record).forEach(row -> order.add(row.assessment()));
    assertEquals(List.of("a-1", "a-2", "a-2b", "a-3"), order);
  }

  @Test
  void standaloneAssessmentsComeFirstThenSessionsInOrder() {
    for (ClientRecord record : SeedScenarios.all()) {
      List<String> blocks = new ArrayList<>();
      for (Row row : rows(record)) {
        if (blocks.isEmpty() || !blocks.get(blocks.size() - 1).equals(row.session())) {
          blocks.add(row.session());
        }
      }
      List<String> expected = new ArrayList<>();
      if (!record.assessments().isEmpty()) {
        expected.add("");
      }
      record.sessions().forEach(s -> expected.add(s.id().value()));
      assertEquals(expected, blocks, record.client().id().value());
    }
  }

  @Test
  void formatDocumentsEveryColumnMeasureContextAndUnit() throws Exception {
    String format = Files.readString(FORMAT);
    int start = format.indexOf(SECTION);
    assertTrue(start >= 0, "docs/FORMAT.md has the section " + SECTION);
    int end = format.indexOf("\n## ", start + SECTION.length());
    String section = format.substring(start, end < 0 ? format.length() : end);
    Set<String> documented = new HashSet<>();
    for (String line : section.split("\n")) {
      if (line.startsWith("| `")) {
        documented.add(line.substring(3, line.indexOf('`', 3)));
      }
    }
    List<String> missing = new ArrayList<>();
    List<String> expected = new ArrayList<>(CsvExport.columns());
    expected.addAll(Measurements.measureIds());
    expected.addAll(Measurements.contextIds());
    for (Unit unit : Unit.values()) {
      expected.add(unit.id());
    }
    for (String id : expected) {
      if (!documented.contains(id)) {
        missing.add(id);
      }
    }
    assertEquals(List.of(), missing, "rows of the CSV section's tables in docs/FORMAT.md");
  }

  @Test
  void theSiteOfEveryJointAndMovementIsTheirIdsJoinedBySlash() {
    for (Joint joint : Joint.values()) {
      for (Movement movement : Movement.values()) {
        assertEquals(joint.id() + "/" + movement.id(), Measurements.site(joint, movement));
      }
    }
  }
}
