package org.nmt.protocol.definition;

import com.google.common.collect.ImmutableList;
import org.immutables.value.Value;
import org.nmt.core.id.SessionId;
import org.nmt.core.style.NmtStyle;

/**
 * Why a regression rule fired: the rule, what it saw, and the sessions it saw it in.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@NmtStyle
public abstract class RegressionTrigger {
  RegressionTrigger() {}

  /** The rule that fired. */
  public abstract RegressionRule rule();

  /** What the rule saw, in words. */
  public abstract String observed();

  /** The sessions it saw it in. */
  public abstract ImmutableList<SessionId> sessions();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link RegressionTrigger}. */
  public static final class Builder extends ImmutableRegressionTrigger.Builder {}
}
