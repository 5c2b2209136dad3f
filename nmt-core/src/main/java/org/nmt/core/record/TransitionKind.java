package org.nmt.core.record;

import org.nmt.core.style.EnumIds;

/** Why a course moved from one stage to another. */
public enum TransitionKind {
  /** The course began in its first stage. */
  START,
  /** The stage's gate passed. */
  GATE_PASSED,
  /** The therapist advanced although the gate did not pass, with a justification. */
  OVERRIDE,
  /** The course returned to an earlier stage because a regression rule fired. */
  REGRESSION;

  /** The lower-kebab-case id. */
  public String id() {
    return EnumIds.id(this);
  }
}
