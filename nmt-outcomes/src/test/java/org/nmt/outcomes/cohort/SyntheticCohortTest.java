package org.nmt.outcomes.cohort;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import java.time.Duration;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.nmt.core.assessment.Assessment;
import org.nmt.core.assessment.EnduranceTest;
import org.nmt.core.assessment.PressurePainThreshold;
import org.nmt.core.assessment.PressurePainThresholdReading;
import org.nmt.core.assessment.Questionnaire;
import org.nmt.core.assessment.QuestionnaireScore;
import org.nmt.core.assessment.RangeOfMotionMeasurement;
import org.nmt.core.assessment.RangeOfMotionNorms;
import org.nmt.core.assessment.StrengthGrade;
import org.nmt.core.client.ActivityProfile;
import org.nmt.core.client.Condition;
import org.nmt.core.record.ClientRecord;
import org.nmt.core.record.StageTransition;
import org.nmt.core.record.TransitionKind;
import org.nmt.core.session.Session;
import org.nmt.protocol.course.Course;
import org.nmt.protocol.course.CourseState;
import org.nmt.protocol.definition.ProtocolDefinition;
import org.nmt.protocol.definition.Protocols;
import org.nmt.protocol.validation.Finding;
import org.nmt.protocol.validation.RecordValidator;

class SyntheticCohortTest {
  private static final long SEED = 20261124L;
  private static final ImmutableList<ClientRecord> COHORT =
      SyntheticCohort.generate(SEED, 300).collect(ImmutableList.toImmutableList());

  @Test
  void theSameSeedGivesTheSameCohortAndEachClientStandsAlone() {
    assertEquals(
        COHORT.subList(0, 20), SyntheticCohort.generate(SEED, 20).collect(Collectors.toList()));
    assertEquals(COHORT.get(137), SyntheticCohort.client(SEED, 137));
    assertNotEquals(COHORT.get(0), SyntheticCohort.client(SEED + 1, 0));
    assertEquals("syn-000137", COHORT.get(137).client().id().value());
  }

  @Test
  void theStreamIsLazy() {
    AtomicInteger built = new AtomicInteger();
    List<ClientRecord> first =
        SyntheticCohort.generate(SEED, SyntheticCohort.MAXIMUM_SIZE)
            .peek(r -> built.incrementAndGet())
            .limit(3)
            .collect(Collectors.toList());
    assertEquals(COHORT.subList(0, 3), first);
    assertEquals(3, built.get(), "only the clients consumed are built");
  }

  @Test
  void everyCourseValidatesWithoutFindings() {
    for (ClientRecord record : COHORT) {
      ImmutableList<Finding> findings = RecordValidator.validate(Protocols.seeds(), record);
      assertEquals(List.of(), findings, record.client().id().value());
    }
  }

  @Test
  void coursesCanFollowAnotherProtocolDefinition() {
    ProtocolDefinition stJohn = Protocols.stJohn();
    SyntheticCohort.generate(SEED, 40, stJohn)
        .forEach(
            record ->
                assertEquals(
                    List.of(),
                    RecordValidator.validate(stJohn, record),
                    record.client().id().value()));
  }

  @Test
  void coursesAdvanceOverrideRegressAndSomeAreNotDischarged() {
    int discharged = 0;
    int open = 0;
    int overrides = 0;
    int regressions = 0;
    int passages = 0;
    for (ClientRecord record : COHORT) {
      CourseState state = Course.of(Protocols.seeds(), record).state();
      if (state == CourseState.DISCHARGED) {
        discharged++;
      } else {
        open++;
      }
      for (StageTransition transition : record.transitions()) {
        overrides += transition.kind() == TransitionKind.OVERRIDE ? 1 : 0;
        regressions += transition.kind() == TransitionKind.REGRESSION ? 1 : 0;
        passages += transition.kind() == TransitionKind.GATE_PASSED ? 1 : 0;
        if (transition.kind() == TransitionKind.OVERRIDE) {
          assertTrue(transition.justification().isPresent());
        }
      }
    }
    System.out.printf(
        "synthetic cohort of %d: %d discharged, %d not, %d gate passages, %d overrides, %d"
            + " regressions%n",
        COHORT.size(), discharged, open, passages, overrides, regressions);
    assertTrue(discharged > COHORT.size() * 0.4 && discharged < COHORT.size() * 0.85);
    assertTrue(open > COHORT.size() * 0.15);
    assertTrue(overrides > 20 && overrides < passages / 4, "overrides: " + overrides);
    assertTrue(regressions > 20 && regressions < COHORT.size() / 2, "regressions: " + regressions);
  }

