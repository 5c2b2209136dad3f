package org.nmt.outcomes.analysis;

import org.immutables.value.Value;
import org.nmt.core.measure.Measure;
import org.nmt.core.style.NmtStyle;
import org.nmt.outcomes.stats.PairedComparison;

/**
 * The comparison of one measure's baseline with its value at one endpoint, over a group.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable(builder = false)
@NmtStyle
public abstract class MeasureOutcome {
  MeasureOutcome() {}

  /** The measure. */
  @Value.Parameter
  public abstract Measure measure();

  /** The endpoint of the follow-up value. */
  @Value.Parameter
  public abstract Endpoint endpoint();

  /** The paired comparison. */
  @Value.Parameter
  public abstract PairedComparison comparison();

  /** The comparison of {@code measure} at {@code endpoint}. */
  public static MeasureOutcome of(Measure measure, Endpoint endpoint, PairedComparison comparison) {
    return ImmutableMeasureOutcome.of(measure, endpoint, comparison);
  }
}
