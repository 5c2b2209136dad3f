package org.nmt.io.file;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.nmt.core.scenario.SeedScenarios;
import org.nmt.io.json.Documents;

class AtomicFilesTest {
  @TempDir Path dir;

  private List<String> names() throws IOException {
    try (Stream<Path> entries = Files.list(dir)) {
      return entries.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
    }
  }

  private static IoConsumer<OutputStream> bytes(String text) {
    return out -> out.write(text.getBytes(UTF_8));
  }

  @Test
  void createsAFileThatDidNotExist() throws IOException {
    Path target = dir.resolve("a.json");
    AtomicFiles.write(target, bytes("first"));
    assertEquals("first", Files.readString(target));
    assertEquals(List.of("a.json"), names());
  }

  @Test
  void replacesAnExistingFileAndLeavesNoTemporaryFile() throws IOException {
    Path target = dir.resolve("a.json");
    Files.writeString(target, "a much longer old content than the new one");
    AtomicFiles.write(target, bytes("new"));
    assertEquals("new", Files.readString(target));
    assertEquals(List.of("a.json"), names());
  }

  @Test
  void writesThroughARelativePath() throws IOException {
    Path target = Path.of("").toAbsolutePath().relativize(dir.resolve("relative.json"));
    AtomicFiles.write(target, bytes("here"));
    assertEquals("here", Files.readString(dir.resolve("relative.json")));
    assertEquals(List.of("relative.json"), names());
  }

  @Test
  void writesMoreThanTheBufferHolds() throws IOException {
    Path target = dir.resolve("big.bin");
    byte[] content = new byte[1_000_003];
    for (int i = 0; i < content.length; i++) {
      content[i] = (byte) (i * 31 + 7);
    }
    AtomicFiles.write(
        target,
        out -> {
          out.write(content, 0, 10);
          out.write(content[10]);
          out.write(content, 11, content.length - 11);
        });
    assertArrayEquals(content, Files.readAllBytes(target));
  }

  @Test
  void anIoFailureInsideTheWriterLeavesTheOldFileAndNoTemporaryFile() throws IOException {
    Path target = dir.resolve("a.json");
    Files.writeString(target, "old");
    IOException boom = new IOException("disk on fire");
    IOException thrown =
        assertThrows(
            IOException.class,
            () ->
                AtomicFiles.write(
                    target,
                    out -> {
                      out.write(new byte[200_000]);
                      throw boom;
                    }));
    assertSame(boom, thrown);
    assertEquals("old", Files.readString(target));
    assertEquals(List.of("a.json"), names());
  }

  @Test
  void anUncheckedFailureInsideTheWriterLeavesTheOldFileAndNoTemporaryFile() throws IOException {
    Path target = dir.resolve("a.json");
    Files.writeString(target, "old");
    IllegalStateException boom = new IllegalStateException("bug");
    IllegalStateException thrown =
        assertThrows(
            IllegalStateException.class,
            () ->
                AtomicFiles.write(
                    target,
                    out -> {
                      out.write(1);
                      throw boom;
                    }));
    assertSame(boom, thrown);
    assertEquals("old", Files.readString(target));
    assertEquals(List.of("a.json"), names());
  }

  @Test
  void aFailedFirstWriteCreatesNothing() throws IOException {
    Path target = dir.resolve("a.json");
    assertThrows(
        IOException.class,
        () ->
            AtomicFiles.write(
                target,
                out -> {
                  throw new IOException("no");
                }));
    assertEquals(List.of(), names());
  }

  @Test
  void refusesATargetInAMissingDirectory() {
    Path missing = dir.resolve("missing");
    NoSuchFileException e =
        assertThrows(
            NoSuchFileException.class,
            () -> AtomicFiles.write(missing.resolve("a.json"), bytes("x")));
    assertEquals(missing + ": no such directory", e.getMessage());
    assertEquals(missing.toString(), e.getFile());
  }

  @Test
  void refusesATargetUnderAFile() throws IOException {
    Path file = Files.writeString(dir.resolve("file"), "x");
    NotDirectoryException e =
        assertThrows(
            NotDirectoryException.class,
            () -> AtomicFiles.write(file.resolve("a.json"), bytes("x")));
    assertEquals(file.toString(), e.getMessage());
  }

  @Test
  void refusesADirectoryAsTarget() throws IOException {
    Path sub = Files.createDirectory(dir.resolve("sub"));
    FileSystemException e =
        assertThrows(FileSystemException.class, () -> AtomicFiles.write(sub, bytes("x")));
    assertEquals(sub + ": is a directory", e.getMessage());
    assertEquals(List.of("sub"), names());
  }

