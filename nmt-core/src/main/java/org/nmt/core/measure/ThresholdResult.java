package org.nmt.core.measure;

import org.nmt.core.style.EnumIds;

/** Whether a change reaches a threshold such as an MCID, or whether there is none to reach. */
public enum ThresholdResult {
  REACHED,
  NOT_REACHED,
  /**
   * No such threshold applies: the measure has none in the catalog, or, for a relative threshold,
   * the baseline is 0 and a relative change is undefined.
   */
  NO_THRESHOLD;

  /** The lower-kebab-case id. */
  public String id() {
    return EnumIds.id(this);
  }

  static ThresholdResult of(boolean defined, boolean reached) {
    return !defined ? NO_THRESHOLD : reached ? REACHED : NOT_REACHED;
  }
}
