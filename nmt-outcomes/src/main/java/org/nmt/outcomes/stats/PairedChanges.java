package org.nmt.outcomes.stats;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.OptionalDouble;
import org.nmt.core.measure.ThresholdResult;

/**
 * Accumulates baseline and follow-up pairs of one measure and yields their {@link
 * PairedComparison}.
 *
 * <p>It keeps exact moments of the baselines, the follow-ups and the changes, the changes counted
 * at the measure's resolution (for their quantiles and the signed-rank test), and the count of
 * responders. Its memory is bounded by the number of distinct changes at that resolution (and a
 * buffer of 64 pairs), not by the number of pairs; merging is exact, so the comparison of merged
 * accumulators equals that of one accumulator fed every pair.
 *
 * <p>A pair is checked as it is added, and kept with the last few pairs; they are folded into the
 * sums and counts together, a few dozen at a time, and before any result or merge. An analysis
 * holds one accumulator per group, measure and endpoint, and adds a client's pairs to several of
 * them in turn: folded one pair at a time, each pair would fetch the sums and counts of its
 * accumulator from memory again (the reading of the next client has pushed them out of the cache);
 * folded together, they are fetched once for all the pairs kept. Pairs are folded in the order they
 * were added, into the same sums as before: only the moment of the folding changes, and no result.
 *
 * <p>Mutable and not thread-safe: confine an accumulator to one thread (or partition) and merge.
 * {@link #result} and {@link #merge} (on both accumulators) fold the kept pairs, so even they
 * write: an accumulator shared between threads needs a lock for them too.
 */
public final class PairedChanges {
  /** How many pairs are kept before they are folded into the sums and counts. */
  static final int PENDING_PAIRS = 64;

  private final OptionalDouble responderThreshold;
  private final Moments baseline = Moments.create();
  private final Moments followUp = Moments.create();
  private final Moments change = Moments.create();
  private final ValueCounts changes;
  private long responders;

  /** The pairs added and not folded yet: baseline and follow-up side by side. */
  private final double[] pending = new double[2 * PENDING_PAIRS];

  private int pendingPairs;

  private PairedChanges(long stepsPerUnit, OptionalDouble responderThreshold) {
    this.changes = ValueCounts.withStepsPerUnit(stepsPerUnit);
    this.responderThreshold = checkNotNull(responderThreshold, "responderThreshold");
  }

  /**
   * An empty accumulator keeping changes to {@code 1 / stepsPerUnit} of the measure's unit, for a
   * measure whose responders need an improvement of {@code responderThreshold} (empty when the
   * measure has no threshold).
   */
  public static PairedChanges create(long stepsPerUnit, OptionalDouble responderThreshold) {
    return new PairedChanges(stepsPerUnit, responderThreshold);
  }

  /**
   * Adds the pair {@code baseline}, {@code followUp}, with whether the client is a responder.
   *
   * @throws IllegalArgumentException if a value or the change is not finite, or the change is too
   *     large for the resolution, or {@code responder} says a threshold is missing when this
   *     measure has one, or the other way round; a refused pair leaves the accumulator as it was
   */
  public void add(double baseline, double followUp, ThresholdResult responder) {
    checkNotNull(responder, "responder");
    checkArgument(
        Double.isFinite(baseline) && Double.isFinite(followUp),
        "baseline and followUp must be finite: %s, %s",
        baseline,
        followUp);
    checkArgument(
        (responder == ThresholdResult.NO_THRESHOLD) == responderThreshold.isEmpty(),
        "responder must be %s for this measure: %s",
        responderThreshold.isEmpty() ? "no-threshold" : "reached or not-reached",
        responder);
    double difference = followUp - baseline;
    checkArgument(
        Double.isFinite(difference),
        "the change from baseline to followUp must be finite: %s to %s",
        baseline,
        followUp);
    // refuses a change too large for the resolution now, not when the pairs are folded
    changes.stepOf(difference);
    if (responder == ThresholdResult.REACHED) {
      responders++;
    }
    pending[2 * pendingPairs] = baseline;
    pending[2 * pendingPairs + 1] = followUp;
    pendingPairs++;
    if (pendingPairs == PENDING_PAIRS) {
      fold();
    }
  }

