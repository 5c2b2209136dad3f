package org.nmt.outcomes.analysis;

import org.nmt.outcomes.cohort.SyntheticCohort;

/**
 * The child process of {@link OutcomeHeapTest}: analyses a synthetic cohort streamed from the
 * generator and prints what it counted and the heap it had.
 */
public final class StreamingAnalysis {
  private StreamingAnalysis() {}

  /** Arguments: seed, size. */
  public static void main(String[] args) {
    long seed = Long.parseLong(args[0]);
    int size = Integer.parseInt(args[1]);
    OutcomeAccumulator accumulator = OutcomeAnalysis.standard().newAccumulator();
    SyntheticCohort.generate(seed, size).forEach(accumulator::add);
    OutcomeReport report = accumulator.result();
    System.out.println(
        "clients="
            + report.clients()
            + " groups="
            + accumulator.groupCount()
            + " nprsPairs="
            + report.overall().measure(org.nmt.core.measure.Measure.NPRS).pairs()
            + " maxHeap="
            + Runtime.getRuntime().maxMemory());
  }
}
