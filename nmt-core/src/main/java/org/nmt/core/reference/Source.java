package org.nmt.core.reference;

import static com.google.common.base.Preconditions.checkArgument;

import org.immutables.value.Value;
import org.nmt.core.style.NmtStyle;

/**
 * The citation behind one reference fact, and how firmly the fact rests on it.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@NmtStyle
public abstract class Source {
  Source() {}

  /** The citation, as a reader would look it up (author, year, title or standard). */
  @Value.Parameter
  public abstract String citation();

  /** How firmly the fact rests on the citation. */
  @Value.Parameter
  public abstract Evidence evidence();

  /** A fact confirmed in the primary source {@code citation}. */
  public static Source primary(String citation) {
    return ImmutableSource.of(citation, Evidence.PRIMARY);
  }

  /** A fact taken from the secondary source {@code citation}. */
  public static Source secondary(String citation) {
    return ImmutableSource.of(citation, Evidence.SECONDARY);
  }

  /** A convention not confirmed in a primary source; {@code citation} says where it comes from. */
  public static Source unconfirmed(String citation) {
    return ImmutableSource.of(citation, Evidence.UNCONFIRMED);
  }

  /** A source with the given citation and evidence. */
  public static Source of(String citation, Evidence evidence) {
    return ImmutableSource.of(citation, evidence);
  }

  @Value.Check
  void check() {
    checkArgument(!citation().isBlank(), "citation must not be blank");
  }

  @Override
  public String toString() {
    return citation() + (evidence() == Evidence.PRIMARY ? "" : " (" + evidence().id() + ")");
  }
}