  @Test
  void refusesARootAndNulls() {
    Path root = dir.getRoot();
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> AtomicFiles.write(root, bytes("x")));
    assertEquals("target must name a file: " + root, e.getMessage());
    assertEquals(
        "target",
        assertThrows(NullPointerException.class, () -> AtomicFiles.write(null, bytes("x")))
            .getMessage());
    assertEquals(
        "content",
        assertThrows(NullPointerException.class, () -> AtomicFiles.write(dir.resolve("a"), null))
            .getMessage());
    assertEquals(
        "record",
        assertThrows(
                NullPointerException.class, () -> AtomicFiles.writeRecord(dir.resolve("a"), null))
            .getMessage());
  }

  @Test
  void aWriterMayCloseTheStreamButNotWriteAfterwards() throws IOException {
    Path target = dir.resolve("a.json");
    AtomicFiles.write(
        target,
        out -> {
          out.write("kept".getBytes(UTF_8));
          out.close();
          out.flush();
          out.close();
        });
    assertEquals("kept", Files.readString(target));

    IOException e =
        assertThrows(
            IOException.class,
            () ->
                AtomicFiles.write(
                    target,
                    out -> {
                      out.close();
                      out.write(1);
                    }));
    assertEquals("stream closed", e.getMessage());
    assertEquals("kept", Files.readString(target));
    assertEquals(List.of("a.json"), names());
  }

  @Test
  void writesARecordDocumentThatReadsBack() throws IOException {
    Path target = dir.resolve("hiker.client-record.json");
    AtomicFiles.writeRecord(target, SeedScenarios.officeWorker());
    AtomicFiles.writeRecord(target, SeedScenarios.hiker());
    assertArrayEquals(Documents.toBytes(SeedScenarios.hiker()), Files.readAllBytes(target));
    assertEquals(SeedScenarios.hiker(), Documents.readRecord(target));
    assertEquals(List.of("hiker.client-record.json"), names());
  }

  @Test
  @EnabledOnOs({OS.LINUX, OS.MAC})
  void theNewFileIsPrivateToItsOwner() throws IOException {
    Path target = dir.resolve("a.json");
    Files.writeString(target, "old");
    Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-r--r--"));
    AtomicFiles.write(target, bytes("new"));
    assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(target)));
  }

  @Test
  @EnabledOnOs({OS.LINUX, OS.MAC})
  void aSymbolicLinkIsReplacedNotFollowed() throws IOException {
    Path real = Files.writeString(dir.resolve("real.json"), "real");
    Path link = Files.createSymbolicLink(dir.resolve("link.json"), real);
    AtomicFiles.write(link, bytes("new"));
    assertEquals("real", Files.readString(real));
    assertEquals("new", Files.readString(link));
    assertFalse(Files.isSymbolicLink(link));
  }

  @Test
  void leftoversAreTheTemporaryFilesOfThisTargetOnly() throws IOException {
    Path target = dir.resolve("a.json");
    for (String name :
        List.of(
            ".a.json.123.tmp",
            ".a.json.18446744073709551615.tmp",
            ".a.json..tmp",
            ".a.json.12a.tmp",
            ".a.json.x.1.tmp",
            ".b.json.1.tmp",
            "a.json.1.tmp",
            ".a.json.1.tmp.bak")) {
      Files.writeString(dir.resolve(name), "partial");
    }
    assertEquals(
        List.of(dir.resolve(".a.json.123.tmp"), dir.resolve(".a.json.18446744073709551615.tmp")),
        AtomicFiles.leftovers(target));
    assertEquals(
        List.of(dir.resolve(".a.json.x.1.tmp")), AtomicFiles.leftovers(dir.resolve("a.json.x")));
    assertEquals(List.of(), AtomicFiles.leftovers(dir.resolve("missing").resolve("a.json")));
  }

  @Test
  void writesLeaveOtherWritersTemporaryFilesAlone() throws IOException {
    Path target = dir.resolve("a.json");
    Path other = Files.writeString(dir.resolve(".a.json.42.tmp"), "another writer's partial file");
    AtomicFiles.write(target, bytes("mine"));
    assertEquals(List.of(other), AtomicFiles.leftovers(target));
    assertEquals("mine", Files.readString(target));
  }

  /**
   * Any sequence of writes, some of which fail part-way, leaves the content of the last successful
   * write (or no file) and never a temporary file.
   */
  @Test
  void aSequenceOfWritesAndFailuresLeavesTheLastSuccessfulContent() {
    qt().withFixedSeed(20261124L)
        .withExamples(200)
        .forAll(lists().of(integers().between(-70_000, 70_000)).ofSizeBetween(1, 6))
        .checkAssert(
            writes -> {
              try {
                Path sub = Files.createTempDirectory(dir, "case");
                Path target = sub.resolve("t.bin");
                byte[] expected = null;
                for (int size : writes) {
                  byte[] content = content(Math.abs(size), size);
                  if (size < 0) {
                    assertThrows(
                        IOException.class,
                        () ->
                            AtomicFiles.write(
                                target,
                                out -> {
                                  out.write(content);
                                  throw new IOException("failed after " + content.length);
                                }));
                  } else {
                    AtomicFiles.write(target, out -> out.write(content));
                    expected = content;
                  }
                  List<String> entries = new ArrayList<>();
                  try (Stream<Path> list = Files.list(sub)) {
                    list.forEach(p -> entries.add(p.getFileName().toString()));
                  }
                  assertEquals(expected == null ? List.of() : List.of("t.bin"), entries);
                  if (expected != null) {
                    assertArrayEquals(expected, Files.readAllBytes(target));
                  }
                }
              } catch (IOException e) {
                throw new AssertionError(e);
              }
            });
  }

  private static byte[] content(int length, int seed) {
    byte[] content = new byte[length];
    Arrays.fill(content, (byte) seed);
    for (int i = 0; i < length; i += 97) {
      content[i] = (byte) (i ^ seed);
    }
    return content;
  }
}
