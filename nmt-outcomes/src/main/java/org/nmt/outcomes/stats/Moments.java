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
 * <p>The sum and the sum of squares are kept as {@link BigDecimal}s, which hold every finite double
 * and its square exactly. Merging adds the sums, so it is associative and commutative and a merged
 * accumulator reports exactly what one accumulator fed all the values reports, however the values
 * were partitioned; there is no cancellation in the variance either, which is computed exactly from
 * the sums and rounded once. Memory grows only with the digits of the sums, not with the number of
 * values.
 *
 * <p>Mutable and not thread-safe: confine an accumulator to one thread (or partition) and merge.
 */
public final class Moments {
  private static final MathContext CONTEXT = MathContext.DECIMAL128;

  private long count;
  private BigDecimal sum = BigDecimal.ZERO;
  private BigDecimal sumOfSquares = BigDecimal.ZERO;

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
    BigDecimal exact = new BigDecimal(value);
    count++;
    sum = sum.add(exact);
    sumOfSquares = sumOfSquares.add(exact.multiply(exact));
  }

  /** Adds everything {@code other} holds to this accumulator; {@code other} is unchanged. */
  public void merge(Moments other) {
    checkNotNull(other, "other");
    count += other.count;
    sum = sum.add(other.sum);
    sumOfSquares = sumOfSquares.add(other.sumOfSquares);
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
    return OptionalDouble.of(sum.divide(BigDecimal.valueOf(count), CONTEXT).doubleValue());
  }

  /**
   * The sample variance, {@code (n Σx² − (Σx)²) / (n (n − 1))}; empty with fewer than two values.
   */
  public OptionalDouble variance() {
    if (count < 2) {
      return OptionalDouble.empty();
    }
    BigDecimal n = BigDecimal.valueOf(count);
    BigDecimal numerator = n.multiply(sumOfSquares).subtract(sum.multiply(sum));
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
