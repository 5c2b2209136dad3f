package org.nmt.protocol.course;

import org.nmt.core.style.EnumIds;

/** Where a course of treatment stands. */
public enum CourseState {
  /** No transition recorded yet. */
  NOT_STARTED,
  /** In a stage. */
  IN_STAGE,
  /** The last gate passed (or was overridden): the client is discharged. */
  DISCHARGED;

  /** The lower-kebab-case id. */
  public String id() {
    return EnumIds.id(this);
  }
}
