package org.nmt.protocol.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.nmt.core.stage.Stage.FLEXIBILITY;
import static org.nmt.core.stage.Stage.PAIN_ELIMINATION;
import static org.nmt.core.stage.Stage.STRENGTH;
import static org.nmt.core.stage.Stage.STRUCTURAL_CORRECTION;
import static org.nmt.protocol.validation.Fixtures.MARKER;
import static org.nmt.protocol.validation.Fixtures.THERAPIST;
import static org.nmt.protocol.validation.Fixtures.TRAPEZIUS;
import static org.nmt.protocol.validation.Fixtures.TWO_STAGE;
import static org.nmt.protocol.validation.Fixtures.at;
import static org.nmt.protocol.validation.Fixtures.course;
import static org.nmt.protocol.validation.Fixtures.day;
import static org.nmt.protocol.validation.Fixtures.finding;
import static org.nmt.protocol.validation.Fixtures.gatePassed;
import static org.nmt.protocol.validation.Fixtures.intake;
import static org.nmt.protocol.validation.Fixtures.ischemic;
import static org.nmt.protocol.validation.Fixtures.morning;
import static org.nmt.protocol.validation.Fixtures.override;
import static org.nmt.protocol.validation.Fixtures.painSession;
import static org.nmt.protocol.validation.Fixtures.record;
import static org.nmt.protocol.validation.Fixtures.regression;
import static org.nmt.protocol.validation.Fixtures.session;
import static org.nmt.protocol.validation.Fixtures.start;
import static org.nmt.protocol.validation.Fixtures.started;
import static org.nmt.protocol.validation.Fixtures.technique;

import com.google.common.collect.ImmutableList;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nmt.core.anatomy.BodyRegion;
import org.nmt.core.anatomy.FunctionalGroup;
import org.nmt.core.anatomy.Muscle;
import org.nmt.core.anatomy.MuscleCatalog;
import org.nmt.core.anatomy.Side;
import org.nmt.core.anatomy.TissueLocation;
import org.nmt.core.assessment.PressurePainThreshold;
import org.nmt.core.assessment.PressurePainThresholdReading;
import org.nmt.core.assessment.StrengthGrade;
import org.nmt.core.client.Clearance;
import org.nmt.core.client.ScreeningFinding;
import org.nmt.core.client.ScreeningItem;
import org.nmt.core.id.AssessmentId;
import org.nmt.core.record.ClientRecord;
import org.nmt.core.record.StageSignOff;
import org.nmt.core.record.StageTransition;
import org.nmt.core.record.TransitionKind;
import org.nmt.core.reference.Source;
import org.nmt.core.session.Session;
import org.nmt.core.session.TechniqueApplication;
import org.nmt.core.technique.Dosing;
import org.nmt.core.technique.PressureLevel;
import org.nmt.core.technique.Technique;
import org.nmt.core.technique.TechniqueCatalog;
import org.nmt.core.technique.TechniqueProfile;
import org.nmt.protocol.criterion.MinimumSessions;
import org.nmt.protocol.definition.Gate;
import org.nmt.protocol.definition.PainFlareRegression;
import org.nmt.protocol.definition.ProtocolDefinition;
import org.nmt.protocol.definition.Protocols;

class RecordValidatorTest {
  private static final ProtocolDefinition SEEDS = Protocols.seeds();

  private static ImmutableList<Finding> validate(ClientRecord record) {
    return RecordValidator.validate(SEEDS, record);
  }

  @Test
  void cleanCourseHasNoFindings() {
    assertEquals(ImmutableList.of(), validate(Fixtures.cleanRecord()));
  }

  @Test
  void stageOrderComesFromTheDefinition() {
    assertEquals(
        ImmutableList.of(
            finding(
                FindingCode.SKIPPED_STAGE,
                "/transitions/1",
                "transition 1 (gate-passed at 2026-03-06T12:00:00Z) goes from pain-elimination to"
                    + " structural-correction, skipping flexibility")),
        RecordValidator.validate(Protocols.stJohn(), Fixtures.cleanRecord()));
  }

