package org.nmt.protocol.definition;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Optional;
import org.immutables.value.Value;
import org.nmt.core.stage.Stage;
import org.nmt.core.style.NmtStyle;
import org.nmt.protocol.criterion.PainFlare;
import org.nmt.protocol.criterion.StageContext;

/**
 * Return to an earlier stage when pain flares: NPRS pain before a session of the stage at least
 * {@code rise} points above the stage's entry pain, the last pain rated before the stage was
 * entered (default 2, the NPRS MCID of Farrar 2001; see {@link PainFlare#find}).
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable(builder = false)
@NmtStyle
public abstract non-sealed class PainFlareRegression implements RegressionRule {
  PainFlareRegression() {}

  /** The stable id. */
  public static final String ID = "pain-flare";

  /** The rise that counts as a flare, 1–10 points. */
  @Value.Parameter
  public abstract int rise();

  @Override
  @Value.Parameter
  public abstract Stage returnTo();

  /** A flare of {@code rise} points sends the course back to {@code returnTo}. */
  public static PainFlareRegression of(int rise, Stage returnTo) {
    return ImmutablePainFlareRegression.of(rise, returnTo);
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public Optional<RegressionTrigger> check(StageContext context) {
    return PainFlare.find(context, rise())
        .map(
            flare ->
                RegressionTrigger.builder()
                    .rule(this)
                    .observed(
                        "pain "
                            + flare.pain()
                            + " against entry "
                            + flare.entry()
                            + " (rise >= "
                            + rise()
                            + ")")
                    .addAllSessions(flare.evidence())
                    .build());
  }

  @Value.Check
  void check() {
    checkArgument(rise() >= 1 && rise() <= 10, "%s: rise must be within 1..10: %s", ID, rise());
  }
}
