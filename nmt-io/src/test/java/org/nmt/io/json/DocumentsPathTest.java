package org.nmt.io.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.nmt.core.anatomy.MuscleCatalog;
import org.nmt.core.scenario.SeedScenarios;

/** {@link Documents#readRecord(Path)}: reading a document from a file. */
class DocumentsPathTest {
  private static final Path GOLDEN =
      Path.of("src", "test", "resources", "golden", "hiker.client-record.json");

  @TempDir Path dir;

  @Test
  void readsARecordFromAFile() throws IOException {
    assertEquals(SeedScenarios.hiker(), Documents.readRecord(GOLDEN));
    assertEquals(SeedScenarios.hiker(), Documents.readRecord(GOLDEN, MuscleCatalog.standard()));
  }

  @Test
  void aMalformedFileIsADocumentErrorWithItsLocation() throws IOException {
    Path file = Files.writeString(dir.resolve("bad.json"), "{\"kind\":\"client-record\",\n  oops");
    DocumentException e = assertThrows(DocumentException.class, () -> Documents.readRecord(file));
    assertEquals(2, e.line());
    assertTrue(e.rule().startsWith("malformed JSON: "), e.rule());
  }

  @Test
  void anEmptyFileIsADocumentError() throws IOException {
    Path file = Files.createFile(dir.resolve("empty.json"));
    DocumentException e = assertThrows(DocumentException.class, () -> Documents.readRecord(file));
    assertEquals("empty document", e.rule());
  }

  @Test
  void aFileThatCannotBeReadIsAnIoErrorNotADocumentError() throws IOException {
    Path missing = dir.resolve("missing.json");
    assertEquals(
        missing.toString(),
        assertThrows(NoSuchFileException.class, () -> Documents.readRecord(missing)).getMessage());
    Path sub = Files.createDirectory(dir.resolve("sub.json"));
    assertThrows(IOException.class, () -> Documents.readRecord(sub));
  }

  @Test
  void refusesNulls() {
    assertEquals(
        "file",
        assertThrows(NullPointerException.class, () -> Documents.readRecord((Path) null))
            .getMessage());
    assertEquals(
        "catalog",
        assertThrows(NullPointerException.class, () -> Documents.readRecord(GOLDEN, null))
            .getMessage());
  }

  /**
   * A file one byte over the limit (sparse, so it costs no disk) is refused by its size: the bytes
   * this thread allocates during the call show that the file was not loaded.
   */
  @Test
  void refusesAHugeFileWithoutLoadingIt() throws IOException {
    Path huge = dir.resolve("huge.json");
    try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
      file.setLength(Documents.MAX_DOCUMENT_BYTES + 1);
    }
    long before = allocatedBytes();
    DocumentException e = assertThrows(DocumentException.class, () -> Documents.readRecord(huge));
    long allocated = allocatedBytes() - before;
    assertEquals("document larger than 67108864 bytes: 67108865", e.rule());
    assertEquals("", e.pointer());
    assertTrue(allocated < 1024 * 1024, "allocated " + allocated + " bytes");
  }

  /**
   * The bytes this thread has allocated so far. Reflection, because the tests compile inside module
   * {@code org.nmt.io}, which does not read {@code java.management}; they run on the class path.
   */
  private static long allocatedBytes() {
    try {
      Object threads =
          Class.forName("java.lang.management.ManagementFactory")
              .getMethod("getThreadMXBean")
              .invoke(null);
      return (Long)
          Class.forName("com.sun.management.ThreadMXBean")
              .getMethod("getThreadAllocatedBytes", long.class)
              .invoke(threads, Thread.currentThread().getId());
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  /** A device reports no size; reading it stops one byte past the limit. */
  @Test
  @EnabledOnOs(OS.LINUX)
  void refusesAnEndlessFileOncePastTheLimit() {
    Path zeros = Path.of("/dev/zero");
    DocumentException e = assertThrows(DocumentException.class, () -> Documents.readRecord(zeros));
    assertEquals("document larger than 67108864 bytes: 67108865", e.rule());
  }
}
