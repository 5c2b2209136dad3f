package org.nmt.core.progress;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Optional;
import org.immutables.value.Value;
import org.nmt.core.assessment.RangeOfMotionNorm;
import org.nmt.core.style.NmtStyle;

/**
 * The range of one movement of one joint on one side over time: the measured degrees and, where the
 * norms table has a norm for the movement, the same values as a percentage of it.
 *
 * <p>Range of motion has no MCID or MDC in the catalog, so neither series judges its change.
 * Immutable and thread-safe.
 */
@Value.Immutable
@NmtStyle
public abstract class RangeOfMotionProgress {
  RangeOfMotionProgress() {}

  /** The measured ranges in degrees, in time order. */
  public abstract Series degrees();

  /** The norm of the movement, if the norms table has one. */
  public abstract Optional<RangeOfMotionNorm> norm();

  /**
   * The measured ranges as percentages of the norm, point for point with {@link #degrees()} (same
   * times and provenance); empty without a norm.
   */
  @Value.Lazy
  public Optional<Series> percentOfNorm() {
    return norm()
        .map(
            n -> {
              Series.Builder percent = Series.builder();
              for (DataPoint point : degrees().points()) {
                percent.addPoints(
                    DataPoint.of(
                        point.time(),
                        n.percentOf(point.value()),
                        point.sessionId(),
                        point.assessmentId()));
              }
              return percent.build();
            });
  }

  /**
   * The progress of {@code degrees} against {@code norm}.
   *
   * @throws IllegalArgumentException if {@code degrees} has an outcome measure
   */
  public static RangeOfMotionProgress of(Series degrees, Optional<RangeOfMotionNorm> norm) {
    return builder().degrees(degrees).norm(norm).build();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link RangeOfMotionProgress}. */
  public static final class Builder extends ImmutableRangeOfMotionProgress.Builder {}

  @Value.Check
  void check() {
    checkArgument(
        degrees().outcomeMeasure().isEmpty(),
        "range of motion progress: degrees must have no outcome measure: %s",
        degrees().outcomeMeasure().map(m -> m.measure().id()).orElse(""));
  }
}
