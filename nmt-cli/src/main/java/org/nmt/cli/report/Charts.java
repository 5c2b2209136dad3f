package org.nmt.cli.report;

import com.google.common.collect.ImmutableList;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.knowm.xchart.AnnotationText;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.BitmapEncoder.BitmapFormat;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.XYSeries.XYSeriesRenderStyle;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.AxesChartStyler;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.Styler.LegendPosition;
import org.knowm.xchart.style.lines.SeriesLines;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.nmt.core.anatomy.Muscle;
import org.nmt.core.anatomy.MuscleCatalog;
import org.nmt.core.anatomy.TissueLocation;
import org.nmt.core.progress.DataPoint;
import org.nmt.core.progress.ProgressReport;
import org.nmt.core.progress.RangeOfMotionKey;
import org.nmt.core.progress.RangeOfMotionProgress;
import org.nmt.core.progress.Series;
import org.nmt.core.progress.TriggerPointHistory;
import org.nmt.core.progress.TriggerPointObservation;
import org.nmt.core.record.ClientRecord;
import org.nmt.core.record.StageTransition;
import org.nmt.core.session.Session;
import org.nmt.core.stage.Stage;
import org.nmt.core.trigger.TriggerPointStatus;
import org.nmt.protocol.definition.ProtocolDefinition;

/**
 * The four charts of the report, drawn with XChart into PNG images: pain with the stage bands,
 * trigger points by status, range of motion as a percentage of the norm, and pressure pain
 * thresholds. Time runs along the x axis in days (UTC), labelled with ISO dates. Stateless and
 * thread-safe.
 */
final class Charts {
  static final String PAIN = "chart-pain";
  static final String TRIGGER_POINTS = "chart-trigger-points";
  static final String RANGE_OF_MOTION = "chart-range-of-motion";
  static final String PRESSURE_PAIN_THRESHOLD = "chart-pressure-pain-threshold";

  /** The colours of trigger point states, shared with the body map's style sheet. */
  static final Color ACTIVE = new Color(0xC6, 0x28, 0x28);

  static final Color LATENT = new Color(0xEF, 0x8F, 0x00);
  static final Color CLEAR = new Color(0x2E, 0x7D, 0x32);

  private static final int WIDTH = 960;
  private static final int HEIGHT = 380;
  private static final double SECONDS_PER_DAY = 86_400.0;
  private static final Color[] BANDS = {
    new Color(0x1E, 0x88, 0xE5, 0x30),
    new Color(0x8E, 0x24, 0xAA, 0x30),
    new Color(0x00, 0x89, 0x7B, 0x30),
    new Color(0xF4, 0x51, 0x1E, 0x30),
    new Color(0x6D, 0x4C, 0x41, 0x30),
  };
  private static final Color[] LINES = {
    new Color(0x15, 0x65, 0xC0),
    new Color(0xAD, 0x14, 0x57),
    new Color(0x2E, 0x7D, 0x32),
    new Color(0xEF, 0x6C, 0x00),
    new Color(0x6A, 0x1B, 0x9A),
    new Color(0x00, 0x83, 0x8F),
    new Color(0x5D, 0x40, 0x37),
    new Color(0x45, 0x5A, 0x64),
    new Color(0x9E, 0x9D, 0x24),
    new Color(0xD8, 0x1B, 0x60),
  };

  private Charts() {}

  /** The x value of {@code time}: days since the epoch, UTC. */
  static double day(Instant time) {
    return time.getEpochSecond() / SECONDS_PER_DAY;
  }

  /** The ISO date (UTC) of {@code time}. */
  static String date(Instant time) {
    return LocalDate.ofInstant(time, ZoneOffset.UTC).toString();
  }

  private static String dateOfDay(double day) {
    return LocalDate.ofEpochDay((long) Math.floor(day)).toString();
  }

  /** {@code value} with at most {@code decimals} decimals, without trailing zeros. */
  static String number(double value, int decimals) {
    String text = String.format(Locale.ROOT, "%." + decimals + "f", value);
    if (text.indexOf('.') >= 0) {
      text = text.replaceAll("0+$", "").replaceAll("\\.$", "");
    }
    return text;
  }

  /** A stage's name with its position in {@code protocol}, where the protocol includes it. */
  static String stageName(ProtocolDefinition protocol, Stage stage) {
    return protocol.includes(stage)
        ? (protocol.position(stage) + 1) + " " + stage.title()
        : stage.title();
  }

