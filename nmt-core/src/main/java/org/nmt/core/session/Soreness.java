package org.nmt.core.session;

import org.nmt.core.style.EnumIds;

/** How sore the client felt after a session. */
public enum Soreness {
  NONE,
  MILD,
  MODERATE,
  SEVERE;

  /** The lower-kebab-case id. */
  public String id() {
    return EnumIds.id(this);
  }
}
