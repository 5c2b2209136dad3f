package org.nmt.core.record;

import java.time.Instant;
import org.immutables.value.Value;
import org.nmt.core.id.TherapistId;
import org.nmt.core.stage.Stage;
import org.nmt.core.style.NmtStyle;

/**
 * A therapist's sign-off that a stage's work is complete, one of the criteria a gate may require.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable(builder = false)
@NmtStyle
public abstract class StageSignOff {
  StageSignOff() {}

  /** The stage signed off. */
  @Value.Parameter
  public abstract Stage stage();

  /** The therapist who signed off. */
  @Value.Parameter
  public abstract TherapistId therapistId();

  /** When. */
  @Value.Parameter
  public abstract Instant at();

  /** A sign-off of {@code stage} by {@code therapistId} at {@code at}. */
  public static StageSignOff of(Stage stage, TherapistId therapistId, Instant at) {
    return ImmutableStageSignOff.of(stage, therapistId, at);
  }
}
