package org.nmt.protocol.definition;

import java.util.Optional;
import org.nmt.core.stage.Stage;
import org.nmt.protocol.criterion.StageContext;

/**
 * A rule that sends a course back to an earlier stage when it fires: a pain flare, or a new active
 * trigger point after pain elimination.
 *
 * <p>A closed set; every implementation is immutable and thread-safe.
 */
public sealed interface RegressionRule permits PainFlareRegression, ActiveTriggerPointRegression {

  /** The rule's stable id, recorded as the trigger of a regression. */
  String id();

  /** The stage the course returns to. */
  Stage returnTo();

  /**
   * Whether the rule fires in {@code context}'s stage, and on what evidence. The caller applies it
   * only to stages after {@link #returnTo()} in the protocol's order.
   */
  Optional<RegressionTrigger> check(StageContext context);
}
