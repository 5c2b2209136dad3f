package org.nmt.core.trigger;

import org.nmt.core.style.EnumIds;

/** What an examination found at a trigger point site. */
public enum TriggerPointStatus {
  /** A trigger point whose pain reproduces the client's complaint (pain recognition). */
  ACTIVE,
  /** A trigger point painful only on pressure, without pain recognition. */
  LATENT,
  /** Fewer than two of the three essential criteria met: no trigger point diagnosed. */
  NOT_CONFIRMED;

  /** The lower-kebab-case id. */
  public String id() {
    return EnumIds.id(this);
  }

  /** Whether a trigger point was diagnosed (active or latent). */
  public boolean isConfirmed() {
    return this != NOT_CONFIRMED;
  }
}
