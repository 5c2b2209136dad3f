package org.nmt.core.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.nmt.core.anatomy.BodyRegion;
import org.nmt.core.anatomy.Side;
import org.nmt.core.anatomy.TissueLocation;
import org.nmt.core.assessment.Assessment;
import org.nmt.core.assessment.EnduranceTest;
import org.nmt.core.assessment.EnduranceTestKind;
import org.nmt.core.assessment.Joint;
import org.nmt.core.assessment.Movement;
import org.nmt.core.assessment.PosturalDeviation;
import org.nmt.core.assessment.PosturalFinding;
import org.nmt.core.assessment.PressurePainThresholdReading;
import org.nmt.core.assessment.Questionnaire;
import org.nmt.core.assessment.QuestionnaireScore;
import org.nmt.core.assessment.RangeOfMotionMeasurement;
import org.nmt.core.assessment.RangeOfMotionNorms;
import org.nmt.core.assessment.StrengthGrade;
import org.nmt.core.assessment.StructuralEvaluation;
import org.nmt.core.client.ScreeningCategory;
import org.nmt.core.client.ScreeningFinding;
import org.nmt.core.client.ScreeningItem;
import org.nmt.core.measure.Change;
import org.nmt.core.measure.Measure;
import org.nmt.core.measure.OutcomeMeasureCatalog;
import org.nmt.core.measure.ThresholdResult;
import org.nmt.core.record.ClientRecord;
import org.nmt.core.record.StageSignOff;
import org.nmt.core.record.StageTransition;
import org.nmt.core.record.TransitionKind;
import org.nmt.core.session.AdverseEvent;
import org.nmt.core.session.ClientResponse;
import org.nmt.core.session.Session;
import org.nmt.core.session.SoapNote;
import org.nmt.core.session.Soreness;
import org.nmt.core.session.TechniqueApplication;
import org.nmt.core.stage.Stage;
import org.nmt.core.technique.Dosing;
import org.nmt.core.technique.PressureLevel;
import org.nmt.core.technique.Technique;
import org.nmt.core.technique.TechniqueCatalog;
import org.nmt.core.trigger.TriggerPointExamination;
import org.nmt.core.trigger.TriggerPointStatus;

class SeedScenariosTest {
  /** The muscle ids agreed with the standard catalog. */
  private static final ImmutableSet<String> AGREED_MUSCLES =
      ImmutableSet.of(
          "gastrocnemius",
          "soleus",
          "vastus-lateralis",
          "rectus-femoris",
          "tensor-fasciae-latae",
          "iliotibial-band",
          "gluteus-medius",
          "gluteus-minimus",
          "upper-trapezius",
          "levator-scapulae",
          "sternocleidomastoid",
          "suboccipitals",
          "splenius-capitis",
          "piriformis",
          "biceps-femoris",
          "masseter",
          "temporalis",
          "lateral-pterygoid");

  /** The trigger point site ids agreed with the standard catalog, with their muscles. */
  private static final ImmutableMap<String, String> AGREED_SITES =
      ImmutableMap.of(
          "medial-head", "gastrocnemius",
          "upper-fibres", "upper-trapezius",
          "sternal-division", "sternocleidomastoid",
          "clavicular-division", "sternocleidomastoid");

  private static final TechniqueCatalog TECHNIQUES = TechniqueCatalog.standard();
  private static final OutcomeMeasureCatalog MEASURES = OutcomeMeasureCatalog.standard();

  static Stream<Named<ClientRecord>> scenarios() {
    return SeedScenarios.all().stream().map(r -> Named.of(r.client().id().value(), r));
  }

  // ---------------------------------------------------------------- every scenario

  @Test
  void factoriesAreDeterministicAndAllListsTheFourScenarios() {
    assertEquals(SeedScenarios.hiker(), SeedScenarios.hiker());
    assertEquals(SeedScenarios.officeWorker(), SeedScenarios.officeWorker());
    assertEquals(SeedScenarios.runner(), SeedScenarios.runner());
    assertEquals(SeedScenarios.tmjDysfunction(), SeedScenarios.tmjDysfunction());
    assertEquals(
        ImmutableList.of(
            SeedScenarios.hiker(),
            SeedScenarios.officeWorker(),
            SeedScenarios.runner(),
            SeedScenarios.tmjDysfunction()),
        SeedScenarios.all());
    assertEquals(
        ImmutableList.of(
            SeedScenarios.HIKER_ID,
            SeedScenarios.OFFICE_WORKER_ID,
            SeedScenarios.RUNNER_ID,
            SeedScenarios.TMJ_ID),
        SeedScenarios.all().stream().map(r -> r.client().id()).collect(Collectors.toList()));
    assertEquals(
        Instant.parse("2026-03-02T09:00:00Z"),
        SeedScenarios.hiker().sessions().get(0).start(),
        "the first session starts at the fixed instant");
  }

  @ParameterizedTest
  @MethodSource("scenarios")
  void rebuildingFromTheRecordKeepsEveryInvariantAndValue(ClientRecord record) {
    assertEquals(record, ClientRecord.builder().from(record).build());
    for (Session session : record.sessions()) {
      assertEquals(session, Session.builder().from(session).build());
      assertEquals(Optional.of(session), record.session(session.id()));
    }
    assertEquals(
        record.assessments().size()
            + record.sessions().stream().mapToInt(s -> s.assessments().size()).sum(),
        record.allAssessments().size());
  }

