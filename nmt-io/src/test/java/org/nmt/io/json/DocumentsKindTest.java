package org.nmt.io.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nmt.core.anatomy.MuscleCatalog;
import org.nmt.core.scenario.SeedScenarios;
import org.nmt.protocol.definition.Protocols;

/** {@link Documents#kindOf} and {@link Documents#readBytes}: telling documents apart. */
class DocumentsKindTest {
  private static final Path GOLDEN = Path.of("src", "test", "resources", "golden");

  @TempDir Path dir;

  @Test
  void everyGoldenDocumentHasItsKind() throws IOException {
    assertEquals(DocumentKind.CLIENT_RECORD, kindOf(GOLDEN.resolve("hiker.client-record.json")));
    assertEquals(DocumentKind.TREATMENT_PLAN, kindOf(GOLDEN.resolve("hiker.treatment-plan.json")));
    assertEquals(
        DocumentKind.PROTOCOL_DEFINITION,
        kindOf(GOLDEN.resolve("nmt-seeds.protocol-definition.json")));
    assertEquals(
        DocumentKind.MUSCLE_CATALOG, kindOf(GOLDEN.resolve("nmt-standard.muscle-catalog.json")));
  }

  @Test
  void everyWrittenDocumentHasItsKind() {
    assertEquals(
        DocumentKind.CLIENT_RECORD, Documents.kindOf(Documents.toBytes(SeedScenarios.runner())));
    assertEquals(
        DocumentKind.PROTOCOL_DEFINITION, Documents.kindOf(Documents.toBytes(Protocols.stJohn())));
    assertEquals(
        DocumentKind.MUSCLE_CATALOG, Documents.kindOf(Documents.toBytes(MuscleCatalog.standard())));
  }

  @Test
  void onlyTheKindIsChecked() {
    assertEquals(DocumentKind.MUSCLE_CATALOG, kindOf("{\"x\":1,\"kind\":\"muscle-catalog\"}"));
    assertEquals(
        DocumentKind.TREATMENT_PLAN,
        kindOf("{\"kind\":\"treatment-plan\",\"formatVersion\":\"9.0\"}"));
  }

  @Test
  void anUnknownKindIsLocatedAndListsTheKnownKinds() {
    DocumentException e = reject("{\n  \"kind\": \"plan\"}");
    assertEquals("/kind", e.pointer());
    assertEquals(2, e.line());
    assertEquals(
        "unknown kind 'plan'; known kinds: client-record, treatment-plan, protocol-definition,"
            + " muscle-catalog",
        e.rule());
    assertEquals(
        "/kind (line 2, column 3): unknown kind 'plan'; known kinds: client-record,"
            + " treatment-plan, protocol-definition, muscle-catalog",
        e.getMessage());
  }

  @Test
  void aLongUnknownKindIsShortened() {
    DocumentException e = reject("{\"kind\":\"" + "k".repeat(1000) + "\"}");
    assertTrue(e.rule().startsWith("unknown kind '" + "k".repeat(64) + "...'"), e.rule());
    assertFalse(e.rule().contains("k".repeat(65)), e.rule());
  }

  @Test
  void aMissingOrMistypedKindIsADocumentError() {
    DocumentException missing = reject("{\"formatVersion\":\"1.0\"}");
    assertEquals("/kind", missing.pointer());
    assertEquals("required field is missing", missing.rule());
    assertEquals(1, missing.line());
    assertEquals("must be a string, not a number", reject("{\"kind\":7}").rule());
    assertEquals("must be a string, not null", reject("{\"kind\":null}").rule());
  }

  @Test
  void anythingButAJsonObjectIsADocumentError() {
    assertEquals("must be an object, not an array", reject("[]").rule());
    assertEquals("must be an object, not a string", reject("\"client-record\"").rule());
    assertEquals("empty document", reject("").rule());
    assertEquals("empty document", reject("  \n ").rule());
    assertTrue(
        reject("{\"kind\":\"client-record\"").rule().startsWith("malformed JSON: "), "truncated");
    assertTrue(
        reject("{\"kind\":\"client-record\"} []").rule().startsWith("malformed JSON: Trailing"),
        "trailing");
    DocumentException duplicate = reject("{\"kind\":\"client-record\",\"kind\":\"plan\"}");
    assertTrue(duplicate.rule().startsWith("malformed JSON: Duplicate field"), duplicate.rule());
  }

  @Test
  void binaryGarbageIsADocumentError() {
    DocumentException zeros =
        assertThrows(DocumentException.class, () -> Documents.kindOf(new byte[] {0, 1, 2, 3}));
    assertEquals("document must be UTF-8 (found UTF-16 or UTF-32)", zeros.rule());
    DocumentException jpeg =
        assertThrows(
            DocumentException.class,
            () -> Documents.kindOf(new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff, 0x20}));
    assertTrue(jpeg.rule().startsWith("malformed JSON: "), jpeg.rule());
  }

  @Test
  void readBytesReadsAFileAndRefusesWhatCannotBeRead() throws IOException {
    Path file = Files.write(dir.resolve("doc.json"), new byte[] {'{', '}'});
    assertArrayEquals(new byte[] {'{', '}'}, Documents.readBytes(file));
    Path missing = dir.resolve("missing.json");
    assertEquals(
        missing.toString(),
        assertThrows(NoSuchFileException.class, () -> Documents.readBytes(missing)).getMessage());
    assertThrows(IOException.class, () -> Documents.readBytes(dir));
    Path huge = dir.resolve("huge.json");
    try (RandomAccessFile sparse = new RandomAccessFile(huge.toFile(), "rw")) {
      sparse.setLength(Documents.MAX_DOCUMENT_BYTES + 1);
    }
    assertEquals(
        "document root: document larger than 67108864 bytes: 67108865",
        assertThrows(DocumentException.class, () -> Documents.readBytes(huge)).getMessage());
  }

  @Test
  void refusesNull() {
    assertEquals(
        "json",
        assertThrows(NullPointerException.class, () -> Documents.kindOf(null)).getMessage());
  }

  private static DocumentKind kindOf(Path file) throws IOException {
    return Documents.kindOf(Files.readAllBytes(file));
  }

  private static DocumentKind kindOf(String json) {
    return Documents.kindOf(json.getBytes(UTF_8));
  }

  private static DocumentException reject(String json) {
    return assertThrows(DocumentException.class, () -> kindOf(json));
  }
}
