package org.nmt.io.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.nmt.core.anatomy.MuscleCatalog;
import org.nmt.core.record.ClientRecord;
import org.nmt.core.scenario.SeedScenarios;
import org.nmt.core.session.Session;
import org.nmt.protocol.definition.ActiveTriggerPointRegression;
import org.nmt.protocol.definition.ProtocolDefinition;
import org.nmt.protocol.definition.Protocols;

/**
 * The streaming reader: each refusal at its pointer, read as it streams and from a tree; documents
 * whose header, discriminators or client come later than nmt writes them read the same as the
 * documents nmt writes; a migrated document is read from its tree.
 */
class CursorTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * A record of one session with a pain rating, a technique and a set of activity profiles; {@code
   * %s} stands for the session's extra fields.
   */
  private static final String RECORD =
      "{\"kind\":\"client-record\",\"formatVersion\":\"1.0\","
          + "\"client\":{\"id\":\"c-1\",\"activityProfiles\":[\"hiker\",\"runner\"]},"
          + "\"intake\":{\"takenOn\":\"2026-03-01\"},"
          + "\"sessions\":[{\"id\":\"s-1\",\"therapistId\":\"t-1\","
          + "\"start\":\"2026-03-02T09:00:00Z\",\"duration\":\"PT1H\","
          + "\"stage\":\"pain-elimination\","
          + "\"assessments\":[{\"type\":\"pain-rating\",\"id\":\"a-1\","
          + "\"takenAt\":\"2026-03-02T09:05:00Z\",\"value\":6}],"
          + "\"techniques\":[{\"technique\":\"ischemic-compression\","
          + "\"target\":{\"muscle\":\"upper-trapezius\",\"side\":\"left\"}}]%s}]}";

  private static String record(String sessionExtra) {
    return String.format(RECORD, sessionExtra);
  }

  private static DocumentException refused(String json) {
    return assertThrows(
        DocumentException.class, () -> Documents.readRecord(json.getBytes(UTF_8)), json);
  }

  private static void assertRefused(String pointer, String rule, String json) {
    DocumentException e = refused(json);
    assertEquals(pointer, e.pointer(), e.getMessage());
    assertEquals(rule, e.rule(), e.getMessage());
    assertTrue(e.line() == 1 && e.column() >= 1, e.getMessage());
  }

  @Test
  void aFieldIsFoundByItsNameHoweverItIsSpelled() {
    List<String> declared =
        List.of("technique", "target", "pressure", "holdTime", "repetitions", "reportedIntensity");
    Cursor.Fields<String> fields = Cursor.Fields.of(declared.toArray(new String[0]));
    qt().withFixedSeed(20261124L)
        .withExamples(500)
        .forAll(integers().between(0, declared.size()), integers().between(0, 2))
        .checkAssert(
            (field, spelling) -> {
              // the interned name Jackson gives, an equal copy of it, or an unknown name
              String name =
                  field == declared.size()
                      ? "unknown"
                      : spelling == 0
                          ? declared.get(field)
                          : new String(declared.get(field).toCharArray());
              assertEquals(field == declared.size() ? -1 : field, fields.index(name));
            });
  }

  /** Fields declared by an enum, for the test below. */
  private enum SampleField {
    ID,
    PALPATION_PAIN,
    READINGS_KG_PER_CM2
  }

  @Test
  void fieldsDeclaredByAnEnumAreNamedInCamelCaseAndReadAsTheirConstants() {
    Cursor.Fields<SampleField> fields = Cursor.Fields.of(SampleField.class).required("id");
    assertEquals(1, fields.index("palpationPain"));
    assertEquals(2, fields.index("readingsKgPerCm2"));
    assertSame(
        "palpationPain", fieldNames(fields, "{\"id\":\"x\",\"palpationPain\":1}").get(1).name);
    // in document order, whatever the declared order, each given as its constant
    List<SampleField> read = new ArrayList<>();
    for (Named field :
        fieldNames(fields, "{\"readingsKgPerCm2\":[],\"id\":\"x\",\"palpationPain\":2}")) {
      read.add(field.constant);
    }
    assertEquals(
        List.of(SampleField.READINGS_KG_PER_CM2, SampleField.ID, SampleField.PALPATION_PAIN), read);
    DocumentException missing =
        assertThrows(DocumentException.class, () -> fieldNames(fields, "{\"palpationPain\":1}"));
    assertEquals("/id", missing.pointer());
    assertEquals("required field is missing", missing.rule());
    DocumentException unknown =
        assertThrows(DocumentException.class, () -> fieldNames(fields, "{\"PALPATION_PAIN\":1}"));
    // a constant's name is not its field's name, and too far from every field name to be shown
    assertEquals("", unknown.pointer());
    assertEquals("unknown field, " + ShownNames.NOT_SHOWN, unknown.rule());
  }

  @Test
  void theFieldExpectedNextIsTheOneThatCameLastTimeAndAnyOrderStillReads() {
    Cursor.Fields<SampleField> fields = Cursor.Fields.of(SampleField.class);
    assertEquals(1, fields.expectedAfter("id"));
    List<String> objects =
        List.of(
            "{\"id\":\"x\",\"readingsKgPerCm2\":[]}",
            "{\"id\":\"x\",\"readingsKgPerCm2\":[]}",
            "{\"id\":\"x\",\"palpationPain\":1,\"readingsKgPerCm2\":[]}",
            "{\"readingsKgPerCm2\":[],\"palpationPain\":1,\"id\":\"x\"}",
            "{\"id\":\"x\",\"readingsKgPerCm2\":[]}");
    List<List<SampleField>> expected =
        List.of(
            List.of(SampleField.ID, SampleField.READINGS_KG_PER_CM2),
            List.of(SampleField.ID, SampleField.READINGS_KG_PER_CM2),
            List.of(SampleField.ID, SampleField.PALPATION_PAIN, SampleField.READINGS_KG_PER_CM2),
            List.of(SampleField.READINGS_KG_PER_CM2, SampleField.PALPATION_PAIN, SampleField.ID),
            List.of(SampleField.ID, SampleField.READINGS_KG_PER_CM2));
    List<Integer> expectedAfterId = List.of(2, 2, 1, 1, 2);
    for (int i = 0; i < objects.size(); i++) {
      List<SampleField> read = new ArrayList<>();
      for (Named field : fieldNames(fields, objects.get(i))) {
        read.add(field.constant);
      }
      assertEquals(expected.get(i), read, objects.get(i));
      assertEquals(expectedAfterId.get(i), fields.expectedAfter("id"), objects.get(i));
    }
  }

  @Test
  void aGuessNamingAFieldAlreadySeenIsRefusedAsARepeatedField() {
    Cursor.Fields<SampleField> fields = Cursor.Fields.of(SampleField.class);
    // after id, palpationPain came, then id: the guess after palpationPain is now id
    fieldNames(fields, "{\"palpationPain\":1,\"id\":\"x\"}");
    assertEquals(0, fields.expectedAfter("palpationPain"));
    DocumentException e =
        assertThrows(
            DocumentException.class,
            () -> fieldNames(fields, "{\"id\":\"x\",\"palpationPain\":1,\"id\":\"y\"}"));
    assertEquals("/id", e.pointer());
    assertEquals("malformed JSON: Duplicate field 'id'", e.rule());
  }

  @Test
  void anObjectHasAtMost64DeclaredFields() {
    String[] names = new String[65];
    for (int i = 0; i < names.length; i++) {
      names[i] = "f" + i;
    }
    assertEquals(63, Cursor.Fields.of(java.util.Arrays.copyOf(names, 64)).index("f63"));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Cursor.Fields.of(names));
    assertEquals("at most 64 fields: 65", e.getMessage());
  }

  /** A field as {@link #fieldNames} read it: its constant and its name as Jackson gave it. */
  private static final class Named {
    final SampleField constant;
    final String name;

    Named(SampleField constant, String name) {
      this.constant = constant;
      this.name = name;
    }
  }

  /** The fields of the JSON object {@code json}, read in a loop of {@link Cursor#nextField}. */
  private static List<Named> fieldNames(Cursor.Fields<SampleField> fields, String json) {
    try (com.fasterxml.jackson.core.JsonParser parser = JSON.createParser(json)) {
      Cursor cursor = new Cursor(parser);
      cursor.next();
      List<Named> read = new ArrayList<>();
      for (SampleField field = cursor.firstField(fields);
          field != null;
          field = cursor.nextField(fields)) {
        read.add(new Named(field, cursor.currentName()));
        cursor.valueAsTree();
      }
      return read;
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void aSharedTextIsTheTextAndTheSameInstanceWhenItRepeats() {
    qt().withFixedSeed(20261124L)
        .withExamples(500)
        .forAll(
            lists().of(strings().basicLatinAlphabet().ofLengthBetween(0, 80)).ofSizeBetween(1, 40))
        .checkAssert(
            values -> {
              // each value twice in a row, among values that may collide with it
              List<String> twice = eachRepeated(values, 2);
              List<String> read = sharedTexts(twice);
              assertEquals(twice, read);
              for (int i = 0; i < read.size(); i += 2) {
                if (read.get(i).length() <= 64) {
                  assertSame(read.get(i), read.get(i + 1));
                }
              }
            });
    assertRefused(
        "/sessions/0/techniques/0/target/muscle",
        "must be a string, not a number",
        record("").replace("\"muscle\":\"upper-trapezius\"", "\"muscle\":7"));
  }

  /** A value made of a string, a new instance each time: for the test below. */
  private record Made(String text) {}

  /** Another type of value made of a string: for the test below. */
  private record Other(String text) {}

  @Test
  void aSharedValueIsMadeOnceForAStringThatRepeatsAndKeptApartByTypeAndByString() {
    qt().withFixedSeed(20261125L)
        .withExamples(500)
        .forAll(
            lists().of(strings().basicLatinAlphabet().ofLengthBetween(0, 80)).ofSizeBetween(1, 40))
        .checkAssert(
            values -> {
              // each value three times in a row (as one type, again as it, then as another), and
              // then all of them once more as the first type, in the same document: 40 strings in
              // the cursor's 64 slots, so that a string often finds another one's value in its slot
              List<String> thrice = eachRepeated(values, 3);
              List<String> all = new ArrayList<>(thrice);
              all.addAll(values);
              List<Object> read = new ArrayList<>();
              int[] made = new int[1];
              readArray(
                  all,
                  (cursor, i) ->
                      read.add(
                          i < thrice.size() && i % 3 == 2
                              ? cursor.sharedValue(Other.class, Other::new)
                              : cursor.sharedValue(
                                  Made.class,
                                  text -> {
                                    made[0] += i < thrice.size() ? 1 : 0;
                                    return new Made(text);
                                  })));
              int shared = 0;
              for (int i = 0; i < thrice.size(); i += 3) {
                String text = thrice.get(i);
                assertEquals(new Made(text), read.get(i));
                assertEquals(new Made(text), read.get(i + 1));
                // the same text read as another type is a value of that type
                assertEquals(new Other(text), read.get(i + 2));
                if (text.length() <= 64) {
                  assertSame(read.get(i), read.get(i + 1));
                  shared++;
                }
              }
              // made once for each value that is kept, twice for each too long to keep
              assertEquals(2 * values.size() - shared, made[0]);
              // read again after the others: its own value, never one of another string's
              for (int i = 0; i < values.size(); i++) {
                assertEquals(new Made(values.get(i)), read.get(thrice.size() + i));
              }
            });
  }

  @Test
  void aSharedValueRefusedByItsParserIsRefusedAtItsPointer() {
    DocumentException refused =
        assertThrows(
            DocumentException.class,
            () ->
                readArray(
                    List.of("fine", "bad"),
                    (cursor, i) ->
                        cursor.sharedValue(
                            Made.class,
                            text -> {
                              if (text.equals("bad")) {
                                throw new IllegalArgumentException("not a value: " + text);
                              }
                              return new Made(text);
                            })));
    assertEquals("/1", refused.pointer());
    assertEquals("not a value: bad", refused.rule());
  }

  @Test
  void aRecordReadSharesItsTherapistsIdsAmongItsSessions() {
    ClientRecord hiker = SeedScenarios.hiker();
    ClientRecord read = Documents.readRecord(Documents.toBytes(hiker));
    assertEquals(hiker, read);
    assertTrue(read.sessions().size() > 1);
    Session first = read.sessions().get(0);
    for (Session session : read.sessions()) {
      assertSame(first.therapistId(), session.therapistId());
    }
  }

  /** Reads the JSON array of strings {@code values}, each element with {@code element}. */
  private static void readArray(
      List<String> values, java.util.function.ObjIntConsumer<Cursor> element) {
    try (com.fasterxml.jackson.core.JsonParser parser =
        JSON.createParser(JSON.writeValueAsString(values))) {
      Cursor cursor = new Cursor(parser);
      cursor.next();
      int[] index = new int[1];
      cursor.array(() -> element.accept(cursor, index[0]++));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** The strings of the JSON array {@code values}, each read with {@link Cursor#sharedText}. */
  private static List<String> sharedTexts(List<String> values) {
    List<String> read = new ArrayList<>();
    readArray(values, (cursor, i) -> read.add(cursor.sharedText()));
    return read;
  }

  /** {@code values}, each {@code times} in a row. */
  private static List<String> eachRepeated(List<String> values, int times) {
    List<String> repeated = new ArrayList<>();
    for (String value : values) {
      repeated.addAll(Collections.nCopies(times, value));
    }
    return repeated;
  }

  @Test
  void theBaseDocumentReads() {
    ClientRecord record = Documents.readRecord(record("").getBytes(UTF_8));
    assertEquals(1, record.sessions().get(0).assessments().size());
    assertEquals(2, record.client().activityProfiles().size());
  }

  @Test
  void refusesEachKindOfBadValueAtItsPointer() {
    assertRefused(
        "/sessions/0/painBefore",
        "must be an integer, not a string",
        record(",\"painBefore\":\"7\""));
    assertRefused(
        "/sessions/0/painBefore",
        "must be an integer, not the number 7.5",
        record(",\"painBefore\":7.5"));
    assertRefused(
        "/sessions/0/painBefore",
        "must be an integer, not the number 100.0",
        record(",\"painBefore\":1e2"));
    assertRefused(
        "/sessions/0/painBefore",
        "must be an integer, not the number 4294967296",
        record(",\"painBefore\":4294967296"));
    assertRefused("/sessions/0/painBefore", "must not be null", record(",\"painBefore\":null"));
    assertRefused(
        "/sessions/0",
        "unknown field, a name that is not a field name (not shown: it may be free text)",
        record(",\"pain/before~\":1"));
    assertRefused("/sessions/0/note", "must be an object, not an array", record(",\"note\":[]"));
    assertRefused(
        "/sessions/0/triggerPointExaminations",
        "must be an array, not an object",
        record(",\"triggerPointExaminations\":{}"));
    assertRefused(
        "/sessions/0/triggerPointExaminations/0",
        "must not be null",
        record(",\"triggerPointExaminations\":[null]"));
    assertRefused(
        "/sessions/0/techniques/1/target/side",
        "must be a string, not a boolean",
        record("")
            .replace(
                "\"side\":\"left\"}}]",
                "\"side\":\"left\"}},{\"technique\":\"ischemic-compression\","
                    + "\"target\":{\"muscle\":\"upper-trapezius\",\"side\":true}}]"));
    assertRefused(
        "/sessions/0/response/sorenessDuration",
        "must be an ISO-8601 duration (PT60M): 'pt1h'",
        record(",\"response\":{\"sorenessDuration\":\"pt1h\"}"));
    assertRefused(
        "/sessions/0/response/soreness",
        "unknown Soreness id: 'awful'",
        record(",\"response\":{\"soreness\":\"awful\"}"));
    assertRefused(
        "/sessions/0/response/adverseEvents/0/kind",
        "required field is missing",
        record(",\"response\":{\"adverseEvents\":[{\"serious\":true}]}"));
    assertRefused(
        "/client/activityProfiles/1",
        "duplicate value 'hiker'",
        record("").replace("[\"hiker\",\"runner\"]", "[\"hiker\",\"hiker\"]"));
  }

  @Test
  void readsADocumentInsideALargerBufferAsItsBytesAlone() {
    byte[] document = record("").getBytes(UTF_8);
    byte[] buffer = new byte[document.length + 20];
    java.util.Arrays.fill(buffer, (byte) '}');
    System.arraycopy(document, 0, buffer, 7, document.length);
    assertEquals(
        Documents.readRecord(document),
        Documents.readRecord(buffer, 7, document.length, MuscleCatalog.standard()));
    byte[] bad = record(",\"painBefore\":\"7\"").getBytes(UTF_8);
    byte[] badBuffer = new byte[bad.length + 20];
    System.arraycopy(bad, 0, badBuffer, 20, bad.length);
    DocumentException alone = refused(new String(bad, UTF_8));
    DocumentException inside =
        assertThrows(
            DocumentException.class,
            () -> Documents.readRecord(badBuffer, 20, bad.length, MuscleCatalog.standard()));
    assertEquals(alone.getMessage(), inside.getMessage());
    DocumentException malformed =
        assertThrows(
            DocumentException.class,
            () -> Documents.readRecord(badBuffer, 20, bad.length - 1, MuscleCatalog.standard()));
    assertEquals(
        assertThrows(
                DocumentException.class,
                () -> Documents.readRecord(java.util.Arrays.copyOf(bad, bad.length - 1)))
            .getMessage(),
        malformed.getMessage());
    assertThrows(
        IndexOutOfBoundsException.class,
        () -> Documents.readRecord(buffer, 30, buffer.length, MuscleCatalog.standard()));
  }

  @Test
  void aRequiredFieldIsMissedAtTheEndOfItsObjectInTheDeclaredOrder() {
    assertRefused(
        "/sessions/0/therapistId",
        "required field is missing",
        record("")
            .replace("\"therapistId\":\"t-1\",", "")
            .replace("\"stage\":\"pain-elimination\",", ""));
    assertRefused(
        "/sessions/0/id", "required field is missing", record("").replace("\"id\":\"s-1\",", ""));
  }

  @Test
  void aRepeatedKeyIsRefusedWithJacksonsMessageAsWhenTheDocumentWasParsedWhole() {
    String json = record(",\"painBefore\":1,\"painBefore\":2");
    DocumentException streamed = refused(json);
    DocumentException whole =
        assertThrows(DocumentException.class, () -> Documents.parse(json.getBytes(UTF_8)));
    assertEquals(whole.getMessage(), streamed.getMessage());
    assertTrue(streamed.rule().startsWith("malformed JSON: Duplicate field 'painBefore'"));
    String repeatedSet =
        record("").replace("[\"hiker\",\"runner\"]", "[\"hiker\"],\"activityProfiles\":[]");
    assertEquals(
        assertThrows(DocumentException.class, () -> Documents.parse(repeatedSet.getBytes(UTF_8)))
            .getMessage(),
        refused(repeatedSet).getMessage());
  }

  @Test
  void malformedJsonAfterAnEarlierBadValueIsStillRefusedAsMalformed() {
    DocumentException e = refused(record(",\"painBefore\":\"x\"") + " }");
    assertTrue(e.rule().startsWith("malformed JSON: "), e.getMessage());
    DocumentException trailing = refused(record(",\"painBefore\":\"x\"") + " {}");
    assertTrue(trailing.rule().startsWith("malformed JSON: Trailing token"), e.getMessage());
    DocumentException valid = refused(record("") + " {}");
    assertTrue(valid.rule().startsWith("malformed JSON: Trailing token"), e.getMessage());
  }

  @Test
  void anAssessmentWhoseTypeComesLaterIsReadFromItsTree() {
    String typeLast =
        record("")
            .replace(
                "{\"type\":\"pain-rating\",\"id\":\"a-1\",\"takenAt\":\"2026-03-02T09:05:00Z\","
                    + "\"value\":6}",
                "{\"id\":\"a-1\",\"takenAt\":\"2026-03-02T09:05:00Z\",\"value\":6,"
                    + "\"type\":\"pain-rating\"}");
    assertEquals(
        Documents.readRecord(record("").getBytes(UTF_8)),
        Documents.readRecord(typeLast.getBytes(UTF_8)));
    assertRefused(
        "/sessions/0/assessments/0/value",
        "must be an integer, not a string",
        typeLast.replace("\"value\":6", "\"value\":\"6\""));
    assertRefused(
        "/sessions/0/assessments/0/takenAtt",
        "unknown field 'takenAtt'",
        typeLast.replace("\"value\":6", "\"value\":6,\"takenAtt\":1"));
    assertRefused(
        "/sessions/0/assessments/0/type",
        "must be a string, not null",
        typeLast.replace("\"type\":\"pain-rating\"", "\"type\":null"));
    assertRefused(
        "/sessions/0/assessments/0/type",
        "must be a string, not null",
        record("").replace("\"type\":\"pain-rating\"", "\"type\":null"));
    assertRefused(
        "/sessions/0/assessments/0/type",
        "required field is missing",
        typeLast.replace(",\"type\":\"pain-rating\"", ""));
    assertRefused(
        "/sessions/0/assessments/0",
        "must be an object, not a string",
        record("")
            .replace(
                "[{\"type\":\"pain-rating\",\"id\":\"a-1\",\"takenAt\":\"2026-03-02T09:05:00Z\","
                    + "\"value\":6}]",
                "[\"pain-rating\"]"));
  }

  @Test
  void anObjectResumedAfterItsTypeLocatesItsFieldsByTheirNames() {
    // the type is read first, and the rest of the object is read on from it: the pointer of each
    // refusal still names the field, not the position of the type
    assertRefused(
        "/sessions/0/assessments/0/takenAtt",
        "unknown field 'takenAtt'",
        record("").replace("\"value\":6", "\"value\":6,\"takenAtt\":1"));
    assertRefused(
        "/sessions/0/assessments/0/value",
        "must be an integer, not a string",
        record("").replace("\"value\":6", "\"value\":\"6\""));
    assertRefused(
        "/sessions/0/assessments/0/id",
        "must not be null",
        record("").replace("\"id\":\"a-1\"", "\"id\":null"));
    assertRefused(
        "/sessions/0/assessments/0/value",
        "required field is missing",
        record("").replace(",\"value\":6", ""));
  }

  @Test
  void documentsWithEveryObjectsFieldsInAnotherOrderReadTheSame() {
    Random random = new Random(20261124L);
    for (ClientRecord record : SeedScenarios.all()) {
      JsonNode tree = tree(Documents.toBytes(record));
      byte[] reversed = bytes(reordered(tree, fields -> reversed(fields)));
      assertEquals(record, Documents.readRecord(reversed), record.client().id().toString());
      for (int i = 0; i < 20; i++) {
        byte[] shuffled =
            bytes(
                reordered(
                    tree,
                    fields -> {
                      List<String> copy = new ArrayList<>(fields);
                      Collections.shuffle(copy, random);
                      return copy;
                    }));
        assertEquals(record, Documents.readRecord(shuffled), new String(shuffled, UTF_8));
      }
    }
    for (ProtocolDefinition protocol : Protocols.builtIns()) {
      byte[] reversed = bytes(reordered(tree(Documents.toBytes(protocol)), CursorTest::reversed));
      assertEquals(protocol, Documents.readProtocol(reversed));
    }
  }

  @Test
  void aRegressionRulesRiseIsRefusedByItsRuleEvenWhenNull() {
    String protocol =
        "{\"kind\":\"protocol-definition\",\"formatVersion\":\"1.0\",\"name\":\"p\","
            + "\"version\":\"1.0\",\"stages\":[\"strength\"],\"gates\":[{\"stage\":\"strength\","
            + "\"criteria\":[{\"criterion\":\"therapist-sign-off\"}]}],"
            + "\"regressionRules\":[{\"rule\":\"%s\",\"rise\":%s,\"returnTo\":\"strength\"}]}";
    assertEquals(
        1,
        Documents.readProtocol(String.format(protocol, "pain-flare", "1").getBytes(UTF_8))
            .regressionRules()
            .size());
    DocumentException unknown =
        assertThrows(
            DocumentException.class,
            () ->
                Documents.readProtocol(
                    String.format(protocol, ActiveTriggerPointRegression.ID, "null")
                        .getBytes(UTF_8)));
    assertEquals("/regressionRules/0/rise", unknown.pointer());
    assertEquals("unknown field 'rise'", unknown.rule());
    DocumentException isNull =
        assertThrows(
            DocumentException.class,
            () ->
                Documents.readProtocol(
                    String.format(protocol, "pain-flare", "null").getBytes(UTF_8)));
    assertEquals("/regressionRules/0/rise", isNull.pointer());
    assertEquals("must not be null", isNull.rule());
    DocumentException notInteger =
        assertThrows(
            DocumentException.class,
            () ->
                Documents.readProtocol(
                    String.format(protocol, "pain-flare", "\"1\"").getBytes(UTF_8)));
    assertEquals("/regressionRules/0/rise", notInteger.pointer());
    assertEquals("must be an integer, not a string", notInteger.rule());
  }

  @Test
  void aMigratedDocumentIsReadFromItsUpgradedTree() {
    String version0 =
        record("")
            .replace("\"formatVersion\":\"1.0\"", "\"formatVersion\":\"0.9\"")
            .replace("\"client\":{\"id\":\"c-1\"", "\"client\":{\"pseudonym\":\"c-1\"");
    UnaryOperator<ObjectNode> renamePseudonym =
        document -> {
          ObjectNode client = (ObjectNode) document.get("client");
          client.set("id", client.remove("pseudonym"));
          document.put("formatVersion", "1.0");
          return document;
        };
    Migrations migrations =
        Migrations.of(Map.of(Migrations.key(DocumentKind.CLIENT_RECORD, 0), renamePseudonym));
    ClientRecord migrated =
        Documents.decode(
            Documents.parse(version0.getBytes(UTF_8)),
            DocumentKind.CLIENT_RECORD,
            RecordCodec::readRecord,
            migrations);
    assertEquals(Documents.readRecord(record("").getBytes(UTF_8)), migrated);
    DocumentException e =
        assertThrows(
            DocumentException.class,
            () ->
                Documents.decode(
                    Documents.parse(
                        version0.replace("\"value\":6", "\"value\":true").getBytes(UTF_8)),
                    DocumentKind.CLIENT_RECORD,
                    RecordCodec::readRecord,
                    migrations));
    assertEquals("/sessions/0/assessments/0/value", e.pointer());
    assertEquals("must be an integer, not a boolean", e.rule());
  }

  private static List<String> reversed(List<String> fields) {
    List<String> copy = new ArrayList<>(fields);
    Collections.reverse(copy);
    return copy;
  }

  private static JsonNode tree(byte[] json) {
    try {
      return JSON.readTree(json);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static byte[] bytes(JsonNode tree) {
    try {
      return JSON.writeValueAsBytes(tree);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** {@code node} with the fields of every object in the order {@code order} gives. */
  private static JsonNode reordered(JsonNode node, UnaryOperator<List<String>> order) {
    if (node.isObject()) {
      List<String> names = new ArrayList<>();
      Iterator<String> fields = node.fieldNames();
      fields.forEachRemaining(names::add);
      ObjectNode copy = JSON.createObjectNode();
      for (String name : order.apply(names)) {
        copy.set(name, reordered(node.get(name), order));
      }
      return copy;
    }
    if (node.isArray()) {
      ArrayNode copy = JSON.createArrayNode();
      node.forEach(element -> copy.add(reordered(element, order)));
      return copy;
    }
    return node;
  }
}
