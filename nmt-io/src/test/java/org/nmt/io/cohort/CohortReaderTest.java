package org.nmt.io.cohort;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import com.google.common.collect.ImmutableList;
import com.google.common.primitives.Bytes;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.nmt.core.anatomy.MuscleCatalog;
import org.nmt.core.record.ClientRecord;
import org.nmt.core.scenario.SeedScenarios;
import org.nmt.io.json.DocumentException;
import org.nmt.io.json.Documents;

class CohortReaderTest {
  private static final String VALID =
      "{\"kind\":\"client-record\",\"formatVersion\":\"1.0\",\"client\":{\"id\":\"%s\"},"
          + "\"intake\":{\"takenOn\":\"2026-03-01\"}}";
  private static final String MALFORMED = "{\"kind\":\"client-record\",\"formatVersion\":";
  private static final String WRONG_KIND =
      String.format(VALID, "c-1").replace("\"client-record\"", "\"plan\"");
  private static final String DOMAIN_VIOLATION =
      String.format(VALID, "c-1")
          .replace(
              "}}",
              "},\"sessions\":[{\"id\":\"s-1\",\"therapistId\":\"t-1\","
                  + "\"start\":\"2026-03-02T09:00:00Z\",\"duration\":\"PT60M\","
                  + "\"stage\":\"pain-elimination\",\"painBefore\":11}]}");
  private static final byte[] GARBAGE = {
    (byte) 0xC3, 0x28, (byte) 0xA0, (byte) 0xA1, 0x01, 0x7F, (byte) 0xFF
  };
  private static final String EMPTY_OBJECT = "{}";

  /** UTF-8's byte order mark, U+FEFF. */
  private static final byte[] BYTE_ORDER_MARK = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private static String valid(String id) {
    return String.format(VALID, id);
  }

