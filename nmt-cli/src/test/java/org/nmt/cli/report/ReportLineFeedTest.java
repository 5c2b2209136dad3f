package org.nmt.cli.report;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nmt.core.scenario.SeedScenarios;
import org.nmt.core.testing.ChildJvm;
import org.nmt.protocol.definition.Protocols;

/**
 * The progress report is the same bytes on every platform: written in a JVM whose line separator is
 * CRLF, as on Windows, it equals the report written here (its body map's SVG had ended some lines
 * with the system's separator).
 */
class ReportLineFeedTest {
  /** Writes the hiker's report to the file named. */
  static final class WriteReport {
    public static void main(String[] args) throws IOException {
      if (!System.lineSeparator().equals("\r\n")) {
        throw new IllegalStateException("the line separator was not set to CRLF");
      }
      Files.write(
          Path.of(args[0]),
          HtmlReport.render(SeedScenarios.hiker(), Protocols.seeds()).getBytes(UTF_8));
    }
  }

  @Test
  void theReportWrittenWhereLinesEndWithCrLfIsTheSame(@TempDir Path dir)
      throws IOException, InterruptedException {
    Path report = dir.resolve("hiker.report.html");
    ChildJvm.run(
        dir,
        Duration.ofMinutes(2),
        List.of("-Djava.awt.headless=true", "-Dline.separator=\r\n"),
        WriteReport.class,
        report.toString());
    assertArrayEquals(
        HtmlReport.render(SeedScenarios.hiker(), Protocols.seeds()).getBytes(UTF_8),
        Files.readAllBytes(report));
  }
}
