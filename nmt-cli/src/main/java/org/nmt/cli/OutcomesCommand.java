package org.nmt.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;
import org.nmt.cli.report.OutcomesPage;
import org.nmt.core.record.ClientRecord;
import org.nmt.io.cohort.CohortReader;
import org.nmt.io.cohort.ErrorPolicy;
import org.nmt.io.cohort.SkippedLine;
import org.nmt.io.file.AtomicFiles;
import org.nmt.io.json.DocumentException;
import org.nmt.io.json.DocumentKind;
import org.nmt.io.json.Documents;
import org.nmt.outcomes.analysis.Endpoint;
import org.nmt.outcomes.analysis.GroupOutcomes;
import org.nmt.outcomes.analysis.Grouping;
import org.nmt.outcomes.analysis.MeasureOutcome;
import org.nmt.outcomes.analysis.OutcomeAnalysis;
import org.nmt.outcomes.analysis.OutcomeReport;
import org.nmt.outcomes.analysis.StageOutcome;
import org.nmt.outcomes.stats.Interval;
import org.nmt.outcomes.stats.PairedComparison;
import org.nmt.outcomes.stats.Proportion;
import org.nmt.outcomes.stats.QuantileSummary;
import org.nmt.outcomes.stats.SurvivalCurve;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code nmt outcomes FILE|DIR... [--by GROUPING] [--json] [--csv OUT] [--html OUT]}: the outcome
 * analysis ({@link OutcomeAnalysis}) of NDJSON cohorts and client record documents, as aligned
 * tables, as the report's JSON, as one tidy CSV and as an HTML page with charts.
 *
 * <p>Records are read one at a time as they are analysed, so memory does not grow with their
 * number. Every input is checked for existence first; a file that cannot be read, or a document
 * that is not a client record, ends the run before anything is printed. Bad lines of an NDJSON
 * cohort are skipped and reported on standard error.
 */
@Command(
    name = "outcomes",
    mixinStandardHelpOptions = true,
    description = {
      "Analyse the outcomes of a cohort of client records: per outcome measure the change from"
          + " baseline to the last value with its 95 %% interval, effect sizes (SRM, Cohen's d),"
          + " responders with their Wilson interval and paired tests (t, Wilcoxon signed-rank);"
          + " per stage the clients reaching it and their median days and sessions there; the"
          + " Kaplan-Meier median time to discharge. docs/OUTCOMES.md defines every statistic.",
      "FILE is an NDJSON cohort (*.ndjson, one client record per line; bad lines are skipped and"
          + " reported on standard error) or a client record document; a DIR stands for every"
          + " *.ndjson file in it, in name order. When standard error is a terminal, long runs"
          + " report their progress there."
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
      "0:the cohort was analysed (skipped lines are reported on standard error)",
      "2:an input cannot be read or is not a client record, no input holds a client record, OUT"
          + " or standard output cannot be written, OUT is an input, or a usage error"
    })
final class OutcomesCommand implements Callable<Integer> {
  /** The extension of an NDJSON cohort file. */
  static final String NDJSON = ".ndjson";

  /** The subgroupings of {@code --by}. */
  enum By {
    profile(Grouping.ACTIVITY_PROFILE),
    condition(Grouping.CONDITION),
    protocol(Grouping.PROTOCOL);

    final Grouping grouping;

    By(Grouping grouping) {
      this.grouping = grouping;
    }
  }

  @Spec CommandSpec spec;

  @Option(
      names = "--by",
      paramLabel = "GROUPING",
      description =
          "Also analyse by subgroup: profile (activity profile), condition (presenting condition)"
              + " or protocol (protocol definition).")
  By by;

  @Option(
      names = "--json",
      description = "Print the report as JSON (kind outcome-report) instead of tables.")
  boolean json;

  @Option(
      names = "--csv",
      paramLabel = "OUT",
      description =
          "Also write every table of the report to OUT as one tidy CSV (columns table, row,"
              + " column, value), replaced atomically.")
  Path csv;

  @Option(
      names = "--html",
      paramLabel = "OUT",
      description =
          "Also write a self-contained HTML page with charts (change distributions, responder"
              + " rates with their intervals, the Kaplan-Meier curve) to OUT, replaced atomically.")
  Path html;

