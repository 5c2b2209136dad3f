package org.nmt.core.measure;

import java.util.OptionalDouble;
import org.immutables.value.Value;
import org.nmt.core.style.NmtStyle;

/**
 * The change of a measure from a baseline to a follow-up value, judged against the measure's
 * minimal clinically important difference (MCID) and minimal detectable change (MDC).
 *
 * <p>Made by {@link OutcomeMeasure#change(double, double)}. Immutable and thread-safe.
 */
@Value.Immutable
@NmtStyle
public abstract class Change {
  Change() {}

  /** The measure. */
  public abstract Measure measure();

  /** The baseline value. */
  public abstract double baseline();

  /** The follow-up value. */
  public abstract double followUp();

  /** {@code followUp - baseline}, in the measure's unit. */
  public double difference() {
    return followUp() - baseline();
  }

  /** The change in the direction of improvement: positive when better, negative when worse. */
  public double improvement() {
    return measure().direction().improvement(baseline(), followUp());
  }

  /**
   * {@link #improvement()} as a percentage of the baseline; empty when the baseline is 0, where a
   * relative change is undefined.
   */
  public OptionalDouble percentImprovement() {
    return baseline() == 0
        ? OptionalDouble.empty()
        : OptionalDouble.of(improvement() / Math.abs(baseline()) * 100.0);
  }

  /** Whether the improvement reaches the absolute MCID. */
  public abstract ThresholdResult mcid();

  /** Whether the relative improvement reaches the relative MCID (30 % for NPRS and ODI). */
  public abstract ThresholdResult relativeMcid();

  /** Whether the change, either way, is at least the MDC: larger than measurement error. */
  public abstract ThresholdResult mdc();

  /**
   * Whether the client is a responder: the improvement reaches the MCID, or the MDC where the MCID
   * is smaller than the MDC (the project's clinical reference).
   */
  public abstract ThresholdResult responder();

  static Change of(OutcomeMeasure definition, double baseline, double followUp) {
    Measure measure = definition.measure();
    double improvement = measure.direction().improvement(baseline, followUp);
    boolean relativeDefined = definition.mcidPercent().isPresent() && baseline != 0;
    return ImmutableChange.builder()
        .measure(measure)
        .baseline(baseline)
        .followUp(followUp)
        .mcid(
            ThresholdResult.of(
                definition.mcid().isPresent(),
                definition.mcid().isPresent()
                    && improvement >= definition.mcid().getAsDouble() - 1e-9))
        .relativeMcid(
            ThresholdResult.of(
                relativeDefined,
                relativeDefined
                    && improvement / Math.abs(baseline) * 100.0
                        >= definition.mcidPercent().getAsDouble() - 1e-9))
        .mdc(
            ThresholdResult.of(
                definition.mdc().isPresent(),
                definition.mdc().isPresent()
                    && Math.abs(followUp - baseline) >= definition.mdc().getAsDouble() - 1e-9))
        .responder(responder(definition, improvement))
        .build();
  }

  /** Whether {@code improvement} reaches {@code definition}'s responder threshold. */
  static ThresholdResult responder(OutcomeMeasure definition, double improvement) {
    OptionalDouble threshold = definition.responderThreshold();
    return ThresholdResult.of(
        threshold.isPresent(),
        threshold.isPresent() && improvement >= threshold.getAsDouble() - 1e-9);
  }
}
