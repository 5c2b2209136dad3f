package org.nmt.protocol.criterion;

import java.util.Optional;
import org.immutables.value.Value;
import org.nmt.core.record.StageSignOff;
import org.nmt.core.style.NmtStyle;

/**
 * A therapist has signed off the stage, at or after entering it.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable(builder = false)
@NmtStyle
public abstract non-sealed class TherapistSignOff implements Criterion {
  TherapistSignOff() {}

  /** The stable id. */
  public static final String ID = "therapist-sign-off";

  /** The criterion. */
  public static TherapistSignOff of() {
    return ImmutableTherapistSignOff.of();
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String requirement() {
    return "a therapist's sign-off of the stage";
  }

  @Override
  public CriterionResult evaluate(StageContext context) {
    Optional<StageSignOff> signOff =
        context.record().signOffs().stream()
            .filter(s -> s.stage() == context.stage() && context.inStage(s.at()))
            .reduce((first, second) -> second);
    return signOff
        .map(s -> result(Outcome.MET, "signed off by " + s.therapistId() + " at " + s.at()).build())
        .orElseGet(() -> result(Outcome.NOT_MET, "no sign-off").build());
  }
}
