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

  /**
   * The largest sample {@link #signedRank(ValueCounts)} ranks from the counts: its rank sums stay
   * below 2<sup>50</sup>, so they are exact in a double, as the library's are.
   */
  static final long MAX_COUNTED_SIGNED_RANK = 1L << 24;

  /**
   * The bound on the magnitude of the steps {@link #signedRank(ValueCounts)} ranks from the counts:
   * below it, distinct steps read back as distinct doubles, so ties among the steps are exactly the
   * ties among the values.
   */
  static final long MAX_COUNTED_STEP = 1L << 52;

  private static final NormalDistribution STANDARD_NORMAL = NormalDistribution.of(0, 1);

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
   * The two-sided Wilcoxon signed-rank test of the non-zero values {@code changes} holds, after
   * dropping its zeros; empty without a non-zero value. Equal to {@link #signedRank(double[],
   * long)} of {@link ValueCounts#toArray its values}: small samples (where the library may compute
   * an exact p) go to the library; larger ones are ranked from the counts directly, with the
   * library's arithmetic (average ranks for ties, Cureton's normal approximation with the tie and
   * continuity corrections), without building and sorting one array element per value.
   */
  static Optional<SignedRankResult> signedRank(ValueCounts changes) {
    long zeros = changes.countOf(0);
    long nonZero = changes.count() - zeros;
    long[] steps = changes.sortedSteps();
    if (nonZero <= EXACT_SIGNED_RANK_LIMIT
        || nonZero > MAX_COUNTED_SIGNED_RANK
        || Math.max(-steps[0], steps[steps.length - 1]) >= MAX_COUNTED_STEP) {
      return signedRank(changes.toArray(ValueCounts.Zeros.DROP), zeros);
    }
    int n = (int) nonZero;
    // The negative steps, by magnitude, from firstNonNegative - 1 down; the positive ones up from
    // firstPositive: merged, they give the distinct magnitudes in ascending order.
    int firstNonNegative = 0;
    while (firstNonNegative < steps.length && steps[firstNonNegative] < 0) {
      firstNonNegative++;
    }
    int negative = firstNonNegative - 1;
    int positive = firstNonNegative;
    if (positive < steps.length && steps[positive] == 0) {
      positive++;
    }
    double wPlus = 0;
    double tieCorrection = 0;
    long below = 0;
    while (negative >= 0 || positive < steps.length) {
      long magnitude =
          negative < 0
              ? steps[positive]
              : positive >= steps.length
                  ? -steps[negative]
                  : Math.min(-steps[negative], steps[positive]);
      long negatives = 0;
      if (negative >= 0 && -steps[negative] == magnitude) {
        negatives = changes.countOf(steps[negative--]);
      }
      long positives = 0;
      if (positive < steps.length && steps[positive] == magnitude) {
        positives = changes.countOf(steps[positive++]);
      }
      int ties = (int) (negatives + positives);
      // The tied values share the average of ranks below + 1 .. below + ties.
      double rank = below + (ties + 1) / 2.0;
      wPlus += positives * rank;
      tieCorrection += Math.pow(ties, 3) - ties;
      below += ties;
    }
    // E[W+] and Var[W+] as the library computes them for n values without zeros.
    double expected = n * (n + 1.0) * 0.25;
    double variance = (n * (n + 1.0) * (2 * n + 1.0) - tieCorrection * 0.5) / 24;
    double x = wPlus - expected;
    x -= Math.signum(x) * 0.5;
    x /= Math.sqrt(variance);
    double p = 2 * STANDARD_NORMAL.survivalProbability(Math.abs(x));
    boolean tied = tieCorrection != 0;
    return Optional.of(
        SignedRankResult.builder()
            .statistic(wPlus)
            .nonZero(n)
            .zeros(zeros)
            .tied(tied)
            .method(SignedRankMethod.NORMAL_APPROXIMATION)
            .pValue(p)
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