  @Test
  void gateIsJudgedAsTheRecordStoodAtTheTransition() {
    ClientRecord unsigned = Fixtures.unsignedRecord();
    ClientRecord signedLate =
        ClientRecord.builder()
            .from(unsigned)
            .addSignOffs(StageSignOff.of(PAIN_ELIMINATION, THERAPIST, at(4, 12, 30)))
            .build();
    assertEquals(
        ImmutableList.of(
            finding(
                FindingCode.GATE_NOT_PASSED,
                "/transitions/1",
                "transition 1 (gate-passed at 2026-03-06T12:00:00Z) leaves pain-elimination, but"
                    + " its gate had not passed at that time: unmet therapist-sign-off")),
        validate(signedLate));
  }

  @Test
  void aSessionOfTheNextStageAtTheTransitionInstantDoesNotCountForTheGateLeft() {
    // Three sessions needed in each stage. s-3 starts at the instant stage 1's gate is recorded as
    // passed, in stage 2: it is stage 2's first session, not stage 1's third.
    ProtocolDefinition threes =
        ProtocolDefinition.builder()
            .name("threes")
            .version("1.0")
            .addStages(PAIN_ELIMINATION, STRUCTURAL_CORRECTION)
            .addGates(
                Gate.of(PAIN_ELIMINATION, MinimumSessions.of(3)),
                Gate.of(STRUCTURAL_CORRECTION, MinimumSessions.of(3)))
            .build();
    ClientRecord record =
        record()
            .addSessions(
                painSession("s-1", 0),
                painSession("s-2", 1),
                session("s-3", day(2), STRUCTURAL_CORRECTION).build(),
                session("s-4", day(3), STRUCTURAL_CORRECTION).build(),
                session("s-5", day(4), STRUCTURAL_CORRECTION).build())
            .addTransitions(
                start(morning(0)),
                gatePassed(day(2), PAIN_ELIMINATION, STRUCTURAL_CORRECTION),
                StageTransition.builder()
                    .at(at(4, 10, 0))
                    .kind(TransitionKind.GATE_PASSED)
                    .fromStage(STRUCTURAL_CORRECTION)
                    .therapistId(THERAPIST)
                    .build())
            .build();
    assertEquals(
        ImmutableList.of(
            finding(
                FindingCode.GATE_NOT_PASSED,
                "/transitions/1",
                "transition 1 (gate-passed at 2026-03-04T09:00:00Z) leaves pain-elimination, but"
                    + " its gate had not passed at that time: unmet minimum-sessions")),
        RecordValidator.validate(threes, record));
  }

  @Test
  void dischargeBeforeTheLastStageSkipsTheRest() {
    assertEquals(
        ImmutableList.of(
            finding(
                FindingCode.SKIPPED_STAGE,
                "/transitions/1",
                "transition 1 (override at 2026-03-03T08:00:00Z) discharges from pain-elimination,"
                    + " skipping structural-correction, flexibility, strength, endurance")),
        validate(course(start(morning(0)), override(morning(1), PAIN_ELIMINATION, null))));
  }

  @Test
  void transitionBeforeTheStartLeavesNoCurrentStage() {
    assertEquals(
        ImmutableList.of(
            finding(
                FindingCode.FROM_STAGE_NOT_CURRENT,
                "/transitions/0",
                "transition 0 (override at 2026-03-03T08:00:00Z) leaves pain-elimination before"
                    + " the course started")),
        validate(course(override(morning(1), PAIN_ELIMINATION, STRUCTURAL_CORRECTION))));
  }

  @Test
  void secondStartIsReported() {
    assertEquals(
        ImmutableList.of(
            finding(
                FindingCode.FROM_STAGE_NOT_CURRENT,
                "/transitions/1",
                "transition 1 (start at 2026-03-03T08:00:00Z) starts the course again while it is"
                    + " in pain-elimination")),
        validate(course(start(morning(0)), start(morning(1)))));
  }

