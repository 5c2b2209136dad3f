package org.nmt.protocol.criterion;

import org.nmt.core.style.EnumIds;

/** The result of evaluating one criterion. Missing data is never {@link #MET}. */
public enum Outcome {
  MET,
  NOT_MET,
  /** The record lacks the data the criterion needs. */
  NOT_ASSESSABLE;

  /** The lower-kebab-case id. */
  public String id() {
    return EnumIds.id(this);
  }
}
