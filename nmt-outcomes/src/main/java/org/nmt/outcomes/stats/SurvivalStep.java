package org.nmt.outcomes.stats;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Optional;
import java.util.OptionalDouble;
import org.immutables.value.Value;
import org.nmt.core.style.NmtStyle;

/**
 * One distinct time of a Kaplan–Meier curve: who was at risk, the events and censorings at that
 * time, and the estimate just after it with its Greenwood standard error and log-log 95 % interval.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@NmtStyle
public abstract class SurvivalStep {
  SurvivalStep() {}

  /** The time, in the curve's unit. */
  public abstract double time();

  /** How many subjects were at risk just before {@link #time()}. */
  public abstract long atRisk();

  /** How many events happened at {@link #time()}. */
  public abstract long events();

  /** How many subjects were censored at {@link #time()} (after the events there). */
  public abstract long censored();

  /** The estimated probability of no event by {@link #time()}, inclusive. */
  public abstract double survival();

  /** The Greenwood standard error of {@link #survival()}; empty where the survival is 0. */
  public abstract OptionalDouble standardError();

  /**
   * The log-log 95 % interval of {@link #survival()}; empty where the survival is 0 or 1, where the
   * transform is undefined.
   */
  public abstract Optional<Interval> interval();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SurvivalStep}. */
  public static final class Builder extends ImmutableSurvivalStep.Builder {}

  @Value.Check
  void check() {
    checkArgument(time() >= 0 && Double.isFinite(time()), "time must be finite, >= 0: %s", time());
    checkArgument(
        events() >= 0 && censored() >= 0 && events() + censored() >= 1,
        "a step needs an event or a censoring: %s events, %s censored",
        events(),
        censored());
    checkArgument(
        atRisk() >= events() + censored(),
        "atRisk must be at least events + censored: %s < %s",
        atRisk(),
        events() + censored());
    checkArgument(
        survival() >= 0 && survival() <= 1, "survival must be within 0..1: %s", survival());
  }
}