  @Test
  void transitionsAndSignOffsInStagesOutsideTheProtocol() {
    ClientRecord record =
        record()
            .addTransitions(
                start(morning(0)),
                override(morning(1), PAIN_ELIMINATION, FLEXIBILITY),
                override(morning(2), STRENGTH, FLEXIBILITY))
            .addSignOffs(StageSignOff.of(STRENGTH, THERAPIST, morning(1)))
            .build();
    assertEquals(
        ImmutableList.of(
            finding(
                FindingCode.STAGE_NOT_IN_PROTOCOL,
                "/signOffs/0",
                "sign-off 0 at 2026-03-03T08:00:00Z is of strength, not a stage of protocol"
                    + " two-stage 1.0"),
            finding(
                FindingCode.STAGE_NOT_IN_PROTOCOL,
                "/transitions/1",
                "transition 1 (override at 2026-03-03T08:00:00Z) names flexibility, not a stage of"
                    + " protocol two-stage 1.0"),
            finding(
                FindingCode.STAGE_NOT_IN_PROTOCOL,
                "/transitions/2",
                "transition 2 (override at 2026-03-04T08:00:00Z) names strength and flexibility,"
                    + " not stages of protocol two-stage 1.0")),
        RecordValidator.validate(TWO_STAGE, record));
  }

  @Test
  void blankJustificationIsNoJustification() {
    StageTransition blank =
        StageTransition.builder()
            .from(override(morning(1), PAIN_ELIMINATION, STRUCTURAL_CORRECTION))
            .justification(" \t")
            .build();
    assertEquals(
        ImmutableList.of(
            finding(
                FindingCode.OVERRIDE_WITHOUT_JUSTIFICATION,
                "/transitions/1",
                "transition 1 (override at 2026-03-03T08:00:00Z) from pain-elimination has no"
                    + " justification")),
        validate(course(start(morning(0)), blank)));
  }

  /** Structural correction from day 1; pain 2 on day 1 and 5 on day 2, a flare of 3. */
  private static ClientRecord.Builder flaring() {
    return record()
        .addSessions(
            session("s-1", day(1), STRUCTURAL_CORRECTION)
                .painBefore(2)
                .addTechniques(technique(Technique.POSTURAL_RE_EDUCATION, TRAPEZIUS, Side.LEFT))
                .build(),
            session("s-2", day(2), STRUCTURAL_CORRECTION)
                .painBefore(5)
                .addTechniques(technique(Technique.POSTURAL_RE_EDUCATION, TRAPEZIUS, Side.LEFT))
                .build())
        .addTransitions(
            start(morning(0)), override(morning(1), PAIN_ELIMINATION, STRUCTURAL_CORRECTION));
  }

  @Test
  void regressionThatAFiredRuleSupportsIsClean() {
    for (String trigger : new String[] {"pain-flare", null}) {
      ClientRecord record =
          flaring()
              .addTransitions(
                  regression(at(2, 11, 0), STRUCTURAL_CORRECTION, PAIN_ELIMINATION, trigger))
              .build();
      assertEquals(ImmutableList.of(), validate(record), String.valueOf(trigger));
    }
  }

  @Test
  void regressionWithATriggerThatIsNoRule() {
    ClientRecord record =
        flaring()
            .addTransitions(
                regression(at(2, 11, 0), STRUCTURAL_CORRECTION, PAIN_ELIMINATION, "felt " + MARKER))
            .build();
    assertEquals(
        ImmutableList.of(
            finding(
                FindingCode.REGRESSION_NOT_SUPPORTED,
                "/transitions/2",
                "transition 2 (regression at 2026-03-04T11:00:00Z) from structural-correction to"
                    + " pain-elimination: the recorded trigger is not a regression rule of"
                    + " protocol nmt-seeds 1.0")),
        validate(record));
  }

