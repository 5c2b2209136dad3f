package org.nmt.outcomes.stats;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Optional;
import java.util.OptionalDouble;
import org.immutables.value.Value;
import org.nmt.core.style.NmtStyle;

/**
 * The change of a measure between paired baseline and follow-up values: descriptive statistics, the
 * mean change with its 95 % confidence interval, effect sizes, responders and two paired tests.
 *
 * <p>The change is follow-up minus baseline, in the measure's unit, so for a measure where lower is
 * better an improvement is negative; effect sizes carry the sign of the mean change. Every
 * statistic that its inputs do not define is empty rather than NaN: with no pair everything but
 * {@link #pairs()}; with one pair the standard deviations, interval, effect sizes and t-test; with
 * a standard deviation of 0 the effect sizes that divide by it and the t-test; with only zero
 * changes the signed-rank test; without a responder threshold the responders. {@code
 * docs/OUTCOMES.md} gives every formula and its source. Immutable and thread-safe.
 */
@Value.Immutable
@NmtStyle
public abstract class PairedComparison {
  PairedComparison() {}

  /** How many baseline and follow-up pairs. */
  public abstract long pairs();

  /** The mean of the baseline values. */
  public abstract OptionalDouble baselineMean();

  /** The sample standard deviation of the baseline values. */
  public abstract OptionalDouble baselineStandardDeviation();

  /** The mean of the follow-up values. */
  public abstract OptionalDouble followUpMean();

  /** The sample standard deviation of the follow-up values. */
  public abstract OptionalDouble followUpStandardDeviation();

  /** The mean change, follow-up minus baseline. */
  public abstract OptionalDouble meanChange();

  /** The sample standard deviation of the changes. */
  public abstract OptionalDouble changeStandardDeviation();

  /** The 95 % t interval of the mean change: mean ± t(0.975, n − 1) · sd / √n. */
  public abstract Optional<Interval> meanChangeInterval();

  /** The median and quartiles of the changes (kept to the measure's resolution). */
  public abstract Optional<QuantileSummary> changeQuantiles();

  /** The standardized response mean: mean change / standard deviation of the changes. */
  public abstract OptionalDouble standardizedResponseMean();

  /**
   * Cohen's d: mean change / pooled standard deviation, where the pooled standard deviation of two
   * samples of equal size is √((sd_baseline² + sd_followUp²) / 2).
   */
  public abstract OptionalDouble cohensD();

  /** Glass's effect size: mean change / baseline standard deviation. */
  public abstract OptionalDouble glassDelta();

  /** The improvement a responder needs (the MCID, or the MDC where larger), if one is set. */
  public abstract OptionalDouble responderThreshold();

  /** The clients whose improvement reached {@link #responderThreshold()}, of {@link #pairs()}. */
  public abstract Optional<Proportion> responders();

  /** The paired t-test of the changes against 0. */
  public abstract Optional<TTestResult> pairedTTest();

  /** The Wilcoxon signed-rank test of the changes against 0. */
  public abstract Optional<SignedRankResult> signedRankTest();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PairedComparison}. */
  public static final class Builder extends ImmutablePairedComparison.Builder {}

  @Value.Check
  void check() {
    checkArgument(pairs() >= 0, "pairs must not be negative: %s", pairs());
    responders()
        .ifPresent(
            r ->
                checkArgument(
                    r.trials() == pairs(),
                    "responders must be judged among all %s pairs: %s",
                    pairs(),
                    r.trials()));
  }
}
