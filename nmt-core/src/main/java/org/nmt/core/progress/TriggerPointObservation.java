package org.nmt.core.progress;

import java.time.Instant;
import org.immutables.value.Value;
import org.nmt.core.id.SessionId;
import org.nmt.core.style.NmtStyle;
import org.nmt.core.trigger.TriggerPointExamination;
import org.nmt.core.trigger.TriggerPointStatus;

/**
 * One examination of a trigger point site in the inventory: when (the session's start, as
 * examinations carry no time of their own), in which session, and what it found.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable(builder = false)
@NmtStyle
public abstract class TriggerPointObservation {
  TriggerPointObservation() {}

  /** When the session the examination was made in started. */
  @Value.Parameter
  public abstract Instant time();

  /** The session the examination was made in: the observation's provenance. */
  @Value.Parameter
  public abstract SessionId sessionId();

  /** The examination. */
  @Value.Parameter
  public abstract TriggerPointExamination examination();

  /** What the examination found. */
  public TriggerPointStatus status() {
    return examination().status();
  }

  /**
   * An observation of {@code examination}, made in session {@code sessionId} started at {@code
   * time}.
   */
  public static TriggerPointObservation of(
      Instant time, SessionId sessionId, TriggerPointExamination examination) {
    return ImmutableTriggerPointObservation.of(time, sessionId, examination);
  }
}
