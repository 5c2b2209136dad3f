package org.nmt.protocol.criterion;

import static com.google.common.base.Preconditions.checkArgument;

import org.immutables.value.Value;
import org.nmt.core.session.Session;
import org.nmt.core.style.NmtStyle;

/**
 * At least a given number of sessions in the stage.
 *
 * <p>Default 3 in stage 1: ischemic compression typically takes 3–10 treatments (Travell, via
 * secondary sources in the project's clinical reference); the count in other stages is a
 * convention. Immutable and thread-safe.
 */
@Value.Immutable
@NmtStyle
public abstract non-sealed class MinimumSessions implements Criterion {
  MinimumSessions() {}

  /** The stable id. */
  public static final String ID = "minimum-sessions";

  /** The least number of sessions, 1–100. */
  @Value.Parameter
  public abstract int sessions();

  /** At least {@code sessions} sessions in the stage. */
  public static MinimumSessions of(int sessions) {
    return ImmutableMinimumSessions.of(sessions);
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String requirement() {
    return "at least " + sessions() + " sessions in the stage";
  }

  @Override
  public CriterionResult evaluate(StageContext context) {
    int count = context.stageSessions().size();
    return result(
            count >= sessions() ? Outcome.MET : Outcome.NOT_MET,
            count + (count == 1 ? " session" : " sessions"))
        .addAllSessions(context.stageSessions().stream().map(Session::id)::iterator)
        .build();
  }

  @Value.Check
  void check() {
    checkArgument(
        sessions() >= 1 && sessions() <= 100,
        "%s: sessions must be within 1..100: %s",
        ID,
        sessions());
  }
}
