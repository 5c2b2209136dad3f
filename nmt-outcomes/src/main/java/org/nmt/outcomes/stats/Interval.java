package org.nmt.outcomes.stats;

import static com.google.common.base.Preconditions.checkArgument;

import org.immutables.value.Value;
import org.nmt.core.style.NmtStyle;

/**
 * A two-sided 95 % confidence interval: finite bounds, the lower no greater than the upper.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable(builder = false)
@NmtStyle
public abstract class Interval {
  /** The confidence level of every interval nmt reports. */
  public static final double LEVEL = 0.95;

  Interval() {}

  /** The lower bound. */
  @Value.Parameter
  public abstract double lower();

  /** The upper bound. */
  @Value.Parameter
  public abstract double upper();

  /** Whether {@code value} lies within the interval, bounds included. */
  public boolean contains(double value) {
    return value >= lower() && value <= upper();
  }

  /**
   * The interval from {@code lower} to {@code upper}.
   *
   * @throws IllegalArgumentException if a bound is not finite or {@code lower > upper}
   */
  public static Interval of(double lower, double upper) {
    return ImmutableInterval.of(lower, upper);
  }

  @Value.Check
  void check() {
    checkArgument(
        Double.isFinite(lower()) && Double.isFinite(upper()),
        "interval bounds must be finite: %s, %s",
        lower(),
        upper());
    checkArgument(
        lower() <= upper(),
        "interval lower bound must not exceed upper: %s > %s",
        lower(),
        upper());
  }
}
