package org.nmt.outcomes.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.google.common.base.CaseFormat;
import com.google.common.collect.ImmutableSet;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nmt.core.measure.Measure;
import org.nmt.core.measure.OutcomeMeasure;
import org.nmt.core.measure.OutcomeMeasureCatalog;
import org.nmt.outcomes.cohort.SyntheticCohort;
import org.nmt.outcomes.stats.PairedChanges;

/**
 * The analysis of the golden cohort against values computed independently from the same cohort:
 * SciPy 1.10.1 ({@code compute_golden.py}) for the measures, stages and groups, R's survival 3.5-3
 * ({@code compute_km_golden.R}) for the Kaplan–Meier estimates, and SciPy for hand-written edge
 * cases (one pair, zero variance, all responders, ties and zeros, an exact test, only zeros, the
 * normal approximation, the MDC rule).
 *
 * <p>Tolerances ({@code docs/OUTCOMES.md}): counts, labels, W+, degrees of freedom and the method
 * exactly; p-values within a relative 1e-6; the bounds of the mean change's interval within 1e-9 of
 * the larger bound (SciPy 1.10's Student t quantile is off by up to about 4e-10 relative, Commons
 * Statistics' matches a 40-digit computation); every other number within a relative 1e-9 (absolute
 * 1e-12 near zero). A missing value must be missing on both sides.
 */
class GoldenTest {
  private static final Set<String> P_VALUES = ImmutableSet.of("t_p_value", "wilcoxon_p_value");
  private static final Set<String> INTERVALS =
      ImmutableSet.of("change_ci_lower", "change_ci_upper");
  private static final Set<String> EXACT =
      ImmutableSet.of("wilcoxon_w_plus", "t_df", "responder_threshold");

  private static OutcomeReport report;

  @BeforeAll
  static void analyse() {
    report =
        OutcomeAnalysis.standard()
            .analyse(SyntheticCohort.generate(GoldenCohort.SEED, GoldenCohort.SIZE));
  }

  @Test
  void measuresMatchSciPy() throws IOException {
    Map<String, Map<String, Object>> actual =
        byKey(report.table("measures"), "group_by", "group", "measure", "endpoint");
    List<Map<String, String>> expected = read("expected-measures.csv");
    assertTrue(expected.size() > 800, "golden rows: " + expected.size());
    int compared = compare(expected, actual, "group_by", "group", "measure", "endpoint");
    int withPairs = 0;
    for (Map<String, Object> row : actual.values()) {
      if ((Long) row.get("pairs") > 0) {
        withPairs++;
      } else {
        assertNull(row.get("baselineMean"));
        assertNull(row.get("wilcoxonPValue"));
        assertNull(row.get("responders"));
      }
    }
    assertEquals(withPairs, compared, "every row with pairs has a golden row");
  }

  @Test
  void stagesMatchSciPy() throws IOException {
    Map<String, Map<String, Object>> actual =
        byKey(report.table("stages"), "group_by", "group", "stage");
    List<Map<String, String>> expected = read("expected-stages.csv");
    assertEquals(actual.size(), compare(expected, actual, "group_by", "group", "stage"));
  }

  @Test
  void groupsAndMedianTimesToDischargeMatchSciPyAndR() throws IOException {
    Map<String, Map<String, Object>> actual = byKey(report.table("groups"), "group_by", "group");
    assertEquals(actual.size(), compare(read("expected-groups.csv"), actual, "group_by", "group"));
    for (Map<String, String> median : read("expected-discharge-medians.csv")) {
      Map<String, Object> row = actual.get(median.get("group_by") + "|" + median.get("group"));
      assertCell(
          "median", median.get("median"), row.get("medianDaysToDischarge"), median.toString());
    }
  }

  @Test
  void timeToDischargeMatchesRSurvival() throws IOException {
    Map<String, Map<String, Object>> actual =
        byKey(report.table("time-to-discharge"), "group_by", "group", "days");
    List<Map<String, String>> expected = read("expected-time-to-discharge.csv");
    List<Map<String, String>> keyed = new ArrayList<>();
    for (Map<String, String> row : expected) {
      Map<String, String> copy = new LinkedHashMap<>(row);
      // The days key: R writes 17 significant digits, the table holds the same double.
      copy.put("days", Double.toString(Double.parseDouble(row.get("days"))));
      keyed.add(copy);
    }
    assertEquals(actual.size(), compare(keyed, actual, "group_by", "group", "days"));
  }

