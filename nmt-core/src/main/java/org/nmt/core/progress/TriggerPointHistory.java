package org.nmt.core.progress;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.Optional;
import org.immutables.value.Value;
import org.nmt.core.anatomy.TissueLocation;
import org.nmt.core.id.SessionId;
import org.nmt.core.style.NmtStyle;

/**
 * Every examination of one trigger point site in time order, with the state they imply: when a
 * trigger point was first seen, its current state, and the transitions between states.
 *
 * <p>The state after each examination follows {@link TriggerPointState#after}. At least one
 * observation; all of one location; in time order. Immutable and thread-safe.
 */
@Value.Immutable
@NmtStyle
public abstract class TriggerPointHistory {
  TriggerPointHistory() {}

  /** The examinations of the site, in time order; at least one. */
  public abstract ImmutableList<TriggerPointObservation> observations();

  /** The site. */
  public TissueLocation location() {
    return observations().get(0).examination().location();
  }

  /** The state after each observation, index for index with {@link #observations()}. */
  @Value.Lazy
  public ImmutableList<TriggerPointState> states() {
    ImmutableList.Builder<TriggerPointState> states = ImmutableList.builder();
    TriggerPointState state = TriggerPointState.NEVER_CONFIRMED;
    for (TriggerPointObservation observation : observations()) {
      state = TriggerPointState.after(state, observation.status());
      states.add(state);
    }
    return states.build();
  }

  /** The state after the latest examination. */
  public TriggerPointState current() {
    return states().get(states().size() - 1);
  }

  /** The latest examination. */
  public TriggerPointObservation latest() {
    return observations().get(observations().size() - 1);
  }

  /** The first examination that confirmed a trigger point (active or latent), if any. */
  public Optional<TriggerPointObservation> firstSeen() {
    return observations().stream().filter(o -> o.status().isConfirmed()).findFirst();
  }

  /** The changes of state from one examination to the next, in time order. */
  public ImmutableList<TriggerPointTransition> transitions() {
    ImmutableList.Builder<TriggerPointTransition> transitions = ImmutableList.builder();
    for (int i = 1; i < observations().size(); i++) {
      TriggerPointState from = states().get(i - 1);
      TriggerPointState to = states().get(i);
      if (from != to) {
        TriggerPointObservation observation = observations().get(i);
        transitions.add(
            TriggerPointTransition.of(from, to, observation.time(), observation.sessionId()));
      }
    }
    return transitions.build();
  }

  /** The sessions of the examinations, in order of first appearance. */
  public ImmutableSet<SessionId> sessionIds() {
    return observations().stream()
        .map(TriggerPointObservation::sessionId)
        .collect(ImmutableSet.toImmutableSet());
  }

  /** The history of exactly {@code observations}. */
  public static TriggerPointHistory of(Iterable<TriggerPointObservation> observations) {
    return builder().addAllObservations(observations).build();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link TriggerPointHistory}. */
  public static final class Builder extends ImmutableTriggerPointHistory.Builder {}

  @Value.Check
  void check() {
    checkArgument(
        !observations().isEmpty(), "trigger point history: observations must not be empty");
    TissueLocation location = location();
    for (int i = 1; i < observations().size(); i++) {
      TriggerPointObservation observation = observations().get(i);
      checkArgument(
          observation.examination().location().equals(location),
          "trigger point history of %s: observations[%s] is of %s",
          location,
          i,
          observation.examination().location());
      checkArgument(
          !observation.time().isBefore(observations().get(i - 1).time()),
          "trigger point history of %s: observations must be in time order: observations[%s] at"
              + " %s is before observations[%s] at %s",
          location,
          i,
          observation.time(),
          i - 1,
          observations().get(i - 1).time());
    }
  }
}
