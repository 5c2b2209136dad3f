package org.nmt.cli.report;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nmt.core.scenario.SeedScenarios;
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
    Path output = dir.resolve("child.out");
    Process child =
        new ProcessBuilder(
                List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Djava.awt.headless=true",
                    "-Dline.separator=\r\n",
                    "-cp",
                    System.getProperty("java.class.path"),
                    WriteReport.class.getName(),
                    report.toString()))
            .redirectErrorStream(true)
            .redirectOutput(output.toFile())
            .start();
    try {
      if (!child.waitFor(2, TimeUnit.MINUTES)) {
        fail("the child JVM did not finish within 2 minutes");
      }
    } finally {
      child.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }
    assertEquals(0, child.exitValue(), Files.readString(output));
    assertArrayEquals(
        HtmlReport.render(SeedScenarios.hiker(), Protocols.seeds()).getBytes(UTF_8),
        Files.readAllBytes(report));
  }
}