  /** Pain on the NPRS before (and after) each session, over the stages the course was in. */
  static Figure pain(ClientRecord record, ProtocolDefinition protocol) {
    List<Session> rated = new ArrayList<>();
    for (Session session : record.sessions()) {
      if (session.painBefore().isPresent() || session.painAfter().isPresent()) {
        rated.add(session);
      }
    }
    ImmutableList.Builder<ImmutableList<String>> rows = ImmutableList.builder();
    for (Session session : rated) {
      rows.add(
          ImmutableList.of(
              date(session.start()),
              stageName(protocol, session.stage()),
              session.painBefore().isPresent()
                  ? String.valueOf(session.painBefore().getAsInt())
                  : "",
              session.painAfter().isPresent()
                  ? String.valueOf(session.painAfter().getAsInt())
                  : ""));
    }
    ImmutableList<String> columns =
        ImmutableList.of("date", "stage", "NPRS before session", "NPRS after session");
    String title = "Pain before each session (NPRS 0-10), with the stages of the course";
    List<double[]> before = new ArrayList<>();
    List<double[]> after = new ArrayList<>();
    for (Session session : rated) {
      session.painBefore().ifPresent(v -> before.add(new double[] {day(session.start()), v}));
      session.painAfter().ifPresent(v -> after.add(new double[] {day(session.end()), v}));
    }
    if (before.isEmpty() && after.isEmpty()) {
      return new Figure(
          PAIN, title, "No pain was rated at a session.", Optional.empty(), columns, rows.build());
    }
    List<Band> bands = bands(record);
    double min = Double.MAX_VALUE;
    double max = -Double.MAX_VALUE;
    for (double[] p : concat(before, after)) {
      min = Math.min(min, p[0]);
      max = Math.max(max, p[0]);
    }
    for (Band band : bands) {
      min = Math.min(min, band.from);
      max = Math.max(max, band.from);
    }
    double end = max + 1;
    min -= 1;
    XYChart chart = xyChart(title, "NPRS", min, end);
    chart.getStyler().setYAxisMin(0.0).setYAxisMax(10.0).setYAxisDecimalPattern("#0");
    List<Stage> shown = new ArrayList<>();
    for (int i = 0; i < bands.size(); i++) {
      Band band = bands.get(i);
      double to = i + 1 < bands.size() ? bands.get(i + 1).from : end;
      if (band.stage.isEmpty()) {
        continue;
      }
      Stage stage = band.stage.get();
      int colour =
          protocol.includes(stage) ? protocol.position(stage) : stage.ordinal() % BANDS.length;
      XYSeries series =
          chart.addSeries(
              "band " + i + " " + stageName(protocol, stage),
              new double[] {band.from, band.from, to, to},
              new double[] {0, 10, 10, 0});
      series.setXYSeriesRenderStyle(XYSeriesRenderStyle.PolygonArea);
      series.setFillColor(BANDS[colour % BANDS.length]);
      series.setLineColor(new Color(0, 0, 0, 0));
      series.setMarker(SeriesMarkers.NONE);
      series.setShowInLegend(false);
      if (!shown.contains(stage)) {
        shown.add(stage);
      }
      String number = protocol.includes(stage) ? String.valueOf(protocol.position(stage) + 1) : "?";
      chart.addAnnotation(new AnnotationText(number, (band.from + to) / 2, 9.5, false));
    }
    addLine(chart, "NPRS before session", before, LINES[0], SeriesLines.SOLID);
    if (!after.isEmpty()) {
      addLine(chart, "NPRS after session", after, LINES[7], SeriesLines.DASH_DASH);
    }
    StringBuilder alt = new StringBuilder("Line chart of pain on the NPRS (0 to 10)");
    if (!before.isEmpty()) {
      alt.append(" before ")
          .append(before.size())
          .append(" sessions from ")
          .append(dateOfDay(before.get(0)[0]))
          .append(" to ")
          .append(dateOfDay(before.get(before.size() - 1)[0]))
          .append(": from ")
          .append(number(before.get(0)[1], 0))
          .append(" to ")
          .append(number(before.get(before.size() - 1)[1], 0));
    }
    if (!shown.isEmpty()) {
      alt.append("; shaded bands for the stages ");
      for (int i = 0; i < shown.size(); i++) {
        alt.append(i == 0 ? "" : ", ").append(stageName(protocol, shown.get(i)));
      }
    }
    alt.append('.');
    return new Figure(PAIN, title, alt.toString(), Optional.of(png(chart)), columns, rows.build());
  }

