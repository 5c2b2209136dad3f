package org.nmt.core.progress;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.Instant;
import org.immutables.value.Value;
import org.nmt.core.id.SessionId;
import org.nmt.core.style.NmtStyle;

/**
 * The pain relief within one session: the client's pain (NPRS 0–10) at its start and at its end.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable(builder = false)
@NmtStyle
public abstract class SessionRelief {
  SessionRelief() {}

  /** The session, the provenance of both ratings. */
  @Value.Parameter
  public abstract SessionId sessionId();

  /** When the session started. */
  @Value.Parameter
  public abstract Instant start();

  /** The pain at the start, 0–10. */
  @Value.Parameter
  public abstract int painBefore();

  /** The pain at the end, 0–10. */
  @Value.Parameter
  public abstract int painAfter();

  /** {@code painBefore - painAfter}: positive when the pain eased, negative when it grew. */
  public int relief() {
    return painBefore() - painAfter();
  }

  /**
   * The relief of session {@code sessionId}, started at {@code start}.
   *
   * @throws IllegalArgumentException unless both ratings are within 0..10
   */
  public static SessionRelief of(
      SessionId sessionId, Instant start, int painBefore, int painAfter) {
    return ImmutableSessionRelief.of(sessionId, start, painBefore, painAfter);
  }

  @Value.Check
  void check() {
    checkArgument(
        painBefore() >= 0 && painBefore() <= 10,
        "session relief %s: painBefore must be within 0..10: %s",
        sessionId(),
        painBefore());
    checkArgument(
        painAfter() >= 0 && painAfter() <= 10,
        "session relief %s: painAfter must be within 0..10: %s",
        sessionId(),
        painAfter());
  }
}
