package org.nmt.core.technique;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;
import org.nmt.core.reference.Source;
import org.nmt.core.style.NmtStyle;

/**
 * Dosing guidance for a technique, from the project's clinical reference.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@NmtStyle
public abstract class Dosing {
  Dosing() {}

  /** The guidance in words. */
  public abstract String summary();

  /** The hold time the guidance recommends, if it names one. */
  public abstract Optional<Duration> recommendedHold();

  /** The longest hold the guidance allows at one point, if it names one. */
  public abstract Optional<Duration> maximumHold();

  /** The lowest client-reported intensity (0–10) the guidance aims for, if it names one. */
  public abstract OptionalInt targetIntensityLow();

  /** The highest client-reported intensity (0–10) the guidance aims for, if it names one. */
  public abstract OptionalInt targetIntensityHigh();

  /**
   * Whether the first treatment must be followed by a rest day and later ones spaced on alternate
   * days (ischemic compression, after Travell).
   */
  @Value.Default
  public boolean restDayAfterFirstThenAlternateDays() {
    return false;
  }

  /** Where the guidance comes from. */
  public abstract Source source();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Dosing}. */
  public static final class Builder extends ImmutableDosing.Builder {}

  @Value.Check
  void check() {
    checkArgument(!summary().isBlank(), "summary must not be blank");
    recommendedHold()
        .ifPresent(
            d ->
                checkArgument(
                    d.compareTo(Duration.ZERO) > 0, "recommendedHold must be positive: %s", d));
    maximumHold()
        .ifPresent(
            d ->
                checkArgument(
                    d.compareTo(Duration.ZERO) > 0, "maximumHold must be positive: %s", d));
    if (recommendedHold().isPresent() && maximumHold().isPresent()) {
      checkArgument(
          recommendedHold().get().compareTo(maximumHold().get()) <= 0,
          "recommendedHold must not exceed maximumHold: %s > %s",
          recommendedHold().get(),
          maximumHold().get());
    }
    checkIntensity("targetIntensityLow", targetIntensityLow());
    checkIntensity("targetIntensityHigh", targetIntensityHigh());
    if (targetIntensityLow().isPresent() && targetIntensityHigh().isPresent()) {
      checkArgument(
          targetIntensityLow().getAsInt() <= targetIntensityHigh().getAsInt(),
          "targetIntensityLow must not exceed targetIntensityHigh: %s > %s",
          targetIntensityLow().getAsInt(),
          targetIntensityHigh().getAsInt());
    }
  }

  private static void checkIntensity(String field, OptionalInt value) {
    value.ifPresent(v -> checkArgument(v >= 0 && v <= 10, "%s must be within 0..10: %s", field, v));
  }
}