  @ParameterizedTest
  @MethodSource("scenarios")
  void clientIsPseudonymousAndIntakePrecedesTheFirstSession(ClientRecord record) {
    assertTrue(
        record.client().id().value().matches("[a-z]+-[0-9]{3}"),
        "pseudonymous id: " + record.client().id());
    assertTrue(record.client().birthYear().isPresent());
    assertFalse(record.client().presentingConditions().isEmpty());
    assertTrue(record.intake().takenOn().isBefore(day(record.sessions().get(0).start())));
    for (Assessment assessment : record.assessments()) {
      assertFalse(
          assessment
              .takenAt()
              .isBefore(record.intake().takenOn().atStartOfDay(ZoneOffset.UTC).toInstant()));
      assertTrue(assessment.takenAt().isBefore(record.sessions().get(0).start()));
    }
  }

  @ParameterizedTest
  @MethodSource("scenarios")
  void sessionsLastTypicalDurationsAndDoNotOverlap(ClientRecord record) {
    List<Session> sessions = record.sessions();
    for (int i = 0; i < sessions.size(); i++) {
      Session session = sessions.get(i);
      assertTrue(session.hasTypicalDuration(), session.id() + ": " + session.duration());
      assertEquals(SeedScenarios.THERAPIST, session.therapistId());
      assertTrue(session.painBefore().isPresent() && session.painAfter().isPresent());
      assertTrue(
          session.painAfter().getAsInt() <= session.painBefore().getAsInt(),
          session.id() + ": pain after the session is not above pain before it");
      if (i > 0) {
        assertFalse(session.overlaps(sessions.get(i - 1)), session.id().toString());
      }
    }
  }

  @ParameterizedTest
  @MethodSource("scenarios")
  void everySessionIsInTheStageTheTransitionsHadEnteredByItsStart(ClientRecord record) {
    for (Session session : record.sessions()) {
      assertEquals(
          Optional.of(session.stage()),
          stageAt(record, session.start()),
          session.id() + " is in " + session.stage().id());
    }
  }

  @ParameterizedTest
  @MethodSource("scenarios")
  void transitionsStartTheCourseAndChainFromStageToStage(ClientRecord record) {
    List<StageTransition> transitions = record.transitions();
    assertEquals(TransitionKind.START, transitions.get(0).kind());
    assertEquals(Optional.of(Stage.PAIN_ELIMINATION), transitions.get(0).toStage());
    assertFalse(transitions.get(0).at().isAfter(record.sessions().get(0).start()));
    for (int i = 1; i < transitions.size(); i++) {
      StageTransition transition = transitions.get(i);
      assertEquals(
          transitions.get(i - 1).toStage(), transition.fromStage(), "transitions[" + i + "]");
      assertTrue(transition.therapistId().isPresent(), "transitions[" + i + "]");
      if (transition.kind() == TransitionKind.GATE_PASSED
          || transition.kind() == TransitionKind.OVERRIDE) {
        Stage from = transition.fromStage().orElseThrow();
        assertTrue(
            transition.toStage().map(to -> to.ordinal() == from.ordinal() + 1).orElse(true),
            "an advance goes to the next stage: transitions[" + i + "]");
      }
    }
    for (int i = 0; i < transitions.size() - 1; i++) {
      assertFalse(transitions.get(i).isDischarge(), "nothing follows a discharge");
    }
  }

  @ParameterizedTest
  @MethodSource("scenarios")
  void everyAdvanceOutOfAStageFollowsItsSignOff(ClientRecord record) {
    List<StageTransition> transitions = record.transitions();
    for (int i = 1; i < transitions.size(); i++) {
      StageTransition transition = transitions.get(i);
      if (transition.kind() == TransitionKind.REGRESSION) {
        continue;
      }
      Stage from = transition.fromStage().orElseThrow();
      Instant entered = transitions.get(i - 1).at();
      assertTrue(
          record.signOffs().stream()
              .anyMatch(
                  s ->
                      s.stage() == from
                          && !s.at().isBefore(entered)
                          && !s.at().isAfter(transition.at())),
          "sign-off of " + from.id() + " before transitions[" + i + "]");
    }
    for (StageSignOff signOff : record.signOffs()) {
      assertEquals(SeedScenarios.THERAPIST, signOff.therapistId());
    }
  }

  @ParameterizedTest
  @MethodSource("scenarios")
  void everyTechniqueServesItsSessionsStage(ClientRecord record) {
    for (Session session : record.sessions()) {
      assertFalse(session.techniques().isEmpty(), session.id().toString());
      for (TechniqueApplication application : session.techniques()) {
        assertTrue(
            TECHNIQUES.profile(application.technique()).serves(session.stage()),
            session.id() + ": " + application.technique().id() + " in " + session.stage().id());
      }
    }
  }

  @ParameterizedTest
  @MethodSource("scenarios")
  void ischemicCompressionFollowsTravellsDosing(ClientRecord record) {
    Dosing dosing = TECHNIQUES.profile(Technique.ISCHEMIC_COMPRESSION).dosing().orElseThrow();
    LocalDate previous = null;
    Map<TissueLocation, Boolean> treatedBefore = new LinkedHashMap<>();
    for (Session session : record.sessions()) {
      List<TechniqueApplication> compressions =
          applications(session, a -> a.technique() == Technique.ISCHEMIC_COMPRESSION);
      if (compressions.isEmpty()) {
        continue;
      }
      LocalDate today = day(session.start());
      if (previous != null) {
        assertTrue(
            !today.isBefore(previous.plusDays(2)),
            session.id() + ": a rest day after the first treatment, then alternate days");
      }
      previous = today;
      for (TechniqueApplication compression : compressions) {
        Duration hold = compression.holdTime().orElseThrow();
        assertTrue(hold.compareTo(dosing.maximumHold().orElseThrow()) <= 0, hold.toString());
        int intensity = compression.reportedIntensity().orElseThrow();
        assertTrue(
            intensity >= dosing.targetIntensityLow().getAsInt()
                && intensity <= dosing.targetIntensityHigh().getAsInt(),
            "intensity " + intensity);
        if (treatedBefore.put(compression.target(), true) == null) {
          Duration first = hold.multipliedBy(compression.repetitions().orElseThrow());
          assertTrue(
              first.compareTo(Duration.ofMinutes(1)) >= 0
                  && first.compareTo(Duration.ofMinutes(2)) <= 0,
              "first treatment 1-2 min per area: " + compression.target() + " " + first);
        }
      }
    }
  }

