package org.nmt.protocol.criterion;

import com.google.common.collect.ImmutableList;
import org.immutables.value.Value;
import org.nmt.core.id.AssessmentId;
import org.nmt.core.id.SessionId;
import org.nmt.core.style.NmtStyle;

/**
 * The result of evaluating one criterion: the outcome, what was observed against what was required,
 * and the sessions and assessments that are the evidence.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@NmtStyle
public abstract class CriterionResult {
  CriterionResult() {}

  /** The criterion evaluated. */
  public abstract Criterion criterion();

  /** Met, not met, or not assessable. */
  public abstract Outcome outcome();

  /** What the record shows, in words ({@code "last 2 sessions: 3, 2"}). */
  public abstract String observed();

  /** What the criterion requires, in words ({@code "NPRS <= 3 over the last 2 sessions"}). */
  public abstract String required();

  /** The sessions the result rests on. */
  public abstract ImmutableList<SessionId> sessions();

  /** The assessments the result rests on. */
  public abstract ImmutableList<AssessmentId> assessments();

  /** Whether the outcome is {@link Outcome#MET}. */
  public boolean isMet() {
    return outcome() == Outcome.MET;
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CriterionResult}. */
  public static final class Builder extends ImmutableCriterionResult.Builder {}

  @Override
  public String toString() {
    return criterion().id()
        + ": "
        + outcome().id()
        + " (observed "
        + observed()
        + "; required "
        + required()
        + ")";
  }
}
