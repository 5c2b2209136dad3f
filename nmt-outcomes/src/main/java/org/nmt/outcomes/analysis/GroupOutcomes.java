package org.nmt.outcomes.analysis;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import org.immutables.value.Value;
import org.nmt.core.measure.Measure;
import org.nmt.core.stage.Stage;
import org.nmt.core.style.NmtStyle;
import org.nmt.outcomes.stats.PairedComparison;
import org.nmt.outcomes.stats.SurvivalCurve;

/**
 * The outcomes of one group of clients: the paired comparison of every measure at every endpoint,
 * how the courses went through each stage, and the time to discharge.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@NmtStyle
public abstract class GroupOutcomes {
  GroupOutcomes() {}

  /** The group. */
  public abstract GroupKey group();

  /** How many clients the group has. */
  public abstract long clients();

  /** How many of them started a course. */
  public abstract long started();

  /** How many of them were discharged. */
  public abstract long discharged();

  /** Every analysed measure at every endpoint, by measure then endpoint. */
  public abstract ImmutableList<MeasureOutcome> measures();

  /** Every stage, in the seeds' order. */
  public abstract ImmutableList<StageOutcome> stages();

  /**
   * Days from the start of the course to discharge (Kaplan–Meier), with clients not discharged
   * censored at their last recorded activity; clients whose course did not start are left out.
   */
  public abstract SurvivalCurve timeToDischarge();

  /**
   * The comparison of {@code measure}'s baseline with its last value.
   *
   * @throws IllegalArgumentException if the analysis did not include the measure
   */
  public PairedComparison measure(Measure measure) {
    return measure(measure, Endpoint.last());
  }

  /**
   * The comparison of {@code measure}'s baseline with its value at {@code endpoint}.
   *
   * @throws IllegalArgumentException if the analysis did not include the measure
   */
  public PairedComparison measure(Measure measure, Endpoint endpoint) {
    checkNotNull(measure, "measure");
    checkNotNull(endpoint, "endpoint");
    for (MeasureOutcome outcome : measures()) {
      if (outcome.measure() == measure && outcome.endpoint().equals(endpoint)) {
        return outcome.comparison();
      }
    }
    throw new IllegalArgumentException("measure not analysed: " + measure.id());
  }

  /** How the group's courses went through {@code stage}. */
  public StageOutcome stage(Stage stage) {
    checkNotNull(stage, "stage");
    return stages().stream().filter(s -> s.stage() == stage).findFirst().orElseThrow();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link GroupOutcomes}. */
  public static final class Builder extends ImmutableGroupOutcomes.Builder {}

  @Value.Check
  void check() {
    checkArgument(
        started() <= clients() && discharged() <= started(),
        "group %s: clients %s, started %s and discharged %s must not increase",
        group(),
        clients(),
        started(),
        discharged());
  }
}