  /** The counts of examination findings by status on each examination date. */
  static Figure triggerPoints(ProgressReport progress) {
    Map<String, Map<TriggerPointStatus, Integer>> byDate = new TreeMap<>();
    for (TriggerPointHistory history : progress.triggerPoints().values()) {
      for (TriggerPointObservation observation : history.observations()) {
        byDate
            .computeIfAbsent(date(observation.time()), d -> zeroCounts())
            .merge(observation.status(), 1, Integer::sum);
      }
    }
    ImmutableList<String> columns =
        ImmutableList.of("examination date", "active", "latent", "not confirmed");
    ImmutableList.Builder<ImmutableList<String>> rows = ImmutableList.builder();
    for (Map.Entry<String, Map<TriggerPointStatus, Integer>> entry : byDate.entrySet()) {
      Map<TriggerPointStatus, Integer> counts = entry.getValue();
      rows.add(
          ImmutableList.of(
              entry.getKey(),
              String.valueOf(counts.get(TriggerPointStatus.ACTIVE)),
              String.valueOf(counts.get(TriggerPointStatus.LATENT)),
              String.valueOf(counts.get(TriggerPointStatus.NOT_CONFIRMED))));
    }
    String title = "Trigger points examined, by status, on each examination date";
    if (byDate.isEmpty()) {
      return new Figure(
          TRIGGER_POINTS,
          title,
          "No trigger point was examined.",
          Optional.empty(),
          columns,
          rows.build());
    }
    CategoryChart chart =
        new CategoryChartBuilder()
            .width(WIDTH)
            .height(HEIGHT)
            .title(title)
            .xAxisTitle("examination date")
            .yAxisTitle("sites examined")
            .build();
    style(chart.getStyler());
    chart.getStyler().setStacked(true).setOverlapped(false);
    chart.getStyler().setYAxisMin(0.0).setYAxisDecimalPattern("#0");
    chart.getStyler().setSeriesColors(new Color[] {ACTIVE, LATENT, CLEAR});
    if (byDate.size() > 8) {
      chart.getStyler().setXAxisLabelRotation(45);
    }
    List<String> dates = new ArrayList<>(byDate.keySet());
    String[] names = {"active", "latent", "not confirmed"};
    TriggerPointStatus[] statuses = TriggerPointStatus.values();
    for (int s = 0; s < statuses.length; s++) {
      List<Integer> counts = new ArrayList<>();
      for (String date : dates) {
        counts.add(byDate.get(date).get(statuses[s]));
      }
      chart.addSeries(names[s], dates, counts);
    }
    int first = byDate.get(dates.get(0)).get(TriggerPointStatus.ACTIVE);
    int last = byDate.get(dates.get(dates.size() - 1)).get(TriggerPointStatus.ACTIVE);
    String alt =
        "Stacked bar chart of the trigger point sites examined on "
            + dates.size()
            + " dates from "
            + dates.get(0)
            + " to "
            + dates.get(dates.size() - 1)
            + ", by status (active, latent, not confirmed); active sites: "
            + first
            + " on the first date, "
            + last
            + " on the last.";
    return new Figure(TRIGGER_POINTS, title, alt, Optional.of(png(chart)), columns, rows.build());
  }

