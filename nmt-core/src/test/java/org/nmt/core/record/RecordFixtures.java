package org.nmt.core.record;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.nmt.core.assessment.Assessment;
import org.nmt.core.assessment.PainRating;
import org.nmt.core.client.Client;
import org.nmt.core.client.Intake;
import org.nmt.core.id.AssessmentId;
import org.nmt.core.id.ClientId;
import org.nmt.core.id.SessionId;
import org.nmt.core.id.TherapistId;
import org.nmt.core.session.Session;
import org.nmt.core.stage.Stage;

/** Values the record tests build on. */
final class RecordFixtures {
  static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
  static final ClientId CLIENT = ClientId.of("c-001");
  static final TherapistId THERAPIST = TherapistId.of("t-01");

  private RecordFixtures() {}

  static Instant at(long minutesAfterT0) {
    return T0.plus(Duration.ofMinutes(minutesAfterT0));
  }

  static Client client() {
    return Client.builder().id(CLIENT).build();
  }

  static Intake intake() {
    return Intake.builder().takenOn(LocalDate.of(2026, 3, 1)).build();
  }

  static ClientRecord.Builder record() {
    ClientRecord.Builder builder = ClientRecord.builder();
    builder.client(client()).intake(intake());
    return builder;
  }

  static PainRating pain(String id, Instant at, int value) {
    return PainRating.builder().id(AssessmentId.of(id)).takenAt(at).value(value).build();
  }

  static Session session(String id, Instant start, Assessment... assessments) {
    return session(id, CLIENT, start, List.of(assessments));
  }

  static Session session(String id, ClientId client, Instant start, List<Assessment> assessments) {
    return Session.builder()
        .id(SessionId.of(id))
        .clientId(client)
        .therapistId(THERAPIST)
        .start(start)
        .duration(Duration.ofMinutes(60))
        .stage(Stage.PAIN_ELIMINATION)
        .addAllAssessments(assessments)
        .build();
  }

  static StageTransition start(Instant at) {
    return StageTransition.builder()
        .at(at)
        .kind(TransitionKind.START)
        .toStage(Stage.PAIN_ELIMINATION)
        .build();
  }

  static StageTransition gatePassed(Instant at, Stage from, Stage to) {
    return StageTransition.builder()
        .at(at)
        .kind(TransitionKind.GATE_PASSED)
        .fromStage(from)
        .toStage(to)
        .build();
  }
}
