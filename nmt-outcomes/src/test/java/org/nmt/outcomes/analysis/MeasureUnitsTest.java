package org.nmt.outcomes.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.nmt.core.assessment.Assessment;
import org.nmt.core.assessment.PainContext;
import org.nmt.core.assessment.PainRating;
import org.nmt.core.assessment.PainScale;
import org.nmt.core.assessment.PressurePainThresholdReading;
import org.nmt.core.assessment.Questionnaire;
import org.nmt.core.assessment.QuestionnaireScore;
import org.nmt.core.assessment.RangeOfMotionMeasurement;
import org.nmt.core.id.AssessmentId;
import org.nmt.core.measure.Measure;
import org.nmt.core.progress.DataPoint;
import org.nmt.core.progress.ProgressReport;
import org.nmt.core.progress.RangeOfMotionProgress;
import org.nmt.core.progress.Series;
import org.nmt.core.record.ClientRecord;
import org.nmt.core.record.RecordedAssessment;
import org.nmt.core.scenario.SeedScenarios;
import org.nmt.core.session.Session;
import org.nmt.outcomes.cohort.SyntheticCohort;

/**
 * The units of {@link MeasureUnits} against the straightforward derivation they replace: the series
 * of the record's {@link ProgressReport} (and the VAS ratings of {@link
 * ClientRecord#allAssessments} for the VAS, which the report does not keep), sorted by time, read
 * from the front.
 */
class MeasureUnitsTest {
  private static final OutcomeAnalysis ANALYSIS = OutcomeAnalysis.standard();
  private static final Instant EPOCH = Instant.parse("2026-01-05T09:00:00Z");

  /** The VAS ratings of pain now among all of the record's assessments, in their time order. */
  private static List<DataPoint> vas(ClientRecord record) {
    List<DataPoint> vas = new ArrayList<>();
    for (RecordedAssessment recorded : record.allAssessments()) {
      if (recorded.assessment() instanceof PainRating) {
        PainRating rating = (PainRating) recorded.assessment();
        if (rating.scale() == PainScale.VAS && rating.context() == PainContext.NOW) {
          vas.add(
              DataPoint.of(
                  rating.takenAt(),
                  rating.value(),
                  recorded.sessionId(),
                  Optional.of(rating.id())));
        }
      }
    }
    return vas;
  }

  /** The series each measure was read from before: the progress report's, in its order. */
  private static List<List<DataPoint>> reference(
      Measure measure, ProgressReport report, ClientRecord record) {
    List<List<DataPoint>> units = new ArrayList<>();
    switch (measure) {
      case NPRS:
        units.add(report.pain().points());
        break;
      case VAS:
        units.add(vas(record));
        break;
      case PRESSURE_PAIN_THRESHOLD:
        for (Series series : report.pressurePainThresholds().values()) {
          units.add(series.points());
        }
        break;
      case RANGE_OF_MOTION:
        for (RangeOfMotionProgress progress : report.rangeOfMotion().values()) {
          progress.percentOfNorm().ifPresent(series -> units.add(series.points()));
        }
        break;
      default:
        for (Questionnaire questionnaire : Questionnaire.values()) {
          if (questionnaire.measure() == measure
              && report.questionnaires().containsKey(questionnaire)) {
            units.add(report.questionnaires().get(questionnaire).points());
          }
        }
        break;
    }
    return units;
  }

  /** The pair as it was computed from sorted series: scanned from the front up to the cutoff. */
  private static Optional<double[]> referencePair(List<List<DataPoint>> units, Instant cutoff) {
    double baseline = 0;
    double followUp = 0;
    int paired = 0;
    for (List<DataPoint> points : units) {
      int upTo = 0;
      while (upTo < points.size() && !points.get(upTo).time().isAfter(cutoff)) {
        upTo++;
      }
      if (upTo >= 2) {
        baseline += points.get(0).value();
        followUp += points.get(upTo - 1).value();
        paired++;
      }
    }
    if (paired == 0) {
      return Optional.empty();
    }
    return Optional.of(new double[] {baseline / paired, followUp / paired});
  }

