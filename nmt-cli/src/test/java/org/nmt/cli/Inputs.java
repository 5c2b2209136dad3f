package org.nmt.cli;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.nmt.core.client.Intake;
import org.nmt.core.client.ScreeningFinding;
import org.nmt.core.client.ScreeningItem;
import org.nmt.core.id.PlanId;
import org.nmt.core.record.ClientRecord;
import org.nmt.core.record.StageTransition;
import org.nmt.core.record.TransitionKind;
import org.nmt.core.session.Session;
import org.nmt.core.session.SoapNote;
import org.nmt.io.json.Documents;
import org.nmt.protocol.plan.PlannedSession;
import org.nmt.protocol.plan.TreatmentPlan;

/** Input documents for the command tests, written to files. */
final class Inputs {
  /** Free text planted in records, which no output but the NDJSON cohort may show. */
  static final String MARKER = "QQ-FREE-TEXT-MARKER-QQ";

  private Inputs() {}

  /** Writes {@code record} as a client record document to {@code dir/name}. */
  static Path write(Path dir, String name, ClientRecord record) throws IOException {
    return Files.write(dir.resolve(name), Documents.toBytes(record));
  }

  /** Writes {@code bytes} to {@code dir/name}. */
  static Path write(Path dir, String name, byte[] bytes) throws IOException {
    return Files.write(dir.resolve(name), bytes);
  }

  /** Writes {@code text} to {@code dir/name}, UTF-8. */
  static Path write(Path dir, String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text);
  }

  /**
   * {@code record} without its sign-offs: every gate-passed transition is then a gate that had not
   * passed, an error finding.
   */
  static ClientRecord unsigned(ClientRecord record) {
    return ClientRecord.builder().from(record).signOffs(ImmutableList.of()).build();
  }

  /**
   * {@code record} with a client on anticoagulants from the intake: every deep-pressure technique
   * is then an error finding.
   */
  static ClientRecord onAnticoagulants(ClientRecord record) {
    Intake intake =
        Intake.builder()
            .from(record.intake())
            .addScreening(ScreeningFinding.of(ScreeningItem.ANTICOAGULANTS))
            .build();
    return ClientRecord.builder().from(record).intake(intake).build();
  }

  /**
   * {@code record} with {@link #MARKER} in its chief complaint, in a SOAP note of every session and
   * in the justification of every override.
   */
  static ClientRecord withFreeText(ClientRecord record) {
    ClientRecord.Builder marked = ClientRecord.builder().from(record);
    marked.intake(Intake.builder().from(record.intake()).chiefComplaint(MARKER).build());
    marked.sessions(ImmutableList.of());
    for (Session session : record.sessions()) {
      marked.addSessions(
          Session.builder()
              .from(session)
              .note(SoapNote.builder().subjective(MARKER).plan(MARKER).build())
              .build());
    }
    marked.transitions(ImmutableList.of());
    for (StageTransition transition : record.transitions()) {
      marked.addTransitions(
          transition.kind() == TransitionKind.OVERRIDE
              ? StageTransition.builder().from(transition).justification(MARKER).build()
              : transition);
    }
    return marked.build();
  }

  /** The course of {@code record}, as it would have been planned. */
  static TreatmentPlan planOf(ClientRecord record) {
    TreatmentPlan.Builder plan = TreatmentPlan.builder();
    plan.id(PlanId.of(record.client().id() + "-plan"))
        .client(record.client())
        .intake(record.intake());
    for (Session session : record.sessions()) {
      plan.addSessions(
          PlannedSession.builder()
              .start(session.start())
              .duration(session.duration())
              .stage(session.stage())
              .addAllTechniques(session.techniques())
              .build());
    }
    return plan.build();
  }
}
