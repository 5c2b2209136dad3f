package org.nmt.cli;

import static java.nio.charset.StandardCharsets.UTF_16LE;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nmt.core.scenario.SeedScenarios;
import org.nmt.io.json.Documents;
import org.nmt.protocol.definition.Protocols;

/**
 * Files the commands cannot use: each is exit status 2 with one line on standard error naming the
 * file and the reason, never a stack trace.
 */
class BadInputTest {
  private static final String KNOWN_KINDS =
      "known kinds: client-record, treatment-plan, protocol-definition, muscle-catalog";

  @TempDir Path dir;

  /** Runs {@code command FILE} for each command that reads documents, expecting {@code line}. */
  private static void rejected(Path file, String line) {
    for (String[] args :
        new String[][] {
          {"validate", file.toString()},
          {"progress", file.toString()},
          {"export", "--to", "csv", file.toString()},
          {"export", "--to", "ndjson", file.toString()}
        }) {
      Run run = Run.of(args);
      assertEquals(Nmt.BAD_INPUT, run.status, args[0]);
      assertEquals("nmt: " + file + ": " + line + "\n", run.err, args[0]);
    }
  }

  @Test
  void aMissingFile() {
    rejected(dir.resolve("missing.json"), "no such file");
  }

  @Test
  void aDirectory() {
    rejected(dir, "is a directory, not a document");
  }

  @Test
  void anEmptyFile() throws IOException {
    rejected(
        Inputs.write(dir, "empty.json", new byte[0]),
        "document root (line 1, column 1): empty document");
  }

