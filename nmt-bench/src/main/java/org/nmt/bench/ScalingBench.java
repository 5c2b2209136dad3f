package org.nmt.bench;

import com.google.common.collect.ImmutableList;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.nmt.core.record.ClientRecord;
import org.nmt.protocol.course.Course;
import org.nmt.protocol.course.GateDecision;
import org.nmt.protocol.definition.ProtocolDefinition;
import org.nmt.protocol.definition.Protocols;
import org.nmt.protocol.validation.Finding;
import org.nmt.protocol.validation.RecordValidator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Benchmark 3: the gate decision of a course and the full validation of a record, on records of 10
 * to 10,000 sessions; the ratio is t(N)/t(10). Average time per operation.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ScalingBench {
  /** Sessions in the record. */
  @Param({"10", "100", "1000", "10000"})
  public int sessions;

  private ClientRecord record;
  private ClientRecord cleanRecord;
  private ClientRecord halfFindingsRecord;
  private final ProtocolDefinition definition = Protocols.seeds();

  /**
   * Builds the records once per trial, each one after a full collection and followed by another, so
   * that each lies in memory in the order it was read, as a record just read from a document does
   * (G1's full collection compacts without reordering), and stays there in the old generation.
   * Without the collections between the records, the young collections while the later records were
   * built copied the earlier ones in the order of their graph, not of their sessions: the first
   * record of 10,000 sessions then took 8.0 ms per validation in JMH, and 4.2 ms laid out as read
   * (a probe: 6.3 to 7.6 ms, and 4.4 to 4.6 ms, three runs each). Without any collection its time
   * varied between iterations from 4 to 17 ms, as the young collections of the measurement moved
   * it.
   */
  @Setup
  public void setUp() {
    record = laidOutAsRead(() -> BenchData.recordWithSessions(sessions));
    cleanRecord = laidOutAsRead(() -> BenchData.cleanRecordWithSessions(sessions));
    halfFindingsRecord =
        laidOutAsRead(() -> BenchData.recordWithFindingsInHalfItsSessions(sessions));
  }

  private static ClientRecord laidOutAsRead(Supplier<ClientRecord> read) {
    System.gc();
    ClientRecord record = read.get();
    System.gc();
    return record;
  }

  /** The course of the record (its state replayed) and its gate decision. */
  @Benchmark
  public GateDecision gateDecision() {
    return Course.of(definition, record).decision();
  }

  /** Every rule of {@link RecordValidator} on the record. */
  @Benchmark
  public ImmutableList<Finding> validate() {
    return RecordValidator.validate(definition, record);
  }

  /**
   * Every rule of {@link RecordValidator} on a clean record of the same size, whose repeated
   * sessions are in the stage in force ({@link BenchData#cleanRecordWithSessions}): the rules' own
   * work, without findings to format.
   */
  @Benchmark
  public ImmutableList<Finding> validateClean() {
    return RecordValidator.validate(definition, cleanRecord);
  }

  /**
   * Every rule of {@link RecordValidator} on a record of the same size with a stage mismatch in
   * every second session ({@link BenchData#recordWithFindingsInHalfItsSessions}): findings in the
   * same proportion at every size, so t(N)/t(10) compares the same work per session.
   */
  @Benchmark
  public ImmutableList<Finding> validateHalfFindings() {
    return RecordValidator.validate(definition, halfFindingsRecord);
  }
}
