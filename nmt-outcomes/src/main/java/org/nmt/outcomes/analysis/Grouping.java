package org.nmt.outcomes.analysis;

import org.nmt.core.style.EnumIds;

/**
 * A way to split a cohort into subgroups. A client belongs to the overall group, to the group of
 * each of its activity profiles and presenting conditions ({@value GroupKey#UNSPECIFIED} when it
 * has none), and to the group of the protocol definition its course follows.
 */
public enum Grouping {
  /** Every client: the one group {@code all}. */
  ALL,
  /** By activity profile ({@code hiker}, {@code office-worker}, ...). */
  ACTIVITY_PROFILE,
  /** By presenting condition ({@code low-back-pain}, ...). */
  CONDITION,
  /** By protocol definition, labelled {@code name/version} ({@code nmt-seeds/1.0}). */
  PROTOCOL;

  /** The lower-kebab-case id. */
  public String id() {
    return EnumIds.id(this);
  }

  /**
   * Returns the grouping whose id is {@code id}; throws {@link IllegalArgumentException} if none.
   */
  public static Grouping fromId(String id) {
    return EnumIds.parse(Grouping.class, id);
  }
}
