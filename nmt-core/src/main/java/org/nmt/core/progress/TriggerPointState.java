package org.nmt.core.progress;

import org.nmt.core.style.EnumIds;
import org.nmt.core.trigger.TriggerPointStatus;

/**
 * The state of a trigger point site across its examinations, as the inventory reports it.
 *
 * <p>Confirmed findings set the state directly; an unconfirmed finding means the point resolved
 * when an earlier examination confirmed it, and that it was never confirmed otherwise.
 */
public enum TriggerPointState {
  /** The latest examination found an active trigger point. */
  ACTIVE,
  /** The latest examination found a latent trigger point. */
  LATENT,
  /** The latest examination did not confirm a trigger point an earlier one confirmed. */
  RESOLVED,
  /** No examination has confirmed a trigger point at the site. */
  NEVER_CONFIRMED;

  /** The lower-kebab-case id. */
  public String id() {
    return EnumIds.id(this);
  }

  /** Whether a trigger point is present (active or latent). */
  public boolean isPresent() {
    return this == ACTIVE || this == LATENT;
  }

  /**
   * The state after an examination found {@code status} at a site that was in state {@code
   * previous} (use {@link #NEVER_CONFIRMED} before the first examination).
   */
  public static TriggerPointState after(TriggerPointState previous, TriggerPointStatus status) {
    switch (status) {
      case ACTIVE:
        return ACTIVE;
      case LATENT:
        return LATENT;
      default:
        return previous == NEVER_CONFIRMED ? NEVER_CONFIRMED : RESOLVED;
    }
  }
}
