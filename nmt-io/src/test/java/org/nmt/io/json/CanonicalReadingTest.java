package org.nmt.io.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.nmt.core.assessment.Joint;
import org.nmt.core.client.ActivityProfile;
import org.nmt.core.client.Condition;
import org.nmt.core.stage.Stage;
import org.nmt.io.gen.RecordGenerator;
import org.nmt.protocol.criterion.RangeOfMotionRestored;
import org.nmt.protocol.criterion.StrengthRestored;
import org.nmt.protocol.definition.ProtocolDefinition;

/**
 * The reader takes times only in the canonical spellings nmt writes, format versions without
 * leading zeros, and each value of a set once; everything else is a located {@link
 * DocumentException} whose message holds no free text.
 */
class CanonicalReadingTest {
  private static final String RECORD =
      "{\"kind\":\"client-record\",\"formatVersion\":\"%s\",\"client\":{\"id\":\"c-1\","
          + "\"activityProfiles\":%s,\"presentingConditions\":%s},"
          + "\"intake\":{\"takenOn\":\"%s\",\"chiefComplaint\":\""
          + RecordGenerator.MARKER
          + "\"},\"sessions\":[{\"id\":\"s-1\",\"therapistId\":\"t-1\",\"start\":\"%s\","
          + "\"duration\":\"%s\",\"stage\":\"pain-elimination\","
          + "\"response\":{\"soreness\":\"mild\",\"sorenessDuration\":\"%s\"}}]}";

  /** A record document with the given values, the others valid. */
  private static final class Record {
    String version = "1.0";
    String profiles = "[\"hiker\",\"runner\"]";
    String conditions = "[\"knee-pain\"]";
    String takenOn = "2026-03-01";
    String start = "2026-03-02T09:00:00Z";
    String duration = "PT1H";
    String soreness = "P2D";

    byte[] bytes() {
      return String.format(
              RECORD, version, profiles, conditions, takenOn, start, duration, soreness)
          .getBytes(UTF_8);
    }
  }

  private static Record record(Function<Record, Record> change) {
    return change.apply(new Record());
  }

  private static DocumentException refused(Record record) {
    DocumentException e =
        assertThrows(DocumentException.class, () -> Documents.readRecord(record.bytes()));
    assertFalse(e.getMessage().contains(RecordGenerator.MARKER), e.getMessage());
    assertTrue(e.line() >= 1 && e.column() >= 1, e.getMessage());
    return e;
  }

  private static void assertRefused(String pointer, String rule, Record record) {
    DocumentException e = refused(record);
    assertEquals(pointer, e.pointer(), e.getMessage());
    assertEquals(rule, e.rule());
  }

  @Test
  void theValidDocumentReads() {
    assertEquals(
        Duration.ofDays(2),
        Documents.readRecord(new Record().bytes())
            .sessions()
            .get(0)
            .response()
            .get()
            .sorenessDuration()
            .get());
  }

  @Test
  void refusesInstantsNmtDoesNotWrite() {
    for (String start :
        List.of(
            "2026-03-02t09:00:00z",
            "2026-03-02T09:00:00z",
            "2026-03-02t09:00:00Z",
            "2026-03-02T10:00:00+01:00",
            "2026-03-02T09:00:00+00:00",
            "2026-03-02T09:00:00-00:00",
            "2026-03-01T24:00:00Z",
            "2026-06-30T23:59:60Z",
            "+2026-03-02T09:00:00Z",
            "+12026-03-02T09:00:00Z",
            "2026-03-02T09:00:00.Z",
            "2026-03-02T09:00:00.1234567891Z",
            "2026-03-02T09:00Z",
            "2026-03-02 09:00:00Z",
            "2026-03-02T09:00:00Z\n")) {
      assertRefused(
          "/sessions/0/start",
          "must be an ISO-8601 instant (2026-03-02T09:00:00Z): '" + start + "'",
          record(
              r -> {
                r.start = start.replace("\n", "\\n");
                return r;
              }));
    }
  }

  @Test
  void readsInstantsWithAndWithoutFractionsOfASecond() {
    for (String start :
        List.of(
            "2026-03-02T09:00:00Z",
            "2026-03-02T09:00:00.5Z",
            "2026-03-02T09:00:00.250Z",
            "2026-03-02T09:00:00.123456789Z",
            "2026-03-02T23:59:59Z")) {
      Record r =
          record(
              x -> {
                x.start = start;
                return x;
              });
      assertEquals(Instant.parse(start), Documents.readRecord(r.bytes()).sessions().get(0).start());
    }
  }

