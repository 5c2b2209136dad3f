package org.nmt.outcomes.analysis;

import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.nmt.core.anatomy.TissueLocation;
import org.nmt.core.assessment.Assessment;
import org.nmt.core.assessment.PainContext;
import org.nmt.core.assessment.PainRating;
import org.nmt.core.assessment.PainScale;
import org.nmt.core.assessment.PressurePainThresholdReading;
import org.nmt.core.assessment.Questionnaire;
import org.nmt.core.assessment.QuestionnaireScore;
import org.nmt.core.assessment.RangeOfMotionMeasurement;
import org.nmt.core.assessment.RangeOfMotionNorm;
import org.nmt.core.assessment.RangeOfMotionNorms;
import org.nmt.core.measure.Measure;
import org.nmt.core.progress.ProgressReport;
import org.nmt.core.progress.RangeOfMotionKey;
import org.nmt.core.record.ClientRecord;
import org.nmt.core.session.Session;
import org.nmt.core.trigger.TriggerPointExamination;

/**
 * The values each supported measure of one record is read from, gathered in one pass over the
 * record: only what the analysis reads of the record's {@link ProgressReport}, without the report's
 * other parts and without a {@code DataPoint} per value.
 *
 * <p>A measure is read from one or more {@link Unit units}, each holding the times and values of
 * one series of the progress report (the VAS, which the report does not chart, is read like pain on
 * the NPRS): pain on the NPRS ({@link ProgressReport#pain()}); pain on the VAS; the pressure pain
 * threshold at each site, in the report's order of sites ({@link
 * ProgressReport#pressurePainThresholds()}); range of motion as a percentage of its norm for each
 * movement, side and mode that has a norm, in key order ({@link ProgressReport#rangeOfMotion()});
 * each questionnaire, in the order of {@link Questionnaire}. A unit keeps its values in the order
 * they are gathered (session-level values, then the record's own assessments, then each session's),
 * which a stable sort by time turns into the order of the report's series; {@link Unit} reads the
 * first and the latest values in that order without sorting.
 *
 * <p>Mutable while it is built, then only read; confined to the thread that derives one client's
 * facts.
 */
final class MeasureUnits {
  /**
   * The order of the report's pressure pain threshold sites: muscle id, side, then site (the whole
   * muscle first).
   */
  private static final Comparator<TissueLocation> LOCATION_ORDER = TissueLocation.ORDER;

  private final Unit nprs = new Unit();
  private final Unit vas = new Unit();
  private final Map<TissueLocation, Unit> thresholds = new TreeMap<>(LOCATION_ORDER);
  private final Map<RangeOfMotionKey, Range> ranges = new TreeMap<>();
  private final Map<Questionnaire, Unit> questionnaires = new EnumMap<>(Questionnaire.class);
  private final RangeOfMotionNorms norms;

  private MeasureUnits(RangeOfMotionNorms norms) {
    this.norms = norms;
  }

  /** The units of {@code record}, range of motion judged against {@code norms}. */
  static MeasureUnits of(ClientRecord record, RangeOfMotionNorms norms) {
    MeasureUnits units = new MeasureUnits(norms);
    // pain is asked at the start of most sessions: room for that many values at once
    units.nprs.reserve(record.sessions().size());
    for (Session session : record.sessions()) {
      if (session.painBefore().isPresent()) {
        units.nprs.add(session.start(), session.painBefore().getAsInt());
      }
      for (TriggerPointExamination examination : session.triggerPointExaminations()) {
        if (examination.pressurePainThreshold().isPresent()) {
          units
              .threshold(examination.location())
              .add(
                  session.start(),
                  examination.pressurePainThreshold().get().kilogramsPerSquareCentimetre());
        }
      }
    }
    for (Assessment assessment : record.assessments()) {
      units.add(assessment);
    }
    for (Session session : record.sessions()) {
      for (Assessment assessment : session.assessments()) {
        units.add(assessment);
      }
    }
    return units;
  }

  /**
   * The units {@code measure} is read from, in the order of the report's series; empty when the
   * record has none (always one, possibly without values, for the NPRS and the VAS).
   */
  ImmutableList<Unit> of(Measure measure) {
    ImmutableList.Builder<Unit> units = ImmutableList.builder();
    switch (measure) {
      case NPRS:
        units.add(nprs);
        break;
      case VAS:
        units.add(vas);
        break;
      case PRESSURE_PAIN_THRESHOLD:
        units.addAll(thresholds.values());
        break;
      case RANGE_OF_MOTION:
        for (Range range : ranges.values()) {
          if (range.norm.isPresent()) {
            units.add(range.percentOfNorm);
          }
        }
        break;
      default:
        for (Map.Entry<Questionnaire, Unit> entry : questionnaires.entrySet()) {
          if (entry.getKey().measure() == measure) {
            units.add(entry.getValue());
          }
        }
        break;
    }
    return units.build();
  }