  /**
   * Folds the pending pairs into the sums and counts, one sum at a time, so that each is fetched
   * from memory once for all of them.
   */
  private void fold() {
    int end = 2 * pendingPairs;
    for (int i = 0; i < end; i += 2) {
      baseline.add(pending[i]);
    }
    for (int i = 0; i < end; i += 2) {
      followUp.add(pending[i + 1]);
    }
    for (int i = 0; i < end; i += 2) {
      change.add(pending[i + 1] - pending[i]);
    }
    for (int i = 0; i < end; i += 2) {
      changes.add(pending[i + 1] - pending[i]);
    }
    pendingPairs = 0;
  }

  /**
   * Adds everything {@code other} holds; {@code other} is unchanged.
   *
   * @throws IllegalArgumentException if {@code other} keeps another resolution or threshold; this
   *     accumulator is then as it was
   */
  public void merge(PairedChanges other) {
    checkNotNull(other, "other");
    checkArgument(
        other.responderThreshold.equals(responderThreshold),
        "cannot merge changes judged by threshold %s into %s",
        other.responderThreshold,
        responderThreshold);
    checkArgument(
        other.changes.stepsPerUnit() == changes.stepsPerUnit(),
        "cannot merge changes kept to 1/%s into changes kept to 1/%s",
        other.changes.stepsPerUnit(),
        changes.stepsPerUnit());
    // folding changes how other keeps its pairs, not what it holds
    fold();
    other.fold();
    baseline.merge(other.baseline);
    followUp.merge(other.followUp);
    change.merge(other.change);
    changes.merge(other.changes);
    responders += other.responders;
  }

  /** How many pairs were added. */
  public long pairs() {
    return change.count() + pendingPairs;
  }

  /** The comparison of the pairs added so far. */
  public PairedComparison result() {
    fold();
    long n = change.count();
    // Each exact mean and variance is rounded once here and reused.
    OptionalDouble baselineSd = baseline.standardDeviation();
    OptionalDouble followUpSd = followUp.standardDeviation();
    OptionalDouble changeMean = change.mean();
    OptionalDouble changeVariance = change.variance();
    OptionalDouble changeSd = sqrt(changeVariance);
    PairedComparison.Builder result =
        PairedComparison.builder()
            .pairs(n)
            .baselineMean(baseline.mean())
            .baselineStandardDeviation(baselineSd)
            .followUpMean(followUp.mean())
            .followUpStandardDeviation(followUpSd)
            .meanChange(changeMean)
            .changeStandardDeviation(changeSd)
            .responderThreshold(responderThreshold);
    if (n == 0) {
      return result.build();
    }
    double mean = changeMean.getAsDouble();
    result.changeQuantiles(
        QuantileSummary.builder()
            .count(n)
            .firstQuartile(changes.quantile(0.25).getAsDouble())
            .median(changes.quantile(0.5).getAsDouble())
            .thirdQuartile(changes.quantile(0.75).getAsDouble())
            .build());
    if (responderThreshold.isPresent()) {
      result.responders(Proportion.of(responders, n));
    }
    result.signedRankTest(Inference.signedRank(changes));
    if (n < 2) {
      return result.build();
    }
    double sd = changeSd.getAsDouble();
    double baselineDeviation = baselineSd.getAsDouble();
    double followUpDeviation = followUpSd.getAsDouble();
    double halfWidth = Inference.t975(n - 1) * sd / Math.sqrt(n);
    result.meanChangeInterval(Interval.of(mean - halfWidth, mean + halfWidth));
    result.standardizedResponseMean(ratio(mean, sd));
    result.cohensD(
        ratio(
            mean,
            Math.sqrt(
                (baselineDeviation * baselineDeviation + followUpDeviation * followUpDeviation)
                    / 2)));
    result.glassDelta(ratio(mean, baselineDeviation));
    result.pairedTTest(Inference.tTest(mean, changeVariance.getAsDouble(), n));
    return result.build();
  }

  private static OptionalDouble sqrt(OptionalDouble variance) {
    return variance.isPresent()
        ? OptionalDouble.of(Math.sqrt(variance.getAsDouble()))
        : OptionalDouble.empty();
  }

  private static OptionalDouble ratio(double numerator, double denominator) {
    return denominator > 0 ? OptionalDouble.of(numerator / denominator) : OptionalDouble.empty();
  }
}
