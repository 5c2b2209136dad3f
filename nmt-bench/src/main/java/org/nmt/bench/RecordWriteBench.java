package org.nmt.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.nmt.core.record.ClientRecord;
import org.nmt.io.json.Documents;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Benchmark 2: a typical client record written as its JSON document, against writing the equivalent
 * Jackson {@code JsonNode} tree (the reference) with the same pretty printing as the document.
 * Throughput in records per second; bytes go to a counting sink. The compact pair compares the same
 * two without pretty printing.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class RecordWriteBench {
  private ClientRecord record;
  private JsonNode tree;
  private ObjectWriter treeWriter;
  private ObjectWriter compactTreeWriter;
  private boolean pretty;

  /** Builds the record and its tree once per trial. */
  @Setup
  public void setUp() {
    record = BenchData.typicalRecord();
    byte[] document = Documents.toBytes(record);
    tree = BenchData.tree(document);
    pretty = document.length > 2 && (document[1] == '\n' || document[2] == '\n');
    ObjectMapper mapper = new ObjectMapper();
    treeWriter = pretty ? mapper.writerWithDefaultPrettyPrinter() : mapper.writer();
    compactTreeWriter = mapper.writer();
  }

  /** The reference: the record's tree written by Jackson. */
  @Benchmark
  public long writeTree(Blackhole sink) throws IOException {
    Counting out = new Counting(sink);
    treeWriter.writeValue(out, tree);
    return out.count();
  }

  /** The subject: {@link Documents#write}. */
  @Benchmark
  public long writeRecord(Blackhole sink) {
    Counting out = new Counting(sink);
    Documents.write(record, out);
    return out.count();
  }

  /**
   * The reference without pretty printing: the record's tree written compact by Jackson, so that
   * the codec is compared without the cost of indentation.
   */
  @Benchmark
  public long writeTreeCompact(Blackhole sink) throws IOException {
    Counting out = new Counting(sink);
    compactTreeWriter.writeValue(out, tree);
    return out.count();
  }

  /** The subject without pretty printing: {@link Documents#writeCompact}. */
  @Benchmark
  public long writeRecordCompact(Blackhole sink) {
    Counting out = new Counting(sink);
    Documents.writeCompact(record, out);
    return out.count();
  }

  /** Whether the document is pretty printed (and the reference with it). */
  boolean pretty() {
    return pretty;
  }
}
