package org.nmt.protocol.plan;

import com.google.common.collect.ImmutableList;
import org.immutables.value.Value;
import org.nmt.core.client.Client;
import org.nmt.core.client.Intake;
import org.nmt.core.id.PlanId;
import org.nmt.core.style.NmtStyle;

/**
 * A treatment plan: the client, the intake it rests on, and the sessions planned, in the order they
 * are written.
 *
 * <p>The plan does not require its sessions to be in order of time, to overlap nowhere or to follow
 * the protocol: a plan is what someone wrote, and {@link org.nmt.protocol.validation.PlanValidator}
 * reports what is wrong with it, located by the sessions' written positions. Immutable and
 * thread-safe.
 */
@Value.Immutable
@NmtStyle
public abstract class TreatmentPlan {
  TreatmentPlan() {}

  /** The plan's id. */
  public abstract PlanId id();

  /** The client the plan is for. */
  public abstract Client client();

  /** The client's intake, whose screening the plan must respect. */
  public abstract Intake intake();

  /** The planned sessions, in the order written. */
  public abstract ImmutableList<PlannedSession> sessions();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link TreatmentPlan}. */
  public static final class Builder extends ImmutableTreatmentPlan.Builder {}
}
