package org.nmt.io.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Regression tests for the reading problems {@link MutationFuzzTest} found. */
class DocumentsHardeningTest {
  private static final String SECRET = "SECRETCOMPLAINT";

  private static final String MINIMAL =
      "{\"kind\":\"client-record\",\"formatVersion\":\"1.0\",\n"
          + "\"client\":{\"id\":\"c-1\"},\n"
          + "\"intake\":{\"takenOn\":\"2026-03-01\"}}";

  private static DocumentException reject(byte[] json) {
    return assertThrows(DocumentException.class, () -> Documents.readRecord(json));
  }

  private static DocumentException reject(String json) {
    return reject(json.getBytes(UTF_8));
  }

  private static String intake(String fields) {
    return MINIMAL.replace(
        "{\"takenOn\":\"2026-03-01\"}", "{\"takenOn\":\"2026-03-01\"," + fields + "}");
  }

  @Test
  void locatesAStringOverTheSizeLimit() {
    String huge = "x".repeat(Documents.MAX_STRING_LENGTH + 1);
    DocumentException e = reject(intake("\"chiefComplaint\":\"" + huge + "\""));
    assertEquals("/intake/chiefComplaint", e.pointer());
    assertEquals(3, e.line());
    assertEquals(51, e.column());
    assertTrue(e.rule().startsWith("document exceeds a size limit: String value length"), e.rule());
  }

  @Test
  void locatesANameOverTheSizeLimitAtItsObject() {
    DocumentException e = reject(intake("\"" + "n".repeat(60_000) + "\":1"));
    assertEquals("/intake", e.pointer());
    assertEquals(3, e.line());
    assertTrue(e.rule().startsWith("document exceeds a size limit: Name length"), e.rule());
  }

  @Test
  void locatesNestingOverTheLimit() {
    DocumentException e = reject(intake("\"chiefComplaint\":" + "[".repeat(100) + "]".repeat(100)));
    assertTrue(e.pointer().startsWith("/intake/chiefComplaint/0/0/0"), e.pointer());
    assertEquals(3, e.line());
    assertTrue(
        e.rule().startsWith("document exceeds a size limit: Document nesting depth"), e.rule());
  }

  @Test
  void locatesANumberOverTheSizeLimit() {
    DocumentException e =
        reject(
            MINIMAL.replace(
                "{\"id\":\"c-1\"}", "{\"id\":\"c-1\",\"birthYear\":1" + "0".repeat(70) + "}"));
    assertEquals("/client/birthYear", e.pointer());
    assertEquals(2, e.line());
    assertTrue(e.rule().startsWith("document exceeds a size limit: Number value length"), e.rule());
  }

  @Test
  void rejectsInputThatIsNotUnicode() {
    byte[] utf32 = {0, 0, 0, '{', 0x7f, (byte) 0xff, (byte) 0xff, (byte) 0xff};
    DocumentException e = reject(utf32);
    assertEquals("", e.pointer());
    assertEquals(1, e.line());
    assertEquals("document must be UTF-8 (found UTF-16 or UTF-32)", e.rule());
  }

  @Test
  void neverEchoesAnUnrecognizedToken() {
    DocumentException e = reject(intake("\"chiefComplaint\":" + SECRET));
    assertEquals("/intake/chiefComplaint", e.pointer());
    assertEquals(
        "malformed JSON: Unrecognized token: was expecting (JSON String, Number, Array, Object or"
            + " token 'null', 'true' or 'false')",
        e.rule());
    assertFalse(e.getMessage().contains(SECRET));
  }

  @Test
  void neverQuotesTheInputInAMessage() {
    String json =
        "{\"kind\":\"client-record\",\"intake\":{\"chiefComplaint\":\"" + SECRET + "\"},\"x\":[1}";
    DocumentException e = reject(json);
    assertEquals(
        "malformed JSON: Unexpected close marker '}': expected ']' (for Array starting at line 1,"
            + " column 75)",
        e.rule());
    assertFalse(e.getMessage().contains(SECRET));
  }

  /**
   * A session ending after the last instant once reached the arithmetic of the model's checks; an
   * instant beyond the year 9999 is now refused for its spelling before any arithmetic.
   */
  @Test
  void rejectsASessionEndingAfterTheLastInstant() {
    String session =
        "\"sessions\":[{\"id\":\"s-1\",\"therapistId\":\"t-1\","
            + "\"start\":\"+1000000000-12-31T23:00:00Z\",\"duration\":\"PT2H\","
            + "\"stage\":\"pain-elimination\",\"assessments\":[{\"type\":\"pain-rating\","
            + "\"id\":\"a-1\",\"takenAt\":\"+1000000000-12-31T23:30:00Z\",\"value\":3}]}]";
    DocumentException e = reject(MINIMAL.replace("}}", "}," + session + "}"));
    assertEquals("/sessions/0/start", e.pointer());
    assertEquals(3, e.line());
    assertEquals(
        "must be an ISO-8601 instant (2026-03-02T09:00:00Z): '+1000000000-12-31T23:00:00Z'",
        e.rule());
  }
}
