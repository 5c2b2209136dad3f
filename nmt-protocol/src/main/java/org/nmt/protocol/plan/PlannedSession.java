package org.nmt.protocol.plan;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.time.Duration;
import java.time.Instant;
import org.immutables.value.Value;
import org.nmt.core.session.Session;
import org.nmt.core.session.TechniqueApplication;
import org.nmt.core.stage.Stage;
import org.nmt.core.style.NmtStyle;

/**
 * A session of a treatment plan: when it is to start, how long it is to last, the stage it belongs
 * to and the techniques planned, in order.
 *
 * <p>The duration is positive and at most 4 hours, the plausibility bound of a recorded {@link
 * Session}; a duration outside the typical 30 to 90 minutes is kept for validation to report.
 * Immutable and thread-safe.
 */
@Value.Immutable
@NmtStyle
public abstract class PlannedSession {
  PlannedSession() {}

  /** When the session is to start. */
  public abstract Instant start();

  /** How long it is to last: positive, at most 4 hours. */
  public abstract Duration duration();

  /** When the session is to end. */
  public Instant end() {
    return start().plus(duration());
  }

  /** The rehabilitation stage the session belongs to. */
  public abstract Stage stage();

  /** The techniques planned, in order. */
  public abstract ImmutableList<TechniqueApplication> techniques();

  /**
   * A session at {@code start} lasting {@code duration} in {@code stage} with {@code techniques}.
   */
  public static PlannedSession of(
      Instant start, Duration duration, Stage stage, TechniqueApplication... techniques) {
    return builder().start(start).duration(duration).stage(stage).addTechniques(techniques).build();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PlannedSession}. */
  public static final class Builder extends ImmutablePlannedSession.Builder {}

  @Value.Check
  void check() {
    checkArgument(
        duration().compareTo(Duration.ZERO) > 0
            && duration().compareTo(Session.MAXIMUM_DURATION) <= 0,
        "planned session at %s: duration must be within (0, 4 h]: %s",
        start(),
        duration());
  }
}
