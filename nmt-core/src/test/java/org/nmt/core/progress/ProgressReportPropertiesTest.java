package org.nmt.core.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nmt.core.progress.Fixtures.day;
import static org.nmt.core.progress.Fixtures.nprs;
import static org.nmt.core.progress.Fixtures.record;
import static org.nmt.core.progress.Fixtures.score;
import static org.nmt.core.progress.Fixtures.session;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;

import com.google.common.collect.HashMultiset;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMultiset;
import com.google.common.collect.ListMultimap;
import com.google.common.collect.Multimap;
import com.google.common.collect.MultimapBuilder;
import com.google.common.collect.Multiset;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.nmt.core.anatomy.TissueLocation;
import org.nmt.core.assessment.Assessment;
import org.nmt.core.assessment.PainContext;
import org.nmt.core.assessment.PainRating;
import org.nmt.core.assessment.PainScale;
import org.nmt.core.assessment.PressurePainThresholdReading;
import org.nmt.core.assessment.Questionnaire;
import org.nmt.core.assessment.QuestionnaireScore;
import org.nmt.core.id.SessionId;
import org.nmt.core.measure.Change;
import org.nmt.core.measure.Measure;
import org.nmt.core.measure.OutcomeMeasure;
import org.nmt.core.measure.OutcomeMeasureCatalog;
import org.nmt.core.measure.ThresholdResult;
import org.nmt.core.record.ClientRecord;
import org.nmt.core.session.Session;
import org.nmt.core.trigger.TriggerPointExamination;
import org.nmt.core.trigger.TriggerPointStatus;

class ProgressReportPropertiesTest {
  private static final long SEED = 20261124L;
  private static final OutcomeMeasureCatalog CATALOG = OutcomeMeasureCatalog.standard();

  /** A record whose first pain value is {@code baseline} and whose last is {@code latest}. */
  private static ClientRecord painRecord(
      int baseline, int middle, int latest, boolean baselineAtSessionStart) {
    ClientRecord.Builder record = record();
    if (baselineAtSessionStart) {
      record.addSessions(session("s1", day(0)).painBefore(baseline).build());
    } else {
      record.addAssessments(nprs("p0", day(0), baseline));
    }
    return record.addAssessments(nprs("p1", day(7), middle), nprs("p2", day(14), latest)).build();
  }

  @Test
  void nprsPercentChangeIsTheReductionOverTheBaseline() {
    qt().withFixedSeed(SEED)
        .withExamples(1000)
        .forAll(
            integers().between(0, 10),
            integers().between(0, 10),
            integers().between(0, 10),
            booleans().all())
        .check(
            (baseline, middle, latest, atSessionStart) -> {
              Series pain =
                  ProgressReport.of(painRecord(baseline, middle, latest, atSessionStart)).pain();
              Change change = pain.change().get();
              if (baseline == 0) {
                return change.percentImprovement().isEmpty() && pain.percentDifference().isEmpty();
              }
              double expected = (baseline - latest) / (double) baseline * 100.0;
              return Math.abs(change.percentImprovement().getAsDouble() - expected) < 1e-9
                  && Math.abs(pain.percentDifference().getAsDouble() + expected) < 1e-9
                  && change.baseline() == baseline
                  && change.followUp() == latest;
            });
  }

  @Test
  void nprsResponderIffImprovementReachesTheLargerOfMcidAndMdc() {
    OutcomeMeasure nprs = CATALOG.get(Measure.NPRS);
    double threshold = Math.max(nprs.mcid().getAsDouble(), nprs.mdc().getAsDouble());
    qt().withFixedSeed(SEED)
        .withExamples(1000)
        .forAll(integers().between(0, 10), integers().between(0, 10), booleans().all())
        .check(
            (baseline, latest, atSessionStart) -> {
              Change change =
                  ProgressReport.of(painRecord(baseline, 5, latest, atSessionStart))
                      .pain()
                      .change()
                      .get();
              boolean responder = baseline - latest >= threshold;
              return (change.responder() == ThresholdResult.REACHED) == responder
                  && (change.mcid() == ThresholdResult.REACHED)
                      == (baseline - latest >= nprs.mcid().getAsDouble())
                  && (change.mdc() == ThresholdResult.REACHED)
                      == (Math.abs(baseline - latest) >= nprs.mdc().getAsDouble());
            });
  }

