package org.nmt.core.assessment;

import org.nmt.core.style.EnumIds;

/** The unit of a postural measure. */
public enum PosturalUnit {
  DEGREES,
  MILLIMETRES;

  /** The lower-kebab-case id. */
  public String id() {
    return EnumIds.id(this);
  }
}
