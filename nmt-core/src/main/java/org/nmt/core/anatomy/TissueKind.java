package org.nmt.core.anatomy;

import org.nmt.core.style.EnumIds;

/** The kind of soft tissue a catalog entry is: the IT band and plantar fascia are fascia. */
public enum TissueKind {
  MUSCLE,
  FASCIA;

  /** The lower-kebab-case id of this kind. */
  public String id() {
    return EnumIds.id(this);
  }
}
