package org.nmt.io.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.nmt.core.record.ClientRecord;
import org.nmt.io.cohort.CohortReader;
import org.nmt.io.cohort.CohortWriter;
import org.nmt.io.cohort.ErrorPolicy;
import org.nmt.io.cohort.SkippedLine;
import org.nmt.io.gen.RecordGenerator;

/**
 * Strings as a document may spell them and nmt does not: a character written as an escape reads as
 * itself, in a field's name as in a value, in a document alone and in a cohort's line; a value
 * beyond ASCII, one longer than an id may be, and a control character are refused at their pointer,
 * with the value shown as it is.
 */
class EscapedStringsTest {
  private static final long SEED = 20261124L + 7;
  private static final int EXAMPLES = 300;

  private static final String SESSION =
      "{\"kind\":\"client-record\",\"formatVersion\":\"1.0\",\"client\":{\"id\":\"%s\"},"
          + "\"intake\":{\"takenOn\":\"2026-03-01\"},\"sessions\":[{\"id\":\"s-1\","
          + "\"therapistId\":\"t-1\",\"start\":\"%s\",\"duration\":\"PT60M\","
          + "\"stage\":\"pain-elimination\",\"techniques\":[{\"technique\":\"ischemic-compression\","
          + "\"target\":{\"muscle\":\"%s\",\"side\":\"%s\"}}]}]}";

  @Test
  void charactersEscapedInStringsReadAsThemselves() {
    qt().withFixedSeed(SEED)
        .withExamples(EXAMPLES)
        .forAll(RecordGenerator.records(), longs().all())
        .checkAssert(
            (record, seed) -> {
              byte[] plain = Documents.toBytes(record);
              byte[] escaped = escapeSome(plain, new Random(seed));
              assertFalse(Arrays.equals(plain, escaped), "some character is escaped");
              assertEquals(record, Documents.readRecord(escaped));
              byte[] cohort = escapeSome(cohortOf(record, record), new Random(seed));
              assertEquals(List.of(record, record), readCohort(cohort));
            });
  }

  @Test
  void aDocumentOfPlainAndEscapedStringsReads() {
    String plain = String.format(SESSION, "c-1", "2026-03-02T09:00:00Z", "soleus", "left");
    String escaped =
        String.format(
            SESSION, "c\\u002d1", "2026-03-02T09:00:00\\u005a", "sol\\u0065us", "\\u006ceft");
    ClientRecord record = Documents.readRecord(plain.getBytes(UTF_8));
    assertEquals(record, Documents.readRecord(escaped.getBytes(UTF_8)));
    assertEquals(
        List.of(record, record), readCohort((plain + "\n" + escaped + "\n").getBytes(UTF_8)));
  }

  @Test
  void valuesBeyondAsciiAreDecodedAndRefusedAsSuch() {
    assertRefused(
        "/sessions/0/techniques/0/target/side",
        "unknown Side id: 'l\u00e9ft'",
        String.format(SESSION, "c-1", "2026-03-02T09:00:00Z", "soleus", "l\u00e9ft"));
    assertRefused(
        "/client/id",
        "client id must be 1..64 letters, digits, '.', '_' or '-', starting with a letter or"
            + " digit: 'c-\u00fc'",
        String.format(SESSION, "c-\u00fc", "2026-03-02T09:00:00Z", "soleus", "left"));
    assertRefused(
        "/sessions/0/start",
        "must be an ISO-8601 instant (2026-03-02T09:00:00Z): '2026-03-02T09:00:00\u017a'",
        String.format(SESSION, "c-1", "2026-03-02T09:00:00\u017a", "soleus", "left"));
  }

