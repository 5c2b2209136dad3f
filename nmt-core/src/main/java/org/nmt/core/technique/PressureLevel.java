package org.nmt.core.technique;

import org.nmt.core.style.EnumIds;

/** How much pressure a technique was applied with. */
public enum PressureLevel {
  NONE,
  LIGHT,
  MODERATE,
  FIRM,
  DEEP;

  /** The lower-kebab-case id. */
  public String id() {
    return EnumIds.id(this);
  }

  /**
   * Whether this is deep or forceful pressure, the pressure a no-deep-pressure precaution
   * (anticoagulants, bleeding disorder, low platelets, severe osteoporosis) rules out.
   */
  public boolean isDeep() {
    return this == FIRM || this == DEEP;
  }
}
