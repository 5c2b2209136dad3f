package org.nmt.core.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nmt.core.record.RecordFixtures.THERAPIST;
import static org.nmt.core.record.RecordFixtures.at;
import static org.nmt.core.record.RecordFixtures.gatePassed;
import static org.nmt.core.record.RecordFixtures.pain;
import static org.nmt.core.record.RecordFixtures.record;
import static org.nmt.core.record.RecordFixtures.session;
import static org.nmt.core.record.RecordFixtures.start;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.nmt.core.assessment.Assessment;
import org.nmt.core.assessment.PainRating;
import org.nmt.core.assessment.Questionnaire;
import org.nmt.core.assessment.QuestionnaireScore;
import org.nmt.core.client.Intake;
import org.nmt.core.id.AssessmentId;
import org.nmt.core.id.ClientId;
import org.nmt.core.id.SessionId;
import org.nmt.core.session.Session;
import org.nmt.core.stage.Stage;

class ClientRecordTest {
  private static final long DAY = 24 * 60;

  private static String messageOf(ClientRecord.Builder builder) {
    return assertThrows(IllegalArgumentException.class, builder::build).getMessage();
  }

  private static QuestionnaireScore ndi(String id, long minutes, double score) {
    return QuestionnaireScore.builder()
        .id(AssessmentId.of(id))
        .takenAt(at(minutes))
        .questionnaire(Questionnaire.NDI)
        .score(score)
        .build();
  }

  @Test
  void anEmptyRecordIsValid() {
    ClientRecord record = record().build();
    assertTrue(record.sessions().isEmpty());
    assertTrue(record.allAssessments().isEmpty());
  }

  @Test
  void rejectsASessionOfAnotherClient() {
    Session foreign = session("s-1", ClientId.of("c-002"), at(0), List.of());
    assertEquals(
        "sessions[0]: session 's-1' belongs to client 'c-002', not 'c-001'",
        messageOf(record().addSession(foreign)));
  }

  @Test
  void rejectsADuplicateSessionId() {
    assertEquals(
        "sessions[1]: duplicate session id 's-1'",
        messageOf(record().addSession(session("s-1", at(0))).addSession(session("s-1", at(DAY)))));
  }

  @Test
  void rejectsADuplicateStandaloneAssessmentId() {
    assertEquals(
        "assessments[1]: duplicate assessment id 'a-1'",
        messageOf(
            record().addAssessment(pain("a-1", at(-60), 5)).addAssessment(ndi("a-1", -30, 20))));
  }

  @Test
  void rejectsAnInSessionAssessmentWithAStandaloneAssessmentsId() {
    assertEquals(
        "sessions[0].assessments[0]: duplicate assessment id 'a-1'",
        messageOf(
            record()
                .addAssessment(ndi("a-1", -60, 20))
                .addSession(session("s-1", at(0), pain("a-1", at(5), 6)))));
  }

  @Test
  void rejectsADuplicateAssessmentIdAcrossSessions() {
    assertEquals(
        "sessions[1].assessments[1]: duplicate assessment id 'a-1'",
        messageOf(
            record()
                .addSession(session("s-1", at(0), pain("a-1", at(5), 6)))
                .addSession(
                    session(
                        "s-2",
                        at(DAY),
                        pain("a-2", at(DAY + 5), 5),
                        pain("a-1", at(DAY + 6), 5)))));
  }

  @Test
  void rejectsSessionsOutOfStartOrder() {
    assertEquals(
        "sessions[1]: session 's-2' starts at 2026-03-02T08:00:00Z, before session 's-1' at"
            + " 2026-03-02T09:00:00Z; sessions must be in order of start time",
        messageOf(record().addSession(session("s-1", at(0))).addSession(session("s-2", at(-60)))));
  }

  @Test
  void acceptsSessionsStartingTogether() {
    ClientRecord record =
        record().addSession(session("s-1", at(0))).addSession(session("s-2", at(0))).build();
    assertEquals(2, record.sessions().size());
  }