  @ParameterizedTest
  @MethodSource("scenarios")
  void stretchesAreHeldForTheRecommendedThirtySeconds(ClientRecord record) {
    Duration recommended =
        TECHNIQUES
            .profile(Technique.PASSIVE_STRETCHING)
            .dosing()
            .orElseThrow()
            .recommendedHold()
            .orElseThrow();
    assertEquals(Duration.ofSeconds(30), recommended);
    List<TechniqueApplication> stretches =
        applications(
            record,
            a ->
                a.technique() == Technique.PASSIVE_STRETCHING
                    || a.technique() == Technique.ACTIVE_STRETCHING);
    assertFalse(stretches.isEmpty());
    for (TechniqueApplication stretch : stretches) {
      assertEquals(Optional.of(recommended), stretch.holdTime(), stretch.target().toString());
    }
  }

  @ParameterizedTest
  @MethodSource("scenarios")
  void onlyTheAgreedMusclesAndSitesAreUsed(ClientRecord record) {
    List<TissueLocation> locations = locations(record);
    assertFalse(locations.isEmpty());
    for (TissueLocation location : locations) {
      assertTrue(AGREED_MUSCLES.contains(location.muscleId()), location.toString());
      assertTrue(
          location.siteId().map(s -> location.muscleId().equals(AGREED_SITES.get(s))).orElse(true),
          location.toString());
      assertNotEquals(Side.MIDLINE, location.side(), "every agreed muscle is paired");
    }
    for (StrengthGrade grade : record.assessmentsOf(StrengthGrade.class)) {
      grade
          .muscleId()
          .ifPresent(id -> assertTrue(AGREED_MUSCLES.contains(id), grade.id().toString()));
    }
  }

  @ParameterizedTest
  @MethodSource("scenarios")
  void everySessionRecordsAnExpectedResponseAndANote(ClientRecord record) {
    for (Session session : record.sessions()) {
      ClientResponse response = session.response().orElseThrow();
      assertTrue(response.sorenessExpected(), session.id().toString());
      assertTrue(response.adverseEvents().isEmpty(), session.id().toString());
      SoapNote note = session.note().orElseThrow();
      assertFalse(note.subjective().orElseThrow().isBlank(), session.id().toString());
      assertFalse(note.plan().orElseThrow().isBlank(), session.id().toString());
    }
  }

  @ParameterizedTest
  @MethodSource("scenarios")
  void triggerPointClassificationsFollowTheirFindings(ClientRecord record) {
    List<TriggerPointExamination> exams = examinations(record);
    assertTrue(exams.stream().anyMatch(e -> e.status() == TriggerPointStatus.ACTIVE));
    assertTrue(exams.stream().anyMatch(e -> e.status() == TriggerPointStatus.LATENT));
    assertTrue(exams.stream().anyMatch(e -> e.status() == TriggerPointStatus.NOT_CONFIRMED));
    for (TriggerPointExamination exam : exams) {
      assertEquals(
          exam.status() == TriggerPointStatus.ACTIVE,
          exam.painRecognition(),
          "pain recognition makes a confirmed point active: " + exam.location());
      assertEquals(exam.referredPain(), !exam.referralZonesObserved().isEmpty());
    }
  }

  @ParameterizedTest
  @MethodSource("scenarios")
  void freeTextNeverAppearsInToString(ClientRecord record) {
    List<String> texts = freeText(record);
    assertTrue(
        texts.contains(record.intake().chiefComplaint().orElseThrow()),
        "the complaint is free text of the record");
    assertTrue(texts.size() > record.sessions().size(), "every session has note text");
    List<String> renderings = new ArrayList<>();
    renderings.add(record.toString());
    renderings.add(record.intake().toString());
    record.sessions().forEach(s -> renderings.add(s.toString()));
    record.sessions().forEach(s -> s.note().ifPresent(n -> renderings.add(n.toString())));
    record.transitions().forEach(t -> renderings.add(t.toString()));
    for (int i = 0; i < texts.size(); i++) {
      String text = texts.get(i);
      for (String rendering : renderings) {
        assertFalse(rendering.contains(text), "free text #" + i + " leaked into toString()");
      }
    }
  }

  // ---------------------------------------------------------------- hiker (seed 000)

  @Test
  void hikerHasSessionsInAllFiveStagesInOrder() {
    ClientRecord hiker = SeedScenarios.hiker();
    assertEquals(ImmutableList.copyOf(Stage.values()), stageRuns(hiker));
    for (Stage stage : Stage.values()) {
      assertTrue(
          hiker.sessions().stream().filter(s -> s.stage() == stage).count() >= 2, stage.id());
    }
  }

