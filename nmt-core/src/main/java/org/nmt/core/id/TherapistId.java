package org.nmt.core.id;

import org.immutables.value.Value;
import org.nmt.core.style.NmtStyle;

/**
 * The identifier of a therapist, as the clinic assigns it.
 *
 * <p>1 to 64 letters, digits, {@code '.'}, {@code '_'} or {@code '-'}, starting with a letter or
 * digit. Immutable and thread-safe; {@link #toString()} returns the value.
 */
@Value.Immutable(builder = false, copy = false)
@NmtStyle
public abstract class TherapistId implements Comparable<TherapistId> {
  TherapistId() {}

  /** The identifier as text. */
  @Value.Parameter
  public abstract String value();

  /**
   * Returns the therapist id {@code value}.
   *
   * @throws IllegalArgumentException if {@code value} breaks the identifier rule
   */
  public static TherapistId of(String value) {
    return ImmutableTherapistId.of(Ids.check("therapist id", value));
  }

  @Override
  public int compareTo(TherapistId other) {
    return value().compareTo(other.value());
  }

  @Override
  public String toString() {
    return value();
  }
}
