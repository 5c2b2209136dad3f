package org.nmt.core.client;

import java.time.LocalDate;
import org.immutables.value.Value;
import org.nmt.core.style.NmtStyle;

/**
 * A physician's clearance to treat despite an item that needs it.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable(builder = false)
@NmtStyle
public abstract class Clearance {
  Clearance() {}

  /** The day clearance was given. */
  @Value.Parameter
  public abstract LocalDate givenOn();

  /** A clearance given on {@code givenOn}. */
  public static Clearance givenOn(LocalDate givenOn) {
    return ImmutableClearance.of(givenOn);
  }
}
