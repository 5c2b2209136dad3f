package org.nmt.protocol.definition;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import org.nmt.core.anatomy.TissueLocation;
import org.nmt.core.session.Session;
import org.nmt.core.stage.Stage;
import org.nmt.core.style.NmtStyle;
import org.nmt.core.trigger.TriggerPointExamination;
import org.nmt.core.trigger.TriggerPointStatus;
import org.nmt.protocol.criterion.StageContext;

/**
 * Return to an earlier stage when a new active trigger point appears: an examination in the stage
 * finds a point active that was not active at its previous examination (or never examined). Treated
 * active points can revert to latent and latent points become active (2018 Delphi consensus, via
 * the project's clinical reference). A bilateral examination is an examination of the left and of
 * the right side, each compared with that side's previous examination.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable(builder = false)
@NmtStyle
public abstract non-sealed class ActiveTriggerPointRegression implements RegressionRule {
  ActiveTriggerPointRegression() {}

  /** The stable id. */
  public static final String ID = "new-active-trigger-point";

  @Override
  @Value.Parameter
  public abstract Stage returnTo();

  /** A new active trigger point sends the course back to {@code returnTo}. */
  public static ActiveTriggerPointRegression of(Stage returnTo) {
    return ImmutableActiveTriggerPointRegression.of(returnTo);
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public Optional<RegressionTrigger> check(StageContext context) {
    Map<TissueLocation, TriggerPointStatus> previous = new HashMap<>();
    for (Session session : context.sessions()) {
      for (TriggerPointExamination exam : session.triggerPointExaminations()) {
        // A bilateral examination is an examination of each side.
        for (TissueLocation side : exam.location().perSide()) {
          TriggerPointStatus before = previous.put(side, exam.status());
          if (context.inStage(session.start())
              && exam.status() == TriggerPointStatus.ACTIVE
              && before != TriggerPointStatus.ACTIVE) {
            return Optional.of(
                RegressionTrigger.builder()
                    .rule(this)
                    .observed("active trigger point at " + side)
                    .addSessions(session.id())
                    .build());
          }
        }
      }
    }
    return Optional.empty();
  }
}
