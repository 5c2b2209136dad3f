package org.nmt.core.measure;

import org.nmt.core.style.EnumIds;

/** Which way a measure improves. */
public enum Direction {
  LOWER_IS_BETTER,
  HIGHER_IS_BETTER;

  /** The lower-kebab-case id. */
  public String id() {
    return EnumIds.id(this);
  }

  /** The change from {@code baseline} to {@code followUp}, positive when it is an improvement. */
  public double improvement(double baseline, double followUp) {
    return this == LOWER_IS_BETTER ? baseline - followUp : followUp - baseline;
  }
}
