package org.nmt.outcomes.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableSet;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.nmt.core.client.Client;
import org.nmt.core.client.Intake;
import org.nmt.core.id.ClientId;
import org.nmt.core.measure.Measure;
import org.nmt.core.measure.ThresholdResult;
import org.nmt.core.record.ClientRecord;
import org.nmt.core.scenario.SeedScenarios;
import org.nmt.core.stage.Stage;
import org.nmt.outcomes.cohort.SyntheticCohort;
import org.nmt.protocol.course.Course;
import org.nmt.protocol.definition.Protocols;

/** The facts drawn from one record, checked by hand against the seed scenarios. */
class ExtractionTest {
  private static final OutcomeAnalysis ANALYSIS = OutcomeAnalysis.standard();

  private static ClientFacts facts(ClientRecord record) {
    return Extraction.of(ANALYSIS, record, Protocols.seeds());
  }

  private static ClientFacts.Pair pair(ClientFacts facts, Measure measure, Endpoint endpoint) {
    return facts.pairs.get(measure).get(endpoint);
  }

  /** The seed scenarios and 300 synthetic clients. */
  private static List<ClientRecord> sample() {
    List<ClientRecord> records = new ArrayList<>(SeedScenarios.all());
    SyntheticCohort.generate(20261124L, 300).forEach(records::add);
    return records;
  }

  @Test
  void hikerPainIsComparedFromTheFirstSessionToTheLastAndToEachStageEnd() {
    ClientFacts hiker = facts(SeedScenarios.hiker());
    ClientFacts.Pair last = pair(hiker, Measure.NPRS, Endpoint.last());
    assertEquals(7.0, last.baseline);
    assertEquals(1.0, last.followUp);
    assertEquals(ThresholdResult.REACHED, last.responder);
    ClientFacts.Pair stageOne = pair(hiker, Measure.NPRS, Endpoint.endOf(Stage.PAIN_ELIMINATION));
    assertEquals(7.0, stageOne.baseline);
    assertEquals(4.0, stageOne.followUp);
    assertEquals(ThresholdResult.REACHED, stageOne.responder);
    assertEquals(6, hiker.pairs.get(Measure.NPRS).size(), "last and the end of all five stages");
  }

  @Test
  void hikerQuestionnaireStartsAtTheIntakeScore() {
    ClientFacts hiker = facts(SeedScenarios.hiker());
    ClientFacts.Pair last = pair(hiker, Measure.LEFS, Endpoint.last());
    assertEquals(48.0, last.baseline);
    assertEquals(70.0, last.followUp);
    assertEquals(ThresholdResult.REACHED, last.responder);
    ClientFacts.Pair structure =
        pair(hiker, Measure.LEFS, Endpoint.endOf(Stage.STRUCTURAL_CORRECTION));
    assertEquals(58.0, structure.followUp);
    assertFalse(
        hiker.pairs.get(Measure.LEFS).containsKey(Endpoint.endOf(Stage.PAIN_ELIMINATION)),
        "no LEFS after the intake by the end of stage 1");
    assertFalse(hiker.pairs.containsKey(Measure.NDI));
    assertFalse(hiker.pairs.containsKey(Measure.VAS));
  }

  @Test
  void pressurePainThresholdsAreAveragedOverTheSitesMeasuredTwice() {
    ClientFacts hiker = facts(SeedScenarios.hiker());
    ClientFacts.Pair last = pair(hiker, Measure.PRESSURE_PAIN_THRESHOLD, Endpoint.last());
    assertEquals((2.5 + 2.1 + 2.7 + 3.0) / 4, last.baseline, 1e-12);
    assertEquals((3.8 + 3.4 + 4.0 + 4.2) / 4, last.followUp, 1e-12);
    assertEquals(ThresholdResult.REACHED, last.responder);
    ClientFacts.Pair stageOne =
        pair(hiker, Measure.PRESSURE_PAIN_THRESHOLD, Endpoint.endOf(Stage.PAIN_ELIMINATION));
    assertEquals((3.2 + 2.8 + 3.4 + 3.7) / 4, stageOne.followUp, 1e-12);
  }

  @Test
  void rangeOfMotionIsPercentOfNormAveragedOverMovementsMeasuredTwice() {
    ClientFacts hiker = facts(SeedScenarios.hiker());
    ClientFacts.Pair last = pair(hiker, Measure.RANGE_OF_MOTION, Endpoint.last());
    // Right ankle dorsiflexion 12 -> 20 of 20, hip flexion 105 -> 121 of 120, knee flexion
    // 120 -> 135 of 135; the left ankle, measured once, is left out.
    assertEquals((60 + 87.5 + 120 / 1.35) / 3, last.baseline, 1e-9);
    assertEquals((100 + 121 / 1.2 + 100) / 3, last.followUp, 1e-9);
    assertEquals(ThresholdResult.NO_THRESHOLD, last.responder);
  }

