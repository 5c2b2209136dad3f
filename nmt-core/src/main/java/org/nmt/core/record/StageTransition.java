package org.nmt.core.record;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;
import org.nmt.core.id.TherapistId;
import org.nmt.core.stage.Stage;
import org.nmt.core.style.NmtStyle;

/**
 * A recorded move of a course between stages: its start, an advance through a passed gate, an
 * override, a regression, or discharge (an advance with no next stage).
 *
 * <p>The record keeps transitions as they were recorded; whether each was allowed is for {@code
 * nmt-protocol} to judge, so an override without justification is representable (and found by
 * validation). The justification is free text and never appears in {@link #toString()}. Immutable
 * and thread-safe.
 */
@Value.Immutable
@NmtStyle
public abstract class StageTransition {
  StageTransition() {}

  /** When the transition was recorded. */
  public abstract Instant at();

  /** What kind of transition it is. */
  public abstract TransitionKind kind();

  /** The stage left; empty for the start of the course. */
  public abstract Optional<Stage> fromStage();

  /** The stage entered; empty for discharge. */
  public abstract Optional<Stage> toStage();

  /** The therapist who recorded it. */
  public abstract Optional<TherapistId> therapistId();

  /** Why an override was made (redacted in {@code toString()}). */
  @Value.Redacted
  public abstract Optional<String> justification();

  /** For an override, the ids of the gate criteria that had not passed. */
  public abstract ImmutableList<String> failedCriteria();

  /** For a regression, the id of the rule that fired ({@code "pain-flare"}). */
  public abstract Optional<String> trigger();

  /** Whether this transition discharged the client. */
  public boolean isDischarge() {
    return toStage().isEmpty();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link StageTransition}. */
  public static final class Builder extends ImmutableStageTransition.Builder {}

  @Value.Check
  void check() {
    switch (kind()) {
      case START:
        checkArgument(
            fromStage().isEmpty() && toStage().isPresent(),
            "start transition at %s must have no from stage and a to stage",
            at());
        break;
      case REGRESSION:
        checkArgument(
            fromStage().isPresent() && toStage().isPresent(),
            "regression at %s must have a from and a to stage",
            at());
        break;
      default:
        checkArgument(
            fromStage().isPresent(),
            "%s transition at %s must have a from stage",
            kind().id(),
            at());
        break;
    }
    checkArgument(
        !fromStage().equals(toStage()),
        "%s transition at %s must change the stage",
        kind().id(),
        at());
    checkArgument(
        failedCriteria().isEmpty() || kind() == TransitionKind.OVERRIDE,
        "%s transition at %s: failedCriteria are only for overrides",
        kind().id(),
        at());
    checkArgument(
        trigger().isEmpty() || kind() == TransitionKind.REGRESSION,
        "%s transition at %s: trigger is only for regressions",
        kind().id(),
        at());
  }
}
