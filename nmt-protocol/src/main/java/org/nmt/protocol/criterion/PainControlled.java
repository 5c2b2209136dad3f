package org.nmt.protocol.criterion;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import org.immutables.value.Value;
import org.nmt.core.measure.Change;
import org.nmt.core.measure.Measure;
import org.nmt.core.measure.ThresholdResult;
import org.nmt.core.session.Session;
import org.nmt.core.style.NmtStyle;

/**
 * Pain is under control: NPRS at most {@code maximum} before each of the stage's last {@code
 * sessions} sessions, or the latest pain reduced from the course's baseline by at least the NPRS
 * MCID (2 points) or its relative MCID (30 %), after Farrar 2001 and Ostelo 2008.
 *
 * <p>The defaults, at most 3 over the last 2 sessions, are a convention (mild pain), not a sourced
 * threshold: a clinic tunes them in its protocol definition. Immutable and thread-safe.
 */
@Value.Immutable
@NmtStyle
public abstract non-sealed class PainControlled implements Criterion {
  PainControlled() {}

  /** The stable id. */
  public static final String ID = "pain-controlled";

  /** The highest NPRS value that counts as controlled, 0–10. */
  @Value.Parameter
  public abstract int maximum();

  /** How many of the stage's last sessions must stay at or below the maximum, 1–20. */
  @Value.Parameter
  public abstract int sessions();

  /** NPRS at most {@code maximum} over the last {@code sessions} sessions, or an MCID reduction. */
  public static PainControlled of(int maximum, int sessions) {
    return ImmutablePainControlled.of(maximum, sessions);
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String requirement() {
    return "NPRS <= "
        + maximum()
        + " before each of the last "
        + sessions()
        + " sessions, or reduced from baseline by the MCID (2 points) or 30 %";
  }

  @Override
  public CriterionResult evaluate(StageContext context) {
    ImmutableList<Session> rated =
        context.stageSessions().stream()
            .filter(s -> s.painBefore().isPresent())
            .collect(ImmutableList.toImmutableList());
    if (rated.isEmpty()) {
      return result(Outcome.NOT_ASSESSABLE, "no pain recorded in the stage").build();
    }
    ImmutableList<Session> last =
        rated.subList(Math.max(0, rated.size() - sessions()), rated.size());
    String values =
        last.stream()
            .map(s -> String.valueOf(s.painBefore().getAsInt()))
            .collect(Collectors.joining(", "));
    Session latest = rated.get(rated.size() - 1);
    if (last.size() == sessions()
        && last.stream().allMatch(s -> s.painBefore().getAsInt() <= maximum())) {
      return result(Outcome.MET, "last " + sessions() + " sessions: " + values)
          .addAllSessions(last.stream().map(Session::id)::iterator)
          .build();
    }
    OptionalInt baseline = context.baselinePain();
    Session first =
        context.sessions().stream().filter(s -> s.painBefore().isPresent()).findFirst().get();
    Change change =
        context
            .measures()
            .get(Measure.NPRS)
            .change(baseline.getAsInt(), latest.painBefore().getAsInt());
    boolean reduced =
        change.mcid() == ThresholdResult.REACHED
            || change.relativeMcid() == ThresholdResult.REACHED;
    String observed =
        "last sessions: "
            + values
            + "; baseline "
            + baseline.getAsInt()
            + " to "
            + latest.painBefore().getAsInt();
    if (reduced) {
      return result(Outcome.MET, observed).addSessions(first.id(), latest.id()).build();
    }
    Outcome outcome = last.size() < sessions() ? Outcome.NOT_ASSESSABLE : Outcome.NOT_MET;
    return result(outcome, observed)
        .addAllSessions(last.stream().map(Session::id)::iterator)
        .build();
  }

  @Value.Check
  void check() {
    checkArgument(
        maximum() >= 0 && maximum() <= 10, "%s: maximum must be within 0..10: %s", ID, maximum());
    checkArgument(
        sessions() >= 1 && sessions() <= 20,
        "%s: sessions must be within 1..20: %s",
        ID,
        sessions());
  }
}