  @Test
  void hikerIsTreatedWithEachStagesTechniques() {
    ClientRecord hiker = SeedScenarios.hiker();
    assertTrue(usedIn(hiker, Stage.PAIN_ELIMINATION).contains(Technique.ISCHEMIC_COMPRESSION));
    assertTrue(
        usedIn(hiker, Stage.PAIN_ELIMINATION).contains(Technique.TRIGGER_POINT_PRESSURE_RELEASE));
    assertTrue(
        sessionsIn(hiker, Stage.STRUCTURAL_CORRECTION).stream()
            .flatMap(s -> s.techniques().stream())
            .anyMatch(
                a ->
                    a.technique() == Technique.MYOFASCIAL_RELEASE
                        && a.target().muscleId().equals("iliotibial-band")));
    assertTrue(
        usedIn(hiker, Stage.FLEXIBILITY)
            .containsAll(
                ImmutableSet.of(
                    Technique.PASSIVE_STRETCHING,
                    Technique.ACTIVE_STRETCHING,
                    Technique.MUSCLE_ENERGY_TECHNIQUE)));
    assertEquals(ImmutableSet.of(Technique.STRENGTHENING_EXERCISE), usedIn(hiker, Stage.STRENGTH));
    assertEquals(ImmutableSet.of(Technique.ENDURANCE_EXERCISE), usedIn(hiker, Stage.ENDURANCE));
  }

  @Test
  void hikerHasAStructuralEvaluationCoveringAllPlanesInStage2() {
    ClientRecord hiker = SeedScenarios.hiker();
    assertTrue(
        sessionsIn(hiker, Stage.STRUCTURAL_CORRECTION).stream()
            .flatMap(s -> s.assessments().stream())
            .filter(StructuralEvaluation.class::isInstance)
            .map(StructuralEvaluation.class::cast)
            .anyMatch(StructuralEvaluation::coversAllPlanes));
  }

  @Test
  void hikerTriggerPointsInCalvesQuadsTflAndGlutesGoFromActiveToLatentToNotConfirmed() {
    ClientRecord hiker = SeedScenarios.hiker();
    Map<TissueLocation, List<TriggerPointStatus>> byLocation = statusesByLocation(hiker);
    ImmutableMap<String, ImmutableSet<String>> groups =
        ImmutableMap.of(
            "calves", ImmutableSet.of("gastrocnemius", "soleus"),
            "quadriceps", ImmutableSet.of("vastus-lateralis", "rectus-femoris"),
            "tensor fasciae latae", ImmutableSet.of("tensor-fasciae-latae"),
            "glutes", ImmutableSet.of("gluteus-medius", "gluteus-minimus"));
    groups.forEach(
        (group, muscles) ->
            assertTrue(
                byLocation.keySet().stream().anyMatch(l -> muscles.contains(l.muscleId())), group));
    assertEquals(7, byLocation.size());
    assertTrue(
        byLocation.containsKey(TissueLocation.of("gastrocnemius", Side.RIGHT, "medial-head")));
    byLocation.forEach(
        (location, statuses) -> {
          assertEquals(TriggerPointStatus.ACTIVE, statuses.get(0), location.toString());
          assertTrue(statuses.contains(TriggerPointStatus.LATENT), location.toString());
          assertEquals(
              TriggerPointStatus.NOT_CONFIRMED,
              statuses.get(statuses.size() - 1),
              location.toString());
          for (int i = 1; i < statuses.size(); i++) {
            assertTrue(
                statuses.get(i).ordinal() >= statuses.get(i - 1).ordinal(),
                location + ": never back to a worse status");
          }
        });
  }

  @Test
  void hikerPainFallsFromSevenToOne() {
    ClientRecord hiker = SeedScenarios.hiker();
    List<Session> sessions = hiker.sessions();
    assertEquals(7, sessions.get(0).painBefore().getAsInt());
    assertEquals(1, sessions.get(sessions.size() - 1).painBefore().getAsInt());
    for (int i = 1; i < sessions.size(); i++) {
      assertTrue(
          sessions.get(i).painBefore().getAsInt() <= sessions.get(i - 1).painBefore().getAsInt());
    }
    assertEquals(ThresholdResult.REACHED, change(Measure.NPRS, 7, 1).responder());
  }

  @Test
  void hikerPressurePainThresholdsRiseBeyondTheMdcAtTreatedPoints() {
    ClientRecord hiker = SeedScenarios.hiker();
    ImmutableSet<TissueLocation> treated =
        sessionsIn(hiker, Stage.PAIN_ELIMINATION).stream()
            .flatMap(s -> s.techniques().stream())
            .map(TechniqueApplication::target)
            .collect(ImmutableSet.toImmutableSet());
    Map<TissueLocation, List<Double>> thresholds = thresholdsByLocation(hiker);
    assertEquals(4, thresholds.size());
    thresholds.forEach(
        (location, values) -> {
          assertTrue(treated.contains(location), location + " was treated in stage 1");
          assertTrue(values.size() >= 3, location.toString());
          for (int i = 1; i < values.size(); i++) {
            assertTrue(values.get(i) > values.get(i - 1), location + " rises at every reading");
          }
          Change change =
              change(Measure.PRESSURE_PAIN_THRESHOLD, values.get(0), values.get(values.size() - 1));
          assertEquals(ThresholdResult.REACHED, change.mdc(), location.toString());
        });
  }

