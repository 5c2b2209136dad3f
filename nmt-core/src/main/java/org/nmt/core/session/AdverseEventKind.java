package org.nmt.core.session;

import org.nmt.core.style.EnumIds;

/**
 * An adverse event after a session. Soreness that resolves within 24–48 h (up to 72 h) is expected
 * and recorded as {@link Soreness}, not as an adverse event (Cambron 2007; seed 001).
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
