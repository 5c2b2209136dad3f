package org.nmt.io.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.nmt.core.client.Intake;
import org.nmt.core.record.ClientRecord;
import org.nmt.core.scenario.SeedScenarios;

class DocumentsTest {
  private static final Path GOLDEN = Path.of("src", "test", "resources", "golden");

  @Test
  void roundTripsEverySeedScenario() {
    for (ClientRecord record : SeedScenarios.all()) {
      byte[] json = Documents.toBytes(record);
      assertEquals(record, Documents.readRecord(json), record.client().id().toString());
    }
  }

  @Test
  void writingFlushesButLeavesTheCallersStreamOpen() throws IOException {
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    java.io.OutputStream out =
        new java.io.FilterOutputStream(bytes) {
          @Override
          public void close() {
            throw new AssertionError("the caller's stream was closed");
          }
        };
    Documents.write(SeedScenarios.runner(), out);
    out.write('\n');
    assertEquals(SeedScenarios.runner(), Documents.readRecord(bytes.toByteArray()));
  }

  @Test
  void writesKindAndFormatVersionFirst() {
    String json = new String(Documents.toBytes(SeedScenarios.runner()), UTF_8);
    assertTrue(
        json.startsWith("{\n  \"kind\" : \"client-record\",\n  \"formatVersion\" : \"1.0\""),
        json.substring(0, 80));
  }

  @Test
  void writesTheSameDocumentCompactlyOnOneLineWithoutClosingTheStream() throws IOException {
    ClientRecord hiker = SeedScenarios.hiker();
    ClientRecord record =
        ClientRecord.builder()
            .from(hiker)
            .intake(
                Intake.builder()
                    .from(hiker.intake())
                    .chiefComplaint("calf pain\nafter hikes\r\nand at night\u2028")
                    .build())
            .build();
    AtomicBoolean closed = new AtomicBoolean();
    ByteArrayOutputStream compact =
        new ByteArrayOutputStream() {
          @Override
          public void close() {
            closed.set(true);
          }
        };
    Documents.writeCompact(record, compact);
    assertFalse(closed.get());
    byte[] bytes = compact.toByteArray();
    for (byte b : bytes) {
      assertTrue(b != '\n' && b != '\r', "line break in a compact document");
    }
    assertEquals(record, Documents.readRecord(bytes));
    ObjectMapper plain = new ObjectMapper();
    assertEquals(plain.readTree(Documents.toBytes(record)), plain.readTree(bytes));
    assertTrue(
        new String(bytes, UTF_8)
            .startsWith("{\"kind\":\"client-record\",\"formatVersion\":\"1.0\","));
  }

  private static DocumentException reject(String json) {
    return assertThrows(DocumentException.class, () -> Documents.readRecord(json.getBytes(UTF_8)));
  }

  private static final String MINIMAL =
      "{\"kind\":\"client-record\",\"formatVersion\":\"1.0\",\n"
          + "\"client\":{\"id\":\"c-1\"},\n"
          + "\"intake\":{\"takenOn\":\"2026-03-01\"}}";

  @Test
  void readsAMinimalRecord() {
    ClientRecord record = Documents.readRecord(MINIMAL.getBytes(UTF_8));
    assertEquals("c-1", record.client().id().value());
    assertTrue(record.sessions().isEmpty());
  }

  @Test
  void rejectsAnUnknownFieldAtItsPointerLineAndColumn() {
    DocumentException e =
        reject(MINIMAL.replace("{\"id\":\"c-1\"}", "{\"id\":\"c-1\",\n \"name\":\"Ann\"}"));
    assertEquals("/client/name", e.pointer());
    assertEquals(3, e.line());
    assertEquals(2, e.column());
    assertEquals("unknown field 'name'", e.rule());
    assertEquals("/client/name (line 3, column 2): unknown field 'name'", e.getMessage());
  }

  @Test
  void rejectsAMissingRequiredFieldAtTheParent() {
    DocumentException e = reject(MINIMAL.replace("{\"takenOn\":\"2026-03-01\"}", "{}"));
    assertEquals("/intake/takenOn", e.pointer());
    assertEquals("required field is missing", e.rule());
    assertEquals(3, e.line());
  }