  @Test
  void hikerRangeOfMotionImprovesToItsNorms() {
    ClientRecord hiker = SeedScenarios.hiker();
    RangeOfMotionNorms norms = RangeOfMotionNorms.standard();
    ImmutableMap<Joint, Movement> measured =
        ImmutableMap.of(
            Joint.ANKLE, Movement.DORSIFLEXION,
            Joint.HIP, Movement.FLEXION,
            Joint.KNEE, Movement.FLEXION);
    measured.forEach(
        (joint, movement) -> {
          List<RangeOfMotionMeasurement> series =
              hiker.assessmentsOf(RangeOfMotionMeasurement.class).stream()
                  .filter(
                      m -> m.joint() == joint && m.movement() == movement && m.side() == Side.RIGHT)
                  .collect(Collectors.toList());
          String what = joint.id() + " " + movement.id();
          assertTrue(series.size() >= 3, what);
          for (int i = 1; i < series.size(); i++) {
            assertTrue(series.get(i).degrees() >= series.get(i - 1).degrees(), what);
          }
          assertTrue(series.get(0).percentOfNorm(norms) < 90, what);
          assertTrue(series.get(series.size() - 1).percentOfNorm(norms) >= 100, what);
        });
    assertEquals(
        measured.keySet(),
        hiker.assessmentsOf(RangeOfMotionMeasurement.class).stream()
            .map(RangeOfMotionMeasurement::joint)
            .collect(ImmutableSet.toImmutableSet()));
  }

  @Test
  void hikerStrengthGradesRiseFromFourToFive() {
    Map<String, List<Integer>> grades = new LinkedHashMap<>();
    for (StrengthGrade grade : SeedScenarios.hiker().assessmentsOf(StrengthGrade.class)) {
      String key =
          grade.muscleId().orElseGet(() -> grade.joint().get().id() + " " + grade.movement().get());
      grades.computeIfAbsent(key, k -> new ArrayList<>()).add(grade.grade());
    }
    assertEquals(2, grades.size());
    grades.forEach(
        (key, series) -> {
          assertEquals(4, series.get(0), key);
          assertEquals(5, series.get(series.size() - 1), key);
        });
  }

  @Test
  void hikerSingleLegHeelRaiseEnduranceImproves() {
    List<Double> reps =
        SeedScenarios.hiker().assessmentsOf(EnduranceTest.class).stream()
            .filter(t -> t.test() == EnduranceTestKind.SINGLE_LEG_HEEL_RAISE)
            .map(EnduranceTest::value)
            .collect(Collectors.toList());
    assertEquals(ImmutableList.of(12.0, 16.0, 21.0, 25.0), reps);
  }

  @Test
  void hikerLefsImprovesBeyondItsMcid() {
    List<Double> scores = scores(SeedScenarios.hiker(), Questionnaire.LEFS);
    double first = scores.get(0);
    double last = scores.get(scores.size() - 1);
    assertTrue(last - first > 9, first + " -> " + last);
    assertEquals(ThresholdResult.REACHED, change(Measure.LEFS, first, last).mcid());
  }

  @Test
  void hikerPassesEveryGateWithSignOffsAndIsDischarged() {
    ClientRecord hiker = SeedScenarios.hiker();
    assertEquals(
        ImmutableList.of(
            TransitionKind.START,
            TransitionKind.GATE_PASSED,
            TransitionKind.GATE_PASSED,
            TransitionKind.GATE_PASSED,
            TransitionKind.GATE_PASSED,
            TransitionKind.GATE_PASSED),
        hiker.transitions().stream().map(StageTransition::kind).collect(Collectors.toList()));
    StageTransition last = hiker.transitions().get(hiker.transitions().size() - 1);
    assertTrue(last.isDischarge());
    assertEquals(Optional.of(Stage.ENDURANCE), last.fromStage());
    assertEquals(
        ImmutableList.copyOf(Stage.values()),
        hiker.signOffs().stream().map(StageSignOff::stage).collect(Collectors.toList()));
  }

  @Test
  void hikerIsMildlySoreFor24HoursAfterTheEarlySessions() {
    for (Session session : sessionsIn(SeedScenarios.hiker(), Stage.PAIN_ELIMINATION)) {
      ClientResponse response = session.response().orElseThrow();
      assertEquals(Soreness.MILD, response.soreness(), session.id().toString());
      assertEquals(Optional.of(Duration.ofHours(24)), response.sorenessDuration());
    }
    List<Session> sessions = SeedScenarios.hiker().sessions();
    assertEquals(
        Soreness.NONE, sessions.get(sessions.size() - 1).response().orElseThrow().soreness());
  }

  @Test
  void hikerHasNoScreeningFindings() {
    assertTrue(SeedScenarios.hiker().intake().screening().isEmpty());
  }

  // ---------------------------------------------------------------- office worker (seeds 001, 003)

  @Test
  void officeWorkerHasAPainFlareAndARegressionToPainElimination() {
    ClientRecord office = SeedScenarios.officeWorker();
    List<Session> sessions = office.sessions();
    Session flare = null;
    for (Session session : sessions) {
      int entryPain = entryPain(office, session);
      if (session.painBefore().getAsInt() - entryPain >= 2) {
        flare = session;
        break;
      }
    }
    assertNotNull(flare, "a session with pain at least 2 above its stage's entry pain");
    assertEquals(Stage.STRUCTURAL_CORRECTION, flare.stage());
    Session flareSession = flare;
    Instant next = sessions.get(sessions.indexOf(flare) + 1).start();
    List<StageTransition> regressions =
        office.transitions().stream()
            .filter(t -> t.kind() == TransitionKind.REGRESSION)
            .collect(Collectors.toList());
    assertEquals(1, regressions.size());
    StageTransition regression = regressions.get(0);
    assertEquals(Optional.of(SeedScenarios.PAIN_FLARE_TRIGGER), regression.trigger());
    assertEquals(Optional.of(flareSession.stage()), regression.fromStage());
    assertEquals(Optional.of(Stage.PAIN_ELIMINATION), regression.toStage());
    assertFalse(regression.at().isBefore(flareSession.start()));
    assertTrue(regression.at().isBefore(next));
    assertEquals(
        ImmutableList.of(
            Stage.PAIN_ELIMINATION,
            Stage.STRUCTURAL_CORRECTION,
            Stage.PAIN_ELIMINATION,
            Stage.STRUCTURAL_CORRECTION,
            Stage.FLEXIBILITY,
            Stage.STRENGTH,
            Stage.ENDURANCE),
        stageRuns(office));
    assertTrue(office.transitions().get(office.transitions().size() - 1).isDischarge());
  }

