package org.nmt.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.google.common.collect.ImmutableList;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.nmt.io.json.Documents;
import org.nmt.protocol.definition.ProtocolDefinition;
import org.nmt.protocol.validation.Finding;
import org.nmt.protocol.validation.PlanValidator;
import org.nmt.protocol.validation.RecordValidator;
import org.nmt.protocol.validation.Severity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code nmt validate [--json] [--protocol NAME|FILE] FILE...}: the findings of each document.
 *
 * <p>A client record is validated by {@link RecordValidator} and a treatment plan by {@link
 * PlanValidator}, against the protocol; a protocol definition or a muscle catalog is valid when it
 * can be read. A file that cannot be read is reported on standard error and the other files are
 * still validated.
 */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = {
      "Validate client records and treatment plans against a protocol, and check that protocol"
          + " definitions and muscle catalogs can be read.",
      "Prints each finding as 'FILE: severity code path: message', then a summary line per file."
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
      "0:no finding is an error",
      "1:a finding is an error",
      "2:a file cannot be read, is malformed or of unknown kind, standard output cannot be written"
          + " (whatever the findings), or a usage error"
    })
final class ValidateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin ProtocolOption protocol;

  @Option(
      names = "--json",
      description =
          "Print one JSON array of the findings of all files, each an object with file, severity,"
              + " code, path and message.")
  boolean json;

  @Parameters(
      arity = "1..*",
      paramLabel = "FILE",
      description = "Documents to validate; their kind is read from their kind field.")
  List<Path> files;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    ProtocolDefinition definition;
    try {
      definition = protocol.definition();
    } catch (BadInput e) {
      err.println("nmt: " + e.getMessage());
      return Nmt.BAD_INPUT;
    }
    ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    ArrayNode rows = mapper.createArrayNode();
    int status = Nmt.OK;
    for (Path file : files) {
      List<Finding> findings;
      try {
        findings = findings(DocumentFile.read(file), definition);
      } catch (BadInput e) {
        err.println("nmt: " + e.getMessage());
        status = Nmt.BAD_INPUT;
        continue;
      }
      if (findings.stream().anyMatch(Finding::isError)) {
        status = Math.max(status, Nmt.FINDINGS);
      }
      if (json) {
        for (Finding finding : findings) {
          rows.addObject()
              .put("file", file.toString())
              .put("severity", finding.severity().id())
              .put("code", finding.code().id())
              .put("path", finding.path())
              .put("message", finding.message());
        }
      } else {
        print(out, file, findings);
      }
    }
    if (json) {
      out.println(mapper.writeValueAsString(rows));
    }
    return status;
  }

  private static List<Finding> findings(DocumentFile document, ProtocolDefinition definition) {
    switch (document.kind()) {
      case CLIENT_RECORD:
        return RecordValidator.validate(definition, document.as(Documents::readRecord));
      case TREATMENT_PLAN:
        return PlanValidator.validate(definition, document.as(Documents::readPlan));
      case PROTOCOL_DEFINITION:
        document.as(Documents::readProtocol);
        return ImmutableList.of();
      case MUSCLE_CATALOG:
        document.as(Documents::readCatalog);
        return ImmutableList.of();
      default:
        throw new AssertionError(document.kind());
    }
  }

  private static void print(PrintWriter out, Path file, List<Finding> findings) {
    for (Finding finding : findings) {
      out.printf(
          Locale.ROOT,
          "%s: %s %s %s: %s%n",
          file,
          finding.severity().id(),
          finding.code().id(),
          finding.path().isEmpty() ? "(root)" : finding.path(),
          BadInput.oneLine(finding.message()));
    }
    out.printf(
        Locale.ROOT,
        "%s: %s, %s, %s%n",
        file,
        count(findings, Severity.ERROR, "error"),
        count(findings, Severity.WARNING, "warning"),
        count(findings, Severity.INFO, "info"));
  }

  private static String count(List<Finding> findings, Severity severity, String noun) {
    long n = findings.stream().filter(f -> f.severity() == severity).count();
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
