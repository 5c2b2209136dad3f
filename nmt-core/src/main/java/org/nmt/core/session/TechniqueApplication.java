package org.nmt.core.session;

import static com.google.common.base.Strings.lenientFormat;

import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;
import org.nmt.core.anatomy.TissueLocation;
import org.nmt.core.style.NmtStyle;
import org.nmt.core.technique.PressureLevel;
import org.nmt.core.technique.Technique;

/**
 * One technique applied in a session: what, where, with how much pressure, for how long, how many
 * times, and how intense the client said it felt.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@NmtStyle
public abstract class TechniqueApplication {
  /** The longest accepted single hold. */
  public static final Duration MAXIMUM_HOLD = Duration.ofMinutes(30);

  /** The most accepted repetitions in one application. */
  public static final int MAXIMUM_REPETITIONS = 1000;

  TechniqueApplication() {}

  /** The technique. */
  public abstract Technique technique();

  /** The muscle, side and optionally trigger point site treated. */
  public abstract TissueLocation target();

  /** The pressure applied. */
  @Value.Default
  public PressureLevel pressure() {
    return PressureLevel.MODERATE;
  }

  /** How long each hold lasted, where the technique holds (compression, stretch). */
  public abstract Optional<Duration> holdTime();

  /** How many times the technique was repeated, if counted. */
  public abstract OptionalInt repetitions();

  /** The intensity the client reported, 0–10, if asked. */
  public abstract OptionalInt reportedIntensity();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link TechniqueApplication}. */
  public static final class Builder extends ImmutableTechniqueApplication.Builder {}

  @Value.Check
  void check() {
    Optional<Duration> hold = holdTime();
    if (hold.isPresent()
        && (hold.get().compareTo(Duration.ZERO) <= 0 || hold.get().compareTo(MAXIMUM_HOLD) > 0)) {
      throw new IllegalArgumentException(
          lenientFormat(
              "%s at %s: holdTime must be within (0, 30 min]: %s",
              technique().id(), target(), hold.get()));
    }
    OptionalInt repetitions = repetitions();
    if (repetitions.isPresent()
        && (repetitions.getAsInt() < 1 || repetitions.getAsInt() > MAXIMUM_REPETITIONS)) {
      throw new IllegalArgumentException(
          lenientFormat(
              "%s at %s: repetitions must be within 1..1000: %s",
              technique().id(), target(), repetitions.getAsInt()));
    }
    OptionalInt intensity = reportedIntensity();
    if (intensity.isPresent() && (intensity.getAsInt() < 0 || intensity.getAsInt() > 10)) {
      throw new IllegalArgumentException(
          lenientFormat(
              "%s at %s: reportedIntensity must be within 0..10: %s",
              technique().id(), target(), intensity.getAsInt()));
    }
  }
}