  @Test
  void questionnaireResponderIffImprovementReachesTheLargerOfMcidAndMdc() {
    OutcomeMeasure ndi = CATALOG.get(Measure.NDI);
    OutcomeMeasure lefs = CATALOG.get(Measure.LEFS);
    double ndiThreshold = Math.max(ndi.mcid().getAsDouble(), ndi.mdc().getAsDouble());
    double lefsThreshold = Math.max(lefs.mcid().getAsDouble(), lefs.mdc().getAsDouble());
    qt().withFixedSeed(SEED)
        .withExamples(1000)
        .forAll(
            integers().between(0, 100),
            integers().between(0, 100),
            integers().between(0, 80),
            integers().between(0, 80))
        .check(
            (ndiBefore, ndiAfter, lefsBefore, lefsAfter) -> {
              // NDI in half points (exact in binary), lower is better; LEFS higher is better.
              ClientRecord record =
                  record()
                      .addAssessments(
                          score("n0", day(0), Questionnaire.NDI, ndiBefore / 2.0),
                          score("l0", day(0), Questionnaire.LEFS, lefsBefore),
                          score("n1", day(28), Questionnaire.NDI, ndiAfter / 2.0),
                          score("l1", day(28), Questionnaire.LEFS, lefsAfter))
                      .build();
              ProgressReport report = ProgressReport.of(record);
              Change ndiChange = report.questionnaires().get(Questionnaire.NDI).change().get();
              Change lefsChange = report.questionnaires().get(Questionnaire.LEFS).change().get();
              boolean ndiResponder = (ndiBefore - ndiAfter) / 2.0 >= ndiThreshold;
              boolean lefsResponder = lefsAfter - lefsBefore >= lefsThreshold;
              return (ndiChange.responder() == ThresholdResult.REACHED) == ndiResponder
                  && (lefsChange.responder() == ThresholdResult.REACHED) == lefsResponder;
            });
  }

  @Test
  void seriesAreInTimeOrderAndHoldExactlyTheRecordsValues() {
    qt().withFixedSeed(SEED)
        .withExamples(600)
        .forAll(RandomRecords.records(30))
        .check(
            record -> {
              ProgressReport report = ProgressReport.of(record);
              Expected expected = Expected.of(record);
              assertEquals(expected.pain, ImmutableMultiset.copyOf(report.pain().points()));
              assertEquals(expected.thresholds.keySet(), report.pressurePainThresholds().keySet());
              for (Map.Entry<TissueLocation, Series> entry :
                  report.pressurePainThresholds().entrySet()) {
                assertEquals(
                    HashMultiset.create(expected.thresholds.get(entry.getKey())),
                    HashMultiset.create(entry.getValue().points()));
              }
              for (Map.Entry<Questionnaire, Series> entry : report.questionnaires().entrySet()) {
                assertEquals(
                    HashMultiset.create(expected.questionnaires.get(entry.getKey())),
                    HashMultiset.create(entry.getValue().points()));
              }
              assertEquals(expected.questionnaires.keySet(), report.questionnaires().keySet());
              assertInTimeOrder(ImmutableList.of(report.pain()));
              assertInTimeOrder(report.pressurePainThresholds().values());
              assertInTimeOrder(report.questionnaires().values());
              assertInTimeOrder(report.strength().values());
              assertInTimeOrder(report.endurance().values());
              for (RangeOfMotionProgress progress : report.rangeOfMotion().values()) {
                assertInTimeOrder(ImmutableList.of(progress.degrees()));
                progress.percentOfNorm().ifPresent(p -> assertInTimeOrder(ImmutableList.of(p)));
              }
              for (Collection<SideToSideDifference> differences :
                  report.sideToSide().asMap().values()) {
                ImmutableList<SideToSideDifference> list = ImmutableList.copyOf(differences);
                for (int i = 1; i < list.size(); i++) {
                  assertTrue(!list.get(i).time().isBefore(list.get(i - 1).time()));
                }
              }
              assertSorted(report.strength().keySet().asList());
              assertSorted(report.endurance().keySet().asList());
              assertSorted(report.rangeOfMotion().keySet().asList());
              assertSorted(report.sideToSide().keySet().asList());
              return true;
            });
  }

