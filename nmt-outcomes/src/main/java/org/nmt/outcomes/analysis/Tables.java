package org.nmt.outcomes.analysis;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import java.util.OptionalDouble;
import org.nmt.outcomes.analysis.Table.Type;
import org.nmt.outcomes.stats.Interval;
import org.nmt.outcomes.stats.PairedComparison;
import org.nmt.outcomes.stats.Proportion;
import org.nmt.outcomes.stats.QuantileSummary;
import org.nmt.outcomes.stats.SignedRankResult;
import org.nmt.outcomes.stats.SurvivalStep;
import org.nmt.outcomes.stats.TTestResult;

/**
 * Lays a report out as tidy tables; {@code docs/OUTCOMES.md} defines every column.
 *
 * <p>Stateless and thread-safe.
 */
final class Tables {
  private Tables() {}

  static ImmutableList<Table> of(OutcomeReport report) {
    return ImmutableList.of(groups(report), measures(report), stages(report), discharge(report));
  }

  private static Table.Builder start(String name) {
    return new Table.Builder(name).column("group_by", Type.TEXT).column("group", Type.TEXT);
  }

  private static Table.Builder row(Table.Builder table, GroupOutcomes group) {
    return table.row().cell(group.group().grouping().id()).cell(group.group().label());
  }

  private static Table groups(OutcomeReport report) {
    Table.Builder table =
        start("groups")
            .column("clients", Type.INTEGER)
            .column("started", Type.INTEGER)
            .column("discharged", Type.INTEGER)
            .column("median_days_to_discharge", Type.DECIMAL);
    for (GroupOutcomes group : report.groups()) {
      row(table, group)
          .cell(group.clients())
          .cell(group.started())
          .cell(group.discharged())
          .cell(value(group.timeToDischarge().median()))
          .endRow();
    }
    return table.build();
  }

  private static Table measures(OutcomeReport report) {
    Table.Builder table =
        start("measures")
            .column("measure", Type.TEXT)
            .column("unit", Type.TEXT)
            .column("direction", Type.TEXT)
            .column("endpoint", Type.TEXT)
            .column("pairs", Type.INTEGER)
            .column("baseline_mean", Type.DECIMAL)
            .column("baseline_sd", Type.DECIMAL)
            .column("follow_up_mean", Type.DECIMAL)
            .column("follow_up_sd", Type.DECIMAL)
            .column("mean_change", Type.DECIMAL)
            .column("change_sd", Type.DECIMAL)
            .column("change_ci_lower", Type.DECIMAL)
            .column("change_ci_upper", Type.DECIMAL)
            .column("change_q1", Type.DECIMAL)
            .column("change_median", Type.DECIMAL)
            .column("change_q3", Type.DECIMAL)
            .column("srm", Type.DECIMAL)
            .column("cohens_d", Type.DECIMAL)
            .column("glass_delta", Type.DECIMAL)
            .column("responder_threshold", Type.DECIMAL)
            .column("responders", Type.INTEGER)
            .column("responder_proportion", Type.DECIMAL)
            .column("responder_ci_lower", Type.DECIMAL)
            .column("responder_ci_upper", Type.DECIMAL)
            .column("t_statistic", Type.DECIMAL)
            .column("t_df", Type.DECIMAL)
            .column("t_p_value", Type.DECIMAL)
            .column("wilcoxon_w_plus", Type.DECIMAL)
            .column("wilcoxon_non_zero", Type.INTEGER)
            .column("wilcoxon_zeros", Type.INTEGER)
            .column("wilcoxon_tied", Type.INTEGER)
            .column("wilcoxon_method", Type.TEXT)
            .column("wilcoxon_p_value", Type.DECIMAL);
    for (GroupOutcomes group : report.groups()) {
      for (MeasureOutcome outcome : group.measures()) {
        PairedComparison c = outcome.comparison();
        Optional<Interval> ci = c.meanChangeInterval();
        Optional<QuantileSummary> q = c.changeQuantiles();
        Optional<Proportion> r = c.responders();
        Optional<TTestResult> t = c.pairedTTest();
        Optional<SignedRankResult> w = c.signedRankTest();
        row(table, group)
            .cell(outcome.measure().id())
            .cell(outcome.measure().unit())
            .cell(outcome.measure().direction().id())
            .cell(outcome.endpoint().id())
            .cell(c.pairs())
            .cell(value(c.baselineMean()))
            .cell(value(c.baselineStandardDeviation()))
            .cell(value(c.followUpMean()))
            .cell(value(c.followUpStandardDeviation()))
            .cell(value(c.meanChange()))
            .cell(value(c.changeStandardDeviation()))
            .cell(ci.map(Interval::lower).orElse(null))
            .cell(ci.map(Interval::upper).orElse(null))
            .cell(q.map(QuantileSummary::firstQuartile).orElse(null))
            .cell(q.map(QuantileSummary::median).orElse(null))
            .cell(q.map(QuantileSummary::thirdQuartile).orElse(null))
            .cell(value(c.standardizedResponseMean()))
            .cell(value(c.cohensD()))
            .cell(value(c.glassDelta()))
            .cell(value(c.responderThreshold()))
            .cell(r.map(Proportion::successes).orElse(null))
            .cell(r.map(Proportion::estimate).orElse(null))
            .cell(r.map(p -> p.interval().lower()).orElse(null))
            .cell(r.map(p -> p.interval().upper()).orElse(null))
            .cell(t.map(TTestResult::statistic).orElse(null))
            .cell(t.map(TTestResult::degreesOfFreedom).orElse(null))
            .cell(t.map(TTestResult::pValue).orElse(null))
            .cell(w.map(SignedRankResult::statistic).orElse(null))
            .cell(w.map(SignedRankResult::nonZero).orElse(null))
            .cell(w.map(SignedRankResult::zeros).orElse(null))
            .cell(w.map(s -> s.tied() ? 1L : 0L).orElse(null))
            .cell(w.map(s -> s.method().id()).orElse(null))
            .cell(w.map(SignedRankResult::pValue).orElse(null))
            .endRow();
      }
    }
    return table.build();
  }

