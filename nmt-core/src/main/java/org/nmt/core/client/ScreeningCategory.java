package org.nmt.core.client;

import org.nmt.core.style.EnumIds;

/**
 * The four categories of intake screening (NCCIH, Mayo Clinic, clinic screening forms, via the
 * project's clinical reference).
 */
public enum ScreeningCategory {
  /** Postpone the session until the condition resolves. */
  POSTPONE,
  /** Treat, but avoid the affected local area. */
  AVOID_LOCAL_AREA,
  /** Treat, but with no deep or forceful pressure. */
  NO_DEEP_PRESSURE,
  /** Treat only once a physician has cleared it. */
  NEEDS_CLEARANCE;

  /** The lower-kebab-case id. */
  public String id() {
    return EnumIds.id(this);
  }
}
