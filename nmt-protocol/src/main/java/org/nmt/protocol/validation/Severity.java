package org.nmt.protocol.validation;

import org.nmt.core.style.EnumIds;

/** How much a finding matters, most severe first. */
public enum Severity {
  /** The record or plan breaks a rule of the protocol or a precaution: do not act on it as is. */
  ERROR,
  /** A deviation a therapist should look at; it may be justified. */
  WARNING,
  /** Worth knowing, not a deviation from the protocol. */
  INFO;

  /** The lower-kebab-case id ({@code "error"}). */
  public String id() {
    return EnumIds.id(this);
  }

  /**
   * Returns the severity whose id is {@code id}; throws {@link IllegalArgumentException} if none.
   */
  public static Severity fromId(String id) {
    return EnumIds.parse(Severity.class, id);
  }
}