  @Test
  void anIdOfTheLongestLengthReadsAndOneLongerIsRefusedWhole() {
    String longest = "c" + "-".repeat(63);
    ClientRecord record =
        Documents.readRecord(
            String.format(SESSION, longest, "2026-03-02T09:00:00Z", "soleus", "left")
                .getBytes(UTF_8));
    assertEquals(longest, record.client().id().value());
    String tooLong = longest + "x";
    assertRefused(
        "/client/id",
        "client id must be 1..64 letters, digits, '.', '_' or '-', starting with a letter or"
            + " digit: '"
            + tooLong
            + "'",
        String.format(SESSION, tooLong, "2026-03-02T09:00:00Z", "soleus", "left"));
  }

  @Test
  void aControlCharacterInAStringIsRefusedAsJacksonRefusesIt() {
    String json = String.format(SESSION, "c-1", "2026-03-02T09:00:00Z", "sol\u0001eus", "left");
    DocumentException e =
        assertThrows(DocumentException.class, () -> Documents.readRecord(json.getBytes(UTF_8)));
    assertEquals("/sessions/0/techniques/0/target/muscle", e.pointer());
    assertEquals(
        "malformed JSON: Illegal unquoted character ((CTRL-CHAR, code 1)): has to be escaped"
            + " using backslash to be included in string value",
        e.rule());
  }

  @Test
  void aStringThatEndsOnTheNextLineIsRefusedAtItsLine() throws IOException {
    String good = String.format(SESSION, "c-1", "2026-03-02T09:00:00Z", "soleus", "left");
    int cut = good.indexOf("\"sol") + 4;
    byte[] cohort =
        (good.substring(0, cut) + "\n" + good.substring(cut) + "\n" + good + "\n").getBytes(UTF_8);
    try (CohortReader reader =
        CohortReader.open(new ByteArrayInputStream(cohort), ErrorPolicy.SKIP)) {
      List<ClientRecord> read = new ArrayList<>();
      reader.forEachRemaining(read::add);
      assertEquals(List.of(Documents.readRecord(good.getBytes(UTF_8))), read);
      List<Long> lines = reader.skippedLines().stream().map(SkippedLine::lineNumber).toList();
      assertEquals(List.of(1L, 2L), lines);
    }
  }

  private static void assertRefused(String pointer, String rule, String json) {
    DocumentException alone =
        assertThrows(DocumentException.class, () -> Documents.readRecord(json.getBytes(UTF_8)));
    assertEquals(pointer, alone.pointer());
    assertEquals(rule, alone.rule());
    DocumentException inCohort =
        assertThrows(DocumentException.class, () -> readCohort((json + "\n").getBytes(UTF_8)));
    assertEquals(pointer, inCohort.pointer());
    assertEquals(rule, inCohort.rule());
  }

  private static byte[] cohortOf(ClientRecord... records) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (CohortWriter writer = CohortWriter.open(out)) {
      for (ClientRecord record : records) {
        writer.write(record);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static List<ClientRecord> readCohort(byte[] ndjson) {
    List<ClientRecord> read = new ArrayList<>();
    try (CohortReader reader =
        CohortReader.open(new ByteArrayInputStream(ndjson), ErrorPolicy.FAIL_FAST)) {
      reader.forEachRemaining(read::add);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return read;
  }

  /**
   * {@code json} with about one in four of the ASCII characters of its strings (names and values,
   * escapes kept as they are) written as a {@code \\uXXXX} escape instead, in upper or lower case.
   */
  private static byte[] escapeSome(byte[] json, Random random) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    boolean inString = false;
    for (int i = 0; i < json.length; i++) {
      byte b = json[i];
      if (!inString) {
        inString = b == '"';
        out.write(b);
      } else if (b == '\\') {
        int escapeLength = json[i + 1] == 'u' ? 6 : 2;
        out.write(json, i, escapeLength);
        i += escapeLength - 1;
      } else if (b == '"') {
        inString = false;
        out.write(b);
      } else if (b >= ' ' && b < 0x7f && random.nextInt(4) == 0) {
        String hex = String.format(random.nextBoolean() ? "%04x" : "%04X", (int) b);
        out.writeBytes(("\\u" + hex).getBytes(UTF_8));
      } else {
        out.write(b);
      }
    }
    return out.toByteArray();
  }
}
