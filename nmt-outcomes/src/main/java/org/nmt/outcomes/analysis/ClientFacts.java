package org.nmt.outcomes.analysis;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.Optional;
import java.util.OptionalDouble;
import org.nmt.core.measure.Measure;
import org.nmt.core.measure.ThresholdResult;
import org.nmt.core.stage.Stage;

/**
 * What the analysis needs of one client record, derived once and added to each of the client's
 * groups: the groups, the course's start and discharge, the baseline and follow-up of each measure
 * at each endpoint, and the client's stays in each stage.
 *
 * <p>Immutable and thread-safe.
 */
final class ClientFacts {
  final ImmutableSet<GroupKey> groups;
  final boolean started;
  final boolean discharged;

  /** Days from the course's start to discharge, or to the last activity when not discharged. */
  final OptionalDouble followedDays;

  final ImmutableMap<Measure, ImmutableMap<Endpoint, Pair>> pairs;
  final ImmutableMap<Stage, StageFacts> stages;

  ClientFacts(
      ImmutableSet<GroupKey> groups,
      boolean started,
      boolean discharged,
      OptionalDouble followedDays,
      ImmutableMap<Measure, ImmutableMap<Endpoint, Pair>> pairs,
      ImmutableMap<Stage, StageFacts> stages) {
    this.groups = groups;
    this.started = started;
    this.discharged = discharged;
    this.followedDays = followedDays;
    this.pairs = pairs;
    this.stages = stages;
  }

  /** A baseline and a follow-up value of one measure, with the responder judgement. */
  static final class Pair {
    final double baseline;
    final double followUp;
    final ThresholdResult responder;

    Pair(double baseline, double followUp, ThresholdResult responder) {
      this.baseline = baseline;
      this.followUp = followUp;
      this.responder = responder;
    }
  }

  /**
   * A client's stays in one stage it reached: whether all of them ended, and if so the sessions and
   * days they took together; the overrides and regressions out of the stage and the regressions
   * into it.
   */
  static final class StageFacts {
    final Optional<Totals> completed;
    final int overrides;
    final int regressionsFrom;
    final int regressionsTo;

    StageFacts(Optional<Totals> completed, int overrides, int regressionsFrom, int regressionsTo) {
      this.completed = completed;
      this.overrides = overrides;
      this.regressionsFrom = regressionsFrom;
      this.regressionsTo = regressionsTo;
    }
  }

  /** The sessions and days of a client's ended stays in a stage. */
  static final class Totals {
    final int sessions;
    final double days;

    Totals(int sessions, double days) {
      this.sessions = sessions;
      this.days = days;
    }
  }
}
