package org.nmt.cli.demo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import com.google.common.collect.ImmutableList;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.nmt.core.anatomy.Side;
import org.nmt.core.anatomy.TissueLocation;
import org.nmt.core.assessment.EnduranceTest;
import org.nmt.core.assessment.EnduranceTestKind;
import org.nmt.core.assessment.Joint;
import org.nmt.core.assessment.Movement;
import org.nmt.core.assessment.Plane;
import org.nmt.core.assessment.PressurePainThresholdReading;
import org.nmt.core.assessment.Questionnaire;
import org.nmt.core.assessment.QuestionnaireScore;
import org.nmt.core.assessment.RangeOfMotionMeasurement;
import org.nmt.core.assessment.StrengthGrade;
import org.nmt.core.assessment.StructuralEvaluation;
import org.nmt.core.measure.ThresholdResult;
import org.nmt.core.progress.ProgressReport;
import org.nmt.core.record.ClientRecord;
import org.nmt.core.record.StageTransition;
import org.nmt.core.record.TransitionKind;
import org.nmt.core.session.Session;
import org.nmt.core.session.TechniqueApplication;
import org.nmt.core.stage.Stage;
import org.nmt.core.technique.Technique;
import org.nmt.core.technique.TechniqueCatalog;
import org.nmt.core.trigger.TriggerPointExamination;
import org.nmt.io.json.Documents;
import org.nmt.protocol.course.Course;
import org.nmt.protocol.course.CourseState;
import org.nmt.protocol.course.GateDecision;
import org.nmt.protocol.criterion.CriterionResult;
import org.nmt.protocol.criterion.NoPainFlare;
import org.nmt.protocol.criterion.Outcome;
import org.nmt.protocol.definition.PainFlareRegression;
import org.nmt.protocol.definition.ProtocolDefinition;
import org.nmt.protocol.definition.Protocols;
import org.nmt.protocol.definition.RegressionTrigger;
import org.nmt.protocol.validation.PlanValidator;
import org.nmt.protocol.validation.RecordValidator;

class DemoCourseTest {
  private static final ProtocolDefinition SEEDS = Protocols.seeds();
  private static final DemoCourse DEFAULT = DemoCourse.generate(DemoCourse.DEFAULT_SEED);

  // ---------------------------------------------------------------- determinism

  @Test
  void theSameSeedGivesTheSameCourseAndDocuments() {
    DemoCourse again = DemoCourse.generate(DemoCourse.DEFAULT_SEED);
    assertEquals(DEFAULT.record(), again.record());
    assertEquals(DEFAULT.plan(), again.plan());
    assertArrayEquals(Documents.toBytes(DEFAULT.record()), Documents.toBytes(again.record()));
    assertArrayEquals(Documents.toBytes(DEFAULT.plan()), Documents.toBytes(again.plan()));
    qt().withFixedSeed(20261124L)
        .withExamples(50)
        .forAll(longs().all())
        .check(
            seed -> DemoCourse.generate(seed).record().equals(DemoCourse.generate(seed).record()));
  }

  @Test
  void differentSeedsGiveDifferentCourses() {
    Set<ClientRecord> records = new HashSet<>();
    Set<List<Integer>> pains = new HashSet<>();
    for (long seed = 0; seed < 40; seed++) {
      ClientRecord record = DemoCourse.generate(seed).record();
      records.add(record);
      pains.add(
          record.sessions().stream()
              .map(s -> s.painBefore().getAsInt())
              .collect(Collectors.toList()));
    }
    assertEquals(40, records.size(), "every seed its own record");
    assertTrue(pains.size() > 5, "pain trajectories vary: " + pains.size());
    assertNotEquals(DEFAULT.record(), DemoCourse.generate(1).record());
    assertNotEquals(DEFAULT.plan(), DemoCourse.generate(1).plan());
  }

  // ---------------------------------------------------------------- the protocol, every seed

  @Test
  void everySeedGivesACourseTheProtocolAndTheValidatorsAccept() {
    qt().withFixedSeed(20261124L)
        .withExamples(500)
        .forAll(longs().all())
        .checkAssert(seed -> checkCourse(DemoCourse.generate(seed)));
  }

