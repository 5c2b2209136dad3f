package org.nmt.core.assessment;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.OptionalDouble;
import org.immutables.value.Value;
import org.nmt.core.style.NmtStyle;

/**
 * The normal range of a postural measure: a lower bound (inclusive), an upper bound (inclusive or
 * exclusive), or both.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@NmtStyle
public abstract class NormalRange {
  NormalRange() {}

  /** The least normal value, inclusive. */
  public abstract OptionalDouble lower();

  /** The greatest normal value. */
  public abstract OptionalDouble upper();

  /** Whether {@link #upper()} itself is normal. */
  @Value.Default
  public boolean upperInclusive() {
    return true;
  }

  /** Values of at least {@code lower}. */
  public static NormalRange atLeast(double lower) {
    return builder().lower(lower).build();
  }

  /** Values of at most {@code upper}. */
  public static NormalRange atMost(double upper) {
    return builder().upper(upper).build();
  }

  /** Values below {@code upper}. */
  public static NormalRange below(double upper) {
    return builder().upper(upper).upperInclusive(false).build();
  }

  /** Values from {@code lower} to {@code upper}, both inclusive. */
  public static NormalRange between(double lower, double upper) {
    return builder().lower(lower).upper(upper).build();
  }

  /**
   * Whether {@code value} is normal.
   *
   * @throws IllegalArgumentException if {@code value} is NaN
   */
  public boolean contains(double value) {
    checkNotNaN(value);
    if (lower().isPresent() && value < lower().getAsDouble()) {
      return false;
    }
    if (upper().isPresent()) {
      double upper = upper().getAsDouble();
      return upperInclusive() ? value <= upper : value < upper;
    }
    return true;
  }

  /**
   * How far {@code value} lies from the nearest bound when it is outside the range; 0 when it is
   * normal. A value on an exclusive upper bound is outside the range at distance 0: use {@link
   * #contains} to judge normality.
   *
   * @throws IllegalArgumentException if {@code value} is NaN
   */
  public double distanceFrom(double value) {
    checkNotNaN(value);
    if (lower().isPresent() && value < lower().getAsDouble()) {
      return lower().getAsDouble() - value;
    }
    if (upper().isPresent() && !contains(value)) {
      return value - upper().getAsDouble();
    }
    return 0;
  }

  private static void checkNotNaN(double value) {
    checkArgument(!Double.isNaN(value), "value must be a number: %s", value);
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link NormalRange}. */
  public static final class Builder extends ImmutableNormalRange.Builder {}

  @Value.Check
  void check() {
    checkArgument(
        lower().isPresent() || upper().isPresent(),
        "normal range must have a lower or an upper bound");
    lower().ifPresent(v -> checkArgument(Double.isFinite(v), "lower must be finite: %s", v));
    upper().ifPresent(v -> checkArgument(Double.isFinite(v), "upper must be finite: %s", v));
    if (lower().isPresent() && upper().isPresent()) {
      checkArgument(
          lower().getAsDouble() <= upper().getAsDouble(),
          "lower must not exceed upper: %s > %s",
          lower().getAsDouble(),
          upper().getAsDouble());
      checkArgument(
          upperInclusive() || lower().getAsDouble() < upper().getAsDouble(),
          "normal range [%s, %s) is empty",
          lower().getAsDouble(),
          upper().getAsDouble());
    }
    checkArgument(
        upperInclusive() || upper().isPresent(), "upperInclusive false needs an upper bound");
  }

  @Override
  public String toString() {
    String low = lower().isPresent() ? "[" + lower().getAsDouble() : "(-inf";
    String high =
        upper().isPresent() ? upper().getAsDouble() + (upperInclusive() ? "]" : ")") : "+inf)";
    return low + ", " + high;
  }
}
