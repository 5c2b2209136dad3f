package org.nmt.core.id;

import org.immutables.value.Value;
import org.nmt.core.style.NmtStyle;

/**
 * The identifier of one treatment session, unique within a client record.
 *
 * <p>1 to 64 letters, digits, {@code '.'}, {@code '_'} or {@code '-'}, starting with a letter or
 * digit. Immutable and thread-safe; {@link #toString()} returns the value.
 */
@Value.Immutable(builder = false, copy = false)
@NmtStyle
public abstract class SessionId implements Comparable<SessionId> {
  SessionId() {}

  /** The identifier as text. */
  @Value.Parameter
  public abstract String value();

  /**
   * Returns the session id {@code value}.
   *
   * @throws IllegalArgumentException if {@code value} breaks the identifier rule
   */
  public static SessionId of(String value) {
    return ImmutableSessionId.of(Ids.check("session id", value));
  }

  @Override
  public int compareTo(SessionId other) {
    return value().compareTo(other.value());
  }

  @Override
  public String toString() {
    return value();
  }
}