  @Test
  void hikerStaysInEveryStageAndIsDischarged() {
    ClientFacts hiker = facts(SeedScenarios.hiker());
    assertTrue(hiker.started);
    assertTrue(hiker.discharged);
    assertEquals(42 + 1 / 24.0, hiker.followedDays.getAsDouble(), 1e-9);
    assertEquals(ImmutableSet.copyOf(Stage.values()), hiker.stages.keySet());
    ClientFacts.Totals stageOne = hiker.stages.get(Stage.PAIN_ELIMINATION).completed.get();
    assertEquals(3, stageOne.sessions);
    assertEquals(4 + 1 / 24.0, stageOne.days, 1e-9);
    ClientFacts.Totals structure = hiker.stages.get(Stage.STRUCTURAL_CORRECTION).completed.get();
    assertEquals(2, structure.sessions);
    assertEquals(5, structure.days, 1e-9);
    for (ClientFacts.StageFacts stage : hiker.stages.values()) {
      assertEquals(0, stage.overrides + stage.regressionsFrom + stage.regressionsTo);
    }
  }

  @Test
  void officeWorkerRegressesFromStructureToPainAndTheStageEndIsTheForwardExit() {
    ClientFacts office = facts(SeedScenarios.officeWorker());
    ClientFacts.StageFacts pain = office.stages.get(Stage.PAIN_ELIMINATION);
    assertEquals(6, pain.completed.get().sessions, "two stays of three sessions");
    assertEquals(1, pain.regressionsTo);
    ClientFacts.StageFacts structure = office.stages.get(Stage.STRUCTURAL_CORRECTION);
    assertEquals(1, structure.regressionsFrom);
    assertEquals(4, structure.completed.get().sessions);
    assertEquals(6.0, pair(office, Measure.NPRS, Endpoint.endOf(Stage.PAIN_ELIMINATION)).baseline);
    assertEquals(3.0, pair(office, Measure.NPRS, Endpoint.endOf(Stage.PAIN_ELIMINATION)).followUp);
    assertEquals(
        2.0, pair(office, Measure.NPRS, Endpoint.endOf(Stage.STRUCTURAL_CORRECTION)).followUp);
    assertTrue(office.discharged);
  }

  @Test
  void runnerLeavesFlexibilityByAnOverride() {
    ClientFacts runner = facts(SeedScenarios.runner());
    assertEquals(1, runner.stages.get(Stage.FLEXIBILITY).overrides);
    assertEquals(0, runner.stages.get(Stage.STRENGTH).overrides);
  }

  @Test
  void clientStillInAStageHasNoTimeThereAndIsCensoredAtTheLastActivity() {
    ClientRecord record = SeedScenarios.tmjDysfunction();
    ClientFacts tmj = facts(record);
    assertFalse(tmj.discharged);
    assertEquals(Optional.empty(), tmj.stages.get(Stage.FLEXIBILITY).completed);
    assertFalse(tmj.stages.containsKey(Stage.STRENGTH));
    Instant start = record.transitions().get(0).at();
    Instant last = Course.of(Protocols.seeds(), record).latestActivity();
    assertEquals(Extraction.days(start, last), tmj.followedDays.getAsDouble());
  }

  @Test
  void clientWithoutACourseBelongsToUnspecifiedGroupsAndHasNoFacts() {
    ClientRecord record =
        ClientRecord.builder()
            .client(Client.builder().id(ClientId.of("no-course")).build())
            .intake(Intake.builder().takenOn(LocalDate.of(2026, 1, 5)).build())
            .build();
    ClientFacts facts = facts(record);
    assertFalse(facts.started);
    assertTrue(facts.followedDays.isEmpty());
    assertTrue(facts.pairs.isEmpty());
    assertTrue(facts.stages.isEmpty());
    assertEquals(
        ImmutableSet.of(
            GroupKey.all(),
            GroupKey.of(Grouping.ACTIVITY_PROFILE, GroupKey.UNSPECIFIED),
            GroupKey.of(Grouping.CONDITION, GroupKey.UNSPECIFIED),
            GroupKey.of(Grouping.PROTOCOL, "nmt-seeds/1.0")),
        facts.groups);
  }

  @Test
  void hikerBelongsToItsProfileAndEachCondition() {
    assertEquals(
        ImmutableSet.of(
            GroupKey.all(),
            GroupKey.of(Grouping.ACTIVITY_PROFILE, "hiker"),
            GroupKey.of(Grouping.CONDITION, "knee-pain"),
            GroupKey.of(Grouping.CONDITION, "iliotibial-band-syndrome"),
            GroupKey.of(Grouping.CONDITION, "plantar-fasciitis"),
            GroupKey.of(Grouping.PROTOCOL, "nmt-seeds/1.0")),
        facts(SeedScenarios.hiker()).groups);
  }
}
