package org.nmt.io.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

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
 * A document is the same bytes on every platform: its lines end with a line feed even where the
 * system's line separator is a carriage return and a line feed, as on Windows. Checked in a child
 * JVM started with that separator, since the JVM reads it once, at start.
 */
class LineFeedTest {
  private static final Path GOLDEN = Path.of("src", "test", "resources", "golden");

  /** Writes the runner's client record document, and the seed protocol's, to the files named. */
  static final class WriteDocuments {
    public static void main(String[] args) throws IOException {
      if (!System.lineSeparator().equals("\r\n")) {
        throw new IllegalStateException("the line separator was not set to CRLF");
      }
      Files.write(Path.of(args[0]), Documents.toBytes(SeedScenarios.runner()));
      Files.write(Path.of(args[1]), Documents.toBytes(Protocols.seeds()));
    }
  }

  @Test
  void documentsWrittenWhereLinesEndWithCrLfAreTheGoldenFiles(@TempDir Path dir)
      throws IOException, InterruptedException {
    Path record = dir.resolve("runner.client-record.json");
    Path protocol = dir.resolve("nmt-seeds.protocol-definition.json");
    ChildJvm.run(
        dir,
        Duration.ofMinutes(2),
        List.of("-Dline.separator=\r\n"),
        WriteDocuments.class,
        record.toString(),
        protocol.toString());
    assertArrayEquals(
        Files.readAllBytes(GOLDEN.resolve("runner.client-record.json")),
        Files.readAllBytes(record));
    assertArrayEquals(
        Files.readAllBytes(GOLDEN.resolve("nmt-seeds.protocol-definition.json")),
        Files.readAllBytes(protocol));
  }

  @Test
  void aDocumentWithCrLfLineBreaksReadsAsWithLineFeeds() throws IOException {
    String golden = Files.readString(GOLDEN.resolve("runner.client-record.json"), UTF_8);
    byte[] crlf = golden.replace("\n", "\r\n").getBytes(UTF_8);
    assertEquals(SeedScenarios.runner(), Documents.readRecord(crlf));
  }
}
