package org.nmt.protocol.definition;

import static org.nmt.core.stage.Stage.ENDURANCE;
import static org.nmt.core.stage.Stage.FLEXIBILITY;
import static org.nmt.core.stage.Stage.PAIN_ELIMINATION;
import static org.nmt.core.stage.Stage.STRENGTH;
import static org.nmt.core.stage.Stage.STRUCTURAL_CORRECTION;

import com.google.common.collect.ImmutableList;
import org.nmt.core.stage.Stage;
import org.nmt.protocol.criterion.EnduranceReached;
import org.nmt.protocol.criterion.MinimumSessions;
import org.nmt.protocol.criterion.NoActiveTriggerPoints;
import org.nmt.protocol.criterion.NoPainFlare;
import org.nmt.protocol.criterion.PainControlled;
import org.nmt.protocol.criterion.PressurePainThresholdImproved;
import org.nmt.protocol.criterion.RangeOfMotionRestored;
import org.nmt.protocol.criterion.StrengthRestored;
import org.nmt.protocol.criterion.StructureCorrected;
import org.nmt.protocol.criterion.TherapistSignOff;

/**
 * The built-in protocol definitions.
 *
 * <p>Both share the gates below and differ only in order. Sourced thresholds: at least 3 sessions
 * of pain elimination (ischemic compression typically takes 3–10 treatments), pressure pain
 * threshold up by the MDC 0.62 kg/cm² (Fischer 1987; JMPT 2017), a pain flare is a rise of 2 NPRS
 * points (the MCID, Farrar 2001), strength MRC grade 5 (normal), endurance Biering-Sørensen 176 s
 * and deep neck flexors 39 s (unconfirmed). Conventions a clinic should tune: pain at most 3 over
 * the last 2 sessions, 2 sessions in later stages, range of motion 90 % of norm or within 10 % of
 * the other side, postural improvement 5 (the Cobb measurement error). Stateless and thread-safe.
 */
public final class Protocols {
  private static final ProtocolDefinition SEEDS =
      define(
          "nmt-seeds", PAIN_ELIMINATION, STRUCTURAL_CORRECTION, FLEXIBILITY, STRENGTH, ENDURANCE);
  private static final ProtocolDefinition ST_JOHN =
      define("st-john", PAIN_ELIMINATION, FLEXIBILITY, STRUCTURAL_CORRECTION, STRENGTH, ENDURANCE);

  private Protocols() {}

  /**
   * The seeds' protocol, the default: pain, structure and biomechanics, flexibility and neural
   * re-education, strength, endurance (seed 002).
   */
  public static ProtocolDefinition seeds() {
    return SEEDS;
  }

  /** The St. John method's order: pain, flexibility, biomechanics, strength, endurance. */
  public static ProtocolDefinition stJohn() {
    return ST_JOHN;
  }

  /** Both built-ins, the default first. */
  public static ImmutableList<ProtocolDefinition> builtIns() {
    return ImmutableList.of(SEEDS, ST_JOHN);
  }

  /** The standard gate after {@code stage}. */
  public static Gate standardGate(Stage stage) {
    NoPainFlare noFlare = NoPainFlare.of(2);
    TherapistSignOff signOff = TherapistSignOff.of();
    MinimumSessions two = MinimumSessions.of(2);
    switch (stage) {
      case PAIN_ELIMINATION:
        return Gate.of(
            stage,
            MinimumSessions.of(3),
            NoActiveTriggerPoints.of(),
            PainControlled.of(3, 2),
            PressurePainThresholdImproved.of(0.62),
            noFlare,
            signOff);
      case STRUCTURAL_CORRECTION:
        return Gate.of(stage, two, StructureCorrected.of(5), noFlare, signOff);
      case FLEXIBILITY:
        return Gate.of(
            stage,
            two,
            RangeOfMotionRestored.builder().percentOfNorm(90).sideDifferencePercent(10).build(),
            noFlare,
            signOff);
      case STRENGTH:
        return Gate.of(stage, two, StrengthRestored.of(5), noFlare, signOff);
      case ENDURANCE:
        return Gate.of(
            stage, two, EnduranceReached.standard(), PainControlled.of(3, 2), noFlare, signOff);
      default:
        throw new AssertionError(stage);
    }
  }

  private static ProtocolDefinition define(String name, Stage... order) {
    ProtocolDefinition.Builder builder = ProtocolDefinition.builder();
    builder.name(name).version("1.0").addStages(order);
    for (Stage stage : order) {
      builder.addGate(standardGate(stage));
    }
    return builder
        .addRegressionRules(
            PainFlareRegression.of(2, PAIN_ELIMINATION),
            ActiveTriggerPointRegression.of(PAIN_ELIMINATION))
        .build();
  }
}
