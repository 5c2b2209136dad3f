package org.nmt.outcomes.stats;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.OptionalDouble;

/**
 * The count, mean and variance of a stream of values, kept as exact sums so that accumulators merge
 * without rounding.
 *
 * <p>The sum and the sum of squares are kept exactly, as a few non-overlapping doubles each (an
 * {@link ExactSum}); a square {@code x²} is added as the double {@code p = x·x} and its rounding
 * error {@code fma(x, x, −p)}, which together are {@code x²} exactly (values so large or so small
 * that the split would overflow or underflow are squared in {@link BigDecimal} instead). Merging
 * adds the sums, so it is associative and commutative and a merged accumulator reports exactly what
 * one accumulator fed all the values reports, however the values were partitioned; there is no
 * cancellation in the variance either, which is computed exactly from the sums (in {@link
 * BigDecimal}, only when asked) and rounded once. Memory is bounded: a few dozen doubles per sum at
 * most, whatever the number of values.
 *
 * <p>Mutable and not thread-safe: confine an accumulator to one thread (or partition) and merge.
 */
public final class Moments {
  private static final MathContext CONTEXT = MathContext.DECIMAL128;

  /**
   * The magnitudes whose square splits exactly into {@code x·x} and {@code fma(x, x, −x·x)}: the
   * square neither overflows the partials of an {@link ExactSum} nor comes so close to the
   * subnormal range that its rounding error is not a double.
   */
  private static final double MIN_SPLIT = 0x1p-480;

  private static final double MAX_SPLIT = 0x1p425;

  private long count;
  private final ExactSum sum = new ExactSum();
  private final ExactSum sumOfSquares = new ExactSum();

  private Moments() {}

  /** An empty accumulator. */
  public static Moments create() {
    return new Moments();
  }

  /**
   * Adds {@code value}.
   *
   * @throws IllegalArgumentException if {@code value} is not finite
   */
  public void add(double value) {
    checkArgument(Double.isFinite(value), "value must be finite: %s", value);
    count++;
    sum.add(value);
    double magnitude = Math.abs(value);
    if (value == 0 || (magnitude >= MIN_SPLIT && magnitude <= MAX_SPLIT)) {
      double square = value * value;
      sumOfSquares.add(square);
      // Zero (and skipped) whenever the value has at most 26 significant bits, as small whole
      // numbers and halves do.
      sumOfSquares.add(Math.fma(value, value, -square));
    } else {
      BigDecimal exact = new BigDecimal(value);
      sumOfSquares.add(exact.multiply(exact));
    }
  }

  /** Adds everything {@code other} holds to this accumulator; {@code other} is unchanged. */
  public void merge(Moments other) {
    checkNotNull(other, "other");
    count += other.count;
    sum.add(other.sum);
    sumOfSquares.add(other.sumOfSquares);
  }

  /** How many values were added. */
  public long count() {
    return count;
  }

  /** The arithmetic mean; empty without values. */
  public OptionalDouble mean() {
    if (count == 0) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(sum.value().divide(BigDecimal.valueOf(count), CONTEXT).doubleValue());
  }

  /**
   * The sample variance, {@code (n Σx² − (Σx)²) / (n (n − 1))}; empty with fewer than two values.
   */
  public OptionalDouble variance() {
    if (count < 2) {
      return OptionalDouble.empty();
    }
    BigDecimal n = BigDecimal.valueOf(count);
    BigDecimal total = sum.value();
    BigDecimal numerator = n.multiply(sumOfSquares.value()).subtract(total.multiply(total));
    BigDecimal denominator = n.multiply(BigDecimal.valueOf(count - 1));
    return OptionalDouble.of(numerator.divide(denominator, CONTEXT).doubleValue());
  }

  /** The sample standard deviation, the square root of {@link #variance()}. */
  public OptionalDouble standardDeviation() {
    OptionalDouble variance = variance();
    return variance.isPresent()
        ? OptionalDouble.of(Math.sqrt(variance.getAsDouble()))
        : OptionalDouble.empty();
  }

  @Override
  public String toString() {
    return "Moments{count=" + count + ", mean=" + mean() + ", variance=" + variance() + "}";
  }
}
