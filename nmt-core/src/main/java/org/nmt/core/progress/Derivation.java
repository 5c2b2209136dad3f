package org.nmt.core.progress;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.nmt.core.anatomy.Side;
import org.nmt.core.anatomy.TissueLocation;
import org.nmt.core.assessment.Assessment;
import org.nmt.core.assessment.EnduranceTest;
import org.nmt.core.assessment.PainContext;
import org.nmt.core.assessment.PainRating;
import org.nmt.core.assessment.PainScale;
import org.nmt.core.assessment.PressurePainThresholdReading;
import org.nmt.core.assessment.Questionnaire;
import org.nmt.core.assessment.QuestionnaireScore;
import org.nmt.core.assessment.RangeOfMotionMeasurement;
import org.nmt.core.assessment.RangeOfMotionNorms;
import org.nmt.core.assessment.StrengthGrade;
import org.nmt.core.id.SessionId;
import org.nmt.core.measure.Measure;
import org.nmt.core.measure.OutcomeMeasure;
import org.nmt.core.measure.OutcomeMeasureCatalog;
import org.nmt.core.record.ClientRecord;
import org.nmt.core.record.RecordedAssessment;
import org.nmt.core.session.Session;
import org.nmt.core.trigger.TriggerPointExamination;

/**
 * Derives a {@link ProgressReport} in one pass over the sessions and one over the assessments.
 *
 * <p>Stateless and thread-safe.
 */
final class Derivation {
  /**
   * Locations by muscle id, side, then site (the whole muscle first). Written out field by field:
   * each trigger point examination and threshold reading of a record is placed with it.
   */
  static final Comparator<TissueLocation> LOCATION_ORDER = TissueLocation.ORDER;

  private static final Comparator<DataPoint> BY_TIME = Comparator.comparing(DataPoint::time);

  private Derivation() {}

  static ProgressReport derive(
      ClientRecord record, OutcomeMeasureCatalog catalog, RangeOfMotionNorms norms) {
    List<DataPoint> pain = new ArrayList<>();
    ProgressReport.Builder report = ProgressReport.builder();
    Map<TissueLocation, List<TriggerPointObservation>> triggerPoints =
        new TreeMap<>(LOCATION_ORDER);
    Map<TissueLocation, List<DataPoint>> thresholds = new TreeMap<>(LOCATION_ORDER);

    for (Session session : record.sessions()) {
      Optional<SessionId> sessionId = Optional.of(session.id());
      session
          .painBefore()
          .ifPresent(p -> pain.add(DataPoint.of(session.start(), p, sessionId, Optional.empty())));
      if (session.painBefore().isPresent() && session.painAfter().isPresent()) {
        report.addPainRelief(
            SessionRelief.of(
                session.id(),
                session.start(),
                session.painBefore().getAsInt(),
                session.painAfter().getAsInt()));
      }
      for (TriggerPointExamination examination : session.triggerPointExaminations()) {
        TissueLocation location = examination.location();
        listOf(triggerPoints, location)
            .add(TriggerPointObservation.of(session.start(), session.id(), examination));
        examination
            .pressurePainThreshold()
            .ifPresent(
                t ->
                    listOf(thresholds, location)
                        .add(
                            DataPoint.of(
                                session.start(),
                                t.kilogramsPerSquareCentimetre(),
                                sessionId,
                                Optional.empty())));
      }
    }

    Map<RangeOfMotionKey, List<DataPoint>> ranges = new TreeMap<>();
    Map<StrengthKey, List<DataPoint>> strength = new TreeMap<>();
    Map<EnduranceKey, List<DataPoint>> endurance = new TreeMap<>();
    Map<Questionnaire, List<DataPoint>> questionnaires = new EnumMap<>(Questionnaire.class);

    for (RecordedAssessment recorded : record.allAssessments()) {
      Assessment assessment = recorded.assessment();
      if (assessment instanceof PainRating) {
        PainRating rating = (PainRating) assessment;
        if (rating.scale() == PainScale.NPRS && rating.context() == PainContext.NOW) {
          pain.add(point(recorded, rating.value()));
        }
      } else if (assessment instanceof PressurePainThresholdReading) {
        PressurePainThresholdReading reading = (PressurePainThresholdReading) assessment;
        listOf(thresholds, reading.location())
            .add(point(recorded, reading.threshold().kilogramsPerSquareCentimetre()));
      } else if (assessment instanceof RangeOfMotionMeasurement) {
        RangeOfMotionMeasurement measurement = (RangeOfMotionMeasurement) assessment;
        listOf(ranges, RangeOfMotionKey.of(measurement))
            .add(point(recorded, measurement.degrees()));
      } else if (assessment instanceof StrengthGrade) {
        StrengthGrade grade = (StrengthGrade) assessment;
        listOf(strength, StrengthKey.of(grade)).add(point(recorded, grade.grade()));
      } else if (assessment instanceof EnduranceTest) {
        EnduranceTest test = (EnduranceTest) assessment;
        listOf(endurance, EnduranceKey.of(test)).add(point(recorded, test.value()));
      } else if (assessment instanceof QuestionnaireScore) {
        QuestionnaireScore score = (QuestionnaireScore) assessment;
        listOf(questionnaires, score.questionnaire()).add(point(recorded, score.score()));
      }
    }

    OutcomeMeasure nprs = catalog.get(Measure.NPRS);
    OutcomeMeasure ppt = catalog.get(Measure.PRESSURE_PAIN_THRESHOLD);
    OutcomeMeasure mrc = catalog.get(Measure.MRC_GRADE);
    return report
        .clientId(record.client().id())
        .pain(series(Optional.of(nprs), pain))
        .triggerPoints(mapValues(triggerPoints, TriggerPointHistory::of))
        .pressurePainThresholds(mapValues(thresholds, points -> series(Optional.of(ppt), points)))
        .rangeOfMotion(
            mapEntries(
                ranges,
                (key, points) ->
                    RangeOfMotionProgress.of(
                        series(Optional.empty(), points), norms.find(key.joint(), key.movement()))))
        .sideToSide(sideToSide(ranges))
        .strength(mapValues(strength, points -> series(Optional.of(mrc), points)))
        .endurance(
            mapEntries(
                endurance, (key, points) -> series(key.test().measure().map(catalog::get), points)))
        .questionnaires(
            mapEntries(
                questionnaires,
                (key, points) -> series(Optional.of(catalog.get(key.measure())), points)))
        .build();
  }