  @Test
  void rejectsTransitionsOutOfOrder() {
    assertEquals(
        "transitions[1]: at 2026-03-02T08:59:00Z is before the previous transition at"
            + " 2026-03-02T09:00:00Z; transitions must be in order of time",
        messageOf(
            record()
                .addTransition(start(at(0)))
                .addTransition(
                    gatePassed(at(-1), Stage.PAIN_ELIMINATION, Stage.STRUCTURAL_CORRECTION))));
  }

  @Test
  void rejectsSignOffsOutOfOrder() {
    assertEquals(
        "signOffs[1]: at 2026-03-02T08:00:00Z is before the previous sign-off at"
            + " 2026-03-02T09:00:00Z; sign-offs must be in order of time",
        messageOf(
            record()
                .addSignOff(StageSignOff.of(Stage.PAIN_ELIMINATION, THERAPIST, at(0)))
                .addSignOff(StageSignOff.of(Stage.STRUCTURAL_CORRECTION, THERAPIST, at(-60)))));
  }

  @Test
  void allAssessmentsAreInTimeOrderWithTheirSessions() {
    QuestionnaireScore baseline = ndi("ndi-0", -DAY, 24);
    PainRating first = pain("pr-1", at(5), 7);
    PainRating second = pain("pr-2", at(DAY + 50), 4);
    QuestionnaireScore byMail = ndi("ndi-1", DAY + 20, 18);
    PainRating firstAfter = pain("pr-1b", at(55), 5);
    ClientRecord record =
        record()
            .addAssessment(byMail)
            .addAssessment(baseline)
            .addSession(session("s-1", at(0), firstAfter, first))
            .addSession(session("s-2", at(DAY), second))
            .build();
    List<RecordedAssessment> all = record.allAssessments();
    assertEquals(
        List.<Assessment>of(baseline, first, firstAfter, byMail, second),
        all.stream().map(RecordedAssessment::assessment).toList());
    assertEquals(
        List.of(
            Optional.<SessionId>empty(),
            Optional.of(SessionId.of("s-1")),
            Optional.of(SessionId.of("s-1")),
            Optional.<SessionId>empty(),
            Optional.of(SessionId.of("s-2"))),
        all.stream().map(RecordedAssessment::sessionId).toList());
  }

  @Test
  void tiesKeepRecordOrder() {
    QuestionnaireScore standalone = ndi("ndi-1", 10, 20);
    PainRating inSession = pain("pr-1", at(10), 5);
    ClientRecord record =
        record().addSession(session("s-1", at(0), inSession)).addAssessment(standalone).build();
    assertEquals(
        List.<Assessment>of(standalone, inSession),
        record.allAssessments().stream().map(RecordedAssessment::assessment).toList());
  }

  @Test
  void assessmentsOfSelectsOneTypeInTimeOrder() {
    PainRating early = pain("pr-1", at(5), 7);
    PainRating late = pain("pr-2", at(DAY + 5), 3);
    QuestionnaireScore score = ndi("ndi-1", -DAY, 20);
    ClientRecord record =
        record()
            .addAssessment(score)
            .addSession(session("s-1", at(0), early))
            .addSession(session("s-2", at(DAY), late))
            .build();
    assertEquals(List.of(early, late), record.assessmentsOf(PainRating.class));
    assertEquals(List.of(score), record.assessmentsOf(QuestionnaireScore.class));
    assertEquals(3, record.assessmentsOf(Assessment.class).size());
  }

  @Test
  void findsASessionById() {
    Session s1 = session("s-1", at(0));
    ClientRecord record = record().addSession(s1).addSession(session("s-2", at(DAY))).build();
    assertEquals(Optional.of(s1), record.session(SessionId.of("s-1")));
    assertEquals(Optional.empty(), record.session(SessionId.of("s-3")));
  }

