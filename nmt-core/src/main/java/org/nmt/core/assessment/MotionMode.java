package org.nmt.core.assessment;

import org.nmt.core.style.EnumIds;

/** Whether the client moved the joint (active) or the therapist did (passive). */
public enum MotionMode {
  ACTIVE,
  PASSIVE;

  /** The lower-kebab-case id. */
  public String id() {
    return EnumIds.id(this);
  }
}
