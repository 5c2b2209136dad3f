package org.nmt.protocol.criterion;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Optional;
import org.immutables.value.Value;
import org.nmt.core.session.Session;
import org.nmt.core.style.NmtStyle;

/**
 * No pain flare within the stage: no NPRS pain before a session of the stage at least {@code rise}
 * points above the stage's entry pain, the last pain rated before the stage was entered (see {@link
 * PainFlare#find}).
 *
 * <p>Default rise 2 points, the NPRS MCID (Farrar 2001): a rise that large is a clinically
 * important worsening. Immutable and thread-safe.
 */
@Value.Immutable
@NmtStyle
public abstract non-sealed class NoPainFlare implements Criterion {
  NoPainFlare() {}

  /** The stable id. */
  public static final String ID = "no-pain-flare";

  /** The rise above the entry value that counts as a flare, 1–10 points. */
  @Value.Parameter
  public abstract int rise();

  /** No rise of {@code rise} points or more above the stage's entry pain. */
  public static NoPainFlare of(int rise) {
    return ImmutableNoPainFlare.of(rise);
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String requirement() {
    return "no NPRS pain before a session "
        + rise()
        + " or more points above the stage's entry pain";
  }

  /**
   * Not assessable until a session of the stage has its pain before rated: an entry pain from an
   * earlier stage alone says nothing about this one. Met results cite the entry session, then the
   * stage's sessions.
   */
  @Override
  public CriterionResult evaluate(StageContext context) {
    if (context.stageSessions().stream().noneMatch(s -> s.painBefore().isPresent())) {
      return result(Outcome.NOT_ASSESSABLE, "no pain recorded in the stage").build();
    }
    Optional<PainFlare> flare = PainFlare.find(context, rise());
    if (flare.isPresent()) {
      PainFlare f = flare.get();
      return result(
              Outcome.NOT_MET,
              "pain " + f.pain() + " against entry " + f.entry() + " in session " + f.session())
          .addAllSessions(f.evidence())
          .build();
    }
    Session entry = PainFlare.entrySession(context).orElseThrow();
    CriterionResult.Builder met =
        result(Outcome.MET, "entry pain " + entry.painBefore().getAsInt() + ", no flare");
    if (!context.stageSessions().contains(entry)) {
      met.addSession(entry.id());
    }
    return met.addAllSessions(context.stageSessions().stream().map(Session::id)::iterator).build();
  }

  @Value.Check
  void check() {
    checkArgument(rise() >= 1 && rise() <= 10, "%s: rise must be within 1..10: %s", ID, rise());
  }
}
