package org.nmt.core.id;

import org.immutables.value.Value;
import org.nmt.core.style.NmtStyle;

/**
 * The identifier of one assessment, unique within a client record.
 *
 * <p>1 to 64 letters, digits, {@code '.'}, {@code '_'} or {@code '-'}, starting with a letter or
 * digit. Immutable and thread-safe; {@link #toString()} returns the value.
 */
@Value.Immutable(builder = false, copy = false)
@NmtStyle
public abstract class AssessmentId implements Comparable<AssessmentId> {
  AssessmentId() {}

  /** The identifier as text. */
  @Value.Parameter
  public abstract String value();

  /**
   * Returns the assessment id {@code value}.
   *
   * @throws IllegalArgumentException if {@code value} breaks the identifier rule
   */
  public static AssessmentId of(String value) {
    return ImmutableAssessmentId.of(Ids.check("assessment id", value));
  }

  @Override
  public int compareTo(AssessmentId other) {
    return value().compareTo(other.value());
  }

  @Override
  public String toString() {
    return value();
  }
}
