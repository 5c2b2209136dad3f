package org.nmt.core.assessment;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.time.Instant;
import org.immutables.value.Value;
import org.nmt.core.anatomy.TissueLocation;
import org.nmt.core.id.AssessmentId;
import org.nmt.core.style.NmtStyle;

/**
 * Pressure pain threshold readings at one site, summarised by their mean (the usual protocol takes
 * three readings: Fischer 1987).
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@NmtStyle
public abstract non-sealed class PressurePainThresholdReading implements Assessment {
  PressurePainThresholdReading() {}

  @Override
  public abstract AssessmentId id();

  @Override
  public abstract Instant takenAt();

  /** Where the readings were taken. */
  public abstract TissueLocation location();

  /** The individual readings, in order; at least one. */
  public abstract ImmutableList<PressurePainThreshold> readings();

  /** The mean of the readings: the threshold this assessment reports. */
  public PressurePainThreshold threshold() {
    double sum = 0;
    for (PressurePainThreshold reading : readings()) {
      sum += reading.kilogramsPerSquareCentimetre();
    }
    return PressurePainThreshold.ofKilogramsPerSquareCentimetre(sum / readings().size());
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PressurePainThresholdReading}. */
  public static final class Builder extends ImmutablePressurePainThresholdReading.Builder {}

  @Value.Check
  void check() {
    checkArgument(
        !readings().isEmpty(), "pressure pain threshold %s: readings must not be empty", id());
  }
}
