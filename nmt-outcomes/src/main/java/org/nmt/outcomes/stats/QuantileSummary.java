package org.nmt.outcomes.stats;

import static com.google.common.base.Preconditions.checkArgument;

import org.immutables.value.Value;
import org.nmt.core.style.NmtStyle;

/**
 * The median and quartiles of some values (Hyndman &amp; Fan definition 7), with their count; the
 * interquartile range is {@link #thirdQuartile()} minus {@link #firstQuartile()}.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@NmtStyle
public abstract class QuantileSummary {
  QuantileSummary() {}

  /** How many values, at least 1. */
  public abstract long count();

  /** The 25 % quantile. */
  public abstract double firstQuartile();

  /** The 50 % quantile. */
  public abstract double median();

  /** The 75 % quantile. */
  public abstract double thirdQuartile();

  /** The interquartile range. */
  public double interquartileRange() {
    return thirdQuartile() - firstQuartile();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link QuantileSummary}. */
  public static final class Builder extends ImmutableQuantileSummary.Builder {}

  @Value.Check
  void check() {
    checkArgument(count() >= 1, "count must be at least 1: %s", count());
    checkArgument(
        firstQuartile() <= median() && median() <= thirdQuartile(),
        "quartiles must be in order: %s, %s, %s",
        firstQuartile(),
        median(),
        thirdQuartile());
  }
}