  /**
   * Pairs left and right measurements of each motion by occasion; {@code ranges} holds each key's
   * points in time order, as {@link ClientRecord#allAssessments()} gives them.
   */
  private static ImmutableListMultimap<MotionKey, SideToSideDifference> sideToSide(
      Map<RangeOfMotionKey, List<DataPoint>> ranges) {
    Map<MotionKey, Map<Occasion, Sides>> byMotion = new TreeMap<>();
    for (Map.Entry<RangeOfMotionKey, List<DataPoint>> entry : ranges.entrySet()) {
      Side side = entry.getKey().side();
      if (side != Side.LEFT && side != Side.RIGHT) {
        continue;
      }
      Map<Occasion, Sides> occasions =
          byMotion.computeIfAbsent(entry.getKey().motion(), k -> new LinkedHashMap<>());
      for (DataPoint point : entry.getValue()) {
        Sides sides =
            occasions.computeIfAbsent(
                Occasion.of(point.sessionId(), point.time()), k -> new Sides());
        (side == Side.LEFT ? sides.left : sides.right).add(point);
      }
    }
    ImmutableListMultimap.Builder<MotionKey, SideToSideDifference> differences =
        ImmutableListMultimap.builder();
    for (Map.Entry<MotionKey, Map<Occasion, Sides>> entry : byMotion.entrySet()) {
      List<SideToSideDifference> list = new ArrayList<>();
      for (Map.Entry<Occasion, Sides> occasion : entry.getValue().entrySet()) {
        Sides sides = occasion.getValue();
        int pairs = Math.min(sides.left.size(), sides.right.size());
        for (int i = 0; i < pairs; i++) {
          DataPoint left = sides.left.get(i);
          DataPoint right = sides.right.get(i);
          Instant time = left.time().isAfter(right.time()) ? left.time() : right.time();
          list.add(
              SideToSideDifference.builder()
                  .time(time)
                  .sessionId(occasion.getKey().sessionId())
                  .leftAssessmentId(left.assessmentId().get())
                  .rightAssessmentId(right.assessmentId().get())
                  .leftDegrees(left.value())
                  .rightDegrees(right.value())
                  .build());
        }
      }
      list.sort(Comparator.comparing(SideToSideDifference::time));
      differences.putAll(entry.getKey(), list);
    }
    return differences.build();
  }

  private static DataPoint point(RecordedAssessment recorded, double value) {
    return DataPoint.of(
        recorded.assessment().takenAt(),
        value,
        recorded.sessionId(),
        Optional.of(recorded.assessment().id()));
  }

  private static Series series(Optional<OutcomeMeasure> measure, List<DataPoint> points) {
    return Series.builder().outcomeMeasure(measure).addAllPoints(inTimeOrder(points)).build();
  }

  /**
   * {@code points} in time order, points at the same time in the order given: a stable sort, which
   * leaves points that are already in order (most series of a record) as they are, so those are
   * only copied.
   */
  static ImmutableList<DataPoint> inTimeOrder(List<DataPoint> points) {
    for (int i = 1; i < points.size(); i++) {
      if (points.get(i).time().isBefore(points.get(i - 1).time())) {
        return ImmutableList.sortedCopyOf(BY_TIME, points);
      }
    }
    return ImmutableList.copyOf(points);
  }

  private static <K, V> List<V> listOf(Map<K, List<V>> map, K key) {
    return map.computeIfAbsent(key, k -> new ArrayList<>());
  }

  private static <K, A, B> ImmutableMap<K, B> mapValues(Map<K, A> map, Function<A, B> function) {
    return mapEntries(map, (key, value) -> function.apply(value));
  }

  private static <K, A, B> ImmutableMap<K, B> mapEntries(
      Map<K, A> map, BiFunction<K, A, B> function) {
    ImmutableMap.Builder<K, B> result = ImmutableMap.builderWithExpectedSize(map.size());
    for (Map.Entry<K, A> entry : map.entrySet()) {
      result.put(entry.getKey(), function.apply(entry.getKey(), entry.getValue()));
    }
    return result.build();
  }

  /** Where a left and a right measurement count as taken together: a session, or a UTC day. */
  private record Occasion(Optional<SessionId> sessionId, Optional<LocalDate> day) {
    static Occasion of(Optional<SessionId> sessionId, Instant time) {
      return sessionId.isPresent()
          ? new Occasion(sessionId, Optional.empty())
          : new Occasion(sessionId, Optional.of(LocalDate.ofInstant(time, ZoneOffset.UTC)));
    }
  }

  /** The left and right measurements of one motion on one occasion, each in time order. */
  private static final class Sides {
    final List<DataPoint> left = new ArrayList<>();
    final List<DataPoint> right = new ArrayList<>();
  }
}
