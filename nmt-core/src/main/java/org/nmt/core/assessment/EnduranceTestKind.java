package org.nmt.core.assessment;

import java.util.Optional;
import org.nmt.core.measure.Measure;
import org.nmt.core.style.EnumIds;

/** An endurance test, its unit, and the outcome measure it reports, where it is one. */
public enum EnduranceTestKind {
  /** Trunk extensor endurance hold, seconds, capped at 240 s (Biering-Sørensen 1984). */
  BIERING_SORENSEN(EnduranceUnit.SECONDS, 240, Measure.BIERING_SORENSEN),
  /** Deep neck flexor endurance hold, seconds. */
  DEEP_NECK_FLEXOR(EnduranceUnit.SECONDS, 600, Measure.DEEP_NECK_FLEXOR_ENDURANCE),
  /** Side plank hold, seconds, per side. */
  SIDE_PLANK(EnduranceUnit.SECONDS, 600, null),
  /** Single-leg heel raises to fatigue, repetitions, per side. */
  SINGLE_LEG_HEEL_RAISE(EnduranceUnit.REPETITIONS, 500, null),
  /** Another timed hold, seconds. */
  OTHER_HOLD(EnduranceUnit.SECONDS, 3600, null),
  /** Other repetitions to fatigue. */
  OTHER_REPETITIONS(EnduranceUnit.REPETITIONS, 1000, null);

  private final EnduranceUnit unit;
  private final double maximum;
  private final Measure measure;

  EnduranceTestKind(EnduranceUnit unit, double maximum, Measure measure) {
    this.unit = unit;
    this.maximum = maximum;
    this.measure = measure;
  }

  /** The lower-kebab-case id. */
  public String id() {
    return EnumIds.id(this);
  }

  /** Seconds or repetitions. */
  public EnduranceUnit unit() {
    return unit;
  }

  /**
   * The largest accepted value: the test's cap (240 s for Biering-Sørensen) or a plausibility
   * bound.
   */
  public double maximum() {
    return maximum;
  }

  /** The outcome measure the test reports, if it is one of the catalog's. */
  public Optional<Measure> measure() {
    return Optional.ofNullable(measure);
  }
}
