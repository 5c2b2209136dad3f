package org.nmt.outcomes.stats;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.OptionalDouble;

/**
 * How often each value occurs, with values kept to a fixed resolution: the mergeable, bounded store
 * behind quantiles and the Wilcoxon signed-rank test.
 *
 * <p>A value {@code x} is kept as the whole number of steps {@code k = floor(x · steps + 0.5)}
 * (rounded half up) and reads back as {@code k / steps}; values that round to the same step are
 * equal, so they are ties. Measures recorded on a grid (NPRS points, questionnaire scores, whole
 * degrees) are kept exactly when the grid is a multiple of the resolution. Memory is one entry per
 * distinct step, at most the values' range times {@code steps} however many values are added.
 * Merging adds the counts: associative, commutative and exact. The counts are kept in a hash map of
 * primitive steps (no boxing per value), sorted only when a quantile or the values are asked for.
 *
 * <p>Mutable and not thread-safe: confine an accumulator to one thread (or partition) and merge. A
 * result caches the counts in sorted order, so even reading one writes: an accumulator shared
 * between threads needs a lock for its results too.
 */
public final class ValueCounts {
  private final long steps;
  private final LongCounts counts = new LongCounts();
  private long total;

  private ValueCounts(long steps) {
    this.steps = steps;
  }

  /**
   * An empty accumulator keeping values to {@code 1 / steps} of their unit ({@code steps = 1000}
   * keeps thousandths).
   *
   * @throws IllegalArgumentException unless {@code steps} is within 1..1,000,000
   */
  public static ValueCounts withStepsPerUnit(long steps) {
    checkArgument(steps >= 1 && steps <= 1_000_000, "steps must be within 1..1000000: %s", steps);
    return new ValueCounts(steps);
  }

  /** The number of steps per unit. */
  public long stepsPerUnit() {
    return steps;
  }

  /** The step {@code value} is kept as: {@code floor(value · steps + 0.5)}. */
  public long stepOf(double value) {
    checkArgument(Double.isFinite(value), "value must be finite: %s", value);
    double scaled = Math.floor(value * steps + 0.5);
    checkArgument(
        Math.abs(scaled) < 0x1p53,
        "value is too large for the resolution 1/%s: %s",
        (Object) steps,
        value);
    return (long) scaled;
  }

  /** The value step {@code step} reads back as: {@code step / steps}. */
  public double valueOf(long step) {
    return step / (double) steps;
  }

  /**
   * Adds {@code value}, kept to the resolution.
   *
   * @throws IllegalArgumentException if {@code value} is not finite or too large to keep
   */
  public void add(double value) {
    counts.add(stepOf(value), 1);
    total++;
  }

  /**
   * Adds everything {@code other} holds; {@code other} is unchanged.
   *
   * @throws IllegalArgumentException if {@code other} keeps another resolution
   */
  public void merge(ValueCounts other) {
    checkNotNull(other, "other");
    checkArgument(
        other.steps == steps,
        "cannot merge counts of resolution 1/%s into 1/%s",
        other.steps,
        steps);
    counts.addAll(other.counts);
    total += other.total;
  }

  /** How many values were added. */
  public long count() {
    return total;
  }

  /** How many distinct values (steps) are held: the memory the accumulator uses. */
  public int distinctCount() {
    return counts.size();
  }

  /** How many of the values are kept as {@code step}. */
  public long countOf(long step) {
    return counts.get(step);
  }

  /**
   * The {@code p}-quantile of the kept values by linear interpolation between order statistics
   * (Hyndman &amp; Fan 1996, definition 7; R's and NumPy's default): with the values sorted as
   * {@code x[0] <= ... <= x[n-1]} and {@code h = (n − 1) p}, {@code x[⌊h⌋] + (h − ⌊h⌋) (x[⌊h⌋ + 1]
   * − x[⌊h⌋])}. Empty without values.
   *
   * @throws IllegalArgumentException unless {@code p} is within 0..1
   */
  public OptionalDouble quantile(double p) {
    checkArgument(p >= 0 && p <= 1, "p must be within 0..1: %s", p);
    if (total == 0) {
      return OptionalDouble.empty();
    }
    double h = (total - 1) * p;
    long lowIndex = (long) Math.floor(h);
    double fraction = h - lowIndex;
    double low = orderStatistic(lowIndex);
    if (fraction == 0) {
      return OptionalDouble.of(low);
    }
    double high = orderStatistic(lowIndex + 1);
    return OptionalDouble.of(low + fraction * (high - low));
  }

  /** The value at 0-based position {@code index} of the sorted values. */
  private double orderStatistic(long index) {
    long[] sortedSteps = counts.sortedKeys();
    long[] sortedCounts = counts.sortedCounts();
    long seen = 0;
    for (int i = 0; i < sortedSteps.length; i++) {
      seen += sortedCounts[i];
      if (index < seen) {
        return valueOf(sortedSteps[i]);
      }
    }
    throw new IllegalStateException("index " + index + " beyond " + total + " values");
  }

  /**
   * The kept values in ascending order, each as often as it occurs, skipping the zeros when {@code
   * zeros} is {@link Zeros#DROP}: the input of a test that needs the values themselves. The array
   * has one element per value, so it is built only when a statistic needs it.
   */
  double[] toArray(Zeros zeros) {
    long size = zeros == Zeros.DROP ? total - countOf(0) : total;
    checkArgument(size <= Integer.MAX_VALUE - 8, "too many values for one array: %s", size);
    double[] values = new double[(int) size];
    int next = 0;
    for (long step : counts.sortedKeys()) {
      if (zeros == Zeros.DROP && step == 0) {
        continue;
      }
      double value = valueOf(step);
      long count = counts.get(step);
      for (long i = 0; i < count; i++) {
        values[next++] = value;
      }
    }
    return values;
  }

  /** The distinct steps held, in ascending order; the caller must not modify the array. */
  long[] sortedSteps() {
    return counts.sortedKeys();
  }

  /** Whether {@link #toArray} keeps or drops zero values. */
  enum Zeros {
    KEEP,
    DROP
  }

  @Override
  public String toString() {
    return "ValueCounts{resolution=1/"
        + steps
        + ", count="
        + total
        + ", distinct="
        + counts.size()
        + "}";
  }
}