  private static Table stages(OutcomeReport report) {
    Table.Builder table =
        start("stages")
            .column("stage", Type.TEXT)
            .column("started", Type.INTEGER)
            .column("reached", Type.INTEGER)
            .column("reached_proportion", Type.DECIMAL)
            .column("reached_ci_lower", Type.DECIMAL)
            .column("reached_ci_upper", Type.DECIMAL)
            .column("completed", Type.INTEGER)
            .column("sessions_q1", Type.DECIMAL)
            .column("sessions_median", Type.DECIMAL)
            .column("sessions_q3", Type.DECIMAL)
            .column("days_q1", Type.DECIMAL)
            .column("days_median", Type.DECIMAL)
            .column("days_q3", Type.DECIMAL)
            .column("overrides", Type.INTEGER)
            .column("clients_overridden", Type.INTEGER)
            .column("regressions_from", Type.INTEGER)
            .column("clients_regressed", Type.INTEGER)
            .column("regressions_to", Type.INTEGER);
    for (GroupOutcomes group : report.groups()) {
      for (StageOutcome stage : group.stages()) {
        Optional<Proportion> reached = stage.reached();
        Optional<QuantileSummary> sessions = stage.sessions();
        Optional<QuantileSummary> days = stage.days();
        row(table, group)
            .cell(stage.stage().id())
            .cell(stage.started())
            .cell(stage.reachedCount())
            .cell(reached.map(Proportion::estimate).orElse(null))
            .cell(reached.map(p -> p.interval().lower()).orElse(null))
            .cell(reached.map(p -> p.interval().upper()).orElse(null))
            .cell(stage.completed())
            .cell(sessions.map(QuantileSummary::firstQuartile).orElse(null))
            .cell(sessions.map(QuantileSummary::median).orElse(null))
            .cell(sessions.map(QuantileSummary::thirdQuartile).orElse(null))
            .cell(days.map(QuantileSummary::firstQuartile).orElse(null))
            .cell(days.map(QuantileSummary::median).orElse(null))
            .cell(days.map(QuantileSummary::thirdQuartile).orElse(null))
            .cell(stage.overrides())
            .cell(stage.clientsOverridden())
            .cell(stage.regressionsFrom())
            .cell(stage.clientsRegressed())
            .cell(stage.regressionsTo())
            .endRow();
      }
    }
    return table.build();
  }

  private static Table discharge(OutcomeReport report) {
    Table.Builder table =
        start("time-to-discharge")
            .column("days", Type.DECIMAL)
            .column("at_risk", Type.INTEGER)
            .column("events", Type.INTEGER)
            .column("censored", Type.INTEGER)
            .column("survival", Type.DECIMAL)
            .column("standard_error", Type.DECIMAL)
            .column("ci_lower", Type.DECIMAL)
            .column("ci_upper", Type.DECIMAL);
    for (GroupOutcomes group : report.groups()) {
      for (SurvivalStep step : group.timeToDischarge().steps()) {
        row(table, group)
            .cell(step.time())
            .cell(step.atRisk())
            .cell(step.events())
            .cell(step.censored())
            .cell(step.survival())
            .cell(value(step.standardError()))
            .cell(step.interval().map(Interval::lower).orElse(null))
            .cell(step.interval().map(Interval::upper).orElse(null))
            .endRow();
      }
    }
    return table.build();
  }

  private static Double value(OptionalDouble value) {
    return value.isPresent() ? value.getAsDouble() : null;
  }
}