  /** The range of each movement and side with a norm, as a percentage of the norm. */
  static Figure rangeOfMotion(ProgressReport progress) {
    ImmutableList<String> columns = ImmutableList.of("movement", "date", "degrees", "% of norm");
    ImmutableList.Builder<ImmutableList<String>> rows = ImmutableList.builder();
    Map<String, List<double[]>> lines = new LinkedHashMap<>();
    for (Map.Entry<RangeOfMotionKey, RangeOfMotionProgress> entry :
        progress.rangeOfMotion().entrySet()) {
      String name = movementName(entry.getKey());
      RangeOfMotionProgress rom = entry.getValue();
      Optional<Series> percent = rom.percentOfNorm();
      List<double[]> line = new ArrayList<>();
      for (int i = 0; i < rom.degrees().points().size(); i++) {
        DataPoint point = rom.degrees().points().get(i);
        String pct = "no norm";
        if (percent.isPresent()) {
          double value = percent.get().points().get(i).value();
          line.add(new double[] {day(point.time()), value});
          pct = number(value, 0);
        }
        rows.add(ImmutableList.of(name, date(point.time()), number(point.value(), 1), pct));
      }
      if (!line.isEmpty()) {
        lines.put(name, line);
      }
    }
    String title = "Range of motion as a percentage of the norm";
    if (lines.isEmpty()) {
      return new Figure(
          RANGE_OF_MOTION,
          title,
          "No range of motion with a norm was measured.",
          Optional.empty(),
          columns,
          rows.build());
    }
    double[] span = span(lines.values());
    XYChart chart = xyChart(title, "% of norm", span[0] - 1, span[1] + 1);
    legendAtRight(chart);
    chart.getStyler().setYAxisMin(0.0).setYAxisDecimalPattern("#0");
    double top = 100;
    for (List<double[]> line : lines.values()) {
      for (double[] p : line) {
        top = Math.max(top, p[1]);
      }
    }
    chart.getStyler().setYAxisMax(Math.ceil((top + 10) / 10) * 10);
    XYSeries norm =
        chart.addSeries(
            "norm (100 %)", new double[] {span[0] - 1, span[1] + 1}, new double[] {100, 100});
    norm.setLineColor(Color.DARK_GRAY);
    norm.setLineStyle(SeriesLines.DASH_DASH);
    norm.setMarker(SeriesMarkers.NONE);
    int i = 0;
    StringBuilder alt =
        new StringBuilder(
                "Line chart of range of motion as a percentage of the norm, with a line at")
            .append(" 100 %: ");
    for (Map.Entry<String, List<double[]>> line : lines.entrySet()) {
      addLine(chart, line.getKey(), line.getValue(), LINES[i % LINES.length], SeriesLines.SOLID);
      List<double[]> points = line.getValue();
      alt.append(i == 0 ? "" : "; ")
          .append(line.getKey())
          .append(" from ")
          .append(number(points.get(0)[1], 0))
          .append(" to ")
          .append(number(points.get(points.size() - 1)[1], 0))
          .append(" %");
      i++;
    }
    alt.append('.');
    return new Figure(
        RANGE_OF_MOTION, title, alt.toString(), Optional.of(png(chart)), columns, rows.build());
  }

  /** The pressure pain threshold at each site over time. */
  static Figure pressurePainThresholds(ProgressReport progress, MuscleCatalog catalog) {
    ImmutableList<String> columns = ImmutableList.of("site", "date", "kg/cm²");
    ImmutableList.Builder<ImmutableList<String>> rows = ImmutableList.builder();
    Map<String, List<double[]>> lines = new LinkedHashMap<>();
    for (Map.Entry<TissueLocation, Series> entry : progress.pressurePainThresholds().entrySet()) {
      String name = siteName(entry.getKey(), catalog);
      List<double[]> line = new ArrayList<>();
      for (DataPoint point : entry.getValue().points()) {
        line.add(new double[] {day(point.time()), point.value()});
        rows.add(ImmutableList.of(name, date(point.time()), number(point.value(), 2)));
      }
      if (!line.isEmpty()) {
        lines.put(name, line);
      }
    }
    String title = "Pressure pain threshold at each site (kg/cm²)";
    if (lines.isEmpty()) {
      return new Figure(
          PRESSURE_PAIN_THRESHOLD,
          title,
          "No pressure pain threshold was measured.",
          Optional.empty(),
          columns,
          rows.build());
    }
    double[] span = span(lines.values());
    XYChart chart = xyChart(title, "kg/cm²", span[0] - 1, span[1] + 1);
    legendAtRight(chart);
    chart.getStyler().setYAxisMin(0.0).setYAxisDecimalPattern("0.0");
    int i = 0;
    StringBuilder alt = new StringBuilder("Line chart of pressure pain thresholds in kg/cm²: ");
    for (Map.Entry<String, List<double[]>> line : lines.entrySet()) {
      addLine(chart, line.getKey(), line.getValue(), LINES[i % LINES.length], SeriesLines.SOLID);
      List<double[]> points = line.getValue();
      alt.append(i == 0 ? "" : "; ")
          .append(line.getKey())
          .append(" from ")
          .append(number(points.get(0)[1], 2))
          .append(" to ")
          .append(number(points.get(points.size() - 1)[1], 2));
      i++;
    }
    alt.append('.');
    return new Figure(
        PRESSURE_PAIN_THRESHOLD,
        title,
        alt.toString(),
        Optional.of(png(chart)),
        columns,
        rows.build());
  }

  /** {@code "hip flexion, right (active)"}. */
  static String movementName(RangeOfMotionKey key) {
    return (key.joint().id() + " " + key.movement().id()).replace('-', ' ')
        + ", "
        + key.side().id()
        + " ("
        + key.mode().id()
        + ")";
  }

  /** {@code "Gastrocnemius, right (medial-head)"}, or the muscle id if the catalog lacks it. */
  static String siteName(TissueLocation location, MuscleCatalog catalog) {
    Optional<Muscle> muscle = catalog.find(location.muscleId());
    return muscle.isPresent()
        ? BodyMap.label(muscle.get(), location)
        : location.muscleId()
            + ", "
            + location.side().id()
            + location.siteId().map(s -> " (" + s + ")").orElse("");
  }

