package org.nmt.core.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.nmt.core.anatomy.Side;
import org.nmt.core.anatomy.TissueLocation;
import org.nmt.core.assessment.PainRating;
import org.nmt.core.id.AssessmentId;
import org.nmt.core.id.ClientId;
import org.nmt.core.id.SessionId;
import org.nmt.core.id.TherapistId;
import org.nmt.core.stage.Stage;
import org.nmt.core.technique.Technique;

class SessionTest {
  private static final Instant START = Instant.parse("2026-03-02T09:00:00Z");

  private static Session.Builder session(Instant start, Duration duration) {
    Session.Builder builder = Session.builder();
    builder
        .id(SessionId.of("s-1"))
        .clientId(ClientId.of("c-001"))
        .therapistId(TherapistId.of("t-01"))
        .start(start)
        .duration(duration)
        .stage(Stage.PAIN_ELIMINATION);
    return builder;
  }

  private static Session.Builder hour() {
    return session(START, Duration.ofHours(1));
  }

  private static Session span(String start, int minutes) {
    return session(Instant.parse(start), Duration.ofMinutes(minutes)).build();
  }

  private static PainRating pain(Instant at) {
    return PainRating.builder().id(AssessmentId.of("pr-1")).takenAt(at).value(5).build();
  }

  private static String messageOf(Session.Builder builder) {
    return assertThrows(IllegalArgumentException.class, builder::build).getMessage();
  }

  @Test
  void aSessionWithoutAssessmentsIsBuiltEvenIfItsEndIsBeyondTime() {
    // the end is computed only to place assessments in the session
    Instant lastSecond = Instant.MAX.minusSeconds(60);
    assertEquals(lastSecond, session(lastSecond, Duration.ofHours(1)).build().start());
  }

  @Test
  void endsAfterItsDuration() {
    assertEquals(
        Instant.parse("2026-03-02T10:15:00Z"),
        session(START, Duration.ofMinutes(75)).build().end());
  }

  @Test
  void rejectsAZeroDuration() {
    assertEquals(
        "session s-1: duration must be within (0, 4 h]: PT0S",
        messageOf(session(START, Duration.ZERO)));
  }

  @Test
  void rejectsANegativeDuration() {
    assertEquals(
        "session s-1: duration must be within (0, 4 h]: PT-30M",
        messageOf(session(START, Duration.ofMinutes(-30))));
  }

  @Test
  void acceptsFourHoursAndRejectsMore() {
    assertEquals(Session.MAXIMUM_DURATION, session(START, Duration.ofHours(4)).build().duration());
    assertEquals(
        "session s-1: duration must be within (0, 4 h]: PT4H1M",
        messageOf(session(START, Duration.ofHours(4).plusMinutes(1))));
  }

  @Test
  void aTypicalSessionLasts30To90Minutes() {
    assertFalse(session(START, Duration.ofMinutes(29)).build().hasTypicalDuration());
    assertTrue(session(START, Duration.ofMinutes(30)).build().hasTypicalDuration());
    assertTrue(session(START, Duration.ofMinutes(60)).build().hasTypicalDuration());
    assertTrue(session(START, Duration.ofMinutes(90)).build().hasTypicalDuration());
    assertFalse(session(START, Duration.ofMinutes(91)).build().hasTypicalDuration());
  }

  @Test
  void anUntypicalDurationIsKeptAsData() {
    assertEquals(Duration.ofMinutes(15), session(START, Duration.ofMinutes(15)).build().duration());
  }

  @Test
  void acceptsPainFromZeroToTen() {
    Session session = hour().painBefore(10).painAfter(0).build();
    assertEquals(OptionalInt.of(10), session.painBefore());
    assertEquals(OptionalInt.of(0), session.painAfter());
  }

  @Test
  void rejectsPainBeforeOfEleven() {
    assertEquals(
        "session s-1: painBefore must be within 0..10: 11", messageOf(hour().painBefore(11)));
  }

  @Test
  void rejectsNegativePainAfter() {
    assertEquals(
        "session s-1: painAfter must be within 0..10: -1", messageOf(hour().painAfter(-1)));
  }

