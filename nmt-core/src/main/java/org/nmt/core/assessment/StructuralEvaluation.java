package org.nmt.core.assessment;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Strings.lenientFormat;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.Instant;
import org.immutables.value.Value;
import org.nmt.core.id.AssessmentId;
import org.nmt.core.style.NmtStyle;

/**
 * A structural evaluation (stage 2 of seed 002): the planes looked at and the postural deviations
 * measured. A plane evaluated with no finding in it was found without deviation.
 *
 * <p>Every finding lies in an evaluated plane. Immutable and thread-safe.
 */
@Value.Immutable
@NmtStyle
public abstract non-sealed class StructuralEvaluation implements Assessment {
  StructuralEvaluation() {}

  @Override
  public abstract AssessmentId id();

  @Override
  public abstract Instant takenAt();

  /** The planes evaluated; at least one. */
  public abstract ImmutableSet<Plane> planesEvaluated();

  /** The deviations measured. */
  public abstract ImmutableList<PosturalFinding> findings();

  /** Whether all three planes were evaluated. */
  public boolean coversAllPlanes() {
    return planesEvaluated().size() == Plane.values().length;
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link StructuralEvaluation}. */
  public static final class Builder extends ImmutableStructuralEvaluation.Builder {}

  @Value.Check
  void check() {
    checkArgument(
        !planesEvaluated().isEmpty(),
        "structural evaluation %s: planesEvaluated must not be empty",
        id());
    for (int i = 0; i < findings().size(); i++) {
      PosturalFinding finding = findings().get(i);
      if (!planesEvaluated().contains(finding.plane())) {
        throw new IllegalArgumentException(
            lenientFormat(
                "structural evaluation %s: findings[%s] (%s) lies in the %s plane, which was not"
                    + " evaluated",
                id(), i, finding.deviation().id(), finding.plane().id()));
      }
    }
  }
}
