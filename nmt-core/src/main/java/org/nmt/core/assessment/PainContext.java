package org.nmt.core.assessment;

import org.nmt.core.style.EnumIds;

/** Which pain a rating is of. */
public enum PainContext {
  NOW,
  WORST,
  LEAST;

  /** The lower-kebab-case id. */
  public String id() {
    return EnumIds.id(this);
  }
}
