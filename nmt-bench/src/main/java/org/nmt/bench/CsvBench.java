package org.nmt.bench;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.nmt.core.record.ClientRecord;
import org.nmt.io.csv.CsvExport;
import org.nmt.outcomes.cohort.SyntheticCohort;
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
 * Benchmark 6: {@link CsvExport} of a cohort's records, against writing the very rows it produces
 * (as ready strings) with jackson-dataformat-csv directly (the reference). Throughput in exports
 * per second; bytes go to a counting sink.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class CsvBench {
  /** Clients in the cohort. */
  @Param({"100"})
  public int clients;

  private ImmutableList<ClientRecord> records;
  private List<String[]> rows;
  private CsvSchema schema;
  private final CsvMapper mapper = new CsvMapper();
  private final CsvExport export = CsvExport.standard();

  /** Builds the records and the rows of their export once per trial. */
  @Setup
  public void setUp() {
    records =
        SyntheticCohort.generate(BenchData.SEED, clients).collect(ImmutableList.toImmutableList());
    String csv = export.toCsv(records);
    CsvSchema.Builder columns = CsvSchema.builder();
    for (String column : CsvExport.columns()) {
      columns.addColumn(column);
    }
    schema = columns.build().withHeader();
    try (MappingIterator<String[]> parsed =
        mapper
            .readerFor(String[].class)
            .with(CsvParser.Feature.WRAP_AS_ARRAY)
            .with(CsvSchema.emptySchema().withSkipFirstDataRow(true))
            .readValues(csv.getBytes(StandardCharsets.UTF_8))) {
      rows = parsed.readAll();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The reference: the same rows written by a jackson-dataformat-csv {@code SequenceWriter}. */
  @Benchmark
  public long writeRowsDirectly(Blackhole sink) throws IOException {
    Counting out = new Counting(sink);
    try (SequenceWriter writer = mapper.writer(schema).writeValues(out)) {
      for (String[] row : rows) {
        writer.write(row);
      }
    }
    return out.count();
  }

  /** The subject: {@link CsvExport#write(Iterable, OutputStream)}. */
  @Benchmark
  public long export(Blackhole sink) {
    Counting out = new Counting(sink);
    export.write(records, out);
    return out.count();
  }

  /** The number of data rows of the export. */
  int rowCount() {
    return rows.size();
  }
}
