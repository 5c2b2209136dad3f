package org.nmt.core.session;

import java.util.Optional;
import org.immutables.value.Value;
import org.nmt.core.style.NmtStyle;

/**
 * An adverse event the client reported after a session, with an optional description whose free
 * text never appears in {@link #toString()} or a message.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@NmtStyle
public abstract class AdverseEvent {
  AdverseEvent() {}

  /** What happened. */
  public abstract AdverseEventKind kind();

  /** Whether the event needed medical attention. */
  @Value.Default
  public boolean serious() {
    return false;
  }

  /** The client's or therapist's description (redacted in {@code toString()}). */
  @Value.Redacted
  public abstract Optional<String> description();

  /** A non-serious event of {@code kind} without description. */
  public static AdverseEvent of(AdverseEventKind kind) {
    return builder().kind(kind).build();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link AdverseEvent}. */
  public static final class Builder extends ImmutableAdverseEvent.Builder {}
}
