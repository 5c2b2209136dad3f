package org.nmt.protocol.validation;

import org.nmt.core.style.EnumIds;

/** What a validation rule applies to: recorded courses, treatment plans, or both. */
public enum Scope {
  /** Recorded client records only ({@link RecordValidator}). */
  RECORD,
  /** Treatment plans only ({@link PlanValidator}). */
  PLAN,
  /** Both recorded client records and treatment plans. */
  BOTH;

  /** The lower-kebab-case id ({@code "record"}). */
  public String id() {
    return EnumIds.id(this);
  }

  /** Whether the rule applies to recorded client records. */
  public boolean coversRecords() {
    return this != PLAN;
  }

  /** Whether the rule applies to treatment plans. */
  public boolean coversPlans() {
    return this != RECORD;
  }
}
