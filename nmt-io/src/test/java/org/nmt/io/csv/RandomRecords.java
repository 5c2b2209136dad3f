package org.nmt.io.csv;

import static org.nmt.io.csv.Records.endurance;
import static org.nmt.io.csv.Records.exam;
import static org.nmt.io.csv.Records.movementGrade;
import static org.nmt.io.csv.Records.muscleGrade;
import static org.nmt.io.csv.Records.pain;
import static org.nmt.io.csv.Records.ppt;
import static org.nmt.io.csv.Records.record;
import static org.nmt.io.csv.Records.rom;
import static org.nmt.io.csv.Records.score;
import static org.nmt.io.csv.Records.session;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import com.google.common.collect.ImmutableList;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.nmt.core.anatomy.Side;
import org.nmt.core.anatomy.TissueLocation;
import org.nmt.core.assessment.Assessment;
import org.nmt.core.assessment.EnduranceTestKind;
import org.nmt.core.assessment.EnduranceUnit;
import org.nmt.core.assessment.Joint;
import org.nmt.core.assessment.MotionMode;
import org.nmt.core.assessment.Movement;
import org.nmt.core.assessment.PainContext;
import org.nmt.core.assessment.PainScale;
import org.nmt.core.assessment.Plane;
import org.nmt.core.assessment.PosturalDeviation;
import org.nmt.core.assessment.PosturalFinding;
import org.nmt.core.assessment.PressurePainThreshold;
import org.nmt.core.assessment.Questionnaire;
import org.nmt.core.assessment.StructuralEvaluation;
import org.nmt.core.id.AssessmentId;
import org.nmt.core.measure.Measure;
import org.nmt.core.record.ClientRecord;
import org.nmt.core.session.Session;
import org.nmt.core.stage.Stage;
import org.nmt.core.trigger.TriggerPointExamination;
import org.nmt.core.trigger.TriggerPointStatus;
import org.quicktheories.core.Gen;

/**
 * Random small client records with every kind of measurement, in and outside sessions: pain ratings
 * on both scales, pressure pain thresholds of one to four readings, ranges of motion with and
 * without a standard norm, strength of muscles and movements, every endurance test, every
 * questionnaire, structural evaluations of zero to three findings, and sessions with or without
 * pain before and after and with zero to two trigger point examinations.
 */
final class RandomRecords {
  private static final ImmutableList<TissueLocation> LOCATIONS =
      ImmutableList.of(
          TissueLocation.of("upper-trapezius", Side.LEFT, "tp1"),
          TissueLocation.of("levator-scapulae", Side.RIGHT),
          TissueLocation.of("gluteus-medius", Side.BILATERAL));
  private static final Instant START = Instant.parse("2026-03-02T09:00:00Z");

  private RandomRecords() {}

  /** Records of up to {@code maxEvents} events. */
  static Gen<ClientRecord> records(int maxEvents) {
    Gen<int[]> event =
        integers()
            .between(0, 8)
            .zip(
                integers().between(0, 20),
                integers().between(0, 3),
                integers().between(0, 1000),
                integers().between(0, 1000),
                (kind, day, slot, a, b) -> new int[] {kind, day, slot, a, b});
    return lists().of(event).ofSizeBetween(0, maxEvents).map(RandomRecords::toRecord);
  }

  private static ClientRecord toRecord(List<int[]> events) {
    List<Assessment> outside = new ArrayList<>();
    List<Session> sessions = new ArrayList<>();
    for (int i = 0; i < events.size(); i++) {
      int[] e = events.get(i);
      Instant time = START.plus(Duration.ofDays(e[1])).plus(Duration.ofMinutes(90L * e[2]));
      if (e[0] < 7) {
        outside.add(assessment(e[0], "a" + i, time, e[3], e[4]));
      } else {
        sessions.add(randomSession(i, time, e[3], e[4]));
      }
    }
    sessions.sort(Comparator.comparing(Session::start));
    return record().addAllAssessments(outside).addAllSessions(sessions).build();
  }

