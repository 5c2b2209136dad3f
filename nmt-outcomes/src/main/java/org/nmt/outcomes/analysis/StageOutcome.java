package org.nmt.outcomes.analysis;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Optional;
import org.immutables.value.Value;
import org.nmt.core.stage.Stage;
import org.nmt.core.style.NmtStyle;
import org.nmt.outcomes.stats.Proportion;
import org.nmt.outcomes.stats.QuantileSummary;

/**
 * How a group's courses went through one stage: how many clients reached it, how long those whose
 * stays in it had all ended spent there (sessions and days, median and quartiles), and the
 * overrides and regressions.
 *
 * <p>A stay is the time from a transition into the stage to the next transition; a client whose
 * stay is still going on is not counted in the times (its time is censored), only in {@link
 * #reached()}. Immutable and thread-safe.
 */
@Value.Immutable
@NmtStyle
public abstract class StageOutcome {
  StageOutcome() {}

  /** The stage. */
  public abstract Stage stage();

  /** The group's clients whose course started: the denominator of {@link #reached()}. */
  public abstract long started();

  /** How many clients reached the stage. */
  public abstract long reachedCount();

  /** The clients who reached the stage among those whose course started, with a Wilson interval. */
  public Optional<Proportion> reached() {
    return started() == 0
        ? Optional.empty()
        : Optional.of(Proportion.of(reachedCount(), started()));
  }

  /** How many clients reached the stage and ended every stay in it. */
  public abstract long completed();

  /** The sessions of the completed clients in the stage, all stays together. */
  public abstract Optional<QuantileSummary> sessions();

  /** The days of the completed clients in the stage, all stays together. */
  public abstract Optional<QuantileSummary> days();

  /** How many times a course left the stage by an override. */
  public abstract long overrides();

  /** How many clients left the stage by an override at least once. */
  public abstract long clientsOverridden();

  /** How many times a course regressed from the stage to an earlier one. */
  public abstract long regressionsFrom();

  /** How many clients regressed from the stage at least once. */
  public abstract long clientsRegressed();

  /** How many times a course regressed into the stage. */
  public abstract long regressionsTo();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link StageOutcome}. */
  public static final class Builder extends ImmutableStageOutcome.Builder {}

  @Value.Check
  void check() {
    checkArgument(
        reachedCount() >= 0 && reachedCount() <= started(),
        "stage %s: reachedCount must be within 0..%s: %s",
        stage().id(),
        started(),
        reachedCount());
    checkArgument(
        completed() >= 0 && completed() <= reachedCount(),
        "stage %s: completed must be within 0..%s: %s",
        stage().id(),
        reachedCount(),
        completed());
  }
}
