package org.nmt.outcomes.cohort;

import java.util.SplittableRandom;

/**
 * Random draws built only on {@link SplittableRandom#nextLong()} (SplitMix64, whose output for a
 * seed the JDK specifies), so a synthetic cohort is the same on every Java version: uniform doubles
 * from the top 53 bits, integers and ranges by scaling, normal deviates by the Box–Muller
 * transform.
 *
 * <p>Mutable; used by one thread.
 */
final class Draw {
  private final SplittableRandom random;

  Draw(SplittableRandom random) {
    this.random = random;
  }

  /** A uniform double in [0, 1). */
  double uniform() {
    return (random.nextLong() >>> 11) * 0x1.0p-53;
  }

  /** True with probability {@code p}. */
  boolean chance(double p) {
    return uniform() < p;
  }

  /** A uniform integer in {@code low..high}, both included. */
  int between(int low, int high) {
    return low + (int) Math.floor(uniform() * (high - low + 1));
  }

  /** A uniform double in [{@code low}, {@code high}). */
  double between(double low, double high) {
    return low + uniform() * (high - low);
  }

  /** A standard normal deviate (Box–Muller). */
  double gaussian() {
    double u = 1 - uniform();
    double v = uniform();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }
}
