package org.nmt.protocol.criterion;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Optional;
import java.util.OptionalInt;
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

  @Override
  public CriterionResult evaluate(StageContext context) {
    Optional<PainFlare> flare = PainFlare.find(context, rise());
    OptionalInt entry = PainFlare.entryPain(context);
    if (entry.isEmpty()) {
      return result(Outcome.NOT_ASSESSABLE, "no pain recorded in the stage").build();
    }
    if (flare.isPresent()) {
      PainFlare f = flare.get();
      return result(
              Outcome.NOT_MET,
              "pain " + f.pain() + " against entry " + f.entry() + " in session " + f.session())
          .addAllSessions(f.evidence())
          .build();
    }
    return result(Outcome.MET, "entry pain " + entry.getAsInt() + ", no flare")
        .addAllSessions(context.stageSessions().stream().map(Session::id)::iterator)
        .build();
  }

  @Value.Check
  void check() {
    checkArgument(rise() >= 1 && rise() <= 10, "%s: rise must be within 1..10: %s", ID, rise());
  }
}
