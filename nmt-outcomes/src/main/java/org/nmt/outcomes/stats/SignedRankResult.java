package org.nmt.outcomes.stats;

import static com.google.common.base.Preconditions.checkArgument;

import org.immutables.value.Value;
import org.nmt.core.style.NmtStyle;

/**
 * A two-sided Wilcoxon signed-rank test of the changes against zero (Apache Commons Statistics
 * {@code WilcoxonSignedRankTest}): zero changes are dropped first (Wilcoxon's procedure, the
 * default of R's {@code wilcox.test} and SciPy's {@code wilcoxon}), tied absolute changes get their
 * average rank, and the p-value is exact for at most 50 non-zero changes without ties, otherwise
 * from the normal approximation with tie and continuity correction.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@NmtStyle
public abstract class SignedRankResult {
  SignedRankResult() {}

  /** The positive-rank sum W+. */
  public abstract double statistic();

  /** How many non-zero changes were ranked, at least 1. */
  public abstract long nonZero();

  /** How many zero changes were dropped. */
  public abstract long zeros();

  /** Whether some absolute changes were tied. */
  public abstract boolean tied();

  /** How the p-value was computed. */
  public abstract SignedRankMethod method();

  /** The two-sided p-value. */
  public abstract double pValue();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SignedRankResult}. */
  public static final class Builder extends ImmutableSignedRankResult.Builder {}

  @Value.Check
  void check() {
    checkArgument(nonZero() >= 1, "nonZero must be at least 1: %s", nonZero());
    checkArgument(zeros() >= 0, "zeros must not be negative: %s", zeros());
    checkArgument(pValue() >= 0 && pValue() <= 1, "pValue must be within 0..1: %s", pValue());
  }
}