  private static Assessment assessment(int kind, String id, Instant time, int a, int b) {
    String at = time.toString();
    switch (kind) {
      case 0:
        return pain(
            id,
            at,
            PainScale.values()[a % 2],
            PainContext.values()[b % 3],
            b % (PainScale.values()[a % 2].maximum() + 1));
      case 1:
        double[] readings = new double[1 + a % 4];
        for (int r = 0; r < readings.length; r++) {
          readings[r] = 0.5 + ((b + 7 * r) % 60) / 10.0;
        }
        return ppt(id, at, LOCATIONS.get(a % 3), readings);
      case 2:
        Joint joint = Joint.values()[a % Joint.values().length];
        Movement movement = b % 2 == 0 ? Movement.FLEXION : Movement.EXTENSION;
        return rom(
            id,
            at,
            joint,
            movement,
            joint.isSpinal() ? Side.MIDLINE : b % 4 < 2 ? Side.LEFT : Side.RIGHT,
            MotionMode.values()[a % 2],
            (b % 1801) / 10.0);
      case 3:
        return a % 2 == 0
            ? muscleGrade(id, at, "gluteus-medius", Side.values()[b % 4], b % 6)
            : movementGrade(id, at, Joint.HIP, Movement.ABDUCTION, Side.values()[b % 2], b % 6);
      case 4:
        EnduranceTestKind test = EnduranceTestKind.values()[a % EnduranceTestKind.values().length];
        double value = b % (int) test.maximum();
        return endurance(
            id,
            at,
            test,
            Side.values()[a % 4],
            test.unit() == EnduranceUnit.SECONDS ? value + 0.5 : value);
      case 5:
        Questionnaire questionnaire = Questionnaire.values()[a % Questionnaire.values().length];
        Measure measure = questionnaire.measure();
        return score(
            id, at, questionnaire, measure.minimum() + (b % 11) * measure.maximum() / 10.0);
      default:
        StructuralEvaluation.Builder evaluation = StructuralEvaluation.builder();
        evaluation.id(AssessmentId.of(id)).takenAt(time).addPlanesEvaluated(Plane.values());
        for (int f = 0; f < a % 4; f++) {
          PosturalFinding.Builder finding = PosturalFinding.builder();
          finding
              .deviation(PosturalDeviation.values()[(b + f) % PosturalDeviation.values().length])
              .value(((b * (f + 1)) % 721) / 2.0 - 180);
          if ((b + f) % 2 == 0) {
            finding.side(Side.values()[f % 4]);
          }
          evaluation.addFindings(finding.build());
        }
        return evaluation.build();
    }
  }

  private static Session randomSession(int index, Instant start, int a, int b) {
    Session.Builder session =
        session("s" + index, start.toString(), 60, Stage.values()[a % Stage.values().length]);
    if (a % 12 < 11) {
      session.painBefore(a % 11);
    }
    if (b % 12 < 11) {
      session.painAfter(b % 11);
    }
    for (int j = 0; j < (a + b) % 3; j++) {
      TriggerPointExamination.Builder exam =
          exam(LOCATIONS.get((a + j) % 3), TriggerPointStatus.values()[(b + j) % 3]);
      if ((a + j) % 2 == 0) {
        exam.palpationPain((b + j) % 11);
      }
      if ((b + j) % 3 == 0) {
        exam.pressurePainThreshold(
            PressurePainThreshold.ofKilogramsPerSquareCentimetre(0.5 + (a % 20) / 4.0));
      }
      session.addTriggerPointExaminations(exam.build());
    }
    for (int j = 0; j < b % 3; j++) {
      Instant inside = start.plus(Duration.ofMinutes(50 - 20L * j));
      session.addAssessments(assessment((a + j) % 7, "s" + index + "-" + j, inside, b, a + j));
    }
    return session.build();
  }
}
