package org.nmt.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Function;
import org.nmt.core.anatomy.TissueLocation;
import org.nmt.core.assessment.Questionnaire;
import org.nmt.core.measure.Change;
import org.nmt.core.measure.ThresholdResult;
import org.nmt.core.progress.DataPoint;
import org.nmt.core.progress.ProgressReport;
import org.nmt.core.progress.RangeOfMotionKey;
import org.nmt.core.progress.RangeOfMotionProgress;
import org.nmt.core.progress.Series;
import org.nmt.core.progress.StrengthKey;
import org.nmt.core.progress.TriggerPointHistory;
import org.nmt.core.progress.TriggerPointState;
import org.nmt.core.progress.TriggerPointTransition;
import org.nmt.core.record.StageTransition;
import org.nmt.core.stage.Stage;
import org.nmt.protocol.course.Course;
import org.nmt.protocol.course.GateDecision;
import org.nmt.protocol.criterion.CriterionResult;
import org.nmt.protocol.definition.ProtocolDefinition;
import org.nmt.protocol.definition.RegressionTrigger;

/**
 * {@link Progress} as plain text with aligned columns: the course, the current gate criterion by
 * criterion, and the trajectories of the progress report. Only ids, enum values, numbers, times and
 * the words nmt generates are printed, never free text of the record. Stateless.
 */
final class ProgressText {
  private static final String INDENT = "  ";

  private ProgressText() {}

  /** Prints {@code progress} to {@code out}. */
  static void print(Progress progress, PrintWriter out) {
    course(progress, out);
    transitions(progress.course(), out);
    gate(progress, out);
    ProgressReport report = progress.report();
    pain(report.pain(), out);
    triggerPoints(report, out);
    section(
        out,
        "Pressure pain thresholds (kg/cm2)",
        seriesTable("location", report.pressurePainThresholds(), TissueLocation::toString));
    rangeOfMotion(report.rangeOfMotion(), out);
    section(
        out,
        "Strength (MRC grade 0-5)",
        seriesTable("muscle or movement", report.strength(), StrengthKey::toString));
    section(
        out,
        "Endurance",
        seriesTable(
            "test",
            report.endurance(),
            key -> key.toString() + " (" + key.test().unit().id() + ")"));
    section(
        out,
        "Questionnaires",
        seriesTable(
            "questionnaire",
            report.questionnaires(),
            questionnaire -> questionnaire.id() + " (" + unit(questionnaire) + ")"));
  }

  private static String unit(Questionnaire questionnaire) {
    return questionnaire.measure().unit();
  }

  private static void course(Progress progress, PrintWriter out) {
    Course course = progress.course();
    ProtocolDefinition definition = progress.definition();
    Table table = new Table("client", progress.record().client().id().toString());
    table.row("protocol", definition.name() + " " + definition.version());
    table.row("state", course.state().id());
    String stage;
    switch (course.state()) {
      case NOT_STARTED:
        stage = "none, the course has not started";
        break;
      case DISCHARGED:
        stage = "none, discharged at " + course.enteredAt().get();
        break;
      case IN_STAGE:
        Stage current = course.currentStage().get();
        stage =
            (definition.includes(current)
                    ? (definition.position(current) + 1)
                        + " of "
                        + definition.stages().size()
                        + ", "
                    : "")
                + current.id()
                + " ("
                + current.title()
                + "), entered "
                + course.enteredAt().get();
        break;
      default:
        throw new AssertionError(course.state());
    }
    table.row("stage", stage);
    table.print(out, "");
  }

  private static void transitions(Course course, PrintWriter out) {
    Table table = new Table("#", "time", "kind", "from", "to", "therapist", "detail");
    List<StageTransition> history = course.history();
    for (int i = 0; i < history.size(); i++) {
      StageTransition transition = history.get(i);
      String detail;
      switch (transition.kind()) {
        case OVERRIDE:
          detail =
              "failed: "
                  + (transition.failedCriteria().isEmpty()
                      ? "none recorded"
                      : String.join(", ", transition.failedCriteria()));
          break;
        case REGRESSION:
          detail = "trigger: " + transition.trigger().orElse("none recorded");
          break;
        default:
          detail = "";
      }
      table.row(
          Integer.toString(i),
          transition.at().toString(),
          transition.kind().id(),
          transition.fromStage().map(Stage::id).orElse("-"),
          transition.toStage().map(Stage::id).orElse("discharged"),
          transition.therapistId().map(Object::toString).orElse("-"),
          detail);
    }
    section(out, "Transitions", table);
  }