  @Test
  void inventoryStateAgreesWithTheLastExamination() {
    qt().withFixedSeed(SEED)
        .withExamples(600)
        .forAll(RandomRecords.records(30))
        .check(
            record -> {
              ListMultimap<TissueLocation, TriggerPointStatus> examined =
                  MultimapBuilder.linkedHashKeys().arrayListValues().build();
              for (Session session : record.sessions()) {
                for (TriggerPointExamination exam : session.triggerPointExaminations()) {
                  examined.put(exam.location(), exam.status());
                }
              }
              ProgressReport report = ProgressReport.of(record);
              assertEquals(examined.keySet(), report.triggerPoints().keySet());
              ImmutableList<TissueLocation> order = report.triggerPoints().keySet().asList();
              for (int i = 1; i < order.size(); i++) {
                assertTrue(Derivation.LOCATION_ORDER.compare(order.get(i - 1), order.get(i)) < 0);
              }
              for (Map.Entry<TissueLocation, TriggerPointHistory> entry :
                  report.triggerPoints().entrySet()) {
                java.util.List<TriggerPointStatus> statuses = examined.get(entry.getKey());
                TriggerPointHistory history = entry.getValue();
                assertEquals(
                    statuses,
                    history.observations().stream()
                        .map(TriggerPointObservation::status)
                        .collect(ImmutableList.toImmutableList()));
                TriggerPointStatus last = statuses.get(statuses.size() - 1);
                boolean everConfirmed = statuses.stream().anyMatch(TriggerPointStatus::isConfirmed);
                TriggerPointState expected =
                    last == TriggerPointStatus.ACTIVE
                        ? TriggerPointState.ACTIVE
                        : last == TriggerPointStatus.LATENT
                            ? TriggerPointState.LATENT
                            : everConfirmed
                                ? TriggerPointState.RESOLVED
                                : TriggerPointState.NEVER_CONFIRMED;
                assertEquals(expected, history.current());
                assertEquals(everConfirmed, history.firstSeen().isPresent());
                assertTrue(report.triggerPointsIn(expected).contains(entry.getKey()));
                for (TriggerPointTransition transition : history.transitions()) {
                  assertTrue(transition.from() != transition.to());
                }
              }
              return true;
            });
  }

  @Test
  void derivingTwiceGivesEqualReports() {
    qt().withFixedSeed(SEED)
        .withExamples(600)
        .forAll(RandomRecords.records(30))
        .check(
            record -> {
              ProgressReport first = ProgressReport.of(record);
              ProgressReport second = ProgressReport.of(record);
              ProgressReport ofCopy =
                  ProgressReport.of(ClientRecord.builder().from(record).build());
              return first.equals(second)
                  && first.hashCode() == second.hashCode()
                  && first.equals(ofCopy)
                  && first.toString().equals(ofCopy.toString());
            });
  }

  private static void assertInTimeOrder(Collection<Series> series) {
    for (Series s : series) {
      for (int i = 1; i < s.points().size(); i++) {
        assertTrue(!s.points().get(i).time().isBefore(s.points().get(i - 1).time()));
      }
    }
  }

  private static <T extends Comparable<T>> void assertSorted(ImmutableList<T> keys) {
    for (int i = 1; i < keys.size(); i++) {
      assertTrue(keys.get(i - 1).compareTo(keys.get(i)) < 0, keys.toString());
    }
  }

  /** The points the report should hold, gathered straight from the record's parts. */
  private static final class Expected {
    final Multiset<DataPoint> pain = HashMultiset.create();
    final Multimap<TissueLocation, DataPoint> thresholds =
        MultimapBuilder.hashKeys().arrayListValues().build();
    final Multimap<Questionnaire, DataPoint> questionnaires =
        MultimapBuilder.enumKeys(Questionnaire.class).arrayListValues().build();

    static Expected of(ClientRecord record) {
      Expected expected = new Expected();
      expected.addAll(record.assessments(), Optional.empty());
      for (Session session : record.sessions()) {
        Optional<SessionId> id = Optional.of(session.id());
        session
            .painBefore()
            .ifPresent(
                p -> expected.pain.add(DataPoint.of(session.start(), p, id, Optional.empty())));
        for (TriggerPointExamination exam : session.triggerPointExaminations()) {
          exam.pressurePainThreshold()
              .ifPresent(
                  t ->
                      expected.thresholds.put(
                          exam.location(),
                          DataPoint.of(
                              session.start(),
                              t.kilogramsPerSquareCentimetre(),
                              id,
                              Optional.empty())));
        }
        expected.addAll(session.assessments(), id);
      }
      return expected;
    }

    private void addAll(Collection<Assessment> assessments, Optional<SessionId> session) {
      Function<Assessment, Function<Double, DataPoint>> point =
          a -> v -> DataPoint.of(a.takenAt(), v, session, Optional.of(a.id()));
      for (Assessment assessment : assessments) {
        if (assessment instanceof PainRating) {
          PainRating rating = (PainRating) assessment;
          if (rating.scale() == PainScale.NPRS && rating.context() == PainContext.NOW) {
            pain.add(point.apply(rating).apply((double) rating.value()));
          }
        } else if (assessment instanceof PressurePainThresholdReading) {
          PressurePainThresholdReading reading = (PressurePainThresholdReading) assessment;
          thresholds.put(
              reading.location(),
              point.apply(reading).apply(reading.threshold().kilogramsPerSquareCentimetre()));
        } else if (assessment instanceof QuestionnaireScore) {
          QuestionnaireScore score = (QuestionnaireScore) assessment;
          questionnaires.put(score.questionnaire(), point.apply(score).apply(score.score()));
        }
      }
    }
  }
}
