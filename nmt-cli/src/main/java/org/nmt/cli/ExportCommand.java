package org.nmt.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.Callable;
import org.nmt.core.record.ClientRecord;
import org.nmt.io.cohort.CohortWriter;
import org.nmt.io.csv.CsvExport;
import org.nmt.io.file.AtomicFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code nmt export --to csv|ndjson [-o OUT] FILE...}: client records as one tidy CSV ({@link
 * CsvExport}) or one NDJSON cohort ({@link CohortWriter}).
 *
 * <p>Records are read one at a time, as they are written, so memory does not grow with their
 * number. The first file that is not a valid client record ends the export: OUT, written
 * atomically, is then left as it was; on standard output, what was written stays written.
 */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = {
      "Export client records as one tidy CSV (one row per measurement) or as one NDJSON cohort"
          + " (one client record document per line).",
      "OUT is replaced atomically, and only when every FILE is a valid client record; without"
          + " -o the export goes to standard output. When standard error is a terminal, long"
          + " exports report their progress there."
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
      "0:every record was exported",
      "2:a file cannot be read or is not a valid client record, OUT or standard output cannot be"
          + " written, OUT is an input, or a usage error"
    })
final class ExportCommand implements Callable<Integer> {
  /** The export formats. */
  enum Format {
    csv,
    ndjson
  }

  @Spec CommandSpec spec;

  @Option(
      names = "--to",
      required = true,
      paramLabel = "FORMAT",
      description = "csv: tidy CSV of all measurements; ndjson: an NDJSON cohort.")
  Format to;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "OUT",
      description = "The file to write, replaced atomically; standard output without it.")
  Path output;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Client record documents.")
  List<Path> files;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    ProgressMeter meter =
        new ProgressMeter(
            err, "exported", files.size(), ProgressMeter.stderrIsTerminal(), System::nanoTime);
    Iterable<ClientRecord> records = () -> new Records(files, meter);
    try {
      Outputs.check(files, output);
      if (output == null) {
        try (OutputStream stream = new WriterOutputStream(out)) {
          export(records, stream);
        }
      } else {
        AtomicFiles.write(output, stream -> export(records, stream));
      }
    } catch (BadInput e) {
      err.println("nmt: " + e.getMessage());
      return Nmt.BAD_INPUT;
    } catch (IOException e) {
      err.println("nmt: " + cannotWrite(e).getMessage());
      return Nmt.BAD_INPUT;
    } catch (UncheckedIOException e) {
      err.println("nmt: " + cannotWrite(e.getCause()).getMessage());
      return Nmt.BAD_INPUT;
    }
    meter.advance();
    meter.finish();
    return Nmt.OK;
  }

  private BadInput cannotWrite(IOException e) {
    return new BadInput(
        output == null ? "standard output" : output.toString(), DocumentFile.reason(e));
  }

  private void export(Iterable<ClientRecord> records, OutputStream stream) throws IOException {
    switch (to) {
      case csv:
        CsvExport.standard().write(records, stream);
        break;
      case ndjson:
        try (CohortWriter cohort = CohortWriter.open(stream)) {
          for (ClientRecord record : records) {
            cohort.write(record);
          }
        }
        break;
      default:
        throw new AssertionError(to);
    }
  }

  /** The records of the files, each read when it is needed, counted by the meter. */
  private static final class Records implements Iterator<ClientRecord> {
    private final List<Path> files;
    private final ProgressMeter meter;
    private int next;

    Records(List<Path> files, ProgressMeter meter) {
      this.files = files;
      this.meter = meter;
    }

    @Override
    public boolean hasNext() {
      return next < files.size();
    }

    @Override
    public ClientRecord next() {
      if (!hasNext()) {
        throw new NoSuchElementException("no more files");
      }
      if (next > 0) {
        meter.advance();
      }
      return DocumentFile.readRecord(files.get(next++));
    }
  }
}
