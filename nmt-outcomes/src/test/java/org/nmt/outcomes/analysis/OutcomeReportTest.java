package org.nmt.outcomes.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.nmt.core.measure.Measure;
import org.nmt.core.record.ClientRecord;
import org.nmt.core.record.StageTransition;
import org.nmt.core.scenario.SeedScenarios;
import org.nmt.core.session.Session;
import org.nmt.core.stage.Stage;
import org.nmt.outcomes.cohort.SyntheticCohort;
import org.nmt.protocol.definition.Protocols;

class OutcomeReportTest {
  private static final OutcomeReport SEEDS =
      OutcomeAnalysis.standard().analyse(SeedScenarios.all());

  @Test
  void theFourSeedScenariosInNumbers() {
    GroupOutcomes all = SEEDS.overall();
    assertEquals(4, all.clients());
    assertEquals(4, all.started());
    assertEquals(3, all.discharged());
    assertEquals(4, all.measure(Measure.NPRS).pairs());
    assertEquals(4, all.stage(Stage.PAIN_ELIMINATION).reachedCount());
    assertEquals(3, all.stage(Stage.ENDURANCE).reachedCount());
    assertEquals(1, all.stage(Stage.FLEXIBILITY).overrides());
    assertEquals(1, all.stage(Stage.STRUCTURAL_CORRECTION).regressionsFrom());
    assertEquals(1, all.stage(Stage.PAIN_ELIMINATION).regressionsTo());
    assertEquals(3, all.timeToDischarge().events());
    assertEquals(4, all.timeToDischarge().subjects());
    assertEquals(
        1, SEEDS.group(Grouping.ACTIVITY_PROFILE, "hiker").get().measure(Measure.LEFS).pairs());
    assertTrue(SEEDS.group(Grouping.ACTIVITY_PROFILE, "triathlete").isEmpty());
  }

  @Test
  void groupsComeOverallFirstThenByGroupingAndLabel() {
    List<GroupKey> keys =
        SEEDS.groups().stream().map(GroupOutcomes::group).collect(Collectors.toList());
    assertEquals(GroupKey.all(), keys.get(0));
    assertEquals(keys.stream().sorted().collect(Collectors.toList()), keys);
    assertEquals(
        List.of("hiker", "office-worker", "runner", "unspecified"),
        SEEDS.groups(Grouping.ACTIVITY_PROFILE).stream()
            .map(g -> g.group().label())
            .collect(Collectors.toList()));
  }

  @Test
  void tablesHaveEveryColumnInEveryRow() {
    assertEquals(
        List.of("groups", "measures", "stages", "time-to-discharge"),
        SEEDS.tables().stream().map(Table::name).collect(Collectors.toList()));
    for (Table table : SEEDS.tables()) {
      assertEquals("group_by", table.columns().get(0));
      for (ImmutableList<String> row : table.rows()) {
        assertEquals(table.columns().size(), row.size(), table.name());
      }
    }
    Table measures = SEEDS.table("measures");
    assertEquals(
        SEEDS.groups().size() * OutcomeAnalysis.SUPPORTED_MEASURES.size() * Endpoint.all().size(),
        measures.size());
    assertEquals(SEEDS.groups().size() * Stage.values().length, SEEDS.table("stages").size());
    assertEquals(
        "no table named 'nope'",
        assertThrows(IllegalArgumentException.class, () -> SEEDS.table("nope")).getMessage());
  }

  @Test
  void jsonTreeHasKindVersionAndTypedCamelCaseRecords() {
    Map<String, Object> json = SEEDS.toJson();
    assertEquals("outcome-report", json.get("kind"));
    assertEquals("1.0", json.get("formatVersion"));
    assertEquals(4L, json.get("clients"));
    @SuppressWarnings("unchecked")
    Map<String, List<Map<String, Object>>> tables =
        (Map<String, List<Map<String, Object>>>) json.get("tables");
    Map<String, Object> first = tables.get("measures").get(0);
    assertEquals("all", first.get("group"));
    assertEquals("nprs", first.get("measure"));
    assertEquals("last", first.get("endpoint"));
    assertEquals(4L, first.get("pairs"));
    assertTrue(first.get("baselineMean") instanceof Double);
    assertTrue(first.containsKey("wilcoxonPValue"));
    Map<String, Object> noPairs =
        tables.get("measures").stream()
            .filter(r -> r.get("measure").equals("ndi") && r.get("group").equals("hiker"))
            .findFirst()
            .get();
    assertEquals(0L, noPairs.get("pairs"));
    assertTrue(noPairs.containsKey("baselineMean"));
    assertNull(noPairs.get("baselineMean"));
    assertThrows(UnsupportedOperationException.class, () -> first.put("pairs", 1L));
  }