  @Test
  void binaryGarbage() throws IOException {
    rejected(
        Inputs.write(dir, "image.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a}),
        "document root (line 1, column 1): malformed JSON: Unexpected character ((CTRL-CHAR, code"
            + " 137)): expected a valid value (JSON String, Number, Array, Object or token 'null',"
            + " 'true' or 'false')");
    rejected(
        Inputs.write(dir, "utf16.json", "{\"kind\":\"client-record\"}".getBytes(UTF_16LE)),
        "document root (line 1, column 1): document must be UTF-8 (found UTF-16 or UTF-32)");
  }

  @Test
  void truncatedJson() throws IOException {
    rejected(
        Inputs.write(
            dir,
            "truncated.json",
            "{\"kind\":\"client-record\",\n \"formatVersion\":\"1.0\",\n \"client\":{\"id\":"),
        "/client/id (line 3, column 17): malformed JSON: Unexpected end-of-input within/between"
            + " Object entries");
  }

  @Test
  void aTruncatedRecord() throws IOException {
    byte[] hiker = Documents.toBytes(SeedScenarios.hiker());
    Path file = Inputs.write(dir, "half.json", Arrays.copyOf(hiker, hiker.length / 2));
    Run run = Run.of("validate", file.toString());
    assertEquals(Nmt.BAD_INPUT, run.status);
    assertTrue(
        run.err.startsWith("nmt: " + file + ": ")
            && run.err.contains("malformed JSON: Unexpected end-of-input"),
        run.err);
    assertEquals(1, run.err.lines().count(), run.err);
  }

  @Test
  void anUnknownKind() throws IOException {
    rejected(
        Inputs.write(dir, "plan.json", "{\"kind\":\"plan\",\"formatVersion\":\"1.0\"}"),
        "/kind (line 1, column 2): unknown kind 'plan'; " + KNOWN_KINDS);
  }

  @Test
  void noKind() throws IOException {
    rejected(
        Inputs.write(dir, "nokind.json", "{\n  \"formatVersion\": \"1.0\"\n}"),
        "/kind (line 1, column 1): required field is missing");
    rejected(
        Inputs.write(dir, "array.json", "[{\"kind\":\"client-record\"}]"),
        "document root (line 1, column 1): must be an object, not an array");
  }

  @Test
  void aProtocolDefinitionIsNotAClientRecord() throws IOException {
    Path file = Inputs.write(dir, "protocol.json", Documents.toBytes(Protocols.seeds()));
    String line =
        "nmt: "
            + file
            + ": /kind (line 2, column 3): expected a client-record document, not a"
            + " protocol-definition document\n";
    Run progress = Run.of("progress", file.toString());
    assertEquals(Nmt.BAD_INPUT, progress.status);
    assertEquals(line, progress.err);
    assertEquals("", progress.out);
    Run export = Run.of("export", "--to", "ndjson", file.toString());
    assertEquals(Nmt.BAD_INPUT, export.status);
    assertEquals(line, export.err);
  }

  @Test
  void aNewerFormatVersion() throws IOException {
    String hiker = new String(Documents.toBytes(SeedScenarios.hiker()), UTF_8);
    Path file =
        Inputs.write(
            dir,
            "newer.json",
            hiker.replaceFirst("\"formatVersion\" : \"1.0\"", "\"formatVersion\" : \"2.0\""));
    rejected(
        file,
        "/formatVersion (line 3, column 3): format version 2.0 is newer than this reader"
            + " supports (1.x); upgrade nmt");
  }

  @Test
  void whyAFileCannotBeRead() {
    assertEquals("no such file", DocumentFile.reason(new NoSuchFileException("a.json")));
    assertEquals(
        "no such directory",
        DocumentFile.reason(new NoSuchFileException("dir", null, "no such directory")));
    assertEquals("permission denied", DocumentFile.reason(new AccessDeniedException("a.json")));
    assertEquals(
        "Input/output error",
        DocumentFile.reason(new FileSystemException("a.json", null, "Input/output error")));
    assertEquals("disk on fire", DocumentFile.reason(new IOException("disk on fire")));
    assertEquals("IOException", DocumentFile.reason(new IOException()));
  }

  @Test
  void aMessageStaysOnOneLine() {
    assertEquals("a.json: one two", new BadInput("a.json", "one\ntwo").getMessage());
    assertEquals("a.json: one  two", new BadInput("a.json", "one\r\n\rtwo").getMessage());
  }

  /**
   * Any bytes, or a client record with a few bytes changed: validation exits 0, 1 or 2, a progress
   * report 0 or 2, and bad input is one line on standard error naming the file, never a stack
   * trace.
   */
  @Test
  void anyBytesAreFindingsOrOneLineOfBadInput() throws IOException {
    byte[] hiker = Documents.toBytes(SeedScenarios.hiker());
    Path file = dir.resolve("fuzz.json");
    qt().withFixedSeed(20261124L)
        .withExamples(500)
        .forAll(integers().between(0, 1), integers().all())
        .check(
            (mode, seed) -> {
              Random random = new Random(seed);
              byte[] bytes;
              if (mode == 0) {
                bytes = new byte[random.nextInt(64)];
                random.nextBytes(bytes);
              } else {
                bytes = hiker.clone();
                for (int i = 0; i < 3; i++) {
                  bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
                }
              }
              try {
                Files.write(file, bytes);
              } catch (IOException e) {
                throw new AssertionError(e);
              }
              Run validate = Run.of("validate", file.toString());
              Run progress = Run.of("progress", file.toString());
              if (validate.status == Nmt.BAD_INPUT) {
                return oneLineOfBadInput(validate, file)
                    && oneLineOfBadInput(progress, file)
                    && validate.err.equals(progress.err);
              }
              return (validate.status == Nmt.OK || validate.status == Nmt.FINDINGS)
                  && validate.err.isEmpty()
                  && progress.status == Nmt.OK
                  && progress.err.isEmpty();
            });
  }

  private static boolean oneLineOfBadInput(Run run, Path file) {
    return run.status == Nmt.BAD_INPUT
        && run.err.startsWith("nmt: " + file + ": ")
        && run.err.lines().count() == 1
        && !run.err.contains("Exception")
        && run.out.isEmpty();
  }
}
