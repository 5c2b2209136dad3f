package org.nmt.core.assessment;

import org.nmt.core.style.EnumIds;

/** The unit of an endurance test. */
public enum EnduranceUnit {
  SECONDS,
  REPETITIONS;

  /** The lower-kebab-case id. */
  public String id() {
    return EnumIds.id(this);
  }
}
