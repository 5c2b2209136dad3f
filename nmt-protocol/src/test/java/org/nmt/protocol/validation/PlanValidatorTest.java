package org.nmt.protocol.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.nmt.protocol.validation.Fixtures.TWO_STAGE;
import static org.nmt.protocol.validation.Fixtures.at;
import static org.nmt.protocol.validation.Fixtures.finding;
import static org.nmt.protocol.validation.Fixtures.fullPlan;
import static org.nmt.protocol.validation.Fixtures.intake;
import static org.nmt.protocol.validation.Fixtures.ischemic;
import static org.nmt.protocol.validation.Fixtures.plan;
import static org.nmt.protocol.validation.Fixtures.planned;
import static org.nmt.protocol.validation.Fixtures.plannedPain;

import com.google.common.collect.ImmutableList;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nmt.core.anatomy.Side;
import org.nmt.core.anatomy.TissueLocation;
import org.nmt.core.client.Client;
import org.nmt.core.client.Intake;
import org.nmt.core.client.ScreeningFinding;
import org.nmt.core.client.ScreeningItem;
import org.nmt.core.id.ClientId;
import org.nmt.core.id.PlanId;
import org.nmt.core.session.TechniqueApplication;
import org.nmt.core.stage.Stage;
import org.nmt.core.technique.Technique;
import org.nmt.protocol.definition.ProtocolDefinition;
import org.nmt.protocol.definition.Protocols;
import org.nmt.protocol.plan.PlannedSession;
import org.nmt.protocol.plan.TreatmentPlan;

class PlanValidatorTest {
  private static final ProtocolDefinition SEEDS = Protocols.seeds();

  private static ImmutableList<Finding> validate(List<PlannedSession> sessions) {
    return PlanValidator.validate(SEEDS, plan(sessions));
  }

  /** {@link Fixtures#fullPlan()} with the pain-elimination sessions replaced by {@code pain}. */
  private static List<PlannedSession> withPain(PlannedSession... pain) {
    List<PlannedSession> sessions = new ArrayList<>(List.of(pain));
    sessions.addAll(fullPlan().subList(3, fullPlan().size()));
    return sessions;
  }

  @Test
  void planThatFollowsTheProtocolHasNoFindings() {
    assertEquals(ImmutableList.of(), validate(fullPlan()));
  }

  @Test
  void readmeExample() {
    Client client = Client.builder().id(ClientId.of("c-1")).build();
    Intake intake =
        Intake.builder()
            .takenOn(LocalDate.parse("2026-03-01"))
            .addScreening(ScreeningFinding.of(ScreeningItem.ANTICOAGULANTS))
            .build();
    // The snippet of docs/FINDINGS.md and the README: how another Java app validates a plan.
    TreatmentPlan plan =
        TreatmentPlan.builder()
            .id(PlanId.of("plan-1"))
            .client(client)
            .intake(intake)
            .addSessions(
                PlannedSession.of(
                    Instant.parse("2026-03-02T09:00:00Z"),
                    Duration.ofMinutes(60),
                    Stage.PAIN_ELIMINATION,
                    TechniqueApplication.builder()
                        .technique(Technique.ISCHEMIC_COMPRESSION)
                        .target(TissueLocation.of("upper-trapezius", Side.LEFT))
                        .build()))
            .build();
    ImmutableList<Finding> findings = PlanValidator.validate(Protocols.seeds(), plan);
    boolean bookable = findings.stream().noneMatch(Finding::isError);
    assertFalse(bookable);
    List<String> lines = new ArrayList<>();
    findings.forEach(f -> lines.add(f.toString()));
    assertEquals(
        List.of(
            "error plan-stage-without-sessions at /sessions: no planned session in"
                + " structural-correction, stage 2 of 5 of protocol nmt-seeds 1.0",
            "error plan-stage-without-sessions at /sessions: no planned session in flexibility,"
                + " stage 3 of 5 of protocol nmt-seeds 1.0",
            "error plan-stage-without-sessions at /sessions: no planned session in strength, stage"
                + " 4 of 5 of protocol nmt-seeds 1.0",
            "error plan-stage-without-sessions at /sessions: no planned session in endurance,"
                + " stage 5 of 5 of protocol nmt-seeds 1.0",
            "error deep-pressure-despite-precaution at /sessions/0/techniques/0:"
                + " ischemic-compression on upper-trapezius/left in planned session 0: a"
                + " deep-pressure technique (moderate pressure) despite a no-deep-pressure"
                + " precaution on 2026-03-02: anticoagulants at /intake/screening/0"),
        lines);
  }