  private static void checkCourse(DemoCourse demo) {
    ClientRecord record = demo.record();
    String seed = "seed " + demo.seed();
    assertEquals(ImmutableList.of(), RecordValidator.validate(SEEDS, record), seed);
    assertEquals(ImmutableList.of(), PlanValidator.validate(SEEDS, demo.plan()), seed);
    assertEquals(CourseState.DISCHARGED, Course.of(SEEDS, record).state(), seed);

    List<Stage> entered = new ArrayList<>();
    List<StageTransition> transitions = record.transitions();
    assertEquals(TransitionKind.START, transitions.get(0).kind(), seed);
    int regressions = 0;
    for (int i = 1; i < transitions.size(); i++) {
      StageTransition transition = transitions.get(i);
      Stage from = transition.fromStage().orElseThrow();
      Instant enteredAt = transitions.get(i - 1).at();
      transitions.get(i - 1).toStage().ifPresent(entered::add);
      if (transition.kind() == TransitionKind.GATE_PASSED) {
        GateDecision decision = Course.decide(SEEDS, record, from, enteredAt, transition.at());
        assertTrue(decision.passed(), seed + " " + transition + ": " + decision.unmet());
        assertEquals(decision.nextStage(), transition.toStage(), seed);
        assertEquals(
            ImmutableList.of(),
            Course.regressions(SEEDS, record, from, enteredAt, transition.at()),
            seed + ": no rule fires on an advance");
      } else {
        assertEquals(TransitionKind.REGRESSION, transition.kind(), seed + " " + transition);
        regressions++;
        assertEquals(Stage.STRUCTURAL_CORRECTION, from, seed);
        assertEquals(Optional.of(Stage.PAIN_ELIMINATION), transition.toStage(), seed);
        assertEquals(Optional.of(PainFlareRegression.ID), transition.trigger(), seed);
        List<String> fired =
            Course.regressions(SEEDS, record, from, enteredAt, transition.at()).stream()
                .map(t -> t.rule().id())
                .collect(Collectors.toList());
        assertTrue(fired.contains(PainFlareRegression.ID), seed + " " + fired);
        GateDecision atFlare = Course.decide(SEEDS, record, from, enteredAt, transition.at());
        assertTrue(atFlare.unmetIds().contains(NoPainFlare.ID), seed);
      }
    }
    assertEquals(1, regressions, seed + ": exactly one pain flare");
    assertTrue(transitions.get(transitions.size() - 1).isDischarge(), seed);
    assertEquals(
        ImmutableList.of(
            Stage.PAIN_ELIMINATION,
            Stage.STRUCTURAL_CORRECTION,
            Stage.PAIN_ELIMINATION,
            Stage.STRUCTURAL_CORRECTION,
            Stage.FLEXIBILITY,
            Stage.STRENGTH,
            Stage.ENDURANCE),
        entered,
        seed);

    // Sessions: 30 to 90 minutes, one a day on weekdays, techniques that serve the stage.
    Set<LocalDate> days = new HashSet<>();
    for (Session session : record.sessions()) {
      assertTrue(session.hasTypicalDuration(), seed + " " + session.id());
      LocalDate day = LocalDate.ofInstant(session.start(), ZoneOffset.UTC);
      assertTrue(days.add(day), seed + ": one session a day");
      assertTrue(day.getDayOfWeek().getValue() <= 5, seed + ": weekday " + day);
      for (TechniqueApplication application : session.techniques()) {
        assertTrue(
            TechniqueCatalog.standard().profile(application.technique()).serves(session.stage()),
            seed + " " + application);
      }
    }

    // Pain falls from about 7: baseline 6 to 8, latest at most 2, a flare of 2 or more points.
    List<Integer> pain =
        record.sessions().stream().map(s -> s.painBefore().getAsInt()).collect(Collectors.toList());
    assertTrue(pain.get(0) >= 6 && pain.get(0) <= 8, seed + " " + pain);
    assertTrue(pain.get(pain.size() - 1) <= 2, seed + " " + pain);
    assertEquals(
        ThresholdResult.REACHED,
        ProgressReport.of(record).pain().change().orElseThrow().mcid(),
        seed + ": pain reduced by at least the NPRS MCID");

    checkDosing(seed, record);
    checkThresholds(seed, record);
  }