  @Test
  void rejectsCoercedScalars() {
    DocumentException e =
        reject(MINIMAL.replace("{\"id\":\"c-1\"}", "{\"id\":\"c-1\",\"birthYear\":\"1980\"}"));
    assertEquals("/client/birthYear", e.pointer());
    assertEquals("must be an integer, not a string", e.rule());
    e = reject(MINIMAL.replace("{\"id\":\"c-1\"}", "{\"id\":\"c-1\",\"birthYear\":1980.5}"));
    assertEquals("must be an integer, not the number 1980.5", e.rule());
    e = reject(MINIMAL.replace("{\"id\":\"c-1\"}", "{\"id\":7}"));
    assertEquals("/client/id", e.pointer());
    assertEquals("must be a string, not a number", e.rule());
  }

  @Test
  void rejectsNull() {
    DocumentException e =
        reject(MINIMAL.replace("{\"id\":\"c-1\"}", "{\"id\":\"c-1\",\"sex\":null}"));
    assertEquals("/client/sex", e.pointer());
    assertEquals("must not be null", e.rule());
  }

  @Test
  void rejectsDuplicateKeys() {
    DocumentException e =
        reject(MINIMAL.replace("{\"id\":\"c-1\"}", "{\"id\":\"c-1\",\"id\":\"c-2\"}"));
    assertEquals("/client/id", e.pointer());
    assertTrue(e.rule().startsWith("malformed JSON: Duplicate field 'id'"), e.rule());
    assertEquals(2, e.line());
  }

  @Test
  void rejectsTrailingTokens() {
    DocumentException e = reject(MINIMAL + " {}");
    assertTrue(e.rule().startsWith("malformed JSON: Trailing token"), e.rule());
  }

  @Test
  void rejectsTruncatedAndEmptyDocuments() {
    DocumentException e = reject(MINIMAL.substring(0, MINIMAL.length() - 3));
    assertTrue(e.rule().startsWith("malformed JSON: Unexpected end-of-input"), e.rule());
    assertEquals("empty document", reject("").rule());
    assertEquals("must be an object, not an array", reject("[]").rule());
  }

  @Test
  void rejectsDeepNesting() {
    String deep = "[".repeat(1000) + "]".repeat(1000);
    DocumentException e =
        reject(MINIMAL.replace("{\"takenOn\":\"2026-03-01\"}", "{\"takenOn\":" + deep + "}"));
    assertTrue(
        e.rule().startsWith("document exceeds a size limit: Document nesting depth"), e.rule());
  }

  @Test
  void rejectsHugeStrings() {
    String huge = "x".repeat(Documents.MAX_STRING_LENGTH + 1);
    DocumentException e =
        reject(
            MINIMAL.replace(
                "{\"takenOn\":\"2026-03-01\"}", "{\"chiefComplaint\":\"" + huge + "\"}"));
    assertTrue(e.rule().startsWith("document exceeds a size limit: String value length"), e.rule());
    assertFalse(e.getMessage().contains("xxxxxxxxxx"));
  }

  @Test
  void rejectsAnotherKindAndNewerVersions() {
    assertEquals(
        "expected a client-record document, not unknown kind 'plan'",
        reject(MINIMAL.replace("\"client-record\"", "\"plan\"")).rule());
    DocumentException newer = reject(MINIMAL.replace("\"1.0\"", "\"2.0\""));
    assertEquals("/formatVersion", newer.pointer());
    assertEquals(
        "format version 2.0 is newer than this reader supports (1.x); upgrade nmt", newer.rule());
    assertEquals(
        "format version 0.9 has no migration to 1.0",
        reject(MINIMAL.replace("\"1.0\"", "\"0.9\"")).rule());
    assertEquals(
        "must be MAJOR.MINOR: 'one'", reject(MINIMAL.replace("\"1.0\"", "\"one\"")).rule());
  }

  @Test
  void rejectsDomainViolationsAtTheirObject() {
    String session =
        "\"sessions\":[{\"id\":\"s-1\",\"therapistId\":\"t-1\",\"start\":\"2026-03-02T09:00:00Z\","
            + "\"duration\":\"PT60M\",\"stage\":\"pain-elimination\",\"painBefore\":11}]";
    DocumentException e = reject(MINIMAL.replace("}}", "}," + session + "}"));
    assertEquals("/sessions/0", e.pointer());
    assertEquals("session s-1: painBefore must be within 0..10: 11", e.rule());
  }