  private static void gate(Progress progress, PrintWriter out) {
    out.println();
    Optional<GateDecision> found = progress.decision();
    if (found.isEmpty()) {
      Course course = progress.course();
      String why;
      switch (course.state()) {
        case NOT_STARTED:
          why = "none, the course has not started";
          break;
        case DISCHARGED:
          why = "none, discharged";
          break;
        default:
          why =
              "none, "
                  + progress.stageOutsideProtocol().get().id()
                  + " is not a stage of protocol "
                  + progress.definition().name();
      }
      out.println("Gate: " + why);
      return;
    }
    GateDecision decision = found.get();
    long met = decision.results().stream().filter(CriterionResult::isMet).count();
    out.printf(
        Locale.ROOT,
        "Gate after %s (%s), as of %s: %s, %d of %d criteria met%n",
        decision.stage().id(),
        decision.nextStage().map(next -> "to " + next.id()).orElse("to discharge"),
        decision.asOf(),
        decision.passed() ? "passed" : "not passed",
        met,
        decision.results().size());
    Table table = new Table("criterion", "outcome", "observed / required");
    for (CriterionResult result : decision.results()) {
      table.row(result.criterion().id(), result.outcome().id(), "observed: " + result.observed());
      table.row("", "", "required: " + result.required());
    }
    table.print(out, INDENT);
    List<RegressionTrigger> regressions = progress.regressions();
    out.println();
    if (regressions.isEmpty()) {
      out.println("Regression rules firing: none");
    } else {
      out.println("Regression rules firing");
      Table rules = new Table("rule", "returns to", "observed");
      for (RegressionTrigger trigger : regressions) {
        rules.row(trigger.rule().id(), trigger.rule().returnTo().id(), trigger.observed());
      }
      rules.print(out, INDENT);
    }
  }

  private static void pain(Series pain, PrintWriter out) {
    Table table =
        new Table("baseline", "latest", "change", "MCID", "relative MCID", "MDC", "responder");
    if (!pain.points().isEmpty()) {
      Optional<Change> change = pain.change();
      table.row(
          point(pain.baseline()),
          pain.hasFollowUp() ? point(pain.latest()) : "-",
          change(pain),
          verdict(change.map(Change::mcid)),
          verdict(change.map(Change::relativeMcid)),
          verdict(change.map(Change::mdc)),
          verdict(change.map(Change::responder)));
    }
    section(out, "Pain (NPRS 0-10)", table);
  }

  private static void triggerPoints(ProgressReport report, PrintWriter out) {
    Table table = new Table("location", "now", "history");
    for (TriggerPointHistory history : report.triggerPoints().values()) {
      List<String> steps = new ArrayList<>();
      steps.add(history.states().get(0).id() + " " + date(history.observations().get(0).time()));
      for (TriggerPointTransition transition : history.transitions()) {
        steps.add(transition.to().id() + " " + date(transition.time()));
      }
      table.row(history.location().toString(), history.current().id(), String.join(" > ", steps));
    }
    section(out, "Trigger points", table);
    if (!table.isEmpty()) {
      List<String> counts = new ArrayList<>();
      for (TriggerPointState state : TriggerPointState.values()) {
        counts.add(report.triggerPointsIn(state).size() + " " + state.id());
      }
      out.println(INDENT + String.join(", ", counts));
    }
  }

