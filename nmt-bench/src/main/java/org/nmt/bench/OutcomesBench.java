package org.nmt.bench;

import com.google.common.collect.Iterators;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.nmt.core.record.ClientRecord;
import org.nmt.io.cohort.CohortReader;
import org.nmt.io.cohort.ErrorPolicy;
import org.nmt.outcomes.analysis.OutcomeAnalysis;
import org.nmt.outcomes.analysis.OutcomeReport;
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
 * Benchmark 4: the standard outcome analysis streamed from an NDJSON cohort file, against reading
 * the same file alone (the reference). The file is written once into {@code target/bench-data} (or
 * the directory of the system property {@code nmt.bench.data}) and streamed, so the heap holds one
 * client at a time. Average time per cohort pass.
 *
 * <p>A third method, {@link #analysePreRead}, isolates the analysis's own cost: it analyses as many
 * records as the cohort has, taken in turn from the first {@value #PRE_READ} records read once into
 * memory (a bounded sample, so that the heap stays small), with no decoding in the pass. Its time
 * and allocation per pass, set against {@link #readOnly}'s, show how much of a streamed pass the
 * analysis itself takes, whatever the read costs.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class OutcomesBench {
  /** Clients in the cohort. */
  @Param({"2000"})
  public int clients;

  /** How many records {@link #analysePreRead} holds in memory and cycles through. */
  static final int PRE_READ = 200;

  private Path file;
  private List<ClientRecord> preRead;
  private final OutcomeAnalysis analysis = OutcomeAnalysis.standard();

  /** Writes the cohort file if it is missing. */
  @Setup
  public void setUp() {
    file =
        BenchData.cohortFile(
            Paths.get(System.getProperty("nmt.bench.data", "target/bench-data")), clients);
    preRead = new ArrayList<>();
    try (CohortReader reader = CohortReader.open(file, ErrorPolicy.FAIL_FAST)) {
      while (reader.hasNext() && preRead.size() < PRE_READ) {
        preRead.add(reader.next());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The reference: the cohort read alone. */
  @Benchmark
  public long readOnly(Blackhole sink) throws IOException {
    long count = 0;
    try (CohortReader reader = CohortReader.open(file, ErrorPolicy.FAIL_FAST)) {
      while (reader.hasNext()) {
        sink.consume(reader.next());
        count++;
      }
    }
    return count;
  }

  /** The subject: the cohort read and analysed in one pass. */
  @Benchmark
  public OutcomeReport analyse() throws IOException {
    try (CohortReader reader = CohortReader.open(file, ErrorPolicy.FAIL_FAST)) {
      return analysis.analyse(reader);
    }
  }

  /**
   * The analysis alone: as many records as the cohort has, cycled from the records read in {@link
   * #setUp}, analysed with no read in the pass.
   */
  @Benchmark
  public OutcomeReport analysePreRead() {
    return analysis.analyse(Iterators.limit(Iterators.cycle(preRead), clients));
  }
}
