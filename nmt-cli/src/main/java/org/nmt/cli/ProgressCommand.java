package org.nmt.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.nmt.cli.report.HtmlReport;
import org.nmt.core.record.ClientRecord;
import org.nmt.protocol.definition.ProtocolDefinition;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code nmt progress [--protocol NAME|FILE] FILE}: where a client's course stands and how the
 * client progresses, from one client record.
 */
@Command(
    name = "progress",
    mixinStandardHelpOptions = true,
    description = {
      "Report a client's progress from a client record: the course under a protocol (current"
          + " stage, state, transitions), the current gate criterion by criterion, and the"
          + " trajectories of pain, trigger points, pressure pain thresholds, range of motion,"
          + " strength, endurance and questionnaires."
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
      "0:the report was printed",
      "2:the file cannot be read or is not a valid client record, OUT or standard output cannot be"
          + " written, OUT is the file, or a usage error"
    })
final class ProgressCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin ProtocolOption protocol;

  @Parameters(index = "0", paramLabel = "FILE", description = "A client record document.")
  Path file;

  @Option(
      names = "--html",
      paramLabel = "OUT",
      description =
          "Also write a self-contained HTML report to OUT (charts and body map inline, no network).")
  Path html;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    Progress progress;
    try {
      Outputs.check(List.of(file), html);
      ProtocolDefinition definition = protocol.definition();
      ClientRecord record = DocumentFile.readRecord(file);
      progress = Progress.of(definition, record);
    } catch (BadInput e) {
      spec.commandLine().getErr().println("nmt: " + e.getMessage());
      return Nmt.BAD_INPUT;
    }
    ProgressText.print(progress, out);
    if (html != null) {
      try {
        HtmlReport.write(progress.record(), progress.definition(), html);
      } catch (IOException e) {
        spec.commandLine()
            .getErr()
            .println("nmt: " + new BadInput(html, DocumentFile.reason(e)).getMessage());
        return Nmt.BAD_INPUT;
      }
      out.println("Report: " + html);
    }
    return Nmt.OK;
  }
}
