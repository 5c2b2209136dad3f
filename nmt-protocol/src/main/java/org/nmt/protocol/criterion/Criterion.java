package org.nmt.protocol.criterion;

/**
 * One rule of a gate between stages, with its parameters, evaluated over a {@link StageContext}.
 *
 * <p>A closed set: every criterion nmt knows is one of the permitted implementations, so that a
 * protocol definition can be stored, read back and compared exactly. Evaluation is a pure function
 * of the context; missing data gives {@link Outcome#NOT_ASSESSABLE}, never {@link Outcome#MET}.
 * Every implementation is immutable and thread-safe.
 */
public sealed interface Criterion
    permits NoActiveTriggerPoints,
        PainControlled,
        PressurePainThresholdImproved,
        StructureCorrected,
        RangeOfMotionRestored,
        StrengthRestored,
        EnduranceReached,
        NoPainFlare,
        MinimumSessions,
        TherapistSignOff {

  /** The criterion's stable id ({@code "pain-controlled"}). */
  String id();

  /** What the criterion requires, in words, with its parameters. */
  String requirement();

  /** Evaluates the criterion over {@code context}. */
  CriterionResult evaluate(StageContext context);

  /** A result builder for this criterion with its requirement filled in. */
  default CriterionResult.Builder result(Outcome outcome, String observed) {
    return CriterionResult.builder()
        .criterion(this)
        .outcome(outcome)
        .observed(observed)
        .required(requirement());
  }
}
