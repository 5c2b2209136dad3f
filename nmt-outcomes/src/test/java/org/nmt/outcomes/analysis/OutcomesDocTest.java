package org.nmt.outcomes.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.nmt.core.measure.Measure;
import org.nmt.core.scenario.SeedScenarios;
import org.nmt.core.stage.Stage;
import org.nmt.outcomes.cohort.SyntheticCohort;
import org.nmt.outcomes.stats.PairedComparison;
import org.nmt.protocol.definition.Protocols;

/** docs/OUTCOMES.md documents every column of every table, and its Java example runs. */
class OutcomesDocTest {
  private static final Path DOC = Path.of("..", "docs", "OUTCOMES.md");
  private static final Pattern COLUMN = Pattern.compile("^\\| `([a-z0-9_]+)` \\|");

  @Test
  void everyTableAndColumnIsDocumentedInOrder() throws IOException {
    List<String> lines = Files.readAllLines(DOC, StandardCharsets.UTF_8);
    OutcomeReport report = OutcomeAnalysis.standard().analyse(SeedScenarios.all());
    for (Table table : report.tables()) {
      int start = lines.indexOf("### `" + table.name() + "`");
      assertTrue(start >= 0, "docs/OUTCOMES.md has no section ### `" + table.name() + "`");
      List<String> documented = new ArrayList<>();
      for (String line : lines.subList(start + 1, lines.size())) {
        if (line.startsWith("#")) {
          break;
        }
        Matcher column = COLUMN.matcher(line);
        if (column.find() && !column.group(1).equals("column")) {
          documented.add(column.group(1));
        }
      }
      assertEquals(table.columns(), documented, "columns of " + table.name());
    }
  }

  /** The Java example of docs/OUTCOMES.md, with a synthetic cohort in place of the file. */
  @Test
  void theResearchersExampleRuns() {
    ImmutableList<org.nmt.core.record.ClientRecord> firstRecords =
        SyntheticCohort.generate(42, 30).collect(ImmutableList.toImmutableList());
    ImmutableList<org.nmt.core.record.ClientRecord> otherRecords =
        SyntheticCohort.generate(43, 30).collect(ImmutableList.toImmutableList());

    OutcomeAnalysis analysis =
        OutcomeAnalysis.builder()
            .groupBy(Grouping.CONDITION, Grouping.ACTIVITY_PROFILE) // the overall group always
            .protocol(Protocols.seeds()) // the definition courses follow
            .build();

    OutcomeReport report = analysis.analyse(firstRecords);
    PairedComparison pain = report.overall().measure(Measure.NPRS);
    PairedComparison stageOne =
        report.overall().measure(Measure.NPRS, Endpoint.endOf(Stage.PAIN_ELIMINATION));
    assertTrue(pain.meanChange().getAsDouble() < 0);
    assertTrue(pain.responders().get().interval().contains(pain.responders().get().estimate()));
    assertTrue(stageOne.pairs() > 0);

    OutcomeAccumulator part1 = analysis.newAccumulator().addAll(firstRecords);
    OutcomeAccumulator part2 = analysis.newAccumulator().addAll(otherRecords);
    OutcomeReport merged = part1.merge(part2).result();
    assertEquals(
        analysis.analyse(
            ImmutableList.<org.nmt.core.record.ClientRecord>builder()
                .addAll(firstRecords)
                .addAll(otherRecords)
                .build()),
        merged);

    for (Table table : report.tables()) {
      assertEquals(table.size(), table.rows().size());
      assertEquals(table.size(), table.records().size());
    }
    assertEquals("outcome-report", report.toJson().get("kind"));
  }
}