  /** Every instant of the record, a second either side of each, and the ends of time. */
  private static List<Instant> cutoffs(ClientRecord record) {
    TreeSet<Instant> times = new TreeSet<>();
    for (Session session : record.sessions()) {
      times.add(session.start());
      times.add(session.end());
    }
    for (Assessment assessment : record.assessments()) {
      times.add(assessment.takenAt());
    }
    for (Session session : record.sessions()) {
      for (Assessment assessment : session.assessments()) {
        times.add(assessment.takenAt());
      }
    }
    List<Instant> cutoffs = new ArrayList<>();
    for (Instant time : times) {
      cutoffs.add(time.minusSeconds(1));
      cutoffs.add(time);
      cutoffs.add(time.plusSeconds(1));
    }
    cutoffs.add(Instant.MIN);
    cutoffs.add(Instant.MAX);
    return cutoffs;
  }

  private static void assertSameUnits(ClientRecord record) {
    ProgressReport report = ProgressReport.of(record, ANALYSIS.catalog(), ANALYSIS.norms());
    MeasureUnits units = MeasureUnits.of(record, ANALYSIS.norms());
    List<Instant> cutoffs = cutoffs(record);
    for (Measure measure : OutcomeAnalysis.SUPPORTED_MEASURES) {
      String what = record.client().id() + " " + measure;
      List<List<DataPoint>> expected = reference(measure, report, record);
      List<MeasureUnits.Unit> actual = units.of(measure);
      assertEquals(expected.size(), actual.size(), what);
      for (int i = 0; i < expected.size(); i++) {
        assertSameUnit(expected.get(i), actual.get(i), cutoffs, what + " unit " + i);
      }
      for (Instant cutoff : cutoffs) {
        Optional<double[]> before = referencePair(expected, cutoff);
        Optional<double[]> after = Extraction.pair(actual, cutoff);
        assertEquals(before.isPresent(), after.isPresent(), what + " at " + cutoff);
        if (before.isPresent()) {
          assertArrayEquals(before.get(), after.get(), what + " at " + cutoff);
        }
      }
    }
  }

  private static void assertSameUnit(
      List<DataPoint> points, MeasureUnits.Unit unit, List<Instant> cutoffs, String what) {
    assertEquals(points.size(), unit.size(), what);
    if (points.isEmpty()) {
      return;
    }
    assertEquals(points.get(0).value(), unit.baseline(), what);
    for (Instant cutoff : cutoffs) {
      int upTo = 0;
      while (upTo < points.size() && !points.get(upTo).time().isAfter(cutoff)) {
        upTo++;
      }
      assertEquals(upTo, unit.countBy(cutoff), what + " at " + cutoff);
      if (upTo > 0) {
        assertEquals(points.get(upTo - 1).value(), unit.latestBy(cutoff), what + " at " + cutoff);
      }
    }
  }

  @Test
  void unitsOfTheSeedScenariosAndSyntheticClientsReadLikeTheProgressReport() {
    for (ClientRecord record : SeedScenarios.all()) {
      assertSameUnits(record);
    }
    SyntheticCohort.generate(20261124L, 300).forEach(MeasureUnitsTest::assertSameUnits);
  }

  /**
   * Copies of session assessments added as the record's own, at the same time (a tie with the
   * original and with the session's other values), a minute or a few days earlier or later: values
   * gathered out of time order, which the report sorts and the units read in place.
   */
  @Test
  void unitsReadLikeTheProgressReportWithTheRecordsOwnAssessmentsOutOfOrderAndTied() {
    List<ClientRecord> seeds = SeedScenarios.all();
    qt().withFixedSeed(20261124L)
        .withExamples(500)
        .forAll(integers().between(0, seeds.size() - 1), integers().all())
        .check(
            (index, seed) -> {
              assertSameUnits(withCopies(seeds.get(index), new Random(seed)));
              return true;
            });
  }

  private static ClientRecord withCopies(ClientRecord record, Random random) {
    ClientRecord.Builder builder = ClientRecord.builder();
    builder.from(record);
    long[] shifts = {0, 0, -60, 60, -3 * 86_400, 2 * 86_400};
    int copies = 0;
    for (Session session : record.sessions()) {
      for (Assessment assessment : session.assessments()) {
        if (random.nextInt(4) != 0) {
          continue;
        }
        Instant at = assessment.takenAt().plusSeconds(shifts[random.nextInt(shifts.length)]);
        Optional<Assessment> copy = copy(assessment, AssessmentId.of("copy-" + ++copies), at);
        copy.ifPresent(builder::addAssessments);
      }
    }
    return builder.build();
  }

