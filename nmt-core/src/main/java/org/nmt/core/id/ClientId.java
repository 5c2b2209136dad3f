package org.nmt.core.id;

import org.immutables.value.Value;
import org.nmt.core.style.NmtStyle;

/**
 * A pseudonymous client identifier. It must not carry a name, an address or any other identifying
 * detail: nmt models no personal identifiers.
 *
 * <p>1 to 64 letters, digits, {@code '.'}, {@code '_'} or {@code '-'}, starting with a letter or
 * digit. Immutable and thread-safe; {@link #toString()} returns the value.
 */
@Value.Immutable(builder = false, copy = false)
@NmtStyle
public abstract class ClientId implements Comparable<ClientId> {
  ClientId() {}

  /** The identifier as text. */
  @Value.Parameter
  public abstract String value();

  /**
   * Returns the client id {@code value}.
   *
   * @throws IllegalArgumentException if {@code value} breaks the identifier rule
   */
  public static ClientId of(String value) {
    return ImmutableClientId.of(Ids.check("client id", value));
  }

  @Override
  public int compareTo(ClientId other) {
    return value().compareTo(other.value());
  }

  @Override
  public String toString() {
    return value();
  }
}
