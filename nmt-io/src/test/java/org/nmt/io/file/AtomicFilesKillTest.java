package org.nmt.io.file;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.nmt.core.record.ClientRecord;
import org.nmt.core.scenario.SeedScenarios;
import org.nmt.io.json.DocumentException;
import org.nmt.io.json.Documents;

/**
 * Kills a process that keeps rewriting one file at random moments (SIGKILL on POSIX, so nothing
 * runs on the way out) and checks what is left on disk.
 *
 * <p>With {@link AtomicFiles}, the file is a complete document after every kill, although kills
 * land while a temporary file is being written. The control kills a writer that truncates and
 * writes in place, and must find a torn file at least once: it shows that the kills land where a
 * non-atomic write breaks, so that the first test could fail.
 */
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class AtomicFilesKillTest {
  private static final long SEED = 20261124L;
  private static final ClientRecord FIRST = SeedScenarios.hiker();
  private static final ClientRecord SECOND = SeedScenarios.officeWorker();

  @TempDir Path dir;
  private Path data;
  private Path target;
  private Path first;
  private Path second;

  @BeforeEach
  void documents() throws IOException {
    first = Files.write(dir.resolve("first.json"), Documents.toBytes(FIRST));
    second = Files.write(dir.resolve("second.json"), Documents.toBytes(SECOND));
    data = Files.createDirectory(dir.resolve("data"));
    target = data.resolve("record.client-record.json");
    AtomicFiles.writeRecord(target, FIRST);
  }

  @Test
  void aKilledAtomicWriterAlwaysLeavesACompleteDocument() throws Exception {
    Random random = new Random(SEED);
    int kills = 40;
    int killedMidWrite = 0;
    int writes = 0;
    for (int i = 0; i < kills; i++) {
      writes += runAndKill("atomic", 5 + random.nextInt(146));
      List<Path> leftovers = AtomicFiles.leftovers(target);
      assertTrue(leftovers.size() <= 1, "kill " + i + " left " + leftovers);
      if (!leftovers.isEmpty()) {
        killedMidWrite++;
        Files.delete(leftovers.get(0));
      }
      Optional<ClientRecord> record = read();
      assertTrue(record.isPresent(), "kill " + i + " left a torn file");
      assertTrue(
          record.get().equals(FIRST) || record.get().equals(SECOND),
          "kill " + i + " left another record");
    }
    try (var entries = Files.list(data)) {
      assertEquals(List.of(target), entries.toList());
    }
    // Kills landed while a write was under way, and writes finished: the file was replaced.
    assertTrue(killedMidWrite > 0, "no kill landed during a write");
    assertTrue(writes > 0, "no writer finished a write");
    System.out.printf(
        "atomic writer: %d kills, %d during a write, %d writes finished%n",
        kills, killedMidWrite, writes);
  }

  @Test
  void aKilledPlainWriterLeavesATornFileSometimes() throws Exception {
    Random random = new Random(SEED + 1);
    int kills = 15;
    int torn = 0;
    for (int i = 0; i < kills; i++) {
      runAndKill("plain", 5 + random.nextInt(146));
      if (read().isEmpty()) {
        torn++;
      }
    }
    assertTrue(
        torn > 0, "no kill of " + kills + " tore the file: the kill test cannot see tearing");
    System.out.printf("plain writer: %d kills, %d torn files%n", kills, torn);
  }

  /** The record in the target, or empty if the file is not a complete document. */
  private Optional<ClientRecord> read() throws IOException {
    try {
      return Optional.of(Documents.readRecord(target));
    } catch (DocumentException torn) {
      return Optional.empty();
    }
  }

  /**
   * Starts a writer, kills it {@code delayMillis} after it starts writing, and returns the number
   * of writes it finished. The writer's output goes to a file, which is read only once the writer
   * is dead: no pipe can fill up and stall it, and no line is lost when it dies.
   */
  private int runAndKill(String mode, int delayMillis) throws Exception {
    Path output = dir.resolve("child.out");
    Path log = dir.resolve("child.log");
    Process child =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xshare:auto",
                "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC",
                "-Xmx64m",
                "-cp",
                System.getProperty("java.class.path"),
                AtomicWriterChild.class.getName(),
                mode,
                target.toString(),
                first.toString(),
                second.toString())
            .redirectOutput(output.toFile())
            .redirectError(log.toFile())
            .start();
    try {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while (!Files.readString(output).startsWith("started" + System.lineSeparator())) {
        assertTrue(child.isAlive(), () -> "the writer died: " + errors(log));
        assertTrue(System.nanoTime() < deadline, "the writer did not start in 60 s");
        Thread.sleep(2);
      }
      Thread.sleep(delayMillis);
      child.destroyForcibly();
      assertTrue(child.waitFor(60, TimeUnit.SECONDS), "the writer did not die");
      return (int) Files.readAllLines(output).stream().filter("written"::equals).count();
    } finally {
      child.destroyForcibly();
    }
  }

  private static String errors(Path log) {
    try {
      return Files.readString(log);
    } catch (IOException e) {
      return e.toString();
    }
  }
}