  /**
   * Ischemic compression at most 60 s with a rest day after the first treatment and then alternate
   * days; stretches held 30 s.
   */
  private static void checkDosing(String seed, ClientRecord record) {
    Map<String, LocalDate> lastCompression = new HashMap<>();
    for (Session session : record.sessions()) {
      LocalDate day = LocalDate.ofInstant(session.start(), ZoneOffset.UTC);
      for (TechniqueApplication application : session.techniques()) {
        if (application.technique() == Technique.ISCHEMIC_COMPRESSION) {
          assertTrue(
              application.holdTime().orElseThrow().compareTo(Duration.ofSeconds(60)) <= 0, seed);
          int intensity = application.reportedIntensity().getAsInt();
          assertTrue(intensity >= 7 && intensity <= 8, seed + " intensity " + intensity);
          LocalDate before = lastCompression.put(application.target().muscleId(), day);
          assertTrue(
              before == null || ChronoUnit.DAYS.between(before, day) >= 2,
              seed + ": " + application.target() + " on " + before + " and " + day);
        }
        if (application.technique() == Technique.PASSIVE_STRETCHING
            || application.technique() == Technique.ACTIVE_STRETCHING) {
          assertEquals(Optional.of(Duration.ofSeconds(30)), application.holdTime(), seed);
        }
      }
    }
  }

  /**
   * Pressure pain thresholds at the treated points end more than the MDC above where they began.
   */
  private static void checkThresholds(String seed, ClientRecord record) {
    Map<TissueLocation, List<Double>> byPoint = new HashMap<>();
    for (PressurePainThresholdReading reading :
        record.assessmentsOf(PressurePainThresholdReading.class)) {
      byPoint
          .computeIfAbsent(reading.location(), l -> new ArrayList<>())
          .add(reading.threshold().kilogramsPerSquareCentimetre());
    }
    assertEquals(4, byPoint.size(), seed);
    byPoint.forEach(
        (point, values) -> {
          double rise = values.get(values.size() - 1) - values.get(0);
          assertTrue(rise > 0.62, seed + " " + point + " " + values);
          assertTrue(values.get(0) >= 1.9 && values.get(0) <= 3.0, seed + " " + values);
        });
  }

  // ---------------------------------------------------------------- the clinical content

  @Test
  void theHikerIsExaminedTreatedAndMeasuredAsTheSeedDescribes() {
    ClientRecord record = DEFAULT.record();
    Set<String> examined = new HashSet<>();
    for (Session session : record.sessions()) {
      for (TriggerPointExamination exam : session.triggerPointExaminations()) {
        examined.add(exam.location().toString());
      }
    }
    assertEquals(
        Set.of(
            TissueLocation.of("gastrocnemius", Side.RIGHT, "medial-head").toString(),
            TissueLocation.of("soleus", Side.RIGHT).toString(),
            TissueLocation.of("vastus-lateralis", Side.RIGHT).toString(),
            TissueLocation.of("rectus-femoris", Side.RIGHT).toString(),
            TissueLocation.of("tensor-fasciae-latae", Side.RIGHT).toString(),
            TissueLocation.of("gluteus-medius", Side.RIGHT).toString(),
            TissueLocation.of("gluteus-minimus", Side.RIGHT).toString()),
        examined);

    assertTrue(
        record.sessions().stream()
            .flatMap(s -> s.techniques().stream())
            .anyMatch(
                t ->
                    t.technique() == Technique.MYOFASCIAL_RELEASE
                        && t.target().muscleId().equals("iliotibial-band")),
        "myofascial release of the IT band");

    Set<Plane> planes = EnumSet.noneOf(Plane.class);
    record
        .assessmentsOf(StructuralEvaluation.class)
        .forEach(e -> planes.addAll(e.planesEvaluated()));
    assertEquals(EnumSet.allOf(Plane.class), planes);

    Set<String> motions = new HashSet<>();
    for (RangeOfMotionMeasurement m : record.assessmentsOf(RangeOfMotionMeasurement.class)) {
      motions.add(m.joint().id() + " " + m.movement().id() + " " + m.side().id());
    }
    assertEquals(
        Set.of(
            "ankle dorsiflexion left",
            "ankle dorsiflexion right",
            "hip flexion left",
            "hip flexion right",
            "knee flexion left",
            "knee flexion right"),
        motions);
    assertEquals(Joint.ANKLE, record.assessmentsOf(RangeOfMotionMeasurement.class).get(0).joint());

    List<StrengthGrade> grades = record.assessmentsOf(StrengthGrade.class);
    assertEquals(4, grades.get(0).grade());
    assertEquals(5, grades.get(grades.size() - 1).grade());
    assertTrue(
        grades.stream().anyMatch(g -> g.movement().equals(Optional.of(Movement.PLANTARFLEXION))));

    List<EnduranceTest> heelRaises = record.assessmentsOf(EnduranceTest.class);
    assertTrue(heelRaises.size() >= 3);
    for (int i = 1; i < heelRaises.size(); i++) {
      assertEquals(EnduranceTestKind.SINGLE_LEG_HEEL_RAISE, heelRaises.get(i).test());
      assertTrue(heelRaises.get(i).value() > heelRaises.get(i - 1).value(), "heel raises improve");
    }

    List<QuestionnaireScore> lefs = record.assessmentsOf(QuestionnaireScore.class);
    assertTrue(lefs.stream().allMatch(q -> q.questionnaire() == Questionnaire.LEFS));
    assertTrue(
        lefs.get(lefs.size() - 1).score() - lefs.get(0).score() >= 9, "LEFS beyond its MCID of 9");
    assertEquals(5, record.signOffs().stream().map(s -> s.stage()).distinct().count());
    assertEquals(6, record.signOffs().size(), "pain elimination is signed off twice");
  }