  @Test
  void regressionWithoutTriggerNoRuleFired() {
    ClientRecord record =
        course(
            start(morning(0)),
            override(morning(1), PAIN_ELIMINATION, STRUCTURAL_CORRECTION),
            regression(morning(2), STRUCTURAL_CORRECTION, PAIN_ELIMINATION, null));
    assertEquals(
        ImmutableList.of(
            finding(
                FindingCode.REGRESSION_NOT_SUPPORTED,
                "/transitions/2",
                "transition 2 (regression at 2026-03-04T08:00:00Z) from structural-correction to"
                    + " pain-elimination: no regression rule returning to pain-elimination fired"
                    + " by then")),
        validate(record));
  }

  @Test
  void regressionToAStageItsRuleDoesNotReturnTo() {
    ProtocolDefinition definition =
        ProtocolDefinition.builder()
            .from(SEEDS)
            .regressionRules(ImmutableList.of(PainFlareRegression.of(2, STRUCTURAL_CORRECTION)))
            .build();
    ClientRecord record =
        course(
            start(morning(0)),
            override(morning(1), PAIN_ELIMINATION, STRUCTURAL_CORRECTION),
            override(morning(2), STRUCTURAL_CORRECTION, FLEXIBILITY),
            regression(morning(3), FLEXIBILITY, PAIN_ELIMINATION, "pain-flare"));
    assertEquals(
        ImmutableList.of(
            finding(
                FindingCode.REGRESSION_NOT_SUPPORTED,
                "/transitions/3",
                "transition 3 (regression at 2026-03-05T08:00:00Z) from flexibility to"
                    + " pain-elimination: rule pain-flare returns to structural-correction")),
        RecordValidator.validate(definition, record));
  }

  @Test
  void sessionsWithoutAnyTransition() {
    assertEquals(
        ImmutableList.of(
            finding(
                FindingCode.SESSION_BEFORE_COURSE_START,
                "/sessions/0",
                "session 's-1' at 2026-03-02T09:00:00Z: the course has not started (no transition"
                    + " recorded)")),
        validate(record().addSessions(painSession("s-1", 0)).build()));
  }

  @Test
  void sessionAtTheInstantOfATransitionIsInTheNewStage() {
    ClientRecord record =
        record()
            .addTransitions(
                start(morning(0)), override(day(1), PAIN_ELIMINATION, STRUCTURAL_CORRECTION))
            .addSessions(
                painSession("s-1", 0),
                session("s-2", day(1), STRUCTURAL_CORRECTION)
                    .addTechniques(technique(Technique.POSTURAL_RE_EDUCATION, TRAPEZIUS, Side.LEFT))
                    .build())
            .build();
    assertEquals(ImmutableList.of(), validate(record));
  }

  @Test
  void clearanceCountsOnlySessionsBeforeIt() {
    ClientRecord record =
        record(
                intake(
                    ScreeningFinding.builder()
                        .item(ScreeningItem.PREGNANCY)
                        .clearance(Clearance.givenOn(LocalDate.of(2026, 3, 4)))
                        .build()))
            .addTransitions(start(morning(0)))
            .addSessions(painSession("s-1", 0), painSession("s-2", 2), painSession("s-3", 4))
            .build();
    assertEquals(
        ImmutableList.of(
            finding(
                FindingCode.CLEARANCE_MISSING,
                "/intake/screening/0",
                "pregnancy needs clearance, not given by the day of session 's-1' on 2026-03-02")),
        validate(record));
  }