  @Parameters(
      arity = "1..*",
      paramLabel = "FILE|DIR",
      description = "NDJSON cohorts, client record documents, or directories of NDJSON cohorts.")
  List<Path> inputs;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    OutcomeReport report;
    Records records;
    try {
      List<Path> files = expand(inputs);
      Outputs.check(files, csv, html);
      ProgressMeter meter =
          new ProgressMeter(
              err,
              "analysed",
              ProgressMeter.UNKNOWN_TOTAL,
              ProgressMeter.stderrIsTerminal(),
              System::nanoTime);
      OutcomeAnalysis analysis =
          by == null
              ? OutcomeAnalysis.builder().groupBy().build()
              : OutcomeAnalysis.builder().groupBy(by.grouping).build();
      records = new Records(files, meter, err);
      try {
        report = analysis.analyse(records);
      } finally {
        records.close();
      }
      meter.finish();
    } catch (BadInput e) {
      err.println("nmt: " + e.getMessage());
      return Nmt.BAD_INPUT;
    }
    if (records.skipped > 0) {
      err.printf(
          Locale.ROOT,
          "nmt: %d bad line%s skipped, %d client records analysed%n",
          records.skipped,
          records.skipped == 1 ? "" : "s",
          report.clients());
    }
    if (report.clients() == 0) {
      // an analysis of nothing is no result: a script must not go on as if it were one
      err.println("nmt: no client record was read from the inputs; nothing to analyse");
      return Nmt.BAD_INPUT;
    }
    if (csv != null) {
      try {
        AtomicFiles.write(csv, stream -> writeCsv(report, stream));
      } catch (IOException e) {
        err.println("nmt: " + new BadInput(csv, DocumentFile.reason(e)).getMessage());
        return Nmt.BAD_INPUT;
      }
    }
    if (html != null) {
      try {
        OutcomesPage.write(report, html);
      } catch (IOException e) {
        err.println("nmt: " + new BadInput(html, DocumentFile.reason(e)).getMessage());
        return Nmt.BAD_INPUT;
      }
    }
    if (json) {
      printJson(report, out);
    } else {
      printTables(report, out);
    }
    return Nmt.OK;
  }

  /** The input files: each FILE as given, each DIR as its *.ndjson files in name order. */
  private static List<Path> expand(List<Path> inputs) {
    List<Path> files = new ArrayList<>();
    for (Path input : inputs) {
      if (Files.isDirectory(input)) {
        List<Path> cohorts = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(input, "*" + NDJSON)) {
          for (Path entry : entries) {
            if (Files.isRegularFile(entry)) {
              cohorts.add(entry);
            }
          }
        } catch (IOException e) {
          throw new BadInput(input, DocumentFile.reason(e));
        }
        if (cohorts.isEmpty()) {
          throw new BadInput(input, "directory without " + NDJSON + " files");
        }
        cohorts.sort(null);
        files.addAll(cohorts);
      } else if (!Files.isRegularFile(input)) {
        throw new BadInput(input, Files.exists(input) ? "not a regular file" : "no such file");
      } else if (!Files.isReadable(input)) {
        throw new BadInput(input, "permission denied");
      } else {
        files.add(input);
      }
    }
    return files;
  }

  /**
   * The records of the files in order, each file opened when it is reached; reports the skipped
   * lines of each cohort on standard error when it is finished.
   */
  private static final class Records implements Iterator<ClientRecord> {
    private final List<Path> files;
    private final ProgressMeter meter;
    private final PrintWriter err;
    private int nextFile;
    private Path current;
    private CohortReader cohort;
    private ClientRecord single;
    long skipped;

    Records(List<Path> files, ProgressMeter meter, PrintWriter err) {
      this.files = files;
      this.meter = meter;
      this.err = err;
    }

    @Override
    public boolean hasNext() {
      while (true) {
        if (single != null) {
          return true;
        }
        if (cohort != null) {
          try {
            if (cohort.hasNext()) {
              return true;
            }
          } catch (UncheckedIOException e) {
            throw new BadInput(current, DocumentFile.reason(e.getCause()));
          }
          finishCohort();
        }
        if (nextFile == files.size()) {
          return false;
        }
        open(files.get(nextFile++));
      }
    }

    @Override
    public ClientRecord next() {
      if (!hasNext()) {
        throw new NoSuchElementException("no more records");
      }
      meter.advance();
      if (single != null) {
        ClientRecord record = single;
        single = null;
        return record;
      }
      return cohort.next();
    }

    private void open(Path file) {
      current = file;
      if (file.getFileName().toString().endsWith(NDJSON)) {
        try {
          cohort = CohortReader.open(file, ErrorPolicy.SKIP);
        } catch (IOException e) {
          throw new BadInput(file, DocumentFile.reason(e));
        }
      } else {
        DocumentFile document = DocumentFile.read(file);
        if (document.kind() != DocumentKind.CLIENT_RECORD) {
          throw new BadInput(
              file, "a " + document.kind().id() + " document, not a client record or a cohort");
        }
        single = document.as(Documents::readRecord);
      }
    }

    private void finishCohort() {
      for (SkippedLine line : cohort.skippedLines()) {
        DocumentException e = line.error();
        err.println(
            "nmt: "
                + BadInput.oneLine(
                    current
                        + ": line "
                        + line.lineNumber()
                        + ": "
                        + (e.pointer().isEmpty() ? "document root" : e.pointer())
                        + ": "
                        + e.rule()));
      }
      long count = cohort.skippedCount();
      if (count > cohort.skippedLines().size()) {
        err.printf(
            Locale.ROOT,
            "nmt: %s: %d more bad lines skipped%n",
            current,
            count - cohort.skippedLines().size());
      }
      skipped += count;
      closeCohort();
    }

    private void closeCohort() {
      CohortReader reader = cohort;
      cohort = null;
      try {
        reader.close();
      } catch (IOException e) {
        throw new BadInput(current, DocumentFile.reason(e));
      }
    }

    void close() {
      if (cohort != null) {
        closeCohort();
      }
    }
  }

  private static void printJson(OutcomeReport report, PrintWriter out) {
    try {
      out.println(
          new ObjectMapper()
              .enable(SerializationFeature.INDENT_OUTPUT)
              .writeValueAsString(report.toJson()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every table as tidy CSV: one row per cell, {@code table,row,column,value}. */
  private static void writeCsv(OutcomeReport report, OutputStream stream) throws IOException {
    StringBuilder text = new StringBuilder("table,row,column,value\n");
    for (org.nmt.outcomes.analysis.Table table : report.tables()) {
      int row = 0;
      for (List<String> cells : table.rows()) {
        row++;
        for (int i = 0; i < cells.size(); i++) {
          text.append(csvCell(table.name()))
              .append(',')
              .append(row)
              .append(',')
              .append(csvCell(table.columns().get(i)))
              .append(',')
              .append(csvCell(cells.get(i)))
              .append('\n');
        }
      }
      if (text.length() > 64 * 1024) {
        stream.write(text.toString().getBytes(StandardCharsets.UTF_8));
        text.setLength(0);
      }
    }
    stream.write(text.toString().getBytes(StandardCharsets.UTF_8));
  }

  private static String csvCell(String cell) {
    if (cell.contains(",") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r")) {
      return "\"" + cell.replace("\"", "\"\"") + "\"";
    }
    return cell;
  }

  private static void printTables(OutcomeReport report, PrintWriter out) {
    out.printf(
        Locale.ROOT,
        "Outcomes of %d client record%s%n",
        report.clients(),
        report.clients() == 1 ? "" : "s");
    for (GroupOutcomes group : report.groups()) {
      out.println();
      out.printf(
          Locale.ROOT,
          "%s: %d clients, %d courses started, %d discharged%n",
          group.group().grouping() == Grouping.ALL
              ? "All"
              : "Group " + group.group().grouping().id() + " " + group.group().label(),
          group.clients(),
          group.started(),
          group.discharged());
      Table measures =
          new Table(
              "measure",
              "n",
              "baseline",
              "follow-up",
              "change (95% CI)",
              "SRM",
              "d",
              "responders (95% CI)",
              "t p",
              "Wilcoxon p");
      for (MeasureOutcome outcome : group.measures()) {
        if (!outcome.endpoint().equals(Endpoint.last())) {
          continue;
        }
        PairedComparison c = outcome.comparison();
        measures.row(
            outcome.measure().id() + " (" + outcome.measure().unit() + ")",
            Long.toString(c.pairs()),
            decimal(c.baselineMean()),
            decimal(c.followUpMean()),
            change(c.meanChange(), c.meanChangeInterval()),
            decimal(c.standardizedResponseMean()),
            decimal(c.cohensD()),
            c.responders().map(OutcomesCommand::responders).orElse("-"),
            c.pairedTTest().map(t -> p(t.pValue())).orElse("-"),
            c.signedRankTest().map(w -> p(w.pValue())).orElse("-"));
      }
      out.println("  Change from baseline to the last value:");
      measures.print(out, "    ");
      Table stages = new Table("stage", "reached", "completed", "median days", "median sessions");
      for (StageOutcome stage : group.stages()) {
        stages.row(
            stage.stage().id(),
            stage.reached().map(r -> percent(r.estimate())).orElse("-"),
            Long.toString(stage.completed()),
            median(stage.days()),
            median(stage.sessions()));
      }
      out.println("  Stages:");
      stages.print(out, "    ");
      SurvivalCurve discharge = group.timeToDischarge();
      out.printf(
          Locale.ROOT,
          "  Time to discharge (Kaplan-Meier): median %s days; %d of %d discharged, %d censored%n",
          decimal(discharge.median()),
          discharge.events(),
          discharge.subjects(),
          discharge.subjects() - discharge.events());
    }
  }

  private static String decimal(OptionalDouble value) {
    return value.isPresent() ? String.format(Locale.ROOT, "%.2f", value.getAsDouble()) : "-";
  }

  private static String change(OptionalDouble mean, Optional<Interval> interval) {
    if (mean.isEmpty()) {
      return "-";
    }
    return decimal(mean)
        + interval
            .map(i -> String.format(Locale.ROOT, " (%.2f, %.2f)", i.lower(), i.upper()))
            .orElse("");
  }

  private static String responders(Proportion responders) {
    Interval ci = responders.interval();
    return String.format(
        Locale.ROOT,
        "%s (%.1f-%.1f)",
        percent(responders.estimate()),
        100 * ci.lower(),
        100 * ci.upper());
  }

  private static String percent(double proportion) {
    return String.format(Locale.ROOT, "%.1f%%", 100 * proportion);
  }

  private static String p(double p) {
    return p < 0.001 ? "<0.001" : String.format(Locale.ROOT, "%.3f", p);
  }

  private static String median(Optional<QuantileSummary> summary) {
    return summary.map(s -> String.format(Locale.ROOT, "%.1f", s.median())).orElse("-");
  }
}
