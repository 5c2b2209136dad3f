package org.nmt.protocol.criterion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.nmt.core.anatomy.Side.LEFT;
import static org.nmt.core.anatomy.Side.RIGHT;
import static org.nmt.protocol.TestRecords.GASTROCNEMIUS;
import static org.nmt.protocol.TestRecords.TRAPEZIUS;
import static org.nmt.protocol.TestRecords.assessmentIds;
import static org.nmt.protocol.TestRecords.at;
import static org.nmt.protocol.TestRecords.day;
import static org.nmt.protocol.TestRecords.evening;
import static org.nmt.protocol.TestRecords.record;
import static org.nmt.protocol.TestRecords.strength;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.nmt.core.anatomy.Side;
import org.nmt.core.assessment.Assessment;
import org.nmt.core.assessment.Joint;
import org.nmt.core.assessment.Movement;
import org.nmt.core.assessment.StrengthGrade;
import org.nmt.core.id.AssessmentId;
import org.nmt.core.record.RecordedAssessment;
import org.nmt.core.stage.Stage;

class StrengthRestoredTest {
  private static final StrengthRestored FIVE = StrengthRestored.of(5);

  private static CriterionResult evaluate(StrengthRestored criterion, Assessment... all) {
    return criterion.evaluate(
        StageContext.of(record().addAssessments(all).build(), Stage.STRENGTH, day(1), evening(9)));
  }

  private static CriterionResult evaluate(Assessment... all) {
    return evaluate(FIVE, all);
  }

  @Test
  void everythingAtTheGradeIsMet() {
    CriterionResult result =
        evaluate(
            strength("g1", at(2, 11), TRAPEZIUS, LEFT, 5),
            strength("g2", at(2, 11), Joint.SHOULDER, Movement.ABDUCTION, RIGHT, 5));
    assertEquals(Outcome.MET, result.outcome());
    assertEquals("2 graded at target", result.observed());
    assertEquals("MRC grade >= 5 in everything graded", result.required());
    assertEquals(assessmentIds("g1", "g2"), result.assessments());
  }

  @Test
  void aGradeBelowIsNotMet() {
    CriterionResult result =
        evaluate(
            strength("g1", at(2, 11), TRAPEZIUS, LEFT, 4),
            strength("g2", at(2, 11), Joint.SHOULDER, Movement.ABDUCTION, RIGHT, 3));
    assertEquals(Outcome.NOT_MET, result.outcome());
    assertEquals(
        "below grade: [upper-trapezius left 4, shoulder abduction right 3]", result.observed());
    assertEquals(assessmentIds("g1", "g2"), result.assessments());
  }

  @Test
  void theLatestGradeCountsPerSide() {
    CriterionResult result =
        evaluate(
            strength("g1", at(2, 11), TRAPEZIUS, LEFT, 3),
            strength("g2", at(2, 11), TRAPEZIUS, RIGHT, 5),
            strength("g3", at(5, 11), TRAPEZIUS, LEFT, 5));
    assertEquals(Outcome.MET, result.outcome());
    assertEquals(assessmentIds("g3", "g2"), result.assessments());
  }

  @Test
  void theMusclesFilterLimitsWhatCounts() {
    StrengthRestored calves = StrengthRestored.builder().grade(5).addMuscles(GASTROCNEMIUS).build();
    CriterionResult result =
        evaluate(
            calves,
            strength("g1", at(2, 11), TRAPEZIUS, LEFT, 2),
            strength("g2", at(2, 11), Joint.ANKLE, Movement.PLANTARFLEXION, LEFT, 2),
            strength("g3", at(2, 11), GASTROCNEMIUS, LEFT, 5));
    assertEquals(Outcome.MET, result.outcome());
    assertEquals("MRC grade >= 5 in [gastrocnemius]", result.required());
    assertEquals(assessmentIds("g3"), result.assessments());
    CriterionResult none = evaluate(calves, strength("g1", at(2, 11), TRAPEZIUS, LEFT, 5));
    assertEquals(Outcome.NOT_ASSESSABLE, none.outcome());
    assertEquals("no strength graded", none.observed());
  }

  @Test
  void aLowerGradeTargetIsMetByIt() {
    assertEquals(
        Outcome.MET,
        evaluate(StrengthRestored.of(4), strength("g1", at(2, 11), TRAPEZIUS, LEFT, 4)).outcome());
  }