  @Test
  void refusesDatesNmtDoesNotWrite() {
    for (String day :
        List.of(
            "+2026-03-01", "+12026-03-01", "-2026-03-01", "2026-3-01", "20260301", "2026-02-30")) {
      assertRefused(
          "/intake/takenOn",
          "must be an ISO-8601 date (2026-03-02): '" + day + "'",
          record(
              r -> {
                r.takenOn = day;
                return r;
              }));
    }
  }

  @Test
  void refusesDurationsNmtDoesNotWrite() {
    for (String duration :
        List.of(
            "pt1h",
            "Pt1H",
            "PT1h",
            "+PT1H",
            "-PT1H",
            "PT-1H",
            "PT2H-30M",
            "P-1DT26H",
            "PT1H0,5S",
            "PT1H0.1234567891S",
            "P1DT",
            "PT",
            "P",
            "P1W",
            "PT1M1H")) {
      assertRefused(
          "/sessions/0/response/sorenessDuration",
          "must be an ISO-8601 duration (PT60M): '" + duration + "'",
          record(
              r -> {
                r.soreness = duration;
                return r;
              }));
    }
  }

  @Test
  void readsDurationsAsNmtWritesThemAndDays() {
    for (String duration : List.of("PT48H", "PT1H30M", "PT0.5S", "P2D", "P1DT12H", "PT0S")) {
      Record r =
          record(
              x -> {
                x.soreness = duration;
                return x;
              });
      assertEquals(
          Duration.parse(duration),
          Documents.readRecord(r.bytes())
              .sessions()
              .get(0)
              .response()
              .get()
              .sorenessDuration()
              .get());
    }
  }

  @Test
  void everyWrittenInstantDateAndDurationOfTheFourDigitYearsReadsBack() {
    qt().withFixedSeed(20261124L)
        .withExamples(1000)
        .forAll(
            longs().between(Instant.parse("0000-01-01T00:00:00Z").getEpochSecond(), 253402300799L),
            integers().between(0, 999_999_999),
            longs().between(0, Duration.ofDays(60).getSeconds()))
        .check(
            (seconds, nanos, soreness) -> {
              Instant instant = Instant.ofEpochSecond(seconds, nanos);
              LocalDate day = LocalDate.ofEpochDay(Math.floorDiv(seconds, 86_400));
              Duration duration = Duration.ofSeconds(soreness, soreness == 0 ? 0 : nanos);
              return instant.equals(IsoParse.instant(instant.toString()))
                  && day.equals(IsoParse.date(day.toString()))
                  && (duration.compareTo(Duration.ofDays(60)) > 0
                      || duration.equals(IsoParse.duration(duration.toString())));
            });
  }

  @Test
  void refusesFormatVersionsWithLeadingZeros() {
    for (String version : List.of("01.0", "1.00", "1.01", "001.0", "1.0001")) {
      assertRefused(
          "/formatVersion",
          "must be MAJOR.MINOR: '" + version + "'",
          record(
              r -> {
                r.version = version;
                return r;
              }));
    }
    for (String version : List.of("1.0", "1.1", "1.10", "1.9999")) {
      Documents.readRecord(
          record(
                  r -> {
                    r.version = version;
                    return r;
                  })
              .bytes());
    }
  }

  @Test
  void refusesRepeatedValuesOfASetAtTheRepeat() {
    assertRefused(
        "/client/activityProfiles/2",
        "duplicate value 'hiker'",
        record(
            r -> {
              r.profiles = "[\"hiker\",\"runner\",\"hiker\"]";
              return r;
            }));
    assertRefused(
        "/client/presentingConditions/1",
        "duplicate value 'knee-pain'",
        record(
            r -> {
              r.conditions = "[\"knee-pain\",\"knee-pain\"]";
              return r;
            }));
    assertRefused(
        "/client/activityProfiles/1",
        "unknown ActivityProfile id: 'swimmer'",
        record(
            r -> {
              r.profiles = "[\"hiker\",\"swimmer\",\"hiker\"]";
              return r;
            }));
    assertEquals(
        Set.of(ActivityProfile.RUNNER, ActivityProfile.HIKER),
        Set.copyOf(
            Documents.readRecord(
                    record(
                            r -> {
                              r.profiles = "[\"runner\",\"hiker\"]";
                              return r;
                            })
                        .bytes())
                .client()
                .activityProfiles()));
    assertEquals(
        Set.of(Condition.KNEE_PAIN),
        Documents.readRecord(new Record().bytes()).client().presentingConditions());
  }