  @Test
  void emptyPlanMissesEveryStageInProtocolOrder() {
    assertEquals(
        ImmutableList.of(
            "no planned session in pain-elimination, stage 1 of 5 of protocol st-john 1.0",
            "no planned session in flexibility, stage 2 of 5 of protocol st-john 1.0",
            "no planned session in structural-correction, stage 3 of 5 of protocol st-john 1.0",
            "no planned session in strength, stage 4 of 5 of protocol st-john 1.0",
            "no planned session in endurance, stage 5 of 5 of protocol st-john 1.0"),
        PlanValidator.validate(Protocols.stJohn(), plan(List.of())).stream()
            .map(Finding::message)
            .collect(ImmutableList.toImmutableList()));
  }

  @Test
  void stageOrderComesFromTheDefinition() {
    assertEquals(
        ImmutableList.of(
            finding(
                FindingCode.PLAN_STAGE_BACKWARD,
                "/sessions/4",
                "planned session 4 is in flexibility, after planned session 3 in"
                    + " structural-correction; a plan follows the stage order of protocol st-john"
                    + " 1.0 and never goes back")),
        PlanValidator.validate(Protocols.stJohn(), plan(fullPlan())));
  }

  @Test
  void stagesOutsideTheProtocolAreReportedAndLeftOutOfTheOrder() {
    assertEquals(
        ImmutableList.of(
            finding(
                FindingCode.STAGE_NOT_IN_PROTOCOL,
                "/sessions/4",
                "planned session 4 is in flexibility, not a stage of protocol two-stage 1.0"),
            finding(
                FindingCode.STAGE_NOT_IN_PROTOCOL,
                "/sessions/5",
                "planned session 5 is in strength, not a stage of protocol two-stage 1.0"),
            finding(
                FindingCode.STAGE_NOT_IN_PROTOCOL,
                "/sessions/6",
                "planned session 6 is in endurance, not a stage of protocol two-stage 1.0")),
        PlanValidator.validate(TWO_STAGE, plan(fullPlan())));
  }

  @Test
  void laterTreatmentsAreOnAlternateDays() {
    assertEquals(
        ImmutableList.of(
            finding(
                FindingCode.TREATMENT_SPACING,
                "/sessions/2/techniques/0",
                "ischemic-compression in planned session 2: 1 day after the previous treatment of"
                    + " upper-trapezius/left (planned session 1 on 2026-03-04); later treatments"
                    + " are on alternate days, at least 2 days apart")),
        validate(withPain(plannedPain(0), plannedPain(2), plannedPain(3))));
  }

  @Test
  void twoTreatmentsOnTheSameDay() {
    PlannedSession afternoon =
        PlannedSession.of(
            at(0, 14, 0), Duration.ofMinutes(60), Stage.PAIN_ELIMINATION, ischemic(Side.LEFT));
    assertEquals(
        ImmutableList.of(
            finding(
                FindingCode.TREATMENT_SPACING,
                "/sessions/1/techniques/0",
                "ischemic-compression in planned session 1: on the same day as the first treatment"
                    + " of upper-trapezius/left (planned session 0 on 2026-03-02); a rest day must"
                    + " follow the first treatment")),
        validate(withPain(plannedPain(0), afternoon, plannedPain(4))));
  }

