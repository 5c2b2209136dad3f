package org.nmt.core.assessment;

import static com.google.common.base.Strings.lenientFormat;

import java.time.Instant;
import org.immutables.value.Value;
import org.nmt.core.id.AssessmentId;
import org.nmt.core.style.NmtStyle;

/**
 * A pain rating on the NPRS (0–10) or a VAS (0–100 mm), of pain now, at its worst or at its least.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@NmtStyle
public abstract non-sealed class PainRating implements Assessment {
  PainRating() {}

  @Override
  public abstract AssessmentId id();

  @Override
  public abstract Instant takenAt();

  /** The scale. */
  @Value.Default
  public PainScale scale() {
    return PainScale.NPRS;
  }

  /** Which pain is rated. */
  @Value.Default
  public PainContext context() {
    return PainContext.NOW;
  }

  /** The rating, 0 to the scale's maximum. */
  public abstract int value();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PainRating}. */
  public static final class Builder extends ImmutablePainRating.Builder {}

  @Value.Check
  void check() {
    if (!(value() >= 0 && value() <= scale().maximum())) {
      throw new IllegalArgumentException(
          lenientFormat(
              "pain rating %s: value on the %s must be within 0..%s: %s",
              id(), scale().id(), scale().maximum(), value()));
    }
  }
}
