package org.nmt.cli.demo;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import org.nmt.core.measure.Change;
import org.nmt.core.measure.Measure;
import org.nmt.core.measure.OutcomeMeasureCatalog;
import org.nmt.core.progress.ProgressReport;
import org.nmt.core.record.ClientRecord;
import org.nmt.core.record.StageTransition;
import org.nmt.core.record.TransitionKind;
import org.nmt.core.stage.Stage;
import org.nmt.protocol.course.Course;
import org.nmt.protocol.course.GateDecision;
import org.nmt.protocol.criterion.CriterionResult;
import org.nmt.protocol.definition.ProtocolDefinition;
import org.nmt.protocol.definition.RegressionTrigger;

/**
 * A short text summary of a recorded course: the stage timeline, the pain trajectory, each
 * regression with the rule that triggered it, and the last gate's decision with every criterion.
 *
 * <p>Everything is recomputed from the record under the protocol definition (the regression's
 * trigger and the last gate's decision are replayed as the record stood at the transition), so the
 * summary of a record read back from its document is the same. Free text of the record never
 * appears. Stateless and thread-safe.
 */
public final class CourseSummary {
  private CourseSummary() {}

  /** The summary of {@code record} under {@code definition}, one line per element. */
  public static ImmutableList<String> of(ProtocolDefinition definition, ClientRecord record) {
    checkNotNull(definition, "definition");
    checkNotNull(record, "record");
    ImmutableList.Builder<String> lines = ImmutableList.builder();
    lines.add("Stage timeline");
    ImmutableList<StageTransition> transitions = record.transitions();
    int width = definition.stages().stream().mapToInt(s -> s.id().length()).max().orElse(0);
    for (int i = 0; i < transitions.size(); i++) {
      StageTransition entry = transitions.get(i);
      if (entry.toStage().isEmpty()) {
        continue;
      }
      Optional<StageTransition> exit =
          i + 1 < transitions.size() ? Optional.of(transitions.get(i + 1)) : Optional.empty();
      Instant from = entry.at();
      long sessions =
          record.sessions().stream()
              .filter(s -> !s.start().isBefore(from))
              .filter(s -> exit.isEmpty() || s.start().isBefore(exit.get().at()))
              .count();
      lines.add(
          String.format(
                  Locale.ROOT,
                  "  %d %-" + width + "s  %s to %s  %2d %s%s",
                  definition.position(entry.toStage().get()) + 1,
                  entry.toStage().get().id(),
                  day(from),
                  exit.map(t -> day(t.at()).toString()).orElse("now       "),
                  sessions,
                  sessions == 1 ? "session " : "sessions",
                  exit.map(CourseSummary::ending).orElse(""))
              .stripTrailing());
    }
    lines.add(pain(record));
    for (int i = 0; i < transitions.size(); i++) {
      StageTransition transition = transitions.get(i);
      if (transition.kind() == TransitionKind.REGRESSION) {
        lines.add(regression(definition, record, transitions.get(i - 1).at(), transition));
      }
    }
    if (!transitions.isEmpty() && transitions.get(transitions.size() - 1).isDischarge()) {
      StageTransition last = transitions.get(transitions.size() - 1);
      Stage stage = last.fromStage().get();
      GateDecision decision =
          Course.decide(
              definition, record, stage, transitions.get(transitions.size() - 2).at(), last.at());
      lines.add(
          String.format(
              Locale.ROOT,
              "Final gate (%s) on %s: %s, %s",
              stage.id(),
              day(last.at()),
              decision.passed() ? "passed" : "not passed",
              last.kind() == TransitionKind.OVERRIDE ? "discharged by override" : "discharged"));
      int criterionWidth =
          decision.results().stream().mapToInt(r -> r.criterion().id().length()).max().orElse(0);
      for (CriterionResult result : decision.results()) {
        lines.add(
            String.format(
                Locale.ROOT,
                "  %-" + criterionWidth + "s  %-14s  %s",
                result.criterion().id(),
                result.outcome().id(),
                result.observed()));
      }
    }
    return lines.build();
  }

  private static LocalDate day(Instant at) {
    return LocalDate.ofInstant(at, ZoneOffset.UTC);
  }

  private static String ending(StageTransition exit) {
    switch (exit.kind()) {
      case REGRESSION:
        return "  regression (" + exit.trigger().orElse("no trigger") + ")";
      case OVERRIDE:
        return exit.isDischarge() ? "  discharged by override" : "  override";
      case GATE_PASSED:
        return exit.isDischarge() ? "  discharged" : "  gate passed";
      default:
        return "";
    }
  }

  private static String pain(ClientRecord record) {
    Optional<Change> change = ProgressReport.of(record).pain().change();
    if (change.isEmpty()) {
      return "Pain (NPRS): fewer than two ratings";
    }
    Change c = change.get();
    double mcid = OutcomeMeasureCatalog.standard().get(Measure.NPRS).mcid().getAsDouble();
    return String.format(
        Locale.ROOT,
        "Pain (NPRS): %s -> %s, %s points %s%s; MCID (%s points) %s",
        number(c.baseline()),
        number(c.followUp()),
        number(Math.abs(c.improvement())),
        c.improvement() >= 0 ? "better" : "worse",
        c.percentImprovement().isPresent()
            ? String.format(
                Locale.ROOT, " (%.0f %%)", Math.abs(c.percentImprovement().getAsDouble()))
            : "",
        number(mcid),
        c.mcid().id().replace('-', ' '));
  }

  private static String number(double value) {
    return value == Math.rint(value)
        ? Long.toString((long) value)
        : String.format(Locale.ROOT, "%.1f", value);
  }

  private static String regression(
      ProtocolDefinition definition,
      ClientRecord record,
      Instant entered,
      StageTransition regression) {
    Stage from = regression.fromStage().get();
    Optional<String> observed =
        Course.regressions(definition, record, from, entered, regression.at()).stream()
            .filter(t -> regression.trigger().map(t.rule().id()::equals).orElse(true))
            .map(RegressionTrigger::observed)
            .findFirst();
    return String.format(
        Locale.ROOT,
        "Regression on %s: %s -> %s, trigger %s%s",
        day(regression.at()),
        from.id(),
        regression.toStage().get().id(),
        regression.trigger().orElse("(none recorded)"),
        observed.map(o -> ": " + o).orElse(" (the rule does not fire on the record)"));
  }
}