  @Test
  void rejectsUnknownEnumValuesAndMuscles() {
    String technique =
        "\"sessions\":[{\"id\":\"s-1\",\"therapistId\":\"t-1\",\"start\":\"2026-03-02T09:00:00Z\","
            + "\"duration\":\"PT60M\",\"stage\":\"pain-elimination\",\"techniques\":[{"
            + "\"technique\":\"ischemic-compression\",\"target\":{\"muscle\":\"%s\",\"side\":\"%s\"}}]}]";
    DocumentException side =
        reject(MINIMAL.replace("}}", "}," + String.format(technique, "soleus", "up") + "}"));
    assertEquals("/sessions/0/techniques/0/target/side", side.pointer());
    assertEquals("unknown Side id: 'up'", side.rule());
    DocumentException muscle =
        reject(MINIMAL.replace("}}", "}," + String.format(technique, "wing", "left") + "}"));
    assertEquals("/sessions/0/techniques/0/target", muscle.pointer());
    assertEquals("unknown muscle id 'wing' in catalog nmt-standard 1.0", muscle.rule());
  }

  /** A minor version adds optional fields: a reader of an older minor one says why it refuses. */
  @Test
  void anUnknownFieldOfANewerMinorVersionSaysToUpgrade() {
    String newer =
        MINIMAL
            .replace("\"1.0\"", "\"1.1\"")
            .replace("{\"id\":\"c-1\"}", "{\"id\":\"c-1\",\"newIn11\":1}");
    DocumentException e = reject(newer);
    assertEquals("/client", e.pointer());
    assertEquals(
        "unknown field, a name that is not a field name (not shown: it may be free text); the"
            + " document's format version 1.1 is newer than this reader's 1.0, whose fields it may"
            + " use: upgrade nmt",
        e.rule());
    assertEquals(2, e.line());
    DocumentException same = reject(newer.replace("\"1.1\"", "\"1.0\""));
    assertEquals(
        "unknown field, a name that is not a field name (not shown: it may be free text)",
        same.rule());
    // the header read last: the document is read from its tree, and says the same
    String headerLast =
        "{\"client\":{\"id\":\"c-1\",\"newIn11\":1},\n\"intake\":{\"takenOn\":\"2026-03-01\"},"
            + "\"kind\":\"client-record\",\"formatVersion\":\"1.1\"}";
    assertTrue(reject(headerLast).rule().endsWith("upgrade nmt"), reject(headerLast).rule());
  }

  @Test
  void readsADocumentThatStartsWithAByteOrderMark() {
    // Windows editors save UTF-8 with a byte order mark
    byte[] document = Documents.toBytes(SeedScenarios.runner());
    byte[] withMark = new byte[document.length + 3];
    withMark[0] = (byte) 0xEF;
    withMark[1] = (byte) 0xBB;
    withMark[2] = (byte) 0xBF;
    System.arraycopy(document, 0, withMark, 3, document.length);
    assertEquals(SeedScenarios.runner(), Documents.readRecord(withMark));
    byte[] markOnly = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '\n'};
    DocumentException empty =
        assertThrows(DocumentException.class, () -> Documents.readRecord(markOnly));
    assertEquals("empty document", empty.rule());
    assertEquals(1, empty.line());
  }

  @Test
  void rejectsDocumentsThatAreNotUtf8() {
    DocumentException e =
        assertThrows(
            DocumentException.class,
            () -> Documents.readRecord(MINIMAL.getBytes(java.nio.charset.StandardCharsets.UTF_16)));
    assertEquals("document must be UTF-8 (found UTF-16 or UTF-32)", e.rule());
    assertEquals(1, e.line());
  }

  @Test
  void malformedJsonMessagesNeverQuoteTheDocument() {
    String secret = "SECRETWORDCOMPLAINT";
    String base =
        "{\"kind\":\"client-record\",\"formatVersion\":\"1.0\",\"client\":{\"id\":\"c-1\"},"
            + "\"intake\":{\"takenOn\":\"2026-03-01\",\"chiefComplaint\":";
    for (String tail :
        new String[] {"\"" + secret + "\",\"x\":[", secret + "}}", "\"" + secret + "\" x}}"}) {
      DocumentException e = reject(base + tail);
      assertFalse(e.getMessage().contains("SECRET"), e.getMessage());
      assertTrue(e.line() >= 1, e.getMessage());
    }
    assertEquals(
        "malformed JSON: Unrecognized token: was expecting (JSON String, Number, Array, Object or"
            + " token 'null', 'true' or 'false')",
        reject(base + secret + "}}").rule());
  }

  @Test
  void neverEchoesFreeText() {
    String secret = "SECRET-COMPLAINT-TEXT";
    DocumentException e =
        reject(
            MINIMAL.replace(
                "{\"takenOn\":\"2026-03-01\"}",
                "{\"takenOn\":\"2026-03-01\",\"chiefComplaint\":\"" + secret + "\",\"x\":1}"));
    assertFalse(e.getMessage().contains(secret));
  }
}
