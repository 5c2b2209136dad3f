package org.nmt.outcomes.stats;

import java.util.Optional;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.apache.commons.statistics.distribution.TDistribution;
import org.apache.commons.statistics.inference.TTest;
import org.apache.commons.statistics.inference.WilcoxonSignedRankTest;

/**
 * The distributions and tests nmt uses, all from Apache Commons Statistics, with the conventions of
 * {@code docs/OUTCOMES.md}: two-sided, 95 %.
 *
 * <p>Stateless and thread-safe.
 */
final class Inference {
  /** The upper 2.5 % point of the standard normal distribution, about 1.959964. */
  static final double Z_975 = NormalDistribution.of(0, 1).inverseSurvivalProbability(0.025);

  /** The largest sample the library's automatic choice computes an exact signed-rank p for. */
  static final int EXACT_SIGNED_RANK_LIMIT = 50;

  private static final WilcoxonSignedRankTest SIGNED_RANK = WilcoxonSignedRankTest.withDefaults();

  private static final TTest T_TEST = TTest.withDefaults();

  private Inference() {}

  /** The upper 2.5 % point of Student's t distribution with {@code df} degrees of freedom. */
  static double t975(double df) {
    return TDistribution.of(df).inverseSurvivalProbability(0.025);
  }

  /** The Wilson score 95 % interval of {@code successes} in {@code trials >= 1}. */
  static Interval wilson(long successes, long trials) {
    double n = trials;
    double p = successes / n;
    double z2 = Z_975 * Z_975;
    double denominator = 1 + z2 / n;
    double centre = (p + z2 / (2 * n)) / denominator;
    double half = Z_975 / denominator * Math.sqrt(p * (1 - p) / n + z2 / (4 * n * n));
    // At 0 and at n successes a bound is exactly 0 or 1; rounding must not move it off.
    double lower = successes == 0 ? 0 : Math.max(0, centre - half);
    double upper = successes == trials ? 1 : Math.min(1, centre + half);
    return Interval.of(lower, upper);
  }

  /**
   * The two-sided one-sample t-test of a mean {@code mean} with sample variance {@code variance}
   * over {@code n} values against 0; empty unless {@code n >= 2} and the variance is positive.
   */
  static Optional<TTestResult> tTest(double mean, double variance, long n) {
    if (n < 2 || !(variance > 0)) {
      return Optional.empty();
    }
    TTest.Result result = T_TEST.test(mean, variance, n);
    return Optional.of(
        TTestResult.builder()
            .statistic(result.getStatistic())
            .degreesOfFreedom(result.getDegreesOfFreedom())
            .pValue(result.getPValue())
            .build());
  }

  /**
   * The two-sided Wilcoxon signed-rank test of {@code nonZero}, changes none of which is zero,
   * after {@code zeros} zero changes were dropped; empty without a non-zero change.
   */
  static Optional<SignedRankResult> signedRank(double[] nonZero, long zeros) {
    if (nonZero.length == 0) {
      return Optional.empty();
    }
    WilcoxonSignedRankTest.Result result = SIGNED_RANK.test(nonZero);
    boolean exact = nonZero.length <= EXACT_SIGNED_RANK_LIMIT && !result.hasTiedValues();
    return Optional.of(
        SignedRankResult.builder()
            .statistic(result.getStatistic())
            .nonZero(nonZero.length)
            .zeros(zeros)
            .tied(result.hasTiedValues())
            .method(exact ? SignedRankMethod.EXACT : SignedRankMethod.NORMAL_APPROXIMATION)
            .pValue(result.getPValue())
            .build());
  }
}
