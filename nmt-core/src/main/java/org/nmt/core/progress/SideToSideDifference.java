package org.nmt.core.progress;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.Instant;
import java.util.Optional;
import java.util.OptionalDouble;
import org.immutables.value.Value;
import org.nmt.core.anatomy.Side;
import org.nmt.core.id.AssessmentId;
import org.nmt.core.id.SessionId;
import org.nmt.core.style.NmtStyle;

/**
 * The difference between the left and the right range of one movement measured on the same
 * occasion: in degrees, and as a percentage of the larger of the two ranges.
 *
 * <p>Its provenance is the two measurements and, when they were taken in a session, the session.
 * Immutable and thread-safe.
 */
@Value.Immutable
@NmtStyle
public abstract class SideToSideDifference {
  SideToSideDifference() {}

  /** When the later of the two measurements was taken. */
  public abstract Instant time();

  /** The session both measurements were taken in, if they were taken in one. */
  public abstract Optional<SessionId> sessionId();

  /** The left measurement. */
  public abstract AssessmentId leftAssessmentId();

  /** The right measurement. */
  public abstract AssessmentId rightAssessmentId();

  /** The left range in degrees, 0–360. */
  public abstract double leftDegrees();

  /** The right range in degrees, 0–360. */
  public abstract double rightDegrees();

  /** {@code |left - right|} in degrees. */
  public double degrees() {
    return Math.abs(leftDegrees() - rightDegrees());
  }

  /**
   * {@link #degrees()} as a percentage of the larger range: how much of the freer side's range the
   * more restricted side lacks; empty when both ranges are 0.
   */
  public OptionalDouble percent() {
    double larger = Math.max(leftDegrees(), rightDegrees());
    return larger == 0 ? OptionalDouble.empty() : OptionalDouble.of(degrees() / larger * 100.0);
  }

  /** The side with the smaller range; empty when both are equal. */
  public Optional<Side> restrictedSide() {
    int order = Double.compare(leftDegrees(), rightDegrees());
    return order == 0 ? Optional.empty() : Optional.of(order < 0 ? Side.LEFT : Side.RIGHT);
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SideToSideDifference}. */
  public static final class Builder extends ImmutableSideToSideDifference.Builder {}

  @Value.Check
  void check() {
    checkArgument(
        leftDegrees() >= 0 && leftDegrees() <= 360,
        "side-to-side difference: leftDegrees must be within 0..360: %s",
        leftDegrees());
    checkArgument(
        rightDegrees() >= 0 && rightDegrees() <= 360,
        "side-to-side difference: rightDegrees must be within 0..360: %s",
        rightDegrees());
    checkArgument(
        !leftAssessmentId().equals(rightAssessmentId()),
        "side-to-side difference: left and right must be different assessments: %s",
        leftAssessmentId());
  }
}