  @Test
  void resolvedConditionsNoLongerApply() {
    ClientRecord record =
        record(
                intake(
                    ScreeningFinding.builder()
                        .item(ScreeningItem.FEVER)
                        .resolvedOn(LocalDate.of(2026, 3, 4))
                        .build(),
                    ScreeningFinding.builder()
                        .item(ScreeningItem.ANTICOAGULANTS)
                        .resolvedOn(LocalDate.of(2026, 3, 4))
                        .build()))
            .addTransitions(start(morning(0)))
            .addSessions(painSession("s-1", 0), painSession("s-2", 2))
            .build();
    assertEquals(
        ImmutableList.of(
            finding(
                FindingCode.SESSION_DESPITE_POSTPONE,
                "/sessions/0",
                "session 's-1' on 2026-03-02 despite a condition that postpones the session: fever"
                    + " at /intake/screening/0"),
            finding(
                FindingCode.DEEP_PRESSURE_DESPITE_PRECAUTION,
                "/sessions/0/techniques/0",
                "ischemic-compression on upper-trapezius/left in session 's-1': a deep-pressure"
                    + " technique (moderate pressure) despite a no-deep-pressure precaution on"
                    + " 2026-03-02: anticoagulants at /intake/screening/1")),
        validate(record));
  }

  @Test
  void avoidedAreaNeedsTheRegionAndOverlappingSides() {
    List<Finding> found = new ArrayList<>();
    Side[][] cases = {
      {Side.RIGHT, Side.LEFT}, {Side.LEFT, Side.LEFT}, {Side.BILATERAL, Side.RIGHT}
    };
    for (Side[] sides : cases) {
      ClientRecord record =
          record(
                  intake(
                      ScreeningFinding.avoid(ScreeningItem.BURN, BodyRegion.NECK, sides[0]),
                      ScreeningFinding.avoid(
                          ScreeningItem.FRACTURE, BodyRegion.LOWER_LEG, sides[0])))
              .addTransitions(start(morning(0)))
              .addSessions(
                  session("s-1", day(0), PAIN_ELIMINATION)
                      .addTechniques(ischemic(sides[1]))
                      .build())
              .build();
      found.addAll(validate(record));
    }
    assertEquals(
        ImmutableList.of(
            finding(
                FindingCode.AVOIDED_AREA_TREATED,
                "/sessions/0/techniques/0",
                "ischemic-compression on upper-trapezius/left in session 's-1': treats the neck,"
                    + " marked to avoid on 2026-03-02: burn (neck, left) at /intake/screening/0"),
            finding(
                FindingCode.AVOIDED_AREA_TREATED,
                "/sessions/0/techniques/0",
                "ischemic-compression on upper-trapezius/right in session 's-1': treats the neck,"
                    + " marked to avoid on 2026-03-02: burn (neck, bilateral) at"
                    + " /intake/screening/0")),
        found);
  }

  @Test
  void anAvoidedAreaOnTheMidlineMeetsEverySideOfItsRegion() {
    // Recent surgery on the lower back, midline: the erector spinae of either side or both sides
    // lie in the area; the upper trapezius (neck) does not.
    List<Finding> found = new ArrayList<>();
    for (Side side : List.of(Side.LEFT, Side.RIGHT, Side.BILATERAL)) {
      found.addAll(
          validate(
              started(
                  intake(
                      ScreeningFinding.avoid(
                          ScreeningItem.RECENT_SURGERY, BodyRegion.LOWER_BACK, Side.MIDLINE)),
                  session("s-1", day(0), PAIN_ELIMINATION)
                      .addTechniques(
                          technique(Technique.MYOFASCIAL_RELEASE, "erector-spinae", side),
                          technique(Technique.MYOFASCIAL_RELEASE, TRAPEZIUS, side))
                      .build())));
    }
    assertEquals(
        ImmutableList.of(
            finding(
                FindingCode.AVOIDED_AREA_TREATED,
                "/sessions/0/techniques/0",
                "myofascial-release on erector-spinae/left in session 's-1': treats the"
                    + " lower-back, marked to avoid on 2026-03-02: recent-surgery (lower-back,"
                    + " midline) at /intake/screening/0"),
            finding(
                FindingCode.AVOIDED_AREA_TREATED,
                "/sessions/0/techniques/0",
                "myofascial-release on erector-spinae/right in session 's-1': treats the"
                    + " lower-back, marked to avoid on 2026-03-02: recent-surgery (lower-back,"
                    + " midline) at /intake/screening/0"),
            finding(
                FindingCode.AVOIDED_AREA_TREATED,
                "/sessions/0/techniques/0",
                "myofascial-release on erector-spinae/bilateral in session 's-1': treats the"
                    + " lower-back, marked to avoid on 2026-03-02: recent-surgery (lower-back,"
                    + " midline) at /intake/screening/0")),
        found);
  }

