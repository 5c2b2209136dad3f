package org.nmt.outcomes.analysis;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.nmt.core.measure.Measure;
import org.nmt.core.stage.Stage;
import org.nmt.outcomes.stats.KaplanMeier;
import org.nmt.outcomes.stats.PairedChanges;
import org.nmt.outcomes.stats.QuantileSummary;
import org.nmt.outcomes.stats.ValueCounts;

/**
 * The state of one group: counts, a paired-change accumulator per measure and endpoint, a stage
 * accumulator per stage, and the time to discharge. Its size is fixed by the analysis (measures,
 * endpoints, stages) and the resolutions, not by the number of clients.
 *
 * <p>Mutable and not thread-safe.
 */
final class GroupAccumulator {
  /** The endpoints, each at its {@link Endpoint#index()}. */
  private static final ImmutableList<Endpoint> ENDPOINTS = Endpoint.all();

  private long clients;
  private long started;
  private long discharged;

  /** Per measure, the accumulator of each endpoint at the endpoint's {@link Endpoint#index()}. */
  private final Map<Measure, PairedChanges[]> measures = new EnumMap<>(Measure.class);

  private final Map<Stage, StageAccumulator> stages = new EnumMap<>(Stage.class);
  private final KaplanMeier discharge =
      KaplanMeier.withStepsPerUnit(OutcomeAnalysis.TIME_STEPS_PER_DAY);

  GroupAccumulator(OutcomeAnalysis analysis) {
    for (Measure measure : analysis.measures()) {
      PairedChanges[] byEndpoint = new PairedChanges[Endpoint.all().size()];
      for (Endpoint endpoint : Endpoint.all()) {
        byEndpoint[endpoint.index()] =
            PairedChanges.create(
                OutcomeAnalysis.CHANGE_STEPS_PER_UNIT,
                analysis.catalog().get(measure).responderThreshold());
      }
      measures.put(measure, byEndpoint);
    }
    for (Stage stage : Stage.values()) {
      stages.put(stage, new StageAccumulator());
    }
  }

  void add(ClientFacts facts) {
    clients++;
    if (facts.started) {
      started++;
      if (facts.discharged) {
        discharged++;
        discharge.addEvent(facts.followedDays.getAsDouble());
      } else {
        discharge.addCensored(facts.followedDays.getAsDouble());
      }
    }
    // forEach and a lookup per endpoint rather than entry iterators: no objects per client
    facts.pairs.forEach(this::add);
    facts.stages.forEach((stage, stageFacts) -> stages.get(stage).add(stageFacts));
  }

  private void add(Measure measure, ImmutableMap<Endpoint, ClientFacts.Pair> pairs) {
    PairedChanges[] byEndpoint = measures.get(measure);
    for (int i = 0; i < ENDPOINTS.size(); i++) {
      ClientFacts.Pair pair = pairs.get(ENDPOINTS.get(i));
      if (pair != null) {
        byEndpoint[i].add(pair.baseline, pair.followUp, pair.responder);
      }
    }
  }

  void merge(GroupAccumulator other) {
    clients += other.clients;
    started += other.started;
    discharged += other.discharged;
    for (Map.Entry<Measure, PairedChanges[]> measure : measures.entrySet()) {
      PairedChanges[] mine = measure.getValue();
      PairedChanges[] theirs = other.measures.get(measure.getKey());
      for (int i = 0; i < mine.length; i++) {
        mine[i].merge(theirs[i]);
      }
    }
    for (Map.Entry<Stage, StageAccumulator> stage : stages.entrySet()) {
      stage.getValue().merge(other.stages.get(stage.getKey()));
    }
    discharge.merge(other.discharge);
  }

  GroupOutcomes result(GroupKey key) {
    GroupOutcomes.Builder result =
        GroupOutcomes.builder()
            .group(key)
            .clients(clients)
            .started(started)
            .discharged(discharged)
            .timeToDischarge(discharge.result());
    for (Map.Entry<Measure, PairedChanges[]> measure : measures.entrySet()) {
      for (Endpoint endpoint : Endpoint.all()) {
        result.addMeasures(
            MeasureOutcome.of(
                measure.getKey(), endpoint, measure.getValue()[endpoint.index()].result()));
      }
    }
    for (Map.Entry<Stage, StageAccumulator> stage : stages.entrySet()) {
      result.addStages(stage.getValue().result(stage.getKey(), started));
    }
    return result.build();
  }

  /** The state of one stage in one group. */
  private static final class StageAccumulator {
    long reached;
    long completed;
    long overrides;
    long clientsOverridden;
    long regressionsFrom;
    long clientsRegressed;
    long regressionsTo;
    final ValueCounts sessions = ValueCounts.withStepsPerUnit(1);
    final ValueCounts days = ValueCounts.withStepsPerUnit(OutcomeAnalysis.TIME_STEPS_PER_DAY);

    void add(ClientFacts.StageFacts facts) {
      reached++;
      if (facts.completed.isPresent()) {
        ClientFacts.Totals totals = facts.completed.get();
        completed++;
        sessions.add(totals.sessions);
        days.add(totals.days);
      }
      overrides += facts.overrides;
      clientsOverridden += facts.overrides > 0 ? 1 : 0;
      regressionsFrom += facts.regressionsFrom;
      clientsRegressed += facts.regressionsFrom > 0 ? 1 : 0;
      regressionsTo += facts.regressionsTo;
    }

    void merge(StageAccumulator other) {
      reached += other.reached;
      completed += other.completed;
      overrides += other.overrides;
      clientsOverridden += other.clientsOverridden;
      regressionsFrom += other.regressionsFrom;
      clientsRegressed += other.clientsRegressed;
      regressionsTo += other.regressionsTo;
      sessions.merge(other.sessions);
      days.merge(other.days);
    }

    StageOutcome result(Stage stage, long started) {
      return StageOutcome.builder()
          .stage(stage)
          .started(started)
          .reachedCount(reached)
          .completed(completed)
          .sessions(quantiles(sessions))
          .days(quantiles(days))
          .overrides(overrides)
          .clientsOverridden(clientsOverridden)
          .regressionsFrom(regressionsFrom)
          .clientsRegressed(clientsRegressed)
          .regressionsTo(regressionsTo)
          .build();
    }
  }

  static Optional<QuantileSummary> quantiles(ValueCounts values) {
    if (values.count() == 0) {
      return Optional.empty();
    }
    return Optional.of(
        QuantileSummary.builder()
            .count(values.count())
            .firstQuartile(values.quantile(0.25).getAsDouble())
            .median(values.quantile(0.5).getAsDouble())
            .thirdQuartile(values.quantile(0.75).getAsDouble())
            .build());
  }
}