  @Test
  void officeWorkerForwardHeadPostureImproves() {
    List<Double> angles =
        SeedScenarios.officeWorker().assessmentsOf(StructuralEvaluation.class).stream()
            .flatMap(e -> e.findings().stream())
            .filter(f -> f.deviation() == PosturalDeviation.FORWARD_HEAD)
            .map(PosturalFinding::value)
            .collect(Collectors.toList());
    assertEquals(44.0, angles.get(0));
    assertEquals(49.0, angles.get(angles.size() - 1));
    for (int i = 1; i < angles.size(); i++) {
      assertTrue(angles.get(i) > angles.get(i - 1));
    }
    assertTrue(
        SeedScenarios.officeWorker().assessmentsOf(StructuralEvaluation.class).stream()
            .anyMatch(StructuralEvaluation::coversAllPlanes));
  }

  @Test
  void officeWorkerNeckDisabilityImprovesBeyondTheMdc() {
    List<Double> scores = scores(SeedScenarios.officeWorker(), Questionnaire.NDI);
    double first = scores.get(0);
    double last = scores.get(scores.size() - 1);
    assertTrue(first - last > 10.2, first + " -> " + last);
    assertEquals(ThresholdResult.REACHED, change(Measure.NDI, first, last).responder());
  }

  @Test
  void officeWorkerDeepNeckFlexorEnduranceAndCervicalRotationImprove() {
    ClientRecord office = SeedScenarios.officeWorker();
    List<Double> holds =
        office.assessmentsOf(EnduranceTest.class).stream()
            .filter(t -> t.test() == EnduranceTestKind.DEEP_NECK_FLEXOR)
            .map(EnduranceTest::value)
            .collect(Collectors.toList());
    assertEquals(ImmutableList.of(22.0, 30.0, 34.0, 40.0), holds);
    List<Double> rotation =
        office.assessmentsOf(RangeOfMotionMeasurement.class).stream()
            .filter(
                m ->
                    m.joint() == Joint.CERVICAL
                        && m.movement() == Movement.ROTATION
                        && m.side() == Side.RIGHT)
            .map(RangeOfMotionMeasurement::degrees)
            .collect(Collectors.toList());
    assertEquals(ImmutableList.of(60.0, 70.0, 78.0), rotation);
  }

  @Test
  void officeWorkerTriggerPointsIncludeTheNeckMusclesAndSites() {
    ImmutableSet<TissueLocation> examined =
        examinations(SeedScenarios.officeWorker()).stream()
            .map(TriggerPointExamination::location)
            .collect(ImmutableSet.toImmutableSet());
    assertTrue(examined.contains(TissueLocation.of("upper-trapezius", Side.RIGHT, "upper-fibres")));
    assertTrue(
        examined.contains(
            TissueLocation.of("sternocleidomastoid", Side.RIGHT, "sternal-division")));
    assertTrue(
        examined.contains(
            TissueLocation.of("sternocleidomastoid", Side.RIGHT, "clavicular-division")));
    assertEquals(
        ImmutableSet.of(
            "upper-trapezius",
            "levator-scapulae",
            "sternocleidomastoid",
            "suboccipitals",
            "splenius-capitis"),
        examined.stream().map(TissueLocation::muscleId).collect(ImmutableSet.toImmutableSet()));
  }

  @Test
  void officeWorkersFeverHadResolvedBeforeTheFirstSession() {
    ClientRecord office = SeedScenarios.officeWorker();
    for (Session session : office.sessions()) {
      assertTrue(
          office.intake().applying(ScreeningCategory.POSTPONE, day(session.start())).isEmpty());
    }
    assertFalse(
        office.intake().applying(ScreeningCategory.POSTPONE, office.intake().takenOn()).isEmpty());
  }

  // ---------------------------------------------------------------- runner (seed 004)

  @Test
  void runnerIsAdvancedByAnOverrideWithJustificationAndFailedCriteria() {
    ClientRecord runner = SeedScenarios.runner();
    List<StageTransition> overrides =
        runner.transitions().stream()
            .filter(t -> t.kind() == TransitionKind.OVERRIDE)
            .collect(Collectors.toList());
    assertEquals(1, overrides.size());
    StageTransition override = overrides.get(0);
    assertEquals(Optional.of(SeedScenarios.THERAPIST), override.therapistId());
    assertFalse(override.justification().orElseThrow().isBlank());
    assertEquals(SeedScenarios.RUNNER_OVERRIDE_FAILED_CRITERIA, override.failedCriteria());
    assertFalse(override.failedCriteria().isEmpty());
    assertEquals(Optional.of(Stage.FLEXIBILITY), override.fromStage());
    assertEquals(Optional.of(Stage.STRENGTH), override.toStage());
    RangeOfMotionMeasurement hipFlexion =
        runner.assessmentsOf(RangeOfMotionMeasurement.class).stream()
            .filter(m -> m.joint() == Joint.HIP && m.movement() == Movement.FLEXION)
            .filter(m -> m.takenAt().isBefore(override.at()))
            .reduce((a, b) -> b)
            .orElseThrow();
    assertTrue(
        hipFlexion.percentOfNorm(RangeOfMotionNorms.standard()) < 90,
        "hip flexion short of its norm at the override");
    assertTrue(runner.transitions().get(runner.transitions().size() - 1).isDischarge());
  }

