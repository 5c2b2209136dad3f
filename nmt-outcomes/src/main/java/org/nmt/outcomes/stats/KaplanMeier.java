package org.nmt.outcomes.stats;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Arrays;
import java.util.OptionalDouble;

/**
 * Accumulates times to an event, some right-censored, and yields the Kaplan–Meier {@link
 * SurvivalCurve}.
 *
 * <p>Times are kept to {@code 1 / steps} of their unit, as counts of events and censorings per
 * time, so memory is bounded by the number of distinct times at that resolution and merging adds
 * the counts exactly. At a time with both events and censorings the censored subjects count as at
 * risk for the events (the usual convention, also R's {@code survival} and SciPy's).
 *
 * <p>The estimate after time {@code t_j} is {@code S = Π (1 − d_i / n_i)} over event times {@code
 * t_i <= t_j}, with {@code d_i} events among {@code n_i} at risk; its Greenwood variance is {@code
 * S² Σ d_i / (n_i (n_i − d_i))}; the 95 % interval is log-log: with {@code σ² = Σ d_i / (n_i (n_i −
 * d_i))}, {@code exp(−exp(log(−log S) ± z σ / log S))}. Arithmetic only; the normal quantile comes
 * from Apache Commons Statistics.
 *
 * <p>Mutable and not thread-safe: confine an accumulator to one thread (or partition) and merge. A
 * result caches the counts in sorted order, so even reading one writes: an accumulator shared
 * between threads needs a lock for its results too.
 */
public final class KaplanMeier {
  private final long steps;
  private final LongCounts eventCounts = new LongCounts();
  private final LongCounts censoredCounts = new LongCounts();
  private long subjects;

  private KaplanMeier(long steps) {
    this.steps = steps;
  }

  /**
   * An empty accumulator keeping times to {@code 1 / steps} of their unit ({@code 1440} keeps days
   * to the minute).
   *
   * @throws IllegalArgumentException unless {@code steps} is within 1..1,000,000
   */
  public static KaplanMeier withStepsPerUnit(long steps) {
    checkArgument(steps >= 1 && steps <= 1_000_000, "steps must be within 1..1000000: %s", steps);
    return new KaplanMeier(steps);
  }

  /**
   * Adds a subject whose event happened at {@code time}.
   *
   * @throws IllegalArgumentException if {@code time} is negative or not finite
   */
  public void addEvent(double time) {
    eventCounts.add(step(time), 1);
    subjects++;
  }

  /**
   * Adds a subject still without the event when last seen, at {@code time}.
   *
   * @throws IllegalArgumentException if {@code time} is negative or not finite
   */
  public void addCensored(double time) {
    censoredCounts.add(step(time), 1);
    subjects++;
  }

  private long step(double time) {
    checkArgument(Double.isFinite(time) && time >= 0, "time must be finite, >= 0: %s", time);
    return (long) Math.floor(time * steps + 0.5);
  }

  /**
   * Adds everything {@code other} holds; {@code other} is unchanged.
   *
   * @throws IllegalArgumentException if {@code other} keeps another resolution
   */
  public void merge(KaplanMeier other) {
    checkNotNull(other, "other");
    checkArgument(
        other.steps == steps,
        "cannot merge times of resolution 1/%s into 1/%s",
        other.steps,
        steps);
    eventCounts.addAll(other.eventCounts);
    censoredCounts.addAll(other.censoredCounts);
    subjects += other.subjects;
  }

  /** How many subjects were added. */
  public long subjects() {
    return subjects;
  }

  /** The distinct time steps with an event or a censoring, in ascending order. */
  private long[] times() {
    long[] eventTimes = eventCounts.sortedKeys();
    long[] censoredTimes = censoredCounts.sortedKeys();
    long[] times = new long[eventTimes.length + censoredTimes.length];
    int size = 0;
    int e = 0;
    int c = 0;
    while (e < eventTimes.length || c < censoredTimes.length) {
      long next =
          c == censoredTimes.length || (e < eventTimes.length && eventTimes[e] <= censoredTimes[c])
              ? eventTimes[e]
              : censoredTimes[c];
      if (e < eventTimes.length && eventTimes[e] == next) {
        e++;
      }
      if (c < censoredTimes.length && censoredTimes[c] == next) {
        c++;
      }
      times[size++] = next;
    }
    return Arrays.copyOf(times, size);
  }

  /** The Kaplan–Meier estimate of the subjects added so far. */
  public SurvivalCurve result() {
    SurvivalCurve.Builder curve = SurvivalCurve.builder().subjects(subjects);
    long atRisk = subjects;
    long events = 0;
    double survival = 1;
    double greenwood = 0;
    OptionalDouble median = OptionalDouble.empty();
    for (long timeStep : times()) {
      double time = timeStep / (double) steps;
      long died = eventCounts.get(timeStep);
      long censored = censoredCounts.get(timeStep);
      if (died > 0) {
        survival *= 1 - died / (double) atRisk;
        greenwood +=
            atRisk == died ? Double.POSITIVE_INFINITY : died / ((double) atRisk * (atRisk - died));
        events += died;
        if (median.isEmpty() && survival <= 0.5) {
          median = OptionalDouble.of(time);
        }
      }
      SurvivalStep.Builder step =
          SurvivalStep.builder()
              .time(time)
              .atRisk(atRisk)
              .events(died)
              .censored(censored)
              .survival(survival);
      if (survival > 0) {
        step.standardError(survival * Math.sqrt(greenwood));
        if (survival < 1) {
          // log(-log S) ± z σ / |log S|; the larger transform gives the lower bound.
          double cumulativeHazard = -Math.log(survival);
          double centre = Math.log(cumulativeHazard);
          double spread = Inference.Z_975 * Math.sqrt(greenwood) / cumulativeHazard;
          step.interval(
              Interval.of(
                  Math.exp(-Math.exp(centre + spread)), Math.exp(-Math.exp(centre - spread))));
        }
      }
      curve.addSteps(step.build());
      atRisk -= died + censored;
    }
    return curve.events(events).median(median).build();
  }
}
