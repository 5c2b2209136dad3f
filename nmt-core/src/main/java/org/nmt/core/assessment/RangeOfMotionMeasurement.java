package org.nmt.core.assessment;

import static com.google.common.base.Strings.lenientFormat;

import java.time.Instant;
import org.immutables.value.Value;
import org.nmt.core.anatomy.Side;
import org.nmt.core.id.AssessmentId;
import org.nmt.core.style.NmtStyle;

/**
 * A range-of-motion measurement: one movement of one joint, on one side, in degrees, active or
 * passive. Percent of norm comes from a {@link RangeOfMotionNorms} table.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@NmtStyle
public abstract non-sealed class RangeOfMotionMeasurement implements Assessment {
  /** The largest accepted measurement in degrees. */
  public static final double MAXIMUM_DEGREES = 360;

  RangeOfMotionMeasurement() {}

  @Override
  public abstract AssessmentId id();

  @Override
  public abstract Instant takenAt();

  /** The joint. */
  public abstract Joint joint();

  /** The movement. */
  public abstract Movement movement();

  /**
   * The side: left or right for a limb joint, and for the direction of a spinal rotation or lateral
   * flexion; midline for spinal flexion and extension.
   */
  public abstract Side side();

  /** The measured range in degrees, 0–360. */
  public abstract double degrees();

  /** Active or passive. */
  @Value.Default
  public MotionMode mode() {
    return MotionMode.ACTIVE;
  }

  /** The measurement as a percentage of its norm in {@code norms}. */
  public double percentOfNorm(RangeOfMotionNorms norms) {
    return norms.get(joint(), movement()).percentOf(degrees());
  }

  /** Whether a spinal movement goes to one side (rotation, lateral flexion). */
  private static boolean isSided(Movement movement) {
    return movement == Movement.ROTATION || movement == Movement.LATERAL_FLEXION;
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link RangeOfMotionMeasurement}. */
  public static final class Builder extends ImmutableRangeOfMotionMeasurement.Builder {}

  @Value.Check
  void check() {
    if (!(degrees() >= 0 && degrees() <= MAXIMUM_DEGREES)) {
      throw new IllegalArgumentException(
          lenientFormat("range of motion %s: degrees must be within 0..360: %s", id(), degrees()));
    }
    boolean midline = joint().isSpinal() && !isSided(movement());
    if (!(midline ? side() == Side.MIDLINE : side() == Side.LEFT || side() == Side.RIGHT)) {
      throw new IllegalArgumentException(
          lenientFormat(
              midline
                  ? "range of motion %s: side of %s %s must be midline: %s"
                  : "range of motion %s: side of %s %s must be left or right: %s",
              id(),
              joint().id(),
              movement().id(),
              side().id()));
    }
  }
}
