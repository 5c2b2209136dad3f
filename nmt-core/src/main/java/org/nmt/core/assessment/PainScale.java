package org.nmt.core.assessment;

import org.nmt.core.measure.Measure;
import org.nmt.core.style.EnumIds;

/** The scale a pain rating is on. */
public enum PainScale {
  /** Numeric pain rating scale, 0–10 points. */
  NPRS(Measure.NPRS, 10),
  /** Visual analogue scale, 0–100 mm. */
  VAS(Measure.VAS, 100);

  private final Measure measure;
  private final int maximum;

  PainScale(Measure measure, int maximum) {
    this.measure = measure;
    this.maximum = maximum;
  }

  /** The lower-kebab-case id. */
  public String id() {
    return EnumIds.id(this);
  }

  /** The outcome measure of this scale. */
  public Measure measure() {
    return measure;
  }

  /** The greatest value on the scale (10 or 100); the least is 0. */
  public int maximum() {
    return maximum;
  }
}