  @Test
  void refusesRepeatedPlanesEvaluated() {
    String record =
        "{\"kind\":\"client-record\",\"formatVersion\":\"1.0\",\"client\":{\"id\":\"c-1\"},"
            + "\"intake\":{\"takenOn\":\"2026-03-01\"},\"assessments\":[{\"type\":"
            + "\"structural-evaluation\",\"id\":\"a-1\",\"takenAt\":\"2026-03-01T10:00:00Z\","
            + "\"planesEvaluated\":[\"sagittal\",\"coronal\",\"sagittal\"]}]}";
    DocumentException e =
        assertThrows(DocumentException.class, () -> Documents.readRecord(record.getBytes(UTF_8)));
    assertEquals("/assessments/0/planesEvaluated/2", e.pointer());
    assertEquals("duplicate value 'sagittal'", e.rule());
  }

  private static final String PROTOCOL =
      "{\"kind\":\"protocol-definition\",\"formatVersion\":\"1.0\",\"name\":\"p\","
          + "\"version\":\"1.0\",\"stages\":%s,\"gates\":[{\"stage\":\"strength\",\"criteria\":"
          + "[{\"criterion\":\"range-of-motion-restored\",\"joints\":%s,\"percentOfNorm\":90,"
          + "\"sideDifferencePercent\":10},{\"criterion\":\"strength-restored\",\"grade\":5,"
          + "\"muscles\":%s}]}]}";

  private static DocumentException refusedProtocol(String stages, String joints, String muscles) {
    return assertThrows(
        DocumentException.class,
        () ->
            Documents.readProtocol(
                String.format(PROTOCOL, stages, joints, muscles).getBytes(UTF_8)));
  }

  @Test
  void refusesRepeatedStagesJointsAndMuscles() {
    DocumentException joints =
        refusedProtocol("[\"strength\"]", "[\"knee\",\"hip\",\"knee\"]", "[]");
    assertEquals("/gates/0/criteria/0/joints/2", joints.pointer());
    assertEquals("duplicate value 'knee'", joints.rule());
    DocumentException muscles = refusedProtocol("[\"strength\"]", "[]", "[\"soleus\",\"soleus\"]");
    assertEquals("/gates/0/criteria/1/muscles/1", muscles.pointer());
    assertEquals("duplicate value 'soleus'", muscles.rule());
    DocumentException stages = refusedProtocol("[\"strength\",\"strength\"]", "[]", "[]");
    assertEquals("/stages/1", stages.pointer());
    assertEquals("duplicate value 'strength'", stages.rule());
    ProtocolDefinition read =
        Documents.readProtocol(
            String.format(PROTOCOL, "[\"strength\"]", "[\"knee\",\"hip\"]", "[\"soleus\"]")
                .getBytes(UTF_8));
    assertEquals(List.of(Stage.STRENGTH), read.stages());
    RangeOfMotionRestored rom = (RangeOfMotionRestored) read.gates().get(0).criteria().get(0);
    assertEquals(Set.of(Joint.KNEE, Joint.HIP), rom.joints());
    StrengthRestored strength = (StrengthRestored) read.gates().get(0).criteria().get(1);
    assertEquals(Set.of("soleus"), strength.muscles());
  }

  @Test
  void refusesMusclesThatAreNotMuscleIds() {
    for (String muscle : List.of("Soleus", "soleus muscle", "", "soleus-", "a".repeat(65))) {
      DocumentException e = refusedProtocol("[\"strength\"]", "[]", "[\"" + muscle + "\"]");
      assertEquals("/gates/0/criteria/1/muscles/0", e.pointer());
      assertEquals(
          "muscle id must be a lower-kebab slug of at most 64 characters: '"
              + (muscle.length() > 64 ? muscle.substring(0, 64) + "..." : muscle)
              + "'",
          e.rule());
    }
  }
}
