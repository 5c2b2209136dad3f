package org.nmt.core.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nmt.core.progress.Fixtures.LEVATOR_LEFT;
import static org.nmt.core.progress.Fixtures.UPPER_TRAPEZIUS_LEFT;
import static org.nmt.core.progress.Fixtures.day;
import static org.nmt.core.progress.Fixtures.exam;
import static org.nmt.core.progress.Fixtures.sid;
import static org.nmt.core.trigger.TriggerPointStatus.ACTIVE;
import static org.nmt.core.trigger.TriggerPointStatus.LATENT;
import static org.nmt.core.trigger.TriggerPointStatus.NOT_CONFIRMED;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.nmt.core.anatomy.TissueLocation;
import org.nmt.core.trigger.TriggerPointStatus;

class TriggerPointHistoryTest {
  private static TriggerPointObservation seen(
      int day, String session, TissueLocation location, TriggerPointStatus status) {
    return TriggerPointObservation.of(day(day), sid(session), exam(location, status));
  }

  private static TriggerPointObservation seen(int day, String session, TriggerPointStatus status) {
    return seen(day, session, UPPER_TRAPEZIUS_LEFT, status);
  }

  @Test
  void activeThenLatentThenResolved() {
    TriggerPointHistory history =
        TriggerPointHistory.of(
            ImmutableList.of(
                seen(0, "s1", ACTIVE), seen(7, "s2", LATENT), seen(14, "s3", NOT_CONFIRMED)));
    assertEquals(UPPER_TRAPEZIUS_LEFT, history.location());
    assertEquals(
        ImmutableList.of(
            TriggerPointState.ACTIVE, TriggerPointState.LATENT, TriggerPointState.RESOLVED),
        history.states());
    assertEquals(TriggerPointState.RESOLVED, history.current());
    assertEquals(NOT_CONFIRMED, history.latest().status());
    assertEquals(
        Optional.of(sid("s1")), history.firstSeen().map(TriggerPointObservation::sessionId));
    assertEquals(
        ImmutableList.of(
            TriggerPointTransition.of(
                TriggerPointState.ACTIVE, TriggerPointState.LATENT, day(7), sid("s2")),
            TriggerPointTransition.of(
                TriggerPointState.LATENT, TriggerPointState.RESOLVED, day(14), sid("s3"))),
        history.transitions());
    assertEquals(ImmutableSet.of(sid("s1"), sid("s2"), sid("s3")), history.sessionIds());
  }

  @Test
  void neverConfirmedUntilAnExaminationConfirmsIt() {
    TriggerPointHistory unconfirmed =
        TriggerPointHistory.of(
            ImmutableList.of(seen(0, "s1", NOT_CONFIRMED), seen(7, "s2", NOT_CONFIRMED)));
    assertEquals(TriggerPointState.NEVER_CONFIRMED, unconfirmed.current());
    assertEquals(Optional.empty(), unconfirmed.firstSeen());
    assertEquals(ImmutableList.of(), unconfirmed.transitions());

    TriggerPointHistory laterLatent =
        TriggerPointHistory.of(
            ImmutableList.of(seen(0, "s1", NOT_CONFIRMED), seen(7, "s2", LATENT)));
    assertEquals(TriggerPointState.LATENT, laterLatent.current());
    assertEquals(
        Optional.of(sid("s2")), laterLatent.firstSeen().map(TriggerPointObservation::sessionId));
    assertEquals(
        ImmutableList.of(
            TriggerPointTransition.of(
                TriggerPointState.NEVER_CONFIRMED, TriggerPointState.LATENT, day(7), sid("s2"))),
        laterLatent.transitions());
  }

  @Test
  void aResolvedPointCanRecurAndStaysResolvedWhileUnconfirmed() {
    TriggerPointHistory history =
        TriggerPointHistory.of(
            ImmutableList.of(
                seen(0, "s1", LATENT),
                seen(7, "s2", NOT_CONFIRMED),
                seen(14, "s3", NOT_CONFIRMED),
                seen(21, "s4", ACTIVE)));
    assertEquals(
        ImmutableList.of(
            TriggerPointState.LATENT,
            TriggerPointState.RESOLVED,
            TriggerPointState.RESOLVED,
            TriggerPointState.ACTIVE),
        history.states());
    assertEquals(TriggerPointState.ACTIVE, history.current());
    assertEquals(
        ImmutableList.of(
            TriggerPointTransition.of(
                TriggerPointState.LATENT, TriggerPointState.RESOLVED, day(7), sid("s2")),
            TriggerPointTransition.of(
                TriggerPointState.RESOLVED, TriggerPointState.ACTIVE, day(21), sid("s4"))),
        history.transitions());
  }

  @Test
  void aSingleExaminationSetsTheStateWithoutATransition() {
    TriggerPointHistory history = TriggerPointHistory.of(ImmutableList.of(seen(0, "s1", ACTIVE)));
    assertEquals(TriggerPointState.ACTIVE, history.current());
    assertEquals(ImmutableList.of(), history.transitions());
    assertTrue(history.current().isPresent());
    assertFalse(TriggerPointState.RESOLVED.isPresent());
  }

  @Test
  void stateIds() {
    assertEquals("never-confirmed", TriggerPointState.NEVER_CONFIRMED.id());
    assertEquals("resolved", TriggerPointState.RESOLVED.id());
  }

  @Test
  void rejectsAnEmptyHistory() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> TriggerPointHistory.of(ImmutableList.of()));
    assertEquals("trigger point history: observations must not be empty", e.getMessage());
  }

  @Test
  void rejectsObservationsOfAnotherLocation() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                TriggerPointHistory.of(
                    ImmutableList.of(seen(0, "s1", ACTIVE), seen(7, "s2", LEVATOR_LEFT, LATENT))));
    assertEquals(
        "trigger point history of upper-trapezius/left/tp1: observations[1] is of"
            + " levator-scapulae/left",
        e.getMessage());
  }

  @Test
  void rejectsObservationsOutOfTimeOrder() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                TriggerPointHistory.of(
                    ImmutableList.of(seen(7, "s2", ACTIVE), seen(0, "s1", LATENT))));
    assertEquals(
        "trigger point history of upper-trapezius/left/tp1: observations must be in time order:"
            + " observations[1] at 2026-03-02T09:00:00Z is before observations[0] at"
            + " 2026-03-09T09:00:00Z",
        e.getMessage());
  }

  @Test
  void rejectsATransitionThatChangesNothing() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                TriggerPointTransition.of(
                    TriggerPointState.ACTIVE, TriggerPointState.ACTIVE, day(0), sid("s1")));
    assertEquals("a transition must change the state: ACTIVE to ACTIVE", e.getMessage());
  }
}
