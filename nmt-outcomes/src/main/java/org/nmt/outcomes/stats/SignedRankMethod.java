package org.nmt.outcomes.stats;

import org.nmt.core.style.EnumIds;

/** How the p-value of a Wilcoxon signed-rank test was computed. */
public enum SignedRankMethod {
  /** The exact distribution of W+: at most 50 non-zero differences and no ties. */
  EXACT,
  /**
   * The normal approximation with tie correction and continuity correction: more than 50 non-zero
   * differences, or ties.
   */
  NORMAL_APPROXIMATION;

  /** The lower-kebab-case id. */
  public String id() {
    return EnumIds.id(this);
  }
}
