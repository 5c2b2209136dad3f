package org.nmt.core.measure;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.base.Strings;
import com.google.common.collect.ImmutableList;
import java.util.OptionalDouble;
import org.immutables.value.Value;
import org.nmt.core.reference.Source;
import org.nmt.core.style.NmtStyle;

/**
 * The reference data of one outcome measure: its important-change thresholds and their sources.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@NmtStyle
public abstract class OutcomeMeasure {
  OutcomeMeasure() {}

  /** The measure (range, unit and direction). */
  public abstract Measure measure();

  /** The minimal clinically important difference, in the measure's unit, if established. */
  public abstract OptionalDouble mcid();

  /** The MCID as a percentage of the baseline, where one is used (30 % for NPRS and ODI). */
  public abstract OptionalDouble mcidPercent();

  /** The minimal detectable change (95 %), in the measure's unit, if established. */
  public abstract OptionalDouble mdc();

  /** Notes a reader of a result should know (baseline-dependent MCIDs, cut-offs). */
  public abstract String notes();

  /** Where the thresholds come from; at least one. */
  public abstract ImmutableList<Source> sources();

  /**
   * The improvement a responder needs: the MCID, or the MDC where the MCID is smaller (or absent);
   * empty when the measure has neither. Computed once per entry.
   */
  @Value.Lazy
  public OptionalDouble responderThreshold() {
    if (mcid().isPresent() && mdc().isPresent()) {
      return OptionalDouble.of(Math.max(mcid().getAsDouble(), mdc().getAsDouble()));
    }
    return mcid().isPresent() ? mcid() : mdc();
  }

  /**
   * The change from {@code baseline} to {@code followUp}, judged against this measure's thresholds.
   *
   * @throws IllegalArgumentException if either value is outside the measure's range
   */
  public Change change(double baseline, double followUp) {
    checkValue("baseline", baseline);
    checkValue("followUp", followUp);
    return Change.of(this, baseline, followUp);
  }

  /**
   * Whether a change from {@code baseline} to {@code followUp} makes a responder: {@code
   * change(baseline, followUp).responder()}, without building the rest of the change (for analyses
   * that judge many changes and read only this).
   *
   * @throws IllegalArgumentException if either value is outside the measure's range
   */
  public ThresholdResult responder(double baseline, double followUp) {
    checkValue("baseline", baseline);
    checkValue("followUp", followUp);
    return Change.responder(this, measure().direction().improvement(baseline, followUp));
  }

  private void checkValue(String field, double value) {
    // the message and its boxed arguments only on failure: every change of a report checks both
    if (!measure().inRange(value)) {
      throw new IllegalArgumentException(
          Strings.lenientFormat(
              "%s of %s must be within %s..%s: %s",
              field, measure().id(), measure().minimum(), measure().maximum(), value));
    }
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link OutcomeMeasure}. */
  public static final class Builder extends ImmutableOutcomeMeasure.Builder {}

  @Value.Check
  void check() {
    checkPositive("mcid", mcid());
    checkPositive("mcidPercent", mcidPercent());
    checkPositive("mdc", mdc());
    checkArgument(!sources().isEmpty(), "measure %s: sources must not be empty", measure().id());
  }

  private void checkPositive(String field, OptionalDouble value) {
    value.ifPresent(
        v ->
            checkArgument(
                v > 0 && Double.isFinite(v),
                "measure %s: %s must be positive: %s",
                measure().id(),
                field,
                v));
  }
}