  private static void rangeOfMotion(
      Map<RangeOfMotionKey, RangeOfMotionProgress> rangeOfMotion, PrintWriter out) {
    Table table = new Table("movement", "norm", "baseline", "latest", "change");
    for (Map.Entry<RangeOfMotionKey, RangeOfMotionProgress> entry : rangeOfMotion.entrySet()) {
      RangeOfMotionProgress progress = entry.getValue();
      Series degrees = progress.degrees();
      Optional<Series> percent = progress.percentOfNorm();
      String baseline = percentAndDegrees(percent, degrees, 0);
      String latest =
          degrees.hasFollowUp()
              ? percentAndDegrees(percent, degrees, degrees.points().size() - 1)
              : "-";
      String change = "-";
      if (degrees.hasFollowUp()) {
        String inDegrees = signed(degrees.difference().getAsDouble()) + " deg";
        change =
            percent
                .map(p -> signedPoints(p.difference().getAsDouble()) + " pts / " + inDegrees)
                .orElse(inDegrees);
      }
      table.row(
          entry.getKey().toString(),
          progress.norm().map(n -> number(n.degrees()) + " deg").orElse("-"),
          baseline,
          latest,
          change);
    }
    section(out, "Range of motion (% of norm)", table);
  }

  private static String percentAndDegrees(Optional<Series> percent, Series degrees, int index) {
    DataPoint point = degrees.points().get(index);
    String inDegrees = number(point.value()) + " deg";
    return percent
            .map(p -> percent(p.points().get(index).value()) + " / " + inDegrees)
            .orElse(inDegrees)
        + " ("
        + date(point.time())
        + ")";
  }

  private static <K> Table seriesTable(
      String keyHeader, Map<K, Series> series, Function<K, String> label) {
    Table table = new Table(keyHeader, "baseline", "latest", "change", "MCID", "MDC");
    for (Map.Entry<K, Series> entry : series.entrySet()) {
      Series values = entry.getValue();
      Optional<Change> change = values.change();
      table.row(
          label.apply(entry.getKey()),
          point(values.baseline()),
          values.hasFollowUp() ? point(values.latest()) : "-",
          change(values),
          verdict(change.map(Change::mcid)),
          verdict(change.map(Change::mdc)));
    }
    return table;
  }

  private static void section(PrintWriter out, String title, Table table) {
    out.println();
    out.println(title);
    if (table.isEmpty()) {
      out.println(INDENT + "none recorded");
    } else {
      table.print(out, INDENT);
    }
  }

  private static String point(Optional<DataPoint> point) {
    return point.map(p -> number(p.value()) + " (" + date(p.time()) + ")").orElse("-");
  }

  private static String change(Series series) {
    if (!series.hasFollowUp()) {
      return "-";
    }
    String difference = signed(series.difference().getAsDouble());
    OptionalDouble percent = series.percentDifference();
    return percent.isPresent()
        ? difference + " (" + signedPercent(percent.getAsDouble()) + ")"
        : difference;
  }

  private static String verdict(Optional<ThresholdResult> result) {
    return result
        .filter(r -> r != ThresholdResult.NO_THRESHOLD)
        .map(r -> r == ThresholdResult.REACHED ? "reached" : "not reached")
        .orElse("-");
  }

  private static LocalDate date(Instant time) {
    return LocalDate.ofInstant(time, ZoneOffset.UTC);
  }

  /** {@code value} with at most 2 decimals and no trailing zeros ({@code 7}, {@code 2.15}). */
  static String number(double value) {
    BigDecimal rounded = BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
    return rounded.signum() == 0 ? "0" : rounded.stripTrailingZeros().toPlainString();
  }

  /** {@link #number} with a sign: {@code +6}, {@code -6}, {@code 0}. */
  static String signed(double value) {
    return withSign(number(value));
  }

  /** A percentage with at most 1 decimal: {@code 83.3 %}. */
  static String percent(double value) {
    return oneDecimal(value) + " %";
  }

  private static String signedPercent(double value) {
    return withSign(oneDecimal(value)) + " %";
  }

  private static String signedPoints(double value) {
    return withSign(oneDecimal(value));
  }

  private static String oneDecimal(double value) {
    BigDecimal rounded = BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP);
    return rounded.signum() == 0 ? "0" : rounded.stripTrailingZeros().toPlainString();
  }

  private static String withSign(String number) {
    return number.startsWith("-") || number.equals("0") ? number : "+" + number;
  }
}