  @Test
  void runnerOnAnticoagulantsNeverGetsDeepPressure() {
    ClientRecord runner = SeedScenarios.runner();
    for (Session session : runner.sessions()) {
      List<ScreeningFinding> precautions =
          runner.intake().applying(ScreeningCategory.NO_DEEP_PRESSURE, day(session.start()));
      assertEquals(1, precautions.size());
      assertEquals(ScreeningItem.ANTICOAGULANTS, precautions.get(0).item());
    }
    List<TechniqueApplication> applications = applications(runner, a -> true);
    assertFalse(applications.isEmpty());
    for (TechniqueApplication application : applications) {
      assertFalse(application.pressure().isDeep(), application.target().toString());
      assertTrue(
          ImmutableSet.of(PressureLevel.NONE, PressureLevel.LIGHT, PressureLevel.MODERATE)
              .contains(application.pressure()));
      assertFalse(
          TECHNIQUES.profile(application.technique()).deepPressure(),
          application.technique().id() + " is a deep-pressure technique");
    }
    assertTrue(
        applications.stream().anyMatch(a -> a.pressure() == PressureLevel.LIGHT)
            && applications.stream().anyMatch(a -> a.pressure() == PressureLevel.MODERATE));
  }

  @Test
  void runnerDisabilityAndTrunkEnduranceImprove() {
    ClientRecord runner = SeedScenarios.runner();
    List<Double> odi = scores(runner, Questionnaire.ODI);
    assertEquals(
        ThresholdResult.REACHED, change(Measure.ODI, odi.get(0), odi.get(odi.size() - 1)).mcid());
    List<Double> holds =
        runner.assessmentsOf(EnduranceTest.class).stream()
            .filter(t -> t.test() == EnduranceTestKind.BIERING_SORENSEN)
            .map(EnduranceTest::value)
            .collect(Collectors.toList());
    assertEquals(ImmutableList.of(110.0, 140.0, 165.0, 185.0), holds);
    assertEquals(
        ImmutableSet.of("piriformis", "gluteus-medius", "biceps-femoris", "gastrocnemius"),
        examinations(runner).stream()
            .map(e -> e.location().muscleId())
            .collect(ImmutableSet.toImmutableSet()));
  }

  // ---------------------------------------------------------------- TMJ dysfunction (seed 001)

  @Test
  void tmjClientsPregnancyWasClearedBeforeTheFirstSession() {
    ClientRecord tmj = SeedScenarios.tmjDysfunction();
    List<ScreeningFinding> pregnancy =
        tmj.intake().screening().stream()
            .filter(f -> f.item() == ScreeningItem.PREGNANCY)
            .collect(Collectors.toList());
    assertEquals(1, pregnancy.size());
    assertEquals(ScreeningCategory.NEEDS_CLEARANCE, pregnancy.get(0).category());
    assertFalse(pregnancy.get(0).isClearedOn(tmj.intake().takenOn()));
    for (Session session : tmj.sessions()) {
      assertTrue(pregnancy.get(0).isClearedOn(day(session.start())), session.id().toString());
    }
  }

  @Test
  void tmjClientHasAnAreaToAvoidOnTheLeftLowerLegThatNoTechniqueTouches() {
    ClientRecord tmj = SeedScenarios.tmjDysfunction();
    for (Session session : tmj.sessions()) {
      List<ScreeningFinding> avoid =
          tmj.intake().applying(ScreeningCategory.AVOID_LOCAL_AREA, day(session.start()));
      assertEquals(1, avoid.size());
      assertEquals(ScreeningItem.OPEN_OR_HEALING_WOUND, avoid.get(0).item());
      assertEquals(Optional.of(BodyRegion.LOWER_LEG), avoid.get(0).region());
      assertEquals(Optional.of(Side.LEFT), avoid.get(0).side());
    }
    assertEquals(
        ImmutableSet.of("masseter", "temporalis", "lateral-pterygoid"),
        applications(tmj, a -> true).stream()
            .map(a -> a.target().muscleId())
            .collect(ImmutableSet.toImmutableSet()));
  }

  @Test
  void tmjClientIsInStageThreeAndNotDischarged() {
    ClientRecord tmj = SeedScenarios.tmjDysfunction();
    assertEquals(
        ImmutableList.of(Stage.PAIN_ELIMINATION, Stage.STRUCTURAL_CORRECTION, Stage.FLEXIBILITY),
        stageRuns(tmj));
    assertTrue(tmj.transitions().stream().noneMatch(StageTransition::isDischarge));
    assertEquals(Optional.of(Stage.FLEXIBILITY), stageAt(tmj, Instant.MAX));
    assertTrue(tmj.sessions().size() < SeedScenarios.hiker().sessions().size());
    List<Double> psfs = scores(tmj, Questionnaire.PSFS);
    assertEquals(
        ThresholdResult.REACHED,
        change(Measure.PSFS, psfs.get(0), psfs.get(psfs.size() - 1)).mcid());
  }