  @Test
  void aMidlineTreatmentMeetsAnAvoidedAreaOnEverySide() {
    // The diaphragm, unpaired, is treated on the midline; a skin infection on either side of the
    // abdomen, or both, is in the way; one on the lower back is not.
    List<Finding> found = new ArrayList<>();
    for (Side side : List.of(Side.LEFT, Side.RIGHT, Side.BILATERAL)) {
      found.addAll(
          validate(
              started(
                  intake(
                      ScreeningFinding.avoid(
                          ScreeningItem.SKIN_INFECTION, BodyRegion.ABDOMEN, side),
                      ScreeningFinding.avoid(
                          ScreeningItem.SKIN_INFECTION, BodyRegion.LOWER_BACK, side)),
                  session("s-1", day(0), PAIN_ELIMINATION)
                      .addTechniques(
                          technique(Technique.MYOFASCIAL_RELEASE, "diaphragm", Side.MIDLINE))
                      .build())));
    }
    List<Finding> expected = new ArrayList<>();
    for (String side : List.of("left", "right", "bilateral")) {
      expected.add(
          finding(
              FindingCode.AVOIDED_AREA_TREATED,
              "/sessions/0/techniques/0",
              "myofascial-release on diaphragm/midline in session 's-1': treats the abdomen,"
                  + " marked to avoid on 2026-03-02: skin-infection (abdomen, "
                  + side
                  + ") at /intake/screening/0"));
    }
    assertEquals(expected, found);
  }

  @Test
  void deepPressureByTheApplicationNotTheTechnique() {
    TechniqueApplication firm =
        TechniqueApplication.builder()
            .from(technique(Technique.POSITIONAL_RELEASE, TRAPEZIUS, Side.LEFT))
            .pressure(PressureLevel.FIRM)
            .build();
    TechniqueApplication light =
        TechniqueApplication.builder().from(firm).pressure(PressureLevel.LIGHT).build();
    ClientRecord record =
        started(
            intake(ScreeningFinding.of(ScreeningItem.BLEEDING_DISORDER)),
            session("s-1", day(0), PAIN_ELIMINATION).addTechniques(light, firm).build());
    assertEquals(
        ImmutableList.of(
            finding(
                FindingCode.DEEP_PRESSURE_DESPITE_PRECAUTION,
                "/sessions/0/techniques/1",
                "positional-release on upper-trapezius/left in session 's-1': firm pressure despite"
                    + " a no-deep-pressure precaution on 2026-03-02: bleeding-disorder at"
                    + " /intake/screening/0")),
        validate(record));
  }

  @Test
  void anatomyOfAssessmentsInAndOutsideSessions() {
    ClientRecord record =
        record()
            .addAssessments(
                StrengthGrade.builder()
                    .id(AssessmentId.of("a-1"))
                    .takenAt(at(-1, 10, 0))
                    .muscleId("pectineus")
                    .side(Side.LEFT)
                    .grade(4)
                    .build())
            .addTransitions(start(morning(0)))
            .addSessions(
                Session.builder()
                    .from(painSession("s-1", 0))
                    .addAssessments(
                        PressurePainThresholdReading.builder()
                            .id(AssessmentId.of("a-2"))
                            .takenAt(at(0, 9, 5))
                            .location(TissueLocation.of("quadratus-femoris", Side.RIGHT))
                            .addReadings(PressurePainThreshold.ofKilogramsPerSquareCentimetre(3))
                            .build())
                    .build())
            .build();
    ImmutableList<Finding> findings = validate(record);
    assertEquals(
        ImmutableList.of(
            finding(
                FindingCode.UNKNOWN_MUSCLE,
                "/assessments/0",
                "strength grade 'a-1': muscle 'pectineus' is not in catalog nmt-standard 1.0"),
            finding(
                FindingCode.UNKNOWN_MUSCLE,
                "/sessions/0/assessments/0",
                "pressure pain threshold reading 'a-2' at quadratus-femoris/right: muscle"
                    + " 'quadratus-femoris' is not in catalog nmt-standard 1.0")),
        findings);
    findings.forEach(f -> assertFalse(f.message().contains(MARKER), f.message()));
  }

