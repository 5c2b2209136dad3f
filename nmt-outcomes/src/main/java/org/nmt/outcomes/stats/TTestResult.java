package org.nmt.outcomes.stats;

import static com.google.common.base.Preconditions.checkArgument;

import org.immutables.value.Value;
import org.nmt.core.style.NmtStyle;

/**
 * A two-sided one-sample t-test of the mean change against zero (the paired t-test): the statistic
 * {@code t = mean / (sd / √n)}, its degrees of freedom {@code n − 1} and the p-value from Student's
 * t distribution (Apache Commons Statistics {@code TTest}).
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@NmtStyle
public abstract class TTestResult {
  TTestResult() {}

  /** The t statistic. */
  public abstract double statistic();

  /** The degrees of freedom, {@code n − 1}. */
  public abstract double degreesOfFreedom();

  /** The two-sided p-value. */
  public abstract double pValue();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link TTestResult}. */
  public static final class Builder extends ImmutableTTestResult.Builder {}

  @Value.Check
  void check() {
    checkArgument(Double.isFinite(statistic()), "statistic must be finite: %s", statistic());
    checkArgument(
        degreesOfFreedom() >= 1, "degreesOfFreedom must be at least 1: %s", degreesOfFreedom());
    checkArgument(pValue() >= 0 && pValue() <= 1, "pValue must be within 0..1: %s", pValue());
  }
}
