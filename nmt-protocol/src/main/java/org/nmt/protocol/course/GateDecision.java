package org.nmt.protocol.course;

import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;
import org.nmt.core.stage.Stage;
import org.nmt.core.style.NmtStyle;
import org.nmt.protocol.criterion.CriterionResult;
import org.nmt.protocol.criterion.Outcome;

/**
 * The decision of a gate at one instant: each criterion with its result, so a clinic can show what
 * is still missing and a researcher can audit why a client advanced.
 *
 * <p>The gate passes when every criterion is met. Immutable and thread-safe.
 */
@Value.Immutable
@NmtStyle
public abstract class GateDecision {
  GateDecision() {}

  /** The stage the gate closes. */
  public abstract Stage stage();

  /** The stage the gate opens onto; empty for the discharge gate. */
  public abstract Optional<Stage> nextStage();

  /** When the course entered the stage. */
  public abstract Instant entered();

  /** The instant the record was seen at. */
  public abstract Instant asOf();

  /** Each criterion's result, in the gate's order. */
  public abstract ImmutableList<CriterionResult> results();

  /** Whether every criterion is met. */
  public boolean passed() {
    return results().stream().allMatch(CriterionResult::isMet);
  }

  /** The results that are not met (not met or not assessable), in the gate's order. */
  public ImmutableList<CriterionResult> unmet() {
    return results().stream()
        .filter(r -> r.outcome() != Outcome.MET)
        .collect(ImmutableList.toImmutableList());
  }

  /** The ids of the unmet criteria, in the gate's order. */
  public ImmutableList<String> unmetIds() {
    return unmet().stream().map(r -> r.criterion().id()).collect(ImmutableList.toImmutableList());
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link GateDecision}. */
  public static final class Builder extends ImmutableGateDecision.Builder {}
}