  // ---------------------------------------------------------------- helpers

  private static LocalDate day(Instant instant) {
    return LocalDate.ofInstant(instant, ZoneOffset.UTC);
  }

  /** The stage the record's transitions had entered at {@code at}; empty before the start. */
  private static Optional<Stage> stageAt(ClientRecord record, Instant at) {
    Optional<Stage> stage = Optional.empty();
    for (StageTransition transition : record.transitions()) {
      if (!transition.at().isAfter(at)) {
        stage = transition.toStage();
      }
    }
    return stage;
  }

  /**
   * The entry pain of {@code session}'s stage as nmt-protocol's pain-flare rule reads it: the
   * painBefore of the last session before the transition that entered the stage, or, in the
   * course's first stage, of the stage's first session.
   */
  private static int entryPain(ClientRecord record, Session session) {
    Instant entered =
        record.transitions().stream()
            .map(StageTransition::at)
            .filter(at -> !at.isAfter(session.start()))
            .max(Comparator.naturalOrder())
            .orElseThrow();
    return record.sessions().stream()
        .filter(s -> s.start().isBefore(entered))
        .reduce((earlier, later) -> later)
        .or(() -> record.sessions().stream().filter(s -> !s.start().isBefore(entered)).findFirst())
        .orElseThrow()
        .painBefore()
        .getAsInt();
  }

  /** The stages of the record's sessions with consecutive repeats collapsed. */
  private static List<Stage> stageRuns(ClientRecord record) {
    List<Stage> runs = new ArrayList<>();
    for (Session session : record.sessions()) {
      if (runs.isEmpty() || runs.get(runs.size() - 1) != session.stage()) {
        runs.add(session.stage());
      }
    }
    return runs;
  }

  private static List<Session> sessionsIn(ClientRecord record, Stage stage) {
    return record.sessions().stream().filter(s -> s.stage() == stage).collect(Collectors.toList());
  }

  private static ImmutableSet<Technique> usedIn(ClientRecord record, Stage stage) {
    return sessionsIn(record, stage).stream()
        .flatMap(s -> s.techniques().stream())
        .map(TechniqueApplication::technique)
        .collect(ImmutableSet.toImmutableSet());
  }

  private static List<TechniqueApplication> applications(
      Session session, Predicate<TechniqueApplication> filter) {
    return session.techniques().stream().filter(filter).collect(Collectors.toList());
  }

  private static List<TechniqueApplication> applications(
      ClientRecord record, Predicate<TechniqueApplication> filter) {
    return record.sessions().stream()
        .flatMap(s -> s.techniques().stream())
        .filter(filter)
        .collect(Collectors.toList());
  }

  private static List<TriggerPointExamination> examinations(ClientRecord record) {
    return record.sessions().stream()
        .flatMap(s -> s.triggerPointExaminations().stream())
        .collect(Collectors.toList());
  }

  private static Map<TissueLocation, List<TriggerPointStatus>> statusesByLocation(
      ClientRecord record) {
    Map<TissueLocation, List<TriggerPointStatus>> byLocation = new LinkedHashMap<>();
    for (TriggerPointExamination exam : examinations(record)) {
      byLocation.computeIfAbsent(exam.location(), l -> new ArrayList<>()).add(exam.status());
    }
    return byLocation;
  }

  private static Map<TissueLocation, List<Double>> thresholdsByLocation(ClientRecord record) {
    Map<TissueLocation, List<Double>> byLocation = new LinkedHashMap<>();
    for (PressurePainThresholdReading reading :
        record.assessmentsOf(PressurePainThresholdReading.class)) {
      byLocation
          .computeIfAbsent(reading.location(), l -> new ArrayList<>())
          .add(reading.threshold().kilogramsPerSquareCentimetre());
    }
    return byLocation;
  }

  private static List<Double> scores(ClientRecord record, Questionnaire questionnaire) {
    return record.assessmentsOf(QuestionnaireScore.class).stream()
        .filter(q -> q.questionnaire() == questionnaire)
        .map(QuestionnaireScore::score)
        .collect(Collectors.toList());
  }

  private static Change change(Measure measure, double baseline, double followUp) {
    return MEASURES.get(measure).change(baseline, followUp);
  }

  /** Every location the record names: trigger points, technique targets and PPT sites. */
  private static List<TissueLocation> locations(ClientRecord record) {
    List<TissueLocation> locations = new ArrayList<>();
    examinations(record).forEach(e -> locations.add(e.location()));
    applications(record, a -> true).forEach(a -> locations.add(a.target()));
    record
        .assessmentsOf(PressurePainThresholdReading.class)
        .forEach(r -> locations.add(r.location()));
    return locations;
  }

  /** Every piece of free text in the record. */
  private static List<String> freeText(ClientRecord record) {
    List<String> texts = new ArrayList<>();
    record.intake().chiefComplaint().ifPresent(texts::add);
    for (Session session : record.sessions()) {
      session
          .note()
          .ifPresent(
              note -> {
                note.subjective().ifPresent(texts::add);
                note.objective().ifPresent(texts::add);
                note.assessment().ifPresent(texts::add);
                note.plan().ifPresent(texts::add);
              });
      session
          .response()
          .ifPresent(
              r ->
                  r.adverseEvents().stream()
                      .map(AdverseEvent::description)
                      .forEach(d -> d.ifPresent(texts::add)));
    }
    record.transitions().forEach(t -> t.justification().ifPresent(texts::add));
    return texts;
  }
}
