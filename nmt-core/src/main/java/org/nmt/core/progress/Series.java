package org.nmt.core.progress;

import com.google.common.base.Strings;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.Optional;
import java.util.OptionalDouble;
import org.immutables.value.Value;
import org.nmt.core.id.AssessmentId;
import org.nmt.core.id.SessionId;
import org.nmt.core.measure.Change;
import org.nmt.core.measure.Measure;
import org.nmt.core.measure.OutcomeMeasure;
import org.nmt.core.style.NmtStyle;

/**
 * The values of one quantity over time (pain, a pressure pain threshold, a questionnaire score, a
 * strength grade, an endurance result, a range of motion), with the outcome measure that judges
 * their change where the quantity is one of the catalog's.
 *
 * <p>The first point is the baseline and the last the latest value. A change needs a baseline and a
 * follow-up, so {@link #difference()}, {@link #percentDifference()} and {@link #change()} are empty
 * with fewer than two points; they come from {@link #baseline()} and {@link #latest()}, whose
 * session and assessment ids are their provenance. Points are in time order (points at the same
 * time keep the order they were given in); with an outcome measure every value lies within the
 * measure's range. Immutable and thread-safe.
 */
@Value.Immutable
@NmtStyle
public abstract class Series {
  Series() {}

  /** The catalog entry that judges the change, for a quantity that is an outcome measure. */
  public abstract Optional<OutcomeMeasure> outcomeMeasure();

  /** The points, in time order; possibly none. */
  public abstract ImmutableList<DataPoint> points();

  /** The first point, if any. */
  public Optional<DataPoint> baseline() {
    return points().isEmpty() ? Optional.empty() : Optional.of(points().get(0));
  }

  /** The last point, if any. */
  public Optional<DataPoint> latest() {
    return points().isEmpty() ? Optional.empty() : Optional.of(points().get(points().size() - 1));
  }

  /** Whether the series has a baseline and a follow-up: at least two points. */
  public boolean hasFollowUp() {
    return points().size() >= 2;
  }

  /** The latest value minus the baseline value, in the series' unit; needs two points. */
  public OptionalDouble difference() {
    if (!hasFollowUp()) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(latestValue() - baselineValue());
  }

  /**
   * {@link #difference()} as a percentage of the baseline value; empty with fewer than two points
   * and when the baseline is 0, where a relative change is undefined.
   */
  public OptionalDouble percentDifference() {
    if (!hasFollowUp() || baselineValue() == 0) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of((latestValue() - baselineValue()) / Math.abs(baselineValue()) * 100.0);
  }

  /**
   * The change from the baseline to the latest value judged against the outcome measure's MCID and
   * MDC; empty without an outcome measure or with fewer than two points.
   */
  public Optional<Change> change() {
    if (!hasFollowUp()) {
      return Optional.empty();
    }
    return outcomeMeasure().map(m -> m.change(baselineValue(), latestValue()));
  }

  /** The sessions the points come from, in order of first appearance. */
  public ImmutableSet<SessionId> sessionIds() {
    ImmutableSet.Builder<SessionId> ids = ImmutableSet.builder();
    for (DataPoint point : points()) {
      point.sessionId().ifPresent(ids::add);
    }
    return ids.build();
  }

  /** The assessments the points come from, in order of first appearance. */
  public ImmutableSet<AssessmentId> assessmentIds() {
    ImmutableSet.Builder<AssessmentId> ids = ImmutableSet.builder();
    for (DataPoint point : points()) {
      point.assessmentId().ifPresent(ids::add);
    }
    return ids.build();
  }

  /** A series of {@code points} whose change no outcome measure judges. */
  public static Series of(Iterable<DataPoint> points) {
    return builder().addAllPoints(points).build();
  }

  /** A series of {@code points} of the quantity {@code outcomeMeasure} judges. */
  public static Series of(OutcomeMeasure outcomeMeasure, Iterable<DataPoint> points) {
    return builder().outcomeMeasure(outcomeMeasure).addAllPoints(points).build();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Series}. */
  public static final class Builder extends ImmutableSeries.Builder {}

  private double baselineValue() {
    return points().get(0).value();
  }

  private double latestValue() {
    return points().get(points().size() - 1).value();
  }

  @Value.Check
  void check() {
    // conditions first, messages only on failure: a report checks every point of every series
    for (int i = 1; i < points().size(); i++) {
      if (points().get(i).time().isBefore(points().get(i - 1).time())) {
        throw new IllegalArgumentException(
            Strings.lenientFormat(
                "points must be in time order: points[%s] at %s is before points[%s] at %s",
                i, points().get(i).time(), i - 1, points().get(i - 1).time()));
      }
    }
    if (outcomeMeasure().isPresent()) {
      Measure measure = outcomeMeasure().get().measure();
      for (int i = 0; i < points().size(); i++) {
        double value = points().get(i).value();
        if (!measure.inRange(value)) {
          throw new IllegalArgumentException(
              Strings.lenientFormat(
                  "points[%s]: value of %s must be within %s..%s: %s",
                  i, measure.id(), measure.minimum(), measure.maximum(), value));
        }
      }
    }
  }
}
