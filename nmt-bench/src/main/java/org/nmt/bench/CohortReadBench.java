package org.nmt.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.nmt.io.cohort.CohortReader;
import org.nmt.io.cohort.ErrorPolicy;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Benchmark 1: an NDJSON cohort read into validated client records, against Jackson {@code
 * readTree} of every line of the same bytes (the reference). Throughput in cohorts per second.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class CohortReadBench {
  /** Clients in the cohort. */
  @Param({"200"})
  public int clients;

  private byte[] ndjson;
  private final ObjectReader trees = new ObjectMapper().readerFor(JsonNode.class);

  /** Writes the cohort once per trial. */
  @Setup
  public void setUp() {
    ndjson = BenchData.cohortBytes(clients);
  }

  /** The reference: one Jackson tree per line. */
  @Benchmark
  public long readTree(Blackhole sink) throws IOException {
    long count = 0;
    try (MappingIterator<JsonNode> lines = trees.readValues(ndjson)) {
      while (lines.hasNext()) {
        sink.consume(lines.next());
        count++;
      }
    }
    return count;
  }

  /** The subject: {@link CohortReader}, one checked {@code ClientRecord} per line. */
  @Benchmark
  public long readRecords(Blackhole sink) throws IOException {
    long count = 0;
    try (CohortReader reader =
        CohortReader.open(new ByteArrayInputStream(ndjson), ErrorPolicy.FAIL_FAST)) {
      while (reader.hasNext()) {
        sink.consume(reader.next());
        count++;
      }
    }
    return count;
  }
}
