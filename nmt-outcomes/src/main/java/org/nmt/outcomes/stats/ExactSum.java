package org.nmt.outcomes.stats;

import java.math.BigDecimal;
import java.util.Arrays;

/**
 * The exact sum of doubles, kept as a few doubles that do not overlap (Shewchuk 1997, "Adaptive
 * precision floating-point arithmetic"; the algorithm of Python's {@code math.fsum}).
 *
 * <p>Each value is added with error-free transformations: {@code hi = x + y} and, with {@code y' =
 * hi − x}, {@code lo = (x − (hi − y')) + (y − y')} (Knuth's two-sum, for any order of magnitudes;
 * it gives the same {@code lo} as {@code y − (hi − x)} does for {@code |x| >= |y|}, the exact
 * rounding error) give {@code hi + lo == x + y} exactly, so the partials always add up to the exact
 * sum. The partials are non-overlapping and increasing in magnitude, so there are at most a few
 * dozen of them whatever the values (one to three for values with few digits). The transformations
 * are exact as long as no partial overflows: values of magnitude above {@link #MAX_PARTIAL_INPUT}
 * are added to a {@link BigDecimal} instead, which keeps them exactly too.
 *
 * <p>Mutable and not thread-safe.
 */
final class ExactSum {
  /**
   * The largest magnitude added as a double: any 2<sup>63</sup> values of at most 2<sup>850</sup>
   * sum to well below {@link Double#MAX_VALUE}, so no partial can overflow.
   */
  static final double MAX_PARTIAL_INPUT = 0x1p850;

  private static final double[] NONE = {};

  private double[] partials = NONE;
  private int size;
  private BigDecimal large = BigDecimal.ZERO;

  /** Adds {@code value}, which must be finite. */
  void add(double value) {
    if (value == 0) {
      return;
    }
    if (Math.abs(value) > MAX_PARTIAL_INPUT) {
      large = large.add(new BigDecimal(value));
      return;
    }
    double x = value;
    int kept = 0;
    for (int i = 0; i < size; i++) {
      double y = partials[i];
      // Knuth's two-sum: the exact error of x + y whichever is larger, without a branch on their
      // magnitudes (which the values would make unpredictable)
      double hi = x + y;
      double yPart = hi - x;
      double lo = (x - (hi - yPart)) + (y - yPart);
      if (lo != 0) {
        partials[kept++] = lo;
      }
      x = hi;
    }
    if (kept == partials.length) {
      partials = Arrays.copyOf(partials, Math.max(4, 2 * partials.length));
    }
    partials[kept++] = x;
    size = kept;
  }

  /** Adds {@code value} exactly, whatever its size. */
  void add(BigDecimal value) {
    large = large.add(value);
  }

  /** Adds the sum {@code other} holds; {@code other} is unchanged. */
  void add(ExactSum other) {
    // A copy, so that adding a sum to itself reads the partials as they were.
    double[] theirs = Arrays.copyOf(other.partials, other.size);
    BigDecimal theirLarge = other.large;
    for (double partial : theirs) {
      add(partial);
    }
    large = large.add(theirLarge);
  }

  /** The exact sum. */
  BigDecimal value() {
    BigDecimal sum = large;
    for (int i = 0; i < size; i++) {
      sum = sum.add(new BigDecimal(partials[i]));
    }
    return sum;
  }

  /** How many doubles hold the sum: its memory, for tests. */
  int partialCount() {
    return size;
  }
}
