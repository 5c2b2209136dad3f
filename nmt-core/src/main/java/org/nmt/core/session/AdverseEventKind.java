package org.nmt.core.session;

import org.nmt.core.style.EnumIds;

/**
 * An adverse event after a session. Soreness after NMT is expected and recorded as {@link
 * Soreness}, not as an adverse event: mostly within 12 h and lasting up to 36 h (Cambron 2007); it
 * resolves within 24–48 h (seed 001), up to 72 h by lay sources (as the clinical reference
 * summarises them).
 */
public enum AdverseEventKind {
  /** Soreness lasting beyond 72 hours. */
  PROLONGED_SORENESS,
  BRUISING,
  HEADACHE,
  DIZZINESS,
  NAUSEA,
  NUMBNESS_OR_TINGLING,
  SKIN_REACTION,
  INCREASED_PAIN,
  OTHER;

  /** The lower-kebab-case id. */
  public String id() {
    return EnumIds.id(this);
  }
}