  private static Optional<Assessment> copy(Assessment assessment, AssessmentId id, Instant at) {
    if (assessment instanceof PainRating) {
      return Optional.of(
          PainRating.builder().from((PainRating) assessment).id(id).takenAt(at).build());
    } else if (assessment instanceof PressurePainThresholdReading) {
      return Optional.of(
          PressurePainThresholdReading.builder()
              .from((PressurePainThresholdReading) assessment)
              .id(id)
              .takenAt(at)
              .build());
    } else if (assessment instanceof RangeOfMotionMeasurement) {
      return Optional.of(
          RangeOfMotionMeasurement.builder()
              .from((RangeOfMotionMeasurement) assessment)
              .id(id)
              .takenAt(at)
              .build());
    } else if (assessment instanceof QuestionnaireScore) {
      return Optional.of(
          QuestionnaireScore.builder()
              .from((QuestionnaireScore) assessment)
              .id(id)
              .takenAt(at)
              .build());
    }
    return Optional.empty();
  }

  /**
   * A unit reads the first value and the latest value by a cutoff of its values' stable sort by
   * time, whatever their order and ties: against the sort itself.
   */
  @Test
  void unitReadsTheStableSortByTimeOfItsValues() {
    qt().withFixedSeed(20261124L)
        .withExamples(1000)
        .forAll(
            lists().of(integers().between(0, 5)).ofSizeBetween(0, 12), integers().between(-1, 6))
        .check(
            (minutes, cutoffMinute) -> {
              MeasureUnits.Unit unit = new MeasureUnits.Unit();
              List<DataPoint> points = new ArrayList<>();
              for (int i = 0; i < minutes.size(); i++) {
                Instant time = EPOCH.plus(Duration.ofMinutes(minutes.get(i)));
                unit.add(time, i);
                points.add(DataPoint.of(time, i, Optional.empty(), Optional.empty()));
              }
              points.sort((a, b) -> a.time().compareTo(b.time()));
              Instant cutoff = EPOCH.plus(Duration.ofMinutes(cutoffMinute));
              int upTo = 0;
              while (upTo < points.size() && !points.get(upTo).time().isAfter(cutoff)) {
                upTo++;
              }
              return unit.size() == points.size()
                  && unit.countBy(cutoff) == upTo
                  && (points.isEmpty() || unit.baseline() == points.get(0).value())
                  && (upTo == 0 || unit.latestBy(cutoff) == points.get(upTo - 1).value());
            });
  }

  @Test
  void reservingRoomKeepsEveryValue() {
    qt().withFixedSeed(20261124L)
        .withExamples(500)
        .forAll(integers().between(0, 40), integers().between(0, 40))
        .check(
            (reserved, added) -> {
              MeasureUnits.Unit unit = new MeasureUnits.Unit();
              unit.reserve(reserved);
              for (int i = 0; i < added; i++) {
                unit.add(EPOCH.plusSeconds(i), i);
              }
              Instant end = EPOCH.plusSeconds(added);
              return unit.size() == added
                  && unit.countBy(end) == added
                  && (added == 0 || (unit.baseline() == 0 && unit.latestBy(end) == added - 1));
            });
  }

  @Test
  void unitsOfARecordWithoutValuesAreEmptyButForPain() {
    ClientRecord record = SeedScenarios.hiker();
    ClientRecord bare =
        ClientRecord.builder().client(record.client()).intake(record.intake()).build();
    MeasureUnits units = MeasureUnits.of(bare, ANALYSIS.norms());
    for (Measure measure : OutcomeAnalysis.SUPPORTED_MEASURES) {
      List<MeasureUnits.Unit> of = units.of(measure);
      if (measure == Measure.NPRS || measure == Measure.VAS) {
        assertEquals(1, of.size(), measure.toString());
        assertEquals(0, of.get(0).size(), measure.toString());
      } else {
        assertTrue(of.isEmpty(), measure.toString());
      }
    }
  }
}