  private static byte[] lines(Object... lines) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    for (Object line : lines) {
      bytes.writeBytes(line instanceof byte[] ? (byte[]) line : ((String) line).getBytes(UTF_8));
      bytes.write('\n');
    }
    return bytes.toByteArray();
  }

  private static CohortReader reader(byte[] cohort, ErrorPolicy policy) {
    return CohortReader.open(new ByteArrayInputStream(cohort), policy);
  }

  private static List<String> ids(CohortReader reader) {
    List<String> ids = new ArrayList<>();
    reader.forEachRemaining(record -> ids.add(record.client().id().value()));
    return ids;
  }

  private static List<Long> lineNumbers(CohortReader reader) {
    return reader.skippedLines().stream().map(SkippedLine::lineNumber).collect(Collectors.toList());
  }

  @Test
  void roundTripsEverySeedScenarioThroughWriterAndReader() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (CohortWriter writer = CohortWriter.open(bytes)) {
      for (ClientRecord record : SeedScenarios.all()) {
        writer.write(record);
      }
    }
    String text = new String(bytes.toByteArray(), UTF_8);
    assertEquals(SeedScenarios.all().size(), text.split("\n", -1).length - 1);
    assertTrue(text.endsWith("}\n"));
    try (CohortReader reader = reader(bytes.toByteArray(), ErrorPolicy.FAIL_FAST)) {
      List<ClientRecord> read = new ArrayList<>();
      reader.forEachRemaining(read::add);
      assertEquals(SeedScenarios.all(), read);
      assertEquals(0, reader.skippedCount());
      assertFalse(reader.hasNext());
      assertThrows(NoSuchElementException.class, reader::next);
    }
  }

  @Test
  void eachLineIsTheCompactDocument() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (CohortWriter writer = CohortWriter.open(bytes)) {
      writer.write(SeedScenarios.hiker());
    }
    ByteArrayOutputStream compact = new ByteArrayOutputStream();
    Documents.writeCompact(SeedScenarios.hiker(), compact);
    compact.write('\n');
    assertEquals(new String(compact.toByteArray(), UTF_8), new String(bytes.toByteArray(), UTF_8));
  }

  @Test
  void readsAFileAsAStreamThatClosesTheReader(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("cohort.ndjson");
    try (CohortWriter writer = CohortWriter.open(file)) {
      writer.write(SeedScenarios.runner());
      writer.write(SeedScenarios.tmjDysfunction());
    }
    CohortReader reader = CohortReader.open(file, ErrorPolicy.FAIL_FAST);
    List<ClientRecord> read;
    try (var records = reader.records()) {
      read = records.collect(Collectors.toList());
    }
    assertEquals(List.of(SeedScenarios.runner(), SeedScenarios.tmjDysfunction()), read);
    IllegalStateException closed = assertThrows(IllegalStateException.class, reader::hasNext);
    assertEquals("cohort reader is closed", closed.getMessage());
  }

  @Test
  void closingTheReaderClosesItsInput() throws IOException {
    AtomicBoolean closed = new AtomicBoolean();
    InputStream in =
        new ByteArrayInputStream(lines(valid("c-1"))) {
          @Override
          public void close() {
            closed.set(true);
          }
        };
    CohortReader reader = CohortReader.open(in, ErrorPolicy.FAIL_FAST);
    reader.close();
    reader.close();
    assertTrue(closed.get());
  }

  @Test
  void skipsEveryKindOfBadLineAndReportsItsLineNumber() throws IOException {
    byte[] tooLong = ("{\"kind\":\"" + "x".repeat(300) + "\"}").getBytes(UTF_8);
    byte[] cohort =
        lines(
            valid("c-1"), // 1
            MALFORMED, // 2
            WRONG_KIND, // 3
            DOMAIN_VIOLATION, // 4
            "", // 5: blank, skipped silently
            valid("c-6"), // 6
            tooLong, // 7
            GARBAGE, // 8
            EMPTY_OBJECT, // 9
            " \t ", // 10: blank, skipped silently
            valid("c-11").replace(",\"client\"", ",\r\"client\""), // 11
            valid("c-12") + "\r", // 12: CRLF
            "\r"); // 13: blank CRLF line, then an empty last line
    ReadOptions options =
        ReadOptions.builder().errorPolicy(ErrorPolicy.SKIP).maxLineBytes(250).build();
    try (CohortReader reader = CohortReader.open(new ByteArrayInputStream(cohort), options)) {
      assertEquals(List.of("c-1", "c-6", "c-12"), ids(reader));
      assertEquals(7, reader.skippedCount());
      assertEquals(List.of(2L, 3L, 4L, 7L, 8L, 9L, 11L), lineNumbers(reader));
      for (SkippedLine skipped : reader.skippedLines()) {
        assertEquals(skipped.lineNumber(), skipped.error().line());
      }
      List<String> messages =
          reader.skippedLines().stream()
              .map(s -> s.error().getMessage())
              .collect(Collectors.toList());
      assertEquals(
          List.of(
              "/formatVersion (line 2, column 41): malformed JSON: Unexpected end-of-input"
                  + " within/between Object entries",
              "/kind (line 3, column 2): expected a client-record document, not unknown kind"
                  + " 'plan'",
              "/sessions/0 (line 4, column "
                  + (DOMAIN_VIOLATION.indexOf("{\"id\":\"s-1\"") + 1)
                  + "): session s-1: painBefore must be within 0..10: 11",
              "document root (line 7, column 251): line longer than 250 bytes",
              "document root (line 8, column 3): malformed JSON: Unrecognized token: was"
                  + " expecting (JSON String, Number, Array, Object or token 'null', 'true' or"
                  + " 'false')",
              "/kind (line 9, column 1): required field is missing",
              "document root (line 11, column 47): carriage return inside a line; a record's"
                  + " document must be on one line"),
          messages);
    }
  }

  @Test
  void aCarriageReturnInALineLongerThanAReadChunkIsFoundAtItsColumn() throws IOException {
    String padding = " ".repeat(100_000);
    String line = valid("c-2").replace(",\"client\"", padding + ",\r\"client\"");
    int column = line.indexOf('\r') + 1;
    ReadOptions options =
        ReadOptions.builder().errorPolicy(ErrorPolicy.SKIP).maxLineBytes(1 << 20).build();
    try (CohortReader reader =
        CohortReader.open(
            new ByteArrayInputStream(lines(valid("c-1"), line, valid("c-3") + padding + "\r")),
            options)) {
      assertEquals(List.of("c-1", "c-3"), ids(reader));
      assertEquals(
          List.of(
              "document root (line 2, column "
                  + column
                  + "): carriage return inside a line; a record's document must be on one line"),
          reader.skippedLines().stream()
              .map(s -> s.error().getMessage())
              .collect(Collectors.toList()));
    }
  }

  @Test
  void failFastThrowsTheFirstBadLineLocatedInTheCohortAndEndsTheStream() throws IOException {
    byte[] cohort = lines(valid("c-1"), "", DOMAIN_VIOLATION, valid("c-4"));
    try (CohortReader reader = reader(cohort, ErrorPolicy.FAIL_FAST)) {
      assertEquals("c-1", reader.next().client().id().value());
      DocumentException e = assertThrows(DocumentException.class, reader::hasNext);
      assertEquals(3, e.line());
      assertEquals(DOMAIN_VIOLATION.indexOf("{\"id\":\"s-1\"") + 1, e.column());
      assertEquals("/sessions/0", e.pointer());
      assertEquals("session s-1: painBefore must be within 0..10: 11", e.rule());
      assertFalse(reader.hasNext());
      assertEquals(0, reader.skippedCount());
      assertEquals(List.of(), reader.skippedLines());
    }
  }

  @Test
  void failFastReportsEachKindOfBadLineAtItsLine() throws IOException {
    List<Object> bad =
        List.of(
            MALFORMED,
            WRONG_KIND,
            DOMAIN_VIOLATION,
            "x".repeat(300),
            GARBAGE,
            EMPTY_OBJECT,
            "{\r}");
    for (Object line : bad) {
      byte[] cohort = lines("", valid("c-2"), line, valid("c-4"));
      ReadOptions options = ReadOptions.builder().maxLineBytes(250).build();
      try (CohortReader reader = CohortReader.open(new ByteArrayInputStream(cohort), options)) {
        assertEquals("c-2", reader.next().client().id().value());
        DocumentException e = assertThrows(DocumentException.class, reader::next);
        assertEquals(3, e.line(), e.getMessage());
        assertTrue(e.getMessage().contains("(line 3, column "), e.getMessage());
        assertFalse(reader.hasNext());
      }
    }
  }

  @Test
  void aLineAtTheLimitIsReadAndOneByteMoreIsNot() throws IOException {
    String atLimit = valid("c-1");
    int limit = atLimit.length();
    String padded = valid("c-2") + " ".repeat(limit - valid("c-2").length());
    byte[] cohort =
        lines(atLimit, atLimit + "\r", padded, padded + " ", padded + " \r", valid("c-6"));
    ReadOptions options =
        ReadOptions.builder().errorPolicy(ErrorPolicy.SKIP).maxLineBytes(limit).build();
    try (CohortReader reader = CohortReader.open(new ByteArrayInputStream(cohort), options)) {
      assertEquals(List.of("c-1", "c-1", "c-2", "c-6"), ids(reader));
      assertEquals(List.of(4L, 5L), lineNumbers(reader));
      assertEquals(
          "line longer than " + limit + " bytes", reader.skippedLines().get(0).error().rule());
      assertEquals(limit + 1, reader.skippedLines().get(1).error().column());
    }
  }

  @Test
  void readsPastALineLongerThanTheDefaultLimitWithoutKeepingIt() throws IOException {
    long length = ReadOptions.DEFAULT_MAX_LINE_BYTES * 3L;
    InputStream hugeLine =
        new InputStream() {
          private long left = length;

          @Override
          public int read() {
            return left-- > 0 ? 'x' : -1;
          }

          @Override
          public int read(byte[] b, int off, int len) {
            if (left <= 0) {
              return -1;
            }
            int n = (int) Math.min(len, left);
            java.util.Arrays.fill(b, off, off + n, (byte) 'x');
            left -= n;
            return n;
          }
        };
    InputStream cohort =
        new SequenceInputStream(
            new SequenceInputStream(new ByteArrayInputStream(lines(valid("c-1"))), hugeLine),
            new ByteArrayInputStream(Bytes.concat(new byte[] {'\n'}, lines(valid("c-3")))));
    try (CohortReader reader = CohortReader.open(cohort, ErrorPolicy.SKIP)) {
      assertEquals(List.of("c-1", "c-3"), ids(reader));
      assertEquals(1, reader.skippedCount());
      assertEquals(
          "document root (line 2, column "
              + (ReadOptions.DEFAULT_MAX_LINE_BYTES + 1)
              + "): line longer than "
              + ReadOptions.DEFAULT_MAX_LINE_BYTES
              + " bytes",
          reader.skippedLines().get(0).error().getMessage());
    }
  }

  @Test
  void countsEverySkippedLineAndKeepsTheFirstFew() throws IOException {
    Object[] cohort = new Object[2 * 250];
    for (int i = 0; i < 250; i++) {
      cohort[2 * i] = MALFORMED;
      cohort[2 * i + 1] = valid("c-" + (2 * i + 2));
    }
    try (CohortReader reader = reader(lines(cohort), ErrorPolicy.SKIP)) {
      assertEquals(250, ids(reader).size());
      assertEquals(250, reader.skippedCount());
      assertEquals(ReadOptions.DEFAULT_MAX_SKIPPED_LINES_KEPT, reader.skippedLines().size());
      assertEquals(1L, reader.skippedLines().get(0).lineNumber());
      assertEquals(199L, reader.skippedLines().get(99).lineNumber());
    }
    ReadOptions keepNone =
        ReadOptions.builder().errorPolicy(ErrorPolicy.SKIP).maxSkippedLinesKept(0).build();
    try (CohortReader reader =
        CohortReader.open(new ByteArrayInputStream(lines(cohort)), keepNone)) {
      assertEquals(250, ids(reader).size());
      assertEquals(250, reader.skippedCount());
      assertEquals(ImmutableList.of(), reader.skippedLines());
    }
  }

  @Test
  void readsEmptyAndBlankCohortsAndALastLineWithoutLineBreak() throws IOException {
    try (CohortReader reader = reader(new byte[0], ErrorPolicy.FAIL_FAST)) {
      assertFalse(reader.hasNext());
    }
    try (CohortReader reader = reader(lines("", "  ", "\r", ""), ErrorPolicy.FAIL_FAST)) {
      assertFalse(reader.hasNext());
    }
    byte[] noFinalBreak = (valid("c-1") + "\n" + valid("c-2")).getBytes(UTF_8);
    try (CohortReader reader = reader(noFinalBreak, ErrorPolicy.FAIL_FAST)) {
      assertEquals(List.of("c-1", "c-2"), ids(reader));
    }
    byte[] badLastLine = (valid("c-1") + "\n" + MALFORMED).getBytes(UTF_8);
    try (CohortReader reader = reader(badLastLine, ErrorPolicy.SKIP)) {
      assertEquals(List.of("c-1"), ids(reader));
      assertEquals(List.of(2L), lineNumbers(reader));
    }
  }

  @Test
  void checksMusclesAgainstTheGivenCatalog() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (CohortWriter writer = CohortWriter.open(bytes)) {
      writer.write(SeedScenarios.hiker());
    }
    MuscleCatalog empty = MuscleCatalog.of("empty", "1.0", List.of());
    ReadOptions options = ReadOptions.builder().catalog(empty).build();
    try (CohortReader reader =
        CohortReader.open(new ByteArrayInputStream(bytes.toByteArray()), options)) {
      DocumentException e = assertThrows(DocumentException.class, reader::next);
      assertEquals(1, e.line());
      assertTrue(e.rule().startsWith("unknown muscle id"), e.rule());
    }
  }

  @Test
  void neverEchoesFreeTextOfABadLine() throws IOException {
    String secret = "SECRET-COMPLAINT-TEXT";
    String line =
        valid("c-1")
            .replace(
                "{\"takenOn\":\"2026-03-01\"}",
                "{\"takenOn\":\"2026-03-01\",\"chiefComplaint\":\"" + secret + "\",\"x\":1}");
    try (CohortReader reader = reader(lines(line), ErrorPolicy.SKIP)) {
      assertFalse(reader.hasNext());
      SkippedLine skipped = reader.skippedLines().get(0);
      assertEquals("/intake", skipped.error().pointer());
      assertFalse(skipped.error().getMessage().contains(secret));
      assertFalse(skipped.toString().contains(secret));
    }
  }

  /** Hands out at most {@code step} bytes per read, to cut lines at every possible place. */
  private static InputStream trickle(byte[] bytes, int step) {
    return new ByteArrayInputStream(bytes) {
      @Override
      public synchronized int read(byte[] b, int off, int len) {
        return super.read(b, off, Math.min(len, step));
      }
    };
  }

  @Test
  void readsAnyMixOfLinesHoweverTheInputIsCut() {
    qt().withFixedSeed(20261124L)
        .withExamples(500)
        .forAll(
            lists().of(integers().between(0, 4)).ofSizeBetween(0, 24),
            integers().between(1, 300),
            booleans().all(),
            booleans().all())
        .check(
            (kinds, step, crlf, finalBreak) -> {
              StringBuilder text = new StringBuilder();
              List<String> expectedIds = new ArrayList<>();
              List<Long> expectedSkipped = new ArrayList<>();
              for (int i = 0; i < kinds.size(); i++) {
                long lineNumber = i + 1;
                switch (kinds.get(i)) {
                  case 0:
                    text.append(valid("c-" + lineNumber));
                    expectedIds.add("c-" + lineNumber);
                    break;
                  case 1:
                    text.append(" ".repeat(i % 3));
                    break;
                  case 2:
                    text.append(MALFORMED);
                    expectedSkipped.add(lineNumber);
                    break;
                  case 3:
                    text.append(DOMAIN_VIOLATION);
                    expectedSkipped.add(lineNumber);
                    break;
                  default:
                    text.append("y".repeat(400 + i));
                    expectedSkipped.add(lineNumber);
                    break;
                }
                if (i < kinds.size() - 1 || finalBreak) {
                  text.append(crlf ? "\r\n" : "\n");
                }
              }
              ReadOptions options =
                  ReadOptions.builder().errorPolicy(ErrorPolicy.SKIP).maxLineBytes(380).build();
              try (CohortReader reader =
                  CohortReader.open(trickle(text.toString().getBytes(UTF_8), step), options)) {
                List<String> ids = ids(reader);
                List<Long> skipped = lineNumbers(reader);
                boolean located =
                    reader.skippedLines().stream()
                        .allMatch(s -> s.error().line() == s.lineNumber());
                return ids.equals(expectedIds)
                    && skipped.equals(expectedSkipped)
                    && reader.skippedCount() == expectedSkipped.size()
                    && located;
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
  }

  /**
   * Lines of every kind the reader tells apart: good records (also with spaces, tabs or a carriage
   * return around them), blank lines, records that are bad, cut over two lines, followed by more on
   * their line, or spelled so that they are read as trees, and lines that are too long.
   */
  private static List<byte[]> lineKinds() {
    String first = valid("c-a");
    return List.of(
        first.getBytes(UTF_8),
        " \t ".getBytes(UTF_8),
        MALFORMED.getBytes(UTF_8),
        DOMAIN_VIOLATION.getBytes(UTF_8),
        "y".repeat(300).getBytes(UTF_8),
        (valid("c-b") + " \t").getBytes(UTF_8),
        (valid("c-c") + "\r").getBytes(UTF_8),
        valid("c-d").replaceFirst(",", ",\r").getBytes(UTF_8),
        (valid("c-e") + valid("c-f")).getBytes(UTF_8),
        (valid("c-g") + " x").getBytes(UTF_8),
        ("  " + valid("c-h")).getBytes(UTF_8),
        first.substring(0, 40).getBytes(UTF_8),
        first.substring(40).getBytes(UTF_8),
        valid("c-i")
            .replace(
                "\"kind\":\"client-record\",\"formatVersion\":\"1.0\",",
                "\"formatVersion\":\"1.0\",\"kind\":\"client-record\",")
            .getBytes(UTF_8),
        valid("c-j").replace("\"c-j\"", "\"c-j\\u0041\"").getBytes(UTF_8),
        valid("c-k").replace("\"c-k\"", "\"c-k\r\"").getBytes(UTF_8),
        GARBAGE,
        valid("c-m").getBytes(java.nio.charset.StandardCharsets.UTF_16LE),
        valid("c-n").getBytes(java.nio.charset.StandardCharsets.UTF_16BE),
        EMPTY_OBJECT.getBytes(UTF_8),
        (valid("c-l") + "\r\r").getBytes(UTF_8));
  }

  /**
   * What a reader must give for {@code cohort}, worked out line by line as the class documents it,
   * each line read alone with {@link Documents#readRecord(byte[], MuscleCatalog)}: a record, or
   * "skipped" with the line number, pointer, line, column and rule of its error.
   */
  private static List<Object> expectedOutcomes(byte[] cohort, int maxLineBytes) {
    List<Object> outcomes = new ArrayList<>();
    int start = 0;
    long lineNumber = 0;
    while (start < cohort.length) {
      int end =
          Bytes.indexOf(java.util.Arrays.copyOfRange(cohort, start, cohort.length), (byte) '\n');
      end = end < 0 ? cohort.length : start + end;
      lineNumber++;
      int length = end - start;
      if (length > 0 && cohort[end - 1] == '\r') {
        length--;
      }
      byte[] line = java.util.Arrays.copyOfRange(cohort, start, start + length);
      start = end + 1;
      if (length > maxLineBytes) {
        outcomes.add(
            skipped(
                lineNumber,
                "",
                lineNumber,
                maxLineBytes + 1,
                "line longer than " + maxLineBytes + " bytes"));
        continue;
      }
      if (new String(line, UTF_8).chars().allMatch(c -> c == ' ' || c == '\t')) {
        continue;
      }
      int carriageReturn = Bytes.indexOf(line, (byte) '\r');
      if (carriageReturn >= 0) {
        outcomes.add(
            skipped(
                lineNumber,
                "",
                lineNumber,
                carriageReturn + 1,
                "carriage return inside a line; a record's document must be on one line"));
        continue;
      }
      try {
        outcomes.add(Documents.readRecord(line, MuscleCatalog.standard()));
      } catch (DocumentException e) {
        outcomes.add(
            skipped(lineNumber, e.pointer(), lineNumber, e.line() == 1 ? e.column() : 0, e.rule()));
      }
    }
    return outcomes;
  }

  private static String skipped(
      long lineNumber, String pointer, long line, int column, String rule) {
    return "skipped line " + lineNumber + " at " + pointer + " " + line + ":" + column + " " + rule;
  }

  @Test
  @Timeout(value = 120, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void readsEveryLineAsTheLineReadAloneWouldBeHoweverChunksAndReadsCutIt() {
    List<byte[]> kinds = lineKinds();
    qt().withFixedSeed(20261124L)
        .withExamples(1500)
        .forAll(
            lists().of(integers().between(0, kinds.size() - 1)).ofSizeBetween(0, 16),
            integers().between(1, 400),
            integers().between(8, 700),
            integers().between(0, 3))
        .checkAssert(
            (chosen, step, chunkBytes, endings) -> {
              ByteArrayOutputStream text = new ByteArrayOutputStream();
              for (int i = 0; i < chosen.size(); i++) {
                text.writeBytes(kinds.get(chosen.get(i)));
                boolean last = i == chosen.size() - 1;
                if (!last || endings % 2 == 0) {
                  text.writeBytes(
                      endings < 2 || i % 2 == 0 ? new byte[] {'\n'} : new byte[] {'\r', '\n'});
                }
              }
              byte[] cohort = text.toByteArray();
              int maxLineBytes = 250;
              ReadOptions options =
                  ReadOptions.builder()
                      .errorPolicy(ErrorPolicy.SKIP)
                      .maxLineBytes(maxLineBytes)
                      .maxSkippedLinesKept(100)
                      .build();
              List<Object> outcomes = new ArrayList<>();
              try (CohortReader reader =
                  new CohortReader(trickle(cohort, step), options, chunkBytes)) {
                while (reader.hasNext()) {
                  outcomes.add(reader.next());
                }
                List<Object> all = new ArrayList<>(outcomes);
                for (SkippedLine line : reader.skippedLines()) {
                  DocumentException e = line.error();
                  all.add(skipped(line.lineNumber(), e.pointer(), e.line(), e.column(), e.rule()));
                }
                List<Object> expected = expectedOutcomes(cohort, maxLineBytes);
                List<Object> expectedRecords =
                    expected.stream()
                        .filter(ClientRecord.class::isInstance)
                        .collect(Collectors.toList());
                List<Object> expectedSkipped =
                    expected.stream().filter(String.class::isInstance).collect(Collectors.toList());
                expectedRecords.addAll(expectedSkipped);
                assertEquals(expectedRecords, all);
                assertEquals(expectedSkipped.size(), reader.skippedCount());
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
  }

  @Test
  void aByteOrderMarkAtTheStartOfALineIsIgnored() throws IOException {
    // Windows editors save UTF-8 with a byte order mark, and files so saved may be concatenated
    byte[] first = Bytes.concat(BYTE_ORDER_MARK, lines(valid("c-1"), valid("c-2")));
    byte[] later =
        lines(
            valid("c-1"),
            Bytes.concat(BYTE_ORDER_MARK, valid("c-2").getBytes(UTF_8)),
            valid("c-3"));
    try (CohortReader reader = reader(first, ErrorPolicy.FAIL_FAST)) {
      assertEquals(List.of("c-1", "c-2"), ids(reader));
    }
    try (CohortReader reader = reader(later, ErrorPolicy.FAIL_FAST)) {
      assertEquals(List.of("c-1", "c-2", "c-3"), ids(reader));
    }
    // a file saved empty by such an editor: the mark alone is a blank line
    byte[] markOnly = Bytes.concat(BYTE_ORDER_MARK, lines(" ", valid("c-1")));
    try (CohortReader reader = reader(markOnly, ErrorPolicy.FAIL_FAST)) {
      assertEquals(List.of("c-1"), ids(reader));
      assertEquals(0, reader.skippedCount());
    }
  }

  @Test
  @Timeout(value = 30, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void aUtf16LineIsRefusedWhereverItStands() {
    byte[] utf16 = valid("c-2").getBytes(java.nio.charset.StandardCharsets.UTF_16LE);
    for (byte[] cohort :
        List.of(lines(valid("c-1"), utf16, valid("c-3")), lines(utf16, valid("c-3")))) {
      try (CohortReader reader = reader(cohort, ErrorPolicy.SKIP)) {
        List<String> ids = ids(reader);
        assertEquals(
            cohort[0] == '{' && cohort[1] != 0 ? List.of("c-1", "c-3") : List.of("c-3"), ids);
        assertEquals(1, reader.skippedCount());
        assertEquals(
            "document must be UTF-8 (found UTF-16 or UTF-32)",
            reader.skippedLines().get(0).error().rule());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  @Test
  void theInputIsNotAskedAgainOnceItHasEnded() throws IOException {
    int[] ends = new int[1];
    InputStream input =
        new ByteArrayInputStream(("\n" + valid("c-1") + "\n" + valid("c-2")).getBytes(UTF_8)) {
          @Override
          public synchronized int read(byte[] b, int off, int len) {
            int n = super.read(b, off, len);
            if (n < 0) {
              ends[0]++;
            }
            return n;
          }
        };
    try (CohortReader reader = CohortReader.open(input, ErrorPolicy.FAIL_FAST)) {
      assertEquals(List.of("c-1", "c-2"), ids(reader));
      assertFalse(reader.hasNext());
    }
    assertEquals(1, ends[0]);
  }
}