  @Test
  void nothingGradedIsNotAssessable() {
    CriterionResult result = evaluate();
    assertEquals(Outcome.NOT_ASSESSABLE, result.outcome());
    assertEquals("no strength graded", result.observed());
  }

  @Test
  void gradeMustBeWithinZeroToFive() {
    assertEquals("strength-restored", FIVE.id());
    assertEquals(0, StrengthRestored.of(0).grade());
    assertEquals(
        "strength-restored: grade must be within 0..5: 6",
        assertThrows(IllegalArgumentException.class, () -> StrengthRestored.of(6)).getMessage());
    assertEquals(
        "strength-restored: grade must be within 0..5: -1",
        assertThrows(IllegalArgumentException.class, () -> StrengthRestored.of(-1)).getMessage());
  }

  /** The grades of the property test, by index: muscles and joint movements on both sides. */
  private static StrengthGrade grade(int index, int target, int day, int grade) {
    String id = "g" + index;
    Instant at = at(day, 10 + index % 8);
    Side side = target % 2 == 0 ? LEFT : RIGHT;
    switch (target / 2) {
      case 0:
        return strength(id, at, TRAPEZIUS, side, grade);
      case 1:
        return strength(id, at, GASTROCNEMIUS, side, grade);
      case 2:
        return strength(id, at, Joint.SHOULDER, Movement.ABDUCTION, side, grade);
      default:
        return strength(id, at, Joint.ANKLE, Movement.PLANTARFLEXION, side, grade);
    }
  }

  /** The criterion as first written: grades keyed by their description. */
  private static List<Object> describedByStrings(
      StrengthRestored criterion, List<RecordedAssessment> assessments) {
    Map<String, StrengthGrade> latest = new LinkedHashMap<>();
    for (RecordedAssessment recorded : assessments) {
      if (recorded.assessment() instanceof StrengthGrade) {
        StrengthGrade g = (StrengthGrade) recorded.assessment();
        if (criterion.muscles().isEmpty()
            || g.muscleId().map(criterion.muscles()::contains).orElse(false)) {
          String target =
              g.muscleId().orElseGet(() -> g.joint().get().id() + " " + g.movement().get().id())
                  + " "
                  + g.side().id();
          latest.put(target, g);
        }
      }
    }
    return List.of(
        latest.keySet().stream().collect(Collectors.toList()),
        latest.values().stream().map(StrengthGrade::id).collect(Collectors.toList()),
        latest.values().stream().map(StrengthGrade::grade).collect(Collectors.toList()));
  }

  @Test
  void keyingGradesByTargetAgreesWithKeyingThemByDescription() {
    StrengthRestored calves = StrengthRestored.builder().grade(4).addMuscles(GASTROCNEMIUS).build();
    qt().withFixedSeed(20261124L)
        .withExamples(1000)
        .forAll(
            lists().of(integers().between(0, 8 * 10 * 6 - 1)).ofSizeBetween(0, 20),
            integers().between(0, 1))
        .checkAssert(
            (specs, which) -> {
              StrengthRestored criterion = which == 0 ? FIVE : calves;
              List<Assessment> grades = new ArrayList<>();
              for (int i = 0; i < specs.size(); i++) {
                int spec = specs.get(i);
                grades.add(grade(i, spec % 8, spec / 8 % 10, spec / 80));
              }
              StageContext context =
                  StageContext.of(
                      record().addAllAssessments(grades).build(),
                      Stage.STRENGTH,
                      day(1),
                      evening(9));
              CriterionResult result = criterion.evaluate(context);
              List<Object> expected = describedByStrings(criterion, context.assessments());
              @SuppressWarnings("unchecked")
              List<AssessmentId> ids = (List<AssessmentId>) expected.get(1);
              assertEquals(ids, result.assessments());
              if (ids.isEmpty()) {
                assertEquals(Outcome.NOT_ASSESSABLE, result.outcome());
              } else {
                @SuppressWarnings("unchecked")
                List<String> targets = (List<String>) expected.get(0);
                @SuppressWarnings("unchecked")
                List<Integer> values = (List<Integer>) expected.get(2);
                List<String> weak = new ArrayList<>();
                for (int k = 0; k < targets.size(); k++) {
                  if (values.get(k) < criterion.grade()) {
                    weak.add(targets.get(k) + " " + values.get(k));
                  }
                }
                assertEquals(
                    weak.isEmpty() ? targets.size() + " graded at target" : "below grade: " + weak,
                    result.observed());
              }
            });
  }
}