  private void add(Assessment assessment) {
    if (assessment instanceof PainRating) {
      PainRating rating = (PainRating) assessment;
      if (rating.context() == PainContext.NOW) {
        if (rating.scale() == PainScale.NPRS) {
          nprs.add(rating.takenAt(), rating.value());
        } else if (rating.scale() == PainScale.VAS) {
          vas.add(rating.takenAt(), rating.value());
        }
      }
    } else if (assessment instanceof PressurePainThresholdReading) {
      PressurePainThresholdReading reading = (PressurePainThresholdReading) assessment;
      threshold(reading.location())
          .add(reading.takenAt(), reading.threshold().kilogramsPerSquareCentimetre());
    } else if (assessment instanceof RangeOfMotionMeasurement) {
      RangeOfMotionMeasurement measurement = (RangeOfMotionMeasurement) assessment;
      Range range = ranges.get(RangeOfMotionKey.of(measurement));
      if (range == null) {
        range = new Range(norms.find(measurement.joint(), measurement.movement()));
        ranges.put(RangeOfMotionKey.of(measurement), range);
      }
      if (range.norm.isPresent()) {
        range.percentOfNorm.add(
            measurement.takenAt(), range.norm.get().percentOf(measurement.degrees()));
      }
    } else if (assessment instanceof QuestionnaireScore) {
      QuestionnaireScore score = (QuestionnaireScore) assessment;
      Unit unit = questionnaires.get(score.questionnaire());
      if (unit == null) {
        unit = new Unit();
        questionnaires.put(score.questionnaire(), unit);
      }
      unit.add(score.takenAt(), score.score());
    }
  }

  private Unit threshold(TissueLocation location) {
    Unit unit = thresholds.get(location);
    if (unit == null) {
      unit = new Unit();
      thresholds.put(location, unit);
    }
    return unit;
  }

  /** The range of motion of one movement, side and mode, with its norm if the table has one. */
  private static final class Range {
    final Optional<RangeOfMotionNorm> norm;
    final Unit percentOfNorm = new Unit();

    Range(Optional<RangeOfMotionNorm> norm) {
      this.norm = norm;
    }
  }

  /**
   * The times and values of one series in the order they were gathered: the series is their stable
   * sort by time, so its first point is the earliest value (the first gathered among values at the
   * same time) and its last point by a cutoff is the latest value at or before the cutoff (the last
   * gathered among values at the same time).
   *
   * <p>Mutable and not thread-safe.
   */
  static final class Unit {
    private static final Instant[] NO_TIMES = {};
    private static final double[] NO_VALUES = {};

    private Instant[] times = NO_TIMES;
    private double[] values = NO_VALUES;
    private int size;

    /** The index of the earliest value, the first gathered among values at the same time. */
    private int first;

    /** Makes room for {@code capacity} values in all. */
    void reserve(int capacity) {
      if (capacity > times.length) {
        times = Arrays.copyOf(times, capacity);
        values = Arrays.copyOf(values, capacity);
      }
    }

    /** Adds the value {@code value} taken at {@code time}. */
    void add(Instant time, double value) {
      if (size == times.length) {
        int capacity = Math.max(4, 2 * size);
        times = Arrays.copyOf(times, capacity);
        values = Arrays.copyOf(values, capacity);
      }
      times[size] = time;
      values[size] = value;
      if (time.isBefore(times[first])) {
        first = size;
      }
      size++;
    }

    /** How many values the unit holds. */
    int size() {
      return size;
    }

    /** How many values were taken at or before {@code cutoff}. */
    int countBy(Instant cutoff) {
      int count = 0;
      for (int i = 0; i < size; i++) {
        if (!times[i].isAfter(cutoff)) {
          count++;
        }
      }
      return count;
    }

    /** The value of the series' first point; the unit must not be empty. */
    double baseline() {
      return values[first];
    }

    /**
     * The value of the series' last point at or before {@code cutoff}; at least one value must have
     * been taken by then.
     */
    double latestBy(Instant cutoff) {
      int last = -1;
      for (int i = 0; i < size; i++) {
        if (!times[i].isAfter(cutoff) && (last < 0 || !times[i].isBefore(times[last]))) {
          last = i;
        }
      }
      return values[last];
    }
  }
}