  @Test
  void decimalsAreWrittenPlainToFifteenDigitsAndTinyOnesInScientificNotation() {
    assertEquals("", Table.format(null));
    assertEquals("0", Table.format(0.0));
    assertEquals("2.5", Table.format(2.5));
    assertEquals("-4.29310713717844", Table.format(-4.293107137178443));
    assertEquals("0.1", Table.format(0.1));
    assertEquals("1.95069906873726E-180", Table.format(1.9506990687372562E-180));
    assertEquals("7", Table.format(7L));
    assertEquals("exact", Table.format("exact"));
  }

  @Test
  void freeTextOfTheRecordsNeverReachesAReport() {
    List<String> freeText = new ArrayList<>();
    for (ClientRecord record : SeedScenarios.all()) {
      record.intake().chiefComplaint().ifPresent(freeText::add);
      for (Session session : record.sessions()) {
        session
            .note()
            .ifPresent(
                note -> {
                  note.subjective().ifPresent(freeText::add);
                  note.objective().ifPresent(freeText::add);
                  note.assessment().ifPresent(freeText::add);
                  note.plan().ifPresent(freeText::add);
                });
      }
      for (StageTransition transition : record.transitions()) {
        transition.justification().ifPresent(freeText::add);
      }
    }
    assertTrue(freeText.size() > 40);
    StringBuilder everything = new StringBuilder(SEEDS.toString()).append(SEEDS.toJson());
    for (Table table : SEEDS.tables()) {
      everything.append(table.rows());
    }
    for (String text : freeText) {
      assertFalse(everything.toString().contains(text), text);
    }
  }

  @Test
  void anAnalysisCanBeNarrowedAndFollowAnotherProtocol() {
    OutcomeReport report =
        OutcomeAnalysis.builder()
            .measures(Measure.NPRS, Measure.ODI)
            .groupBy(Grouping.PROTOCOL)
            .protocol(Protocols.stJohn())
            .build()
            .analyse(SyntheticCohort.generate(7, 12, Protocols.stJohn()));
    assertEquals(
        List.of(GroupKey.all(), GroupKey.of(Grouping.PROTOCOL, "st-john/1.0")),
        report.groups().stream().map(GroupOutcomes::group).collect(Collectors.toList()));
    assertEquals(2 * Endpoint.all().size(), report.overall().measures().size());
    assertEquals(
        "measure not analysed: vas",
        assertThrows(IllegalArgumentException.class, () -> report.overall().measure(Measure.VAS))
            .getMessage());
    assertEquals(
        "measures not supported: [MRC_GRADE]",
        assertThrows(
                IllegalArgumentException.class,
                () -> OutcomeAnalysis.builder().measures(Measure.NPRS, Measure.MRC_GRADE))
            .getMessage());
  }

  @Test
  void eachRecordCanFollowItsOwnProtocol() {
    List<ClientRecord> mixed = new ArrayList<>();
    SyntheticCohort.generate(3, 5).forEach(mixed::add);
    SyntheticCohort.generate(4, 5, Protocols.stJohn()).forEach(mixed::add);
    OutcomeReport report =
        OutcomeAnalysis.builder()
            .protocolOf(r -> mixed.indexOf(r) < 5 ? Protocols.seeds() : Protocols.stJohn())
            .build()
            .analyse(mixed);
    assertEquals(5, report.group(Grouping.PROTOCOL, "nmt-seeds/1.0").get().clients());
    assertEquals(5, report.group(Grouping.PROTOCOL, "st-john/1.0").get().clients());
  }

  @Test
  void keysEndpointsAndGroupingsCheckTheirValues() {
    assertEquals(
        "the group of all clients is labelled 'all': 'everyone'",
        assertThrows(IllegalArgumentException.class, () -> GroupKey.of(Grouping.ALL, "everyone"))
            .getMessage());
    assertEquals(
        "group label must be 1..100 characters: ''",
        assertThrows(IllegalArgumentException.class, () -> GroupKey.of(Grouping.CONDITION, ""))
            .getMessage());
    for (Endpoint endpoint : Endpoint.all()) {
      assertEquals(endpoint, Endpoint.fromId(endpoint.id()));
    }
    assertEquals("end-of-pain-elimination", Endpoint.endOf(Stage.PAIN_ELIMINATION).id());
    assertEquals(
        "unknown endpoint: 'first'",
        assertThrows(IllegalArgumentException.class, () -> Endpoint.fromId("first")).getMessage());
    assertEquals(Grouping.ACTIVITY_PROFILE, Grouping.fromId("activity-profile"));
    assertEquals("condition=knee-pain", GroupKey.of(Grouping.CONDITION, "knee-pain").toString());
  }
}