  @Test
  void clientsVaryInProfileConditionAndMeasures() {
    Set<ActivityProfile> profiles = EnumSet.noneOf(ActivityProfile.class);
    Set<Condition> conditions = EnumSet.noneOf(Condition.class);
    Set<Questionnaire> questionnaires = EnumSet.noneOf(Questionnaire.class);
    Set<Integer> birthYears = new HashSet<>();
    for (ClientRecord record : COHORT) {
      profiles.addAll(record.client().activityProfiles());
      conditions.addAll(record.client().presentingConditions());
      birthYears.add(record.client().birthYear().getAsInt());
      record
          .assessmentsOf(QuestionnaireScore.class)
          .forEach(q -> questionnaires.add(q.questionnaire()));
    }
    assertEquals(EnumSet.allOf(ActivityProfile.class), profiles);
    assertEquals(
        EnumSet.of(
            Condition.CHRONIC_NECK_PAIN,
            Condition.TENSION_HEADACHE,
            Condition.LOW_BACK_PAIN,
            Condition.CHRONIC_BACK_PAIN,
            Condition.SCIATICA,
            Condition.KNEE_PAIN,
            Condition.ILIOTIBIAL_BAND_SYNDROME,
            Condition.PLANTAR_FASCIITIS,
            Condition.SPORTS_INJURY,
            Condition.CHRONIC_SHOULDER_PAIN,
            Condition.CARPAL_TUNNEL_SYNDROME,
            Condition.REPETITIVE_STRAIN_INJURY,
            Condition.MYOFASCIAL_PAIN_SYNDROME),
        conditions);
    assertEquals(EnumSet.allOf(Questionnaire.class), questionnaires);
    assertTrue(birthYears.size() > 30);
  }

  @Test
  void valuesStayWithinTheReferenceRanges() {
    RangeOfMotionNorms norms = RangeOfMotionNorms.standard();
    for (ClientRecord record : COHORT) {
      for (Session session : record.sessions()) {
        assertTrue(session.hasTypicalDuration(), session.id().value());
        assertTrue(session.painBefore().getAsInt() <= 10);
      }
      for (int i = 1; i < record.sessions().size(); i++) {
        Duration gap =
            Duration.between(
                record.sessions().get(i - 1).start(), record.sessions().get(i).start());
        assertTrue(gap.toHours() >= 24, "one session a day at most");
      }
      for (Assessment assessment : record.assessmentsOf(Assessment.class)) {
        if (assessment instanceof RangeOfMotionMeasurement) {
          RangeOfMotionMeasurement rom = (RangeOfMotionMeasurement) assessment;
          double percent = rom.percentOfNorm(norms);
          assertTrue(percent >= 40 && percent <= 110 + 1e-9, rom.id() + " " + percent);
        } else if (assessment instanceof PressurePainThresholdReading) {
          PressurePainThresholdReading ppt = (PressurePainThresholdReading) assessment;
          assertEquals(3, ppt.readings().size());
          for (PressurePainThreshold reading : ppt.readings()) {
            assertTrue(reading.kilogramsPerSquareCentimetre() >= 0.5);
            assertTrue(reading.kilogramsPerSquareCentimetre() <= 15);
          }
        } else if (assessment instanceof StrengthGrade) {
          int grade = ((StrengthGrade) assessment).grade();
          assertTrue(grade >= 3 && grade <= 5);
        } else if (assessment instanceof EnduranceTest) {
          EnduranceTest test = (EnduranceTest) assessment;
          assertTrue(test.value() <= test.test().maximum());
        } else if (assessment instanceof QuestionnaireScore) {
          QuestionnaireScore score = (QuestionnaireScore) assessment;
          if (score.questionnaire() == Questionnaire.ODI) {
            assertEquals(0, score.score() % 2, "ODI is scored in steps of 2 %");
          }
        }
      }
    }
  }

  @Test
  void rejectsSizesAndIndicesOutOfRange() {
    assertEquals(
        "size must be within 0..1000000: -1",
        assertThrows(IllegalArgumentException.class, () -> SyntheticCohort.generate(1, -1))
            .getMessage());
    assertEquals(
        "index must be within 0..999999: 1000000",
        assertThrows(IllegalArgumentException.class, () -> SyntheticCohort.client(1, 1_000_000))
            .getMessage());
  }
}
