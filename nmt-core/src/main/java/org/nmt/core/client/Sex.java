package org.nmt.core.client;

import org.nmt.core.style.EnumIds;

/** Sex as recorded at intake, where the client gives it (norms vary with sex). */
public enum Sex {
  FEMALE,
  MALE,
  OTHER;

  /** The lower-kebab-case id. */
  public String id() {
    return EnumIds.id(this);
  }
}
