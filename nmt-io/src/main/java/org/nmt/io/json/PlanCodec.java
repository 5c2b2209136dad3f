package org.nmt.io.json;

import static org.nmt.io.json.RecordCodec.enumValue;
import static org.nmt.io.json.RecordCodec.id;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.collect.ImmutableSet;
import java.util.Set;
import org.nmt.core.id.PlanId;
import org.nmt.core.stage.Stage;
import org.nmt.protocol.plan.PlannedSession;
import org.nmt.protocol.plan.TreatmentPlan;

/**
 * Reads and writes the body of a treatment plan document: the plan's id, the client and intake (as
 * in a client record), and the planned sessions in the order written.
 */
final class PlanCodec {
  static final Set<String> FIELDS =
      ImmutableSet.of("kind", "formatVersion", "id", "client", "intake", "sessions");
  private static final Set<String> SESSION_FIELDS =
      ImmutableSet.of("start", "duration", "stage", "techniques");

  private PlanCodec() {}

  static TreatmentPlan read(In in) {
    TreatmentPlan.Builder plan = TreatmentPlan.builder();
    plan.id(in.id("id", PlanId::of))
        .client(RecordCodec.readClient(in.object("client", RecordCodec.CLIENT_FIELDS)))
        .intake(RecordCodec.readIntake(in.object("intake", RecordCodec.INTAKE_FIELDS)))
        .addAllSessions(in.list("sessions", PlanCodec::readSession));
    return in.build(plan::build);
  }

  private static PlannedSession readSession(JsonNode node, String at) {
    In in = In.object(node, at, SESSION_FIELDS);
    PlannedSession.Builder session = PlannedSession.builder();
    session
        .start(in.instant("start"))
        .duration(in.duration("duration"))
        .stage(enumValue(in, "stage", Stage.class))
        .addAllTechniques(in.list("techniques", RecordCodec::readTechnique));
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