  @Test
  void spacingIsPerAreaAndBilateralCoversBothSides() {
    PlannedSession right = planned(1, Stage.PAIN_ELIMINATION, ischemic(Side.RIGHT));
    PlannedSession bilateral = planned(3, Stage.PAIN_ELIMINATION, ischemic(Side.BILATERAL));
    PlannedSession left =
        planned(4, Stage.PAIN_ELIMINATION, ischemic(Side.LEFT), ischemic(Side.LEFT));
    assertEquals(
        ImmutableList.of(
            finding(
                FindingCode.TREATMENT_SPACING,
                "/sessions/3/techniques/0",
                "ischemic-compression in planned session 3: 1 day after the previous treatment of"
                    + " upper-trapezius/left (planned session 2 on 2026-03-05); later treatments"
                    + " are on alternate days, at least 2 days apart")),
        validate(withPain(plannedPain(0), right, bilateral, left)));
  }

  @Test
  void spacingFollowsTimeNotTheWrittenOrder() {
    assertEquals(
        ImmutableList.of(
            finding(
                FindingCode.TREATMENT_SPACING,
                "/sessions/0/techniques/0",
                "ischemic-compression in planned session 0: 1 day after the first treatment of"
                    + " upper-trapezius/left (planned session 1 on 2026-03-02); a rest day must"
                    + " follow the first treatment"),
            finding(
                FindingCode.SESSIONS_OUT_OF_ORDER,
                "/sessions/1",
                "planned session 1 starts at 2026-03-02T09:00:00Z, before planned session 0 at"
                    + " 2026-03-03T09:00:00Z listed above it")),
        validate(withPain(plannedPain(1), plannedPain(0), plannedPain(4))));
  }

  @Test
  void sharedRulesApplyToPlans() {
    Intake intake =
        intake(
            ScreeningFinding.of(ScreeningItem.SEVERE_OSTEOPOROSIS),
            ScreeningFinding.of(ScreeningItem.UNEXPLAINED_PAIN));
    List<PlannedSession> sessions = new ArrayList<>(fullPlan());
    sessions.set(
        3,
        PlannedSession.builder().from(sessions.get(3)).duration(Duration.ofMinutes(120)).build());
    ImmutableList<Finding> findings = PlanValidator.validate(SEEDS, plan(intake, sessions));
    String deep =
        " in planned session %s: a deep-pressure technique (moderate pressure) despite a"
            + " no-deep-pressure precaution on %s: severe-osteoporosis at /intake/screening/0";
    assertEquals(
        ImmutableList.of(
            finding(
                FindingCode.CLEARANCE_MISSING,
                "/intake/screening/1",
                "unexplained-pain needs clearance, not given by the day of planned session 0 on"
                    + " 2026-03-02 and 6 later sessions"),
            finding(
                FindingCode.DEEP_PRESSURE_DESPITE_PRECAUTION,
                "/sessions/0/techniques/0",
                "ischemic-compression on upper-trapezius/left"
                    + String.format(deep, 0, "2026-03-02")),
            finding(
                FindingCode.DEEP_PRESSURE_DESPITE_PRECAUTION,
                "/sessions/1/techniques/0",
                "ischemic-compression on upper-trapezius/left"
                    + String.format(deep, 1, "2026-03-04")),
            finding(
                FindingCode.DEEP_PRESSURE_DESPITE_PRECAUTION,
                "/sessions/2/techniques/0",
                "ischemic-compression on upper-trapezius/left"
                    + String.format(deep, 2, "2026-03-06")),
            finding(
                FindingCode.ATYPICAL_DURATION,
                "/sessions/3",
                "planned session 3 lasts 120 min, outside the typical 30 to 90 min")),
        findings);
    assertFalse(findings.get(4).isError());
  }

  @Test
  void overlappingPlannedSessions() {
    PlannedSession overlapping =
        PlannedSession.of(
            at(12, 9, 45),
            Duration.ofMinutes(30),
            Stage.ENDURANCE,
            fullPlan().get(6).techniques().get(0));
    List<PlannedSession> sessions = new ArrayList<>(fullPlan());
    sessions.add(overlapping);
    assertEquals(
        ImmutableList.of(
            finding(
                FindingCode.SESSIONS_OVERLAP,
                "/sessions/7",
                "planned session 7 (2026-03-14T09:45:00Z to 2026-03-14T10:15:00Z) overlaps planned"
                    + " session 6 (2026-03-14T09:00:00Z to 2026-03-14T10:00:00Z)")),
        validate(sessions));
  }
}
