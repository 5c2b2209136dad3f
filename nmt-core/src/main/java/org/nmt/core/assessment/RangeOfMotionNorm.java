package org.nmt.core.assessment;

import static com.google.common.base.Preconditions.checkArgument;

import org.immutables.value.Value;
import org.nmt.core.reference.Source;
import org.nmt.core.style.NmtStyle;

/**
 * The normal range of one movement of one joint, in degrees, with its source.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@NmtStyle
public abstract class RangeOfMotionNorm {
  RangeOfMotionNorm() {}

  /** The joint. */
  public abstract Joint joint();

  /** The movement. */
  public abstract Movement movement();

  /**
   * The normal range in degrees. Where sources give a span (hip flexion 120–125), the lower bound,
   * so that reaching the norm is reaching every source's norm's floor.
   */
  public abstract double degrees();

  /** Where the norm comes from, and any alternative figure. */
  public abstract Source source();

  /** {@code measuredDegrees} as a percentage of this norm. */
  public double percentOf(double measuredDegrees) {
    return measuredDegrees / degrees() * 100.0;
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link RangeOfMotionNorm}. */
  public static final class Builder extends ImmutableRangeOfMotionNorm.Builder {}

  @Value.Check
  void check() {
    checkArgument(
        degrees() > 0 && degrees() <= 360,
        "norm of %s %s must be within (0, 360] degrees: %s",
        joint().id(),
        movement().id(),
        degrees());
  }
}
