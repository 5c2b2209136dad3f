package org.nmt.io.json;

import static org.nmt.io.json.RecordCodec.id;

import org.nmt.core.id.PlanId;
import org.nmt.core.stage.Stage;
import org.nmt.io.json.Cursor.Fields;
import org.nmt.protocol.plan.PlannedSession;
import org.nmt.protocol.plan.TreatmentPlan;

/**
 * Reads and writes the body of a treatment plan document: the plan's id, the client and intake (as
 * in a client record), and the planned sessions in the order written.
 */
final class PlanCodec {
  static final Fields<String> FIELDS =
      Fields.of("kind", "formatVersion", "id", "client", "intake", "sessions")
          .required("id", "client", "intake");
  private static final Fields<String> SESSION =
      Fields.of("start", "duration", "stage", "techniques").required("start", "duration", "stage");

  private PlanCodec() {}

  /** Reads the treatment plan document at the cursor, its header already checked. */
  static TreatmentPlan read(Cursor in) {
    TreatmentPlan.Builder plan = TreatmentPlan.builder();
    in.object(
        FIELDS,
        name -> {
          switch (name) {
            case "id" -> plan.id(in.id(PlanId::of));
            case "client" -> plan.client(RecordCodec.readClient(in));
            case "intake" -> plan.intake(RecordCodec.readIntake(in));
            case "sessions" -> in.array(() -> plan.addSession(readSession(in)));
            default -> {
              // kind and formatVersion: checked before the body is read.
            }
          }
        });
    return in.build(plan::build);
  }

  private static PlannedSession readSession(Cursor in) {
    PlannedSession.Builder session = PlannedSession.builder();
    in.object(
        SESSION,
        name -> {
          switch (name) {
            case "start" -> session.start(in.instant());
            case "duration" -> session.duration(in.duration());
            case "stage" -> session.stage(in.enumValue(Stage.class));
            default -> in.array(() -> session.addTechnique(RecordCodec.readTechnique(in)));
          }
        });
    return in.build(session::build);
  }

  static void writeBody(Out out, TreatmentPlan plan) {
    out.text("id", plan.id())
        .object("client", plan.client(), RecordCodec::writeClient)
        .object("intake", plan.intake(), RecordCodec::writeIntake)
        .objects(
            "sessions",
            plan.sessions(),
            (o, session) ->
                o.start()
                    .text("start", session.start())
                    .text("duration", session.duration())
                    .text("stage", id(session.stage()))
                    .objects("techniques", session.techniques(), RecordCodec::writeTechnique)
                    .end());
  }
}