  @Test
  void theRegressionIsThePainFlareAndTheRuleFiresThroughTheCourse() {
    ClientRecord record = DEFAULT.record();
    StageTransition regression =
        record.transitions().stream()
            .filter(t -> t.kind() == TransitionKind.REGRESSION)
            .findFirst()
            .orElseThrow();
    int index = record.transitions().indexOf(regression);
    ClientRecord before =
        ClientRecord.builder()
            .from(record)
            .transitions(record.transitions().subList(0, index))
            .signOffs(
                record.signOffs().stream()
                    .filter(s -> !s.at().isAfter(regression.at()))
                    .collect(Collectors.toList()))
            .sessions(
                record.sessions().stream()
                    .filter(s -> s.start().isBefore(regression.at()))
                    .collect(Collectors.toList()))
            .build();
    Course course = Course.of(SEEDS, before);
    assertEquals(Optional.of(Stage.STRUCTURAL_CORRECTION), course.currentStage());
    RegressionTrigger trigger = course.regression(regression.at()).orElseThrow();
    assertEquals(PainFlareRegression.ID, trigger.rule().id(), "the first rule in rule order");
    assertEquals(
        regression,
        course.regress(regression.at(), DemoCourse.THERAPIST, trigger).history().get(index));
    assertFalse(course.decision(regression.at()).passed());
    CriterionResult flare =
        course.decision(regression.at()).results().stream()
            .filter(r -> r.criterion().id().equals(NoPainFlare.ID))
            .findFirst()
            .orElseThrow();
    assertEquals(Outcome.NOT_MET, flare.outcome());
  }

  @Test
  void thePlanCoversEveryStageFromTheIntakeOnwards() {
    assertEquals(
        SEEDS.stages(),
        DEFAULT.plan().sessions().stream()
            .map(s -> s.stage())
            .distinct()
            .collect(Collectors.toList()));
    assertEquals(DEFAULT.record().client(), DEFAULT.plan().client());
    assertEquals(DEFAULT.record().intake(), DEFAULT.plan().intake());
    assertTrue(
        DEFAULT
            .plan()
            .sessions()
            .get(0)
            .start()
            .isAfter(DEFAULT.record().intake().takenOn().atStartOfDay().toInstant(ZoneOffset.UTC)));
  }

  @Test
  void toStringNamesTheSeedAndClientOnly() {
    assertEquals("DemoCourse{seed 0, client hiker-001}", DEFAULT.toString());
  }
}
