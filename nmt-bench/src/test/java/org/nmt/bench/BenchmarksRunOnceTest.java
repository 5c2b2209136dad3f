package org.nmt.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.nmt.protocol.definition.ProtocolDefinition;
import org.nmt.protocol.definition.Protocols;
import org.nmt.protocol.validation.RecordValidator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Every benchmark method runs once through JMH, in process, on the smallest data; only that each
 * produced a result is asserted, never a time.
 */
class BenchmarksRunOnceTest {
  private static final List<Class<?>> BENCHMARKS =
      List.of(
          CohortReadBench.class,
          RecordWriteBench.class,
          ScalingBench.class,
          OutcomesBench.class,
          CsvBench.class);

  @Test
  void everyBenchmarkMethodRunsOnceAndProducesAResult() throws Exception {
    OptionsBuilder options = new OptionsBuilder();
    Set<String> expected = new TreeSet<>();
    for (Class<?> type : BENCHMARKS) {
      options.include(type.getName());
      for (Method method : type.getMethods()) {
        if (method.isAnnotationPresent(Benchmark.class)) {
          expected.add(type.getName() + "." + method.getName());
        }
      }
    }
    Collection<RunResult> results =
        new Runner(
                options
                    .forks(0)
                    .warmupIterations(0)
                    .measurementIterations(1)
                    .measurementTime(TimeValue.milliseconds(20))
                    .param("clients", "5")
                    .param("sessions", "10")
                    .shouldFailOnError(true)
                    .build())
            .run();
    Set<String> ran = new TreeSet<>();
    for (RunResult result : results) {
      ran.add(result.getParams().getBenchmark());
      assertTrue(
          result.getPrimaryResult().getSampleCount() >= 1,
          "no sample: " + result.getParams().getBenchmark());
    }
    assertEquals(expected, ran);
    assertEquals(15, expected.size());
  }

  @Test
  void footprintIsMeasured() {
    Footprint footprint = Footprint.measure();
    assertTrue(footprint.recordBytes() > 0, "record bytes: " + footprint.recordBytes());
    assertTrue(footprint.recordSessions() > 0, "sessions: " + footprint.recordSessions());
    assertTrue(footprint.sessionBytes() > 0, "session bytes: " + footprint.sessionBytes());
    assertTrue(
        footprint.marginalSessionBytes() > 0,
        "marginal session bytes: " + footprint.marginalSessionBytes());
  }

  @Test
  void recordsHaveExactlyTheAskedSessions() {
    assertEquals(10, BenchData.recordWithSessions(10).sessions().size());
    assertEquals(137, BenchData.recordWithSessions(137).sessions().size());
    assertEquals(10, BenchData.cleanRecordWithSessions(10).sessions().size());
    assertEquals(137, BenchData.cleanRecordWithSessions(137).sessions().size());
  }

  @Test
  void theCleanRecordHasNoFindingsAndTheOtherHas() {
    ProtocolDefinition definition = Protocols.seeds();
    assertEquals(
        List.of(), RecordValidator.validate(definition, BenchData.cleanRecordWithSessions(300)));
    assertFalse(RecordValidator.validate(definition, BenchData.recordWithSessions(300)).isEmpty());
  }
}
