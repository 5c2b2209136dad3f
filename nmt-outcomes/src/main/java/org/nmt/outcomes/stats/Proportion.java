package org.nmt.outcomes.stats;

import static com.google.common.base.Preconditions.checkArgument;

import org.immutables.value.Value;
import org.nmt.core.style.NmtStyle;

/**
 * A proportion of successes among trials with its Wilson score interval (Wilson 1927).
 *
 * <p>The Wilson interval keeps its bounds within 0..1 and behaves at 0 and at all successes, where
 * the Wald interval collapses: with {@code p̂ = k / n} and {@code z} the 97.5 % standard normal
 * quantile, the centre is {@code (p̂ + z²/2n) / (1 + z²/n)} and the half-width {@code z / (1 +
 * z²/n) · √(p̂(1 − p̂)/n + z²/4n²)}. Immutable and thread-safe.
 */
@Value.Immutable(builder = false)
@NmtStyle
public abstract class Proportion {
  Proportion() {}

  /** The successes, 0 to {@link #trials()}. */
  @Value.Parameter
  public abstract long successes();

  /** The trials, at least 1. */
  @Value.Parameter
  public abstract long trials();

  /** The estimate {@code successes / trials}. */
  public double estimate() {
    return successes() / (double) trials();
  }

  /** The Wilson score 95 % interval. */
  public Interval interval() {
    return Inference.wilson(successes(), trials());
  }

  /**
   * {@code successes} of {@code trials}.
   *
   * @throws IllegalArgumentException unless {@code trials >= 1} and {@code 0 <= successes <=
   *     trials}
   */
  public static Proportion of(long successes, long trials) {
    return ImmutableProportion.of(successes, trials);
  }

  @Value.Check
  void check() {
    checkArgument(trials() >= 1, "trials must be at least 1: %s", trials());
    checkArgument(
        successes() >= 0 && successes() <= trials(),
        "successes must be within 0..%s: %s",
        trials(),
        successes());
  }
}
