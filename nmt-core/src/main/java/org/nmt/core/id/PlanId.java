package org.nmt.core.id;

import org.immutables.value.Value;
import org.nmt.core.style.NmtStyle;

/**
 * The identifier of a treatment plan.
 *
 * <p>1 to 64 letters, digits, {@code '.'}, {@code '_'} or {@code '-'}, starting with a letter or
 * digit. Immutable and thread-safe; {@link #toString()} returns the value.
 */
@Value.Immutable(builder = false, copy = false)
@NmtStyle
public abstract class PlanId implements Comparable<PlanId> {
  PlanId() {}

  /** The identifier as text. */
  @Value.Parameter
  public abstract String value();

  /**
   * Returns the plan id {@code value}.
   *
   * @throws IllegalArgumentException if {@code value} breaks the identifier rule
   */
  public static PlanId of(String value) {
    return ImmutablePlanId.of(Ids.check("plan id", value));
  }

  @Override
  public int compareTo(PlanId other) {
    return value().compareTo(other.value());
  }

  @Override
  public String toString() {
    return value();
  }
}
