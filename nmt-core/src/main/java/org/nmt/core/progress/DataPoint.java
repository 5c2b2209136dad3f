package org.nmt.core.progress;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;
import org.nmt.core.id.AssessmentId;
import org.nmt.core.id.SessionId;
import org.nmt.core.style.NmtStyle;

/**
 * One value of a progress series: when it was taken, the value, and where it came from (the session
 * and the assessment, where there is one).
 *
 * <p>A pain rating asked at the start of a session has a session and no assessment; an assessment
 * made outside a session has an assessment and no session. Immutable and thread-safe.
 */
@Value.Immutable
@NmtStyle
public abstract class DataPoint {
  DataPoint() {}

  /** When the value was taken. */
  public abstract Instant time();

  /** The value, finite, in the unit of its series. */
  public abstract double value();

  /** The session the value was taken in, if any. */
  public abstract Optional<SessionId> sessionId();

  /** The assessment the value comes from, if it comes from one. */
  public abstract Optional<AssessmentId> assessmentId();

  /**
   * A point of {@code value} at {@code time} with its provenance.
   *
   * @throws IllegalArgumentException if {@code value} is not finite
   */
  public static DataPoint of(
      Instant time,
      double value,
      Optional<SessionId> sessionId,
      Optional<AssessmentId> assessmentId) {
    return builder()
        .time(time)
        .value(value)
        .sessionId(sessionId)
        .assessmentId(assessmentId)
        .build();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DataPoint}. */
  public static final class Builder extends ImmutableDataPoint.Builder {}

  @Value.Check
  void check() {
    checkArgument(
        Double.isFinite(value()), "data point at %s: value must be finite: %s", time(), value());
  }
}