  /** A stage the course was in from an instant on; empty after discharge. */
  private static final class Band {
    final double from;
    final Optional<Stage> stage;

    Band(double from, Optional<Stage> stage) {
      this.from = from;
      this.stage = stage;
    }
  }

  private static List<Band> bands(ClientRecord record) {
    List<Band> bands = new ArrayList<>();
    for (StageTransition transition : record.transitions()) {
      bands.add(new Band(day(transition.at()), transition.toStage()));
    }
    return bands;
  }

  private static Map<TriggerPointStatus, Integer> zeroCounts() {
    Map<TriggerPointStatus, Integer> counts = new EnumMap<>(TriggerPointStatus.class);
    for (TriggerPointStatus status : TriggerPointStatus.values()) {
      counts.put(status, 0);
    }
    return counts;
  }

  private static List<double[]> concat(List<double[]> a, List<double[]> b) {
    List<double[]> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  private static double[] span(Iterable<List<double[]>> lines) {
    double min = Double.MAX_VALUE;
    double max = -Double.MAX_VALUE;
    for (List<double[]> line : lines) {
      for (double[] p : line) {
        min = Math.min(min, p[0]);
        max = Math.max(max, p[0]);
      }
    }
    return new double[] {min, max};
  }

  private static XYChart xyChart(String title, String yTitle, double xMin, double xMax) {
    XYChart chart =
        new XYChartBuilder()
            .width(WIDTH)
            .height(HEIGHT)
            .title(title)
            .xAxisTitle("date (UTC)")
            .yAxisTitle(yTitle)
            .build();
    style(chart.getStyler());
    chart.getStyler().setXAxisMin(xMin).setXAxisMax(xMax);
    chart.getStyler().setxAxisTickLabelsFormattingFunction(Charts::dateOfDay);
    chart.getStyler().setDefaultSeriesRenderStyle(XYSeriesRenderStyle.Line);
    chart.getStyler().setXAxisTickMarkSpacingHint(110);
    return chart;
  }

  /** A legend beside the plot, one series a line, for charts with many or long series names. */
  private static void legendAtRight(XYChart chart) {
    chart.getStyler().setLegendPosition(LegendPosition.OutsideE);
    chart.getStyler().setLegendLayout(Styler.LegendLayout.Vertical);
  }

  private static void style(AxesChartStyler styler) {
    Font font = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    styler.setAntiAlias(true);
    styler.setChartBackgroundColor(Color.WHITE);
    styler.setPlotBackgroundColor(Color.WHITE);
    styler.setPlotBorderColor(Color.GRAY);
    styler.setPlotGridLinesColor(new Color(0xE0, 0xE0, 0xE0));
    styler.setChartTitleFont(font.deriveFont(Font.BOLD, 14f));
    styler.setAxisTitleFont(font);
    styler.setAxisTickLabelsFont(font.deriveFont(11f));
    styler.setLegendFont(font);
    styler.setAnnotationTextFont(font.deriveFont(Font.BOLD, 13f));
    styler.setAnnotationTextFontColor(Color.DARK_GRAY);
    styler.setLegendPosition(LegendPosition.OutsideS);
    styler.setLegendLayout(Styler.LegendLayout.Horizontal);
    styler.setLegendBorderColor(Color.WHITE);
    styler.setMarkerSize(7);
  }

  private static void addLine(
      XYChart chart, String name, List<double[]> points, Color colour, BasicStroke stroke) {
    double[] x = new double[points.size()];
    double[] y = new double[points.size()];
    for (int i = 0; i < points.size(); i++) {
      x[i] = points.get(i)[0];
      y[i] = points.get(i)[1];
    }
    XYSeries series = chart.addSeries(name, x, y);
    series.setXYSeriesRenderStyle(XYSeriesRenderStyle.Line);
    series.setLineColor(colour);
    series.setMarkerColor(colour);
    series.setMarker(SeriesMarkers.CIRCLE);
    series.setLineStyle(stroke);
  }

  private static byte[] png(Chart<?, ?> chart) {
    try {
      return BitmapEncoder.getBitmapBytes(chart, BitmapFormat.PNG);
    } catch (IOException e) {
      // Encoding to memory does not do I/O; ImageIO reports a failed encoder this way.
      throw new UncheckedIOException("chart " + chart.getTitle() + " could not be encoded", e);
    }
  }
}