  @Test
  void withSessionAppends() {
    ClientRecord before = record().addSession(session("s-1", at(0))).build();
    Session s2 = session("s-2", at(DAY), pain("pr-1", at(DAY + 1), 4));
    ClientRecord after = before.withSession(s2);
    assertEquals(2, after.sessions().size());
    assertSame(before.sessions().get(0), after.sessions().get(0));
    assertEquals(s2, after.sessions().get(1));
    assertEquals(Optional.of(s2), after.session(SessionId.of("s-2")));
    assertEquals(1, after.allAssessments().size());
    assertEquals(1, before.sessions().size());
    assertEquals(Optional.empty(), before.session(SessionId.of("s-2")));
  }

  @Test
  void withSessionKeepsTheInvariants() {
    ClientRecord record = record().addSession(session("s-1", at(0), pain("a-1", at(5), 6))).build();
    IllegalArgumentException earlier =
        assertThrows(
            IllegalArgumentException.class, () -> record.withSession(session("s-0", at(-DAY))));
    assertEquals(
        "sessions[1]: session 's-0' starts at 2026-03-01T09:00:00Z, before session 's-1' at"
            + " 2026-03-02T09:00:00Z; sessions must be in order of start time",
        earlier.getMessage());
    IllegalArgumentException sameId =
        assertThrows(
            IllegalArgumentException.class, () -> record.withSession(session("s-1", at(DAY))));
    assertEquals("sessions[1]: duplicate session id 's-1'", sameId.getMessage());
    IllegalArgumentException sameAssessment =
        assertThrows(
            IllegalArgumentException.class,
            () -> record.withSession(session("s-2", at(DAY), pain("a-1", at(DAY + 5), 4))));
    assertEquals(
        "sessions[1].assessments[0]: duplicate assessment id 'a-1'", sameAssessment.getMessage());
  }

  @Test
  void withTransitionAppendsInOrder() {
    ClientRecord record = record().build().withTransition(start(at(0)));
    ClientRecord advanced =
        record.withTransition(
            gatePassed(at(DAY), Stage.PAIN_ELIMINATION, Stage.STRUCTURAL_CORRECTION));
    assertEquals(2, advanced.transitions().size());
    assertEquals(1, record.transitions().size());
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                advanced.withTransition(
                    gatePassed(at(60), Stage.STRUCTURAL_CORRECTION, Stage.FLEXIBILITY)));
    assertEquals(
        "transitions[2]: at 2026-03-02T10:00:00Z is before the previous transition at"
            + " 2026-03-03T09:00:00Z; transitions must be in order of time",
        e.getMessage());
  }

  @Test
  void withSignOffAppendsInOrder() {
    ClientRecord record =
        record().build().withSignOff(StageSignOff.of(Stage.PAIN_ELIMINATION, THERAPIST, at(DAY)));
    assertEquals(1, record.signOffs().size());
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> record.withSignOff(StageSignOff.of(Stage.STRENGTH, THERAPIST, at(0))));
    assertEquals(
        "signOffs[1]: at 2026-03-02T09:00:00Z is before the previous sign-off at"
            + " 2026-03-03T09:00:00Z; sign-offs must be in order of time",
        e.getMessage());
  }

  @Test
  void freeTextNeverAppearsInToString() {
    ClientRecord record =
        record()
            .intake(
                Intake.builder()
                    .takenOn(LocalDate.of(2026, 3, 1))
                    .chiefComplaint("Neck pain since the Thistlewood crash")
                    .build())
            .addTransition(start(at(0)))
            .addTransition(
                StageTransition.builder()
                    .at(at(DAY))
                    .kind(TransitionKind.OVERRIDE)
                    .fromStage(Stage.PAIN_ELIMINATION)
                    .toStage(Stage.STRUCTURAL_CORRECTION)
                    .justification("Moving to Pemberwick next week")
                    .build())
            .build();
    String text = record.toString();
    assertFalse(text.contains("Thistlewood"), text);
    assertFalse(text.contains("Pemberwick"), text);
    assertTrue(text.contains("c-001"), text);
  }
}