  @Test
  void edgeCasesMatchSciPy() throws IOException {
    Map<String, PairedChanges> cases = new LinkedHashMap<>();
    Map<String, Measure> measures = new LinkedHashMap<>();
    OutcomeMeasureCatalog catalog = OutcomeMeasureCatalog.standard();
    for (Map<String, String> row : read("edge-cases.csv")) {
      Measure measure = Measure.fromId(row.get("measure"));
      OutcomeMeasure entry = catalog.get(measure);
      double baseline = Double.parseDouble(row.get("baseline"));
      double followUp = Double.parseDouble(row.get("follow_up"));
      measures.put(row.get("case"), measure);
      cases
          .computeIfAbsent(
              row.get("case"),
              c ->
                  PairedChanges.create(
                      OutcomeAnalysis.CHANGE_STEPS_PER_UNIT, entry.responderThreshold()))
          .add(baseline, followUp, entry.change(baseline, followUp).responder());
    }
    OutcomeReport.Builder edges = OutcomeReport.builder().clients(0);
    edges.addGroups(emptyOverall());
    for (Map.Entry<String, PairedChanges> c : cases.entrySet()) {
      edges.addGroups(
          GroupOutcomes.builder()
              .group(GroupKey.of(Grouping.CONDITION, c.getKey()))
              .clients(0)
              .started(0)
              .discharged(0)
              .timeToDischarge(emptyOverall().timeToDischarge())
              .addMeasures(
                  MeasureOutcome.of(
                      measures.get(c.getKey()), Endpoint.last(), c.getValue().result()))
              .build());
    }
    Map<String, Map<String, Object>> actual =
        byKey(edges.build().table("measures"), "group", "measure", "endpoint");
    List<Map<String, String>> expected = read("expected-edge-cases.csv");
    expected.forEach(row -> assertEquals("case", row.remove("group_by")));
    assertEquals(8, compare(expected, actual, "group", "measure", "endpoint"));
  }

  private static GroupOutcomes emptyOverall() {
    return OutcomeAnalysis.standard().analyse(List.of()).overall();
  }

  /** Compares each expected row with the actual row of the same key; returns how many. */
  private static int compare(
      List<Map<String, String>> expected, Map<String, Map<String, Object>> actual, String... key) {
    int compared = 0;
    for (Map<String, String> row : expected) {
      String where = keyOf(row, key);
      Map<String, Object> mine = actual.get(where);
      assertNotNull(mine, "no row for " + where);
      for (Map.Entry<String, String> cell : row.entrySet()) {
        String camel = CaseFormat.LOWER_UNDERSCORE.to(CaseFormat.LOWER_CAMEL, cell.getKey());
        if (Arrays.asList(key).contains(cell.getKey()) && cell.getKey().equals("days")) {
          continue;
        }
        assertTrue(mine.containsKey(camel), "no column " + camel);
        double scale = 0;
        if (INTERVALS.contains(cell.getKey()) && !cell.getValue().isEmpty()) {
          scale =
              Math.max(
                  Math.abs(Double.parseDouble(row.get("change_ci_lower"))),
                  Math.abs(Double.parseDouble(row.get("change_ci_upper"))));
        }
        assertCell(cell.getKey(), cell.getValue(), mine.get(camel), where, scale);
      }
      compared++;
    }
    return compared;
  }

  private static void assertCell(String column, String expected, Object actual, String where) {
    assertCell(column, expected, actual, where, 0);
  }

  /**
   * As above; {@code scale}, when positive, is the magnitude the tolerance of an interval bound is
   * relative to: the larger bound, at least the half-width.
   */
  private static void assertCell(
      String column, String expected, Object actual, String where, double scale) {
    String at = where + " " + column;
    if (expected.isEmpty()) {
      assertNull(actual, at);
      return;
    }
    assertNotNull(actual, at + " expected " + expected);
    if (actual instanceof String) {
      assertEquals(expected, actual, at);
    } else if (actual instanceof Long) {
      assertEquals(Long.parseLong(expected), (long) (Long) actual, at);
    } else {
      double e = Double.parseDouble(expected);
      double a = (Double) actual;
      if (EXACT.contains(column)) {
        assertEquals(e, a, at);
      } else if (scale > 0) {
        assertEquals(e, a, 1e-9 * scale, at);
      } else if (P_VALUES.contains(column)) {
        assertEquals(e, a, 1e-6 * Math.abs(e), at);
      } else {
        assertEquals(e, a, Math.max(1e-12, 1e-9 * Math.abs(e)), at);
      }
    }
  }

  private static Map<String, Map<String, Object>> byKey(Table table, String... key) {
    Map<String, Map<String, Object>> rows = new LinkedHashMap<>();
    for (Map<String, Object> record : table.records()) {
      List<String> parts = new ArrayList<>();
      for (String column : key) {
        parts.add(
            String.valueOf(
                record.get(CaseFormat.LOWER_UNDERSCORE.to(CaseFormat.LOWER_CAMEL, column))));
      }
      String joined = String.join("|", parts);
      assertFalse(rows.containsKey(joined), "duplicate row " + joined);
      rows.put(joined, record);
    }
    return rows;
  }

  private static String keyOf(Map<String, String> row, String... key) {
    List<String> parts = new ArrayList<>();
    for (String column : key) {
      parts.add(row.get(column));
    }
    return String.join("|", parts);
  }

  /** A CSV file of the golden directory, by header; its cells hold no commas or quotes. */
  static List<Map<String, String>> read(String name) throws IOException {
    List<String> lines =
        Files.readAllLines(GoldenCohort.DIRECTORY.resolve(name), StandardCharsets.UTF_8);
    String[] header = lines.get(0).split(",", -1);
    List<Map<String, String>> rows = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      String[] cells = line.split(",", -1);
      if (cells.length != header.length) {
        fail(name + ": " + cells.length + " cells for " + header.length + " columns: " + line);
      }
      Map<String, String> row = new LinkedHashMap<>();
      for (int i = 0; i < header.length; i++) {
        row.put(header[i], cells[i]);
      }
      rows.add(row);
    }
    return rows;
  }
}
