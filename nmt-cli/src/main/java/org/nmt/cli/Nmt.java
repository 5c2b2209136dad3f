package org.nmt.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code nmt} command. Exit status: 0 success, 1 when a validated document has an error
 * finding, 2 for bad input (unreadable, malformed or unknown documents) and usage errors.
 */
@Command(
    name = "nmt",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description =
        "Neuromuscular Therapy clinical data: catalogs, validation, progress, export, cohort outcomes.",
    subcommands = {
      CatalogCommand.class,
      DemoCommand.class,
      ValidateCommand.class,
      ProgressCommand.class,
      ExportCommand.class,
      OutcomesCommand.class,
      CommandLine.HelpCommand.class
    })
public final class Nmt {
  /** Success. */
  public static final int OK = 0;

  /** A validated document has at least one error finding. */
  public static final int FINDINGS = 1;

  /** Bad input or a usage error. */
  public static final int BAD_INPUT = 2;

  /** Runs {@code nmt} with {@code args}, printing to standard output and error, and exits. */
  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    System.exit(run(out, err, args));
  }

  /**
   * Runs {@code nmt} with {@code args} in this process, printing to {@code out} and {@code err}.
   *
   * @return the exit status
   */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    return run(new Nmt(), out, err, args);
  }

  /** Runs {@code command} as {@code nmt} runs its own: the same output, errors and statuses. */
  static int run(Object command, PrintWriter out, PrintWriter err, String... args) {
    CommandLine commandLine = new CommandLine(command);
    commandLine.setOut(out);
    commandLine.setErr(err);
    commandLine.setExitCodeExceptionMapper(e -> BAD_INPUT);
    commandLine.setParameterExceptionHandler(
        (e, params) -> {
          err.println("nmt: " + e.getMessage());
          e.getCommandLine().usage(err);
          return BAD_INPUT;
        });
    commandLine.setExecutionExceptionHandler(
        (e, cmd, parsed) -> {
          // Commands report every expected failure themselves; this is a bug. Its message may
          // quote a document, so only the exception's type is printed.
          err.println("nmt: internal error (" + e.getClass().getName() + "); please report it");
          return BAD_INPUT;
        });
    int status = commandLine.execute(args);
    // a PrintWriter keeps its write errors to itself: a full disk or a closed pipe must not pass
    if (out.checkError()) {
      err.println("nmt: standard output: cannot write (a closed pipe or a full disk)");
      status = BAD_INPUT;
    }
    err.flush();
    return status;
  }
}