  @Test
  void catalogsCanBeTheClinicsOwn() {
    Muscle diaphragm =
        Muscle.builder()
            .id("diaphragm")
            .name("Diaphragm")
            .region(BodyRegion.ABDOMEN)
            .group(FunctionalGroup.ABDOMINALS)
            .paired(false)
            .source(Source.secondary("Gray's Anatomy, 42nd ed. (Standring 2020)"))
            .build();
    MuscleCatalog muscles =
        MuscleCatalog.standard().extendedWith("clinic", "1.1", ImmutableList.of(diaphragm));
    List<TechniqueProfile> profiles = new ArrayList<>();
    for (TechniqueProfile profile : TechniqueCatalog.standard().profiles()) {
      profiles.add(
          profile.technique() != Technique.ISCHEMIC_COMPRESSION
              ? profile
              : TechniqueProfile.builder()
                  .from(profile)
                  .dosing(
                      Dosing.builder()
                          .from(profile.dosing().get())
                          .maximumHold(Duration.ofSeconds(30))
                          .build())
                  .build());
    }
    ClientRecord record =
        started(
            session("s-1", day(0), PAIN_ELIMINATION)
                .addTechniques(
                    ischemic(Side.LEFT),
                    technique(Technique.MYOFASCIAL_RELEASE, "diaphragm", Side.LEFT))
                .build());
    assertEquals(
        ImmutableList.of(
            finding(
                FindingCode.HOLD_EXCEEDS_REFERENCE,
                "/sessions/0/techniques/0",
                "ischemic-compression on upper-trapezius/left in session 's-1': held 45 s, longer"
                    + " than the reference maximum of 30 s"),
            finding(
                FindingCode.WRONG_SIDE,
                "/sessions/0/techniques/1",
                "myofascial-release on diaphragm/left in session 's-1': side left does not fit"
                    + " unpaired muscle 'diaphragm' (midline)")),
        RecordValidator.validate(SEEDS, record, muscles, TechniqueCatalog.of(profiles)));
  }

  @Test
  void backToBackSessionsDoNotOverlap() {
    assertEquals(
        ImmutableList.of(),
        validate(
            started(
                painSession("s-1", 0),
                Session.builder().from(painSession("s-2", 0)).start(at(0, 10, 0)).build())));
  }

  @Test
  void findingsAreOrderedByPathWithIndicesAsNumbers() {
    List<Session> sessions = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      sessions.add(
          Session.builder()
              .from(painSession("s-" + i, 2 * i))
              .duration(Duration.ofMinutes(i == 2 || i == 10 ? 20 : 60))
              .build());
    }
    ClientRecord record =
        record().addTransitions(start(morning(0))).addAllSessions(sessions).build();
    assertEquals(
        ImmutableList.of("/sessions/2", "/sessions/10"),
        validate(record).stream().map(Finding::path).collect(ImmutableList.toImmutableList()));
  }

  @Test
  void argumentsMustBeGiven() {
    ClientRecord record = Fixtures.cleanRecord();
    assertEquals(
        "definition",
        assertThrows(NullPointerException.class, () -> RecordValidator.validate(null, record))
            .getMessage());
    assertEquals(
        "record",
        assertThrows(NullPointerException.class, () -> RecordValidator.validate(SEEDS, null))
            .getMessage());
  }
}
