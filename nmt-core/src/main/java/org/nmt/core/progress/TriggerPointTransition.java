package org.nmt.core.progress;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.Instant;
import org.immutables.value.Value;
import org.nmt.core.id.SessionId;
import org.nmt.core.style.NmtStyle;

/**
 * A change of a trigger point site's state from one examination to the next (active to latent,
 * latent to resolved, resolved to active again), and the session whose examination made it.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable(builder = false)
@NmtStyle
public abstract class TriggerPointTransition {
  TriggerPointTransition() {}

  /** The state before. */
  @Value.Parameter
  public abstract TriggerPointState from();

  /** The state after; differs from {@link #from()}. */
  @Value.Parameter
  public abstract TriggerPointState to();

  /** When the examination that made the change was made. */
  @Value.Parameter
  public abstract Instant time();

  /** The session of that examination: the transition's provenance. */
  @Value.Parameter
  public abstract SessionId sessionId();

  /**
   * A transition from {@code from} to {@code to} at {@code time} in session {@code sessionId}.
   *
   * @throws IllegalArgumentException if {@code from} equals {@code to}
   */
  public static TriggerPointTransition of(
      TriggerPointState from, TriggerPointState to, Instant time, SessionId sessionId) {
    return ImmutableTriggerPointTransition.of(from, to, time, sessionId);
  }

  @Value.Check
  void check() {
    checkArgument(from() != to(), "a transition must change the state: %s to %s", from(), to());
  }
}