  @Test
  void acceptsAssessmentsFromStartToEnd() {
    assertEquals(1, hour().addAssessment(pain(START)).build().assessments().size());
    assertEquals(
        1,
        hour().addAssessment(pain(START.plus(Duration.ofHours(1)))).build().assessments().size());
  }

  @Test
  void rejectsAnAssessmentAfterTheSession() {
    assertEquals(
        "session s-1: assessments[0].takenAt must be within the session (2026-03-02T09:00:00Z to"
            + " 2026-03-02T10:00:00Z): 2026-03-02T10:00:01Z",
        messageOf(hour().addAssessment(pain(Instant.parse("2026-03-02T10:00:01Z")))));
  }

  @Test
  void rejectsAnAssessmentBeforeTheSession() {
    assertEquals(
        "session s-1: assessments[0].takenAt must be within the session (2026-03-02T09:00:00Z to"
            + " 2026-03-02T10:00:00Z): 2026-03-02T08:59:59Z",
        messageOf(hour().addAssessment(pain(Instant.parse("2026-03-02T08:59:59Z")))));
  }

  @Test
  void overlappingSessionsOverlapEachOther() {
    Session nine = span("2026-03-02T09:00:00Z", 60);
    Session halfPast = span("2026-03-02T09:30:00Z", 60);
    assertTrue(nine.overlaps(halfPast));
    assertTrue(halfPast.overlaps(nine));
  }

  @Test
  void aContainedSessionOverlaps() {
    Session nine = span("2026-03-02T09:00:00Z", 60);
    Session inner = span("2026-03-02T09:15:00Z", 30);
    assertTrue(nine.overlaps(inner));
    assertTrue(inner.overlaps(nine));
    assertTrue(nine.overlaps(nine));
  }

  @Test
  void touchingSessionsDoNotOverlap() {
    Session nine = span("2026-03-02T09:00:00Z", 60);
    Session ten = span("2026-03-02T10:00:00Z", 60);
    assertFalse(nine.overlaps(ten));
    assertFalse(ten.overlaps(nine));
  }

  @Test
  void separateSessionsDoNotOverlap() {
    Session nine = span("2026-03-02T09:00:00Z", 60);
    Session eleven = span("2026-03-02T11:00:00Z", 30);
    assertFalse(nine.overlaps(eleven));
    assertFalse(eleven.overlaps(nine));
  }

  @Test
  void theSoapNoteNeverAppearsInToString() {
    Session session =
        hour()
            .note(SoapNoteTest.note())
            .addTechnique(
                TechniqueApplication.builder()
                    .technique(Technique.TRIGGER_POINT_PRESSURE_RELEASE)
                    .target(TissueLocation.of("upper-trapezius", Side.LEFT))
                    .build())
            .response(
                ClientResponse.builder()
                    .soreness(Soreness.MILD)
                    .addAdverseEvent(
                        AdverseEvent.builder()
                            .kind(AdverseEventKind.OTHER)
                            .description("Slept at the Quillfeather house")
                            .build())
                    .build())
            .build();
    String text = session.toString();
    for (String word :
        new String[] {"Marchwood", "Zephyrine", "Obadiah", "Hollowbrook", "Quillfeather"}) {
      assertFalse(text.contains(word), text);
    }
    assertTrue(text.contains("s-1"), text);
  }

  @Test
  void withResponseAndNoteCopyTheSession() {
    Session session = hour().build();
    ClientResponse sore = ClientResponse.builder().soreness(Soreness.MILD).build();
    Session answered = session.withResponse(sore);
    assertEquals(java.util.Optional.of(sore), answered.response());
    assertEquals(session.id(), answered.id());
    assertTrue(session.response().isEmpty());
    org.junit.jupiter.api.Assertions.assertSame(answered, answered.withResponse(sore));
    SoapNote note = SoapNote.builder().plan("HIDDEN-PLAN-TEXT").build();
    Session noted = answered.withNote(note);
    assertEquals(java.util.Optional.of(note), noted.note());
    org.junit.jupiter.api.Assertions.assertFalse(noted.toString().contains("HIDDEN-PLAN-TEXT"));
  }
}
