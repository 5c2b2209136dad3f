package org.nmt.core.reference;

import org.nmt.core.style.EnumIds;

/** How firmly a reference fact rests on its source. */
public enum Evidence {
  /** Confirmed in a primary source (a study, a standard, the original manual). */
  PRIMARY,
  /** Taken from a secondary source that cites a primary one (a review, a clinical reference). */
  SECONDARY,
  /**
   * Not confirmed in a primary source: a convention of practice, kept configurable. Marked "(u)" in
   * the project's clinical reference.
   */
  UNCONFIRMED;

  /** The lower-kebab-case id of this constant. */
  public String id() {
    return EnumIds.id(this);
  }
}
