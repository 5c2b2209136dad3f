package org.nmt.outcomes.stats;

import com.google.common.collect.ImmutableList;
import java.util.OptionalDouble;
import org.immutables.value.Value;
import org.nmt.core.style.NmtStyle;

/**
 * A Kaplan–Meier estimate (Kaplan &amp; Meier 1958): the product-limit survival curve of the time
 * to an event with right-censored subjects, its Greenwood standard errors and log-log intervals,
 * and the median time.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@NmtStyle
public abstract class SurvivalCurve {
  SurvivalCurve() {}

  /** How many subjects, with an event or censored. */
  public abstract long subjects();

  /** How many had the event. */
  public abstract long events();

  /** The distinct times, ascending. */
  public abstract ImmutableList<SurvivalStep> steps();

  /**
   * The median time: the smallest time at which the estimated survival is 0.5 or less (Collett,
   * <i>Modelling Survival Data in Medical Research</i>); empty when it never falls that low.
   */
  public abstract OptionalDouble median();

  /** The estimated survival just after {@code time}: 1 before the first event. */
  public double survivalAt(double time) {
    double survival = 1;
    for (SurvivalStep step : steps()) {
      if (step.time() > time) {
        break;
      }
      survival = step.survival();
    }
    return survival;
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SurvivalCurve}. */
  public static final class Builder extends ImmutableSurvivalCurve.Builder {}
}
