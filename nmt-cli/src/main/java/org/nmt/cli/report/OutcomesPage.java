package org.nmt.cli.report;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.escape.Escaper;
import com.google.common.html.HtmlEscapers;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.knowm.xchart.AnnotationText;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.BitmapEncoder.BitmapFormat;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.XYSeries.XYSeriesRenderStyle;
import org.knowm.xchart.style.Styler.LegendPosition;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.nmt.io.file.AtomicFiles;
import org.nmt.outcomes.analysis.Endpoint;
import org.nmt.outcomes.analysis.GroupOutcomes;
import org.nmt.outcomes.analysis.Grouping;
import org.nmt.outcomes.analysis.MeasureOutcome;
import org.nmt.outcomes.analysis.OutcomeReport;
import org.nmt.outcomes.stats.Interval;
import org.nmt.outcomes.stats.PairedComparison;
import org.nmt.outcomes.stats.Proportion;
import org.nmt.outcomes.stats.QuantileSummary;
import org.nmt.outcomes.stats.SurvivalCurve;
import org.nmt.outcomes.stats.SurvivalStep;

/**
 * The outcome report of a cohort as one self-contained HTML page: per group, the distribution of
 * the change from baseline to the last value of every measure (quartiles, as percent of the
 * baseline mean), the responder rates with their Wilson 95 % intervals, and the Kaplan–Meier curve
 * of the time to discharge. The charts (drawn with XChart) are PNG images in {@code data:} URLs;
 * the page loads nothing else. Stateless and thread-safe.
 */
public final class OutcomesPage {
  private static final Escaper ESCAPER = HtmlEscapers.htmlEscaper();
  private static final int WIDTH = 960;
  private static final int HEIGHT = 380;
  private static final Color ESTIMATE = new Color(0x15, 0x65, 0xC0);
  private static final Color RANGE = new Color(0x90, 0xA4, 0xAE);

  private static final String STYLE =
      "body{font-family:'DejaVu Sans',Arial,sans-serif;margin:0 auto;max-width:1000px;"
          + "padding:16px;color:#212121;line-height:1.4}\n"
          + "h2{font-size:1.25em;margin-top:32px;border-bottom:1px solid #bdbdbd}\n"
          + "figure{margin:8px 0}img.chart{max-width:100%;height:auto;border:1px solid #e0e0e0}\n"
          + "figcaption{font-size:.9em;color:#424242}p.no-data{font-style:italic;color:#616161}\n";

  private OutcomesPage() {}

  /** The page of {@code report}. */
  public static String render(OutcomeReport report) {
    checkNotNull(report, "report");
    if (System.getProperty("java.awt.headless") == null) {
      System.setProperty("java.awt.headless", "true");
    }
    StringBuilder html = new StringBuilder(256 * 1024);
    html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none';")
        .append(" img-src data:; style-src '")
        .append(sha256(STYLE))
        .append("'; base-uri 'none'; form-action 'none'\">\n")
        .append("<title>Cohort outcomes</title>\n<style>")
        .append(STYLE)
        .append("</style>\n</head>\n<body>\n<h1>Cohort outcomes</h1>\n<p>")
        .append(report.clients())
        .append(" client records analysed; docs/OUTCOMES.md defines every statistic.</p>\n");
    int index = 0;
    for (GroupOutcomes group : report.groups()) {
      String name =
          group.group().grouping() == Grouping.ALL
              ? "All clients"
              : group.group().grouping().id() + " " + group.group().label();
      String id = "group-" + index++;
      html.append("<section id=\"")
          .append(id)
          .append("\">\n<h2>")
          .append(esc(name))
          .append(" (")
          .append(group.clients())
          .append(" clients)</h2>\n");
      figure(html, id + "-change", change(group), "Change from baseline to the last value");
      figure(html, id + "-responders", responders(group), "Responders with 95 % intervals");
      figure(html, id + "-discharge", discharge(group), "Time to discharge (Kaplan–Meier)");
      html.append("</section>\n");
    }
    html.append("</body>\n</html>\n");
    return html.toString();
  }

  /**
   * Writes the page of {@code report} to {@code target}, replacing it atomically.
   *
   * @throws IOException if the file cannot be written
   */
  public static void write(OutcomeReport report, Path target) throws IOException {
    checkNotNull(target, "target");
    byte[] page = render(report).getBytes(StandardCharsets.UTF_8);
    AtomicFiles.write(target, out -> out.write(page));
  }

  private static List<MeasureOutcome> last(GroupOutcomes group) {
    List<MeasureOutcome> outcomes = new ArrayList<>();
    for (MeasureOutcome outcome : group.measures()) {
      if (outcome.endpoint().equals(Endpoint.last()) && outcome.comparison().pairs() > 0) {
        outcomes.add(outcome);
      }
    }
    return outcomes;
  }

  private static Optional<XYChart> change(GroupOutcomes group) {
    List<String> labels = new ArrayList<>();
    List<double[]> points = new ArrayList<>();
    for (MeasureOutcome outcome : last(group)) {
      PairedComparison c = outcome.comparison();
      Optional<QuantileSummary> q = c.changeQuantiles();
      if (q.isEmpty() || c.baselineMean().isEmpty() || c.baselineMean().getAsDouble() == 0) {
        continue;
      }
      double scale = 100 / Math.abs(c.baselineMean().getAsDouble());
      labels.add(outcome.measure().id());
      points.add(
          new double[] {
            q.get().median() * scale,
            q.get().firstQuartile() * scale,
            q.get().thirdQuartile() * scale
          });
    }
    return intervals(
        "Change from baseline: median and quartiles, % of the baseline mean",
        "change (% of baseline)", labels, points, "median change", "first to third quartile");
  }

  private static Optional<XYChart> responders(GroupOutcomes group) {
    List<String> labels = new ArrayList<>();
    List<double[]> points = new ArrayList<>();
    for (MeasureOutcome outcome : last(group)) {
      Optional<Proportion> r = outcome.comparison().responders();
      if (r.isEmpty()) {
        continue;
      }
      Interval ci = r.get().interval();
      labels.add(outcome.measure().id());
      points.add(new double[] {100 * r.get().estimate(), 100 * ci.lower(), 100 * ci.upper()});
    }
    return intervals(
        "Responders", "responders (%)", labels, points, "responders", "Wilson 95 % interval");
  }

  private static Optional<XYChart> intervals(
      String title,
      String yTitle,
      List<String> labels,
      List<double[]> points,
      String estimateName,
      String rangeName) {
    if (labels.isEmpty()) {
      return Optional.empty();
    }
    XYChart chart = chart(title, "measure", yTitle);
    chart.getStyler().setXAxisMin(0.0).setXAxisMax(labels.size() + 1.0);
    chart.getStyler().setXAxisTicksVisible(false);
    chart.getStyler().setPlotGridVerticalLinesVisible(false);
    double low = points.stream().mapToDouble(p -> p[1]).min().getAsDouble();
    double high = points.stream().mapToDouble(p -> p[2]).max().getAsDouble();
    double margin = Math.max(high - low, 1) * 0.12;
    chart.getStyler().setYAxisMin(low - margin / 2).setYAxisMax(high + margin);
    double[] x = new double[labels.size()];
    double[] y = new double[labels.size()];
    for (int i = 0; i < labels.size(); i++) {
      x[i] = i + 1;
      y[i] = points.get(i)[0];
      XYSeries range =
          chart.addSeries(
              i == 0 ? rangeName : rangeName + " " + (i + 1),
              new double[] {i + 1, i + 1},
              new double[] {points.get(i)[1], points.get(i)[2]});
      range.setXYSeriesRenderStyle(XYSeriesRenderStyle.Line);
      range.setLineColor(RANGE);
      range.setLineStyle(new BasicStroke(4f));
      range.setMarker(SeriesMarkers.NONE);
      range.setShowInLegend(i == 0);
      chart.addAnnotation(
          new AnnotationText(labels.get(i), i + 1, points.get(i)[2] + margin / 2, false));
    }
    XYSeries estimate = chart.addSeries(estimateName, x, y);
    estimate.setXYSeriesRenderStyle(XYSeriesRenderStyle.Scatter);
    estimate.setMarker(SeriesMarkers.CIRCLE);
    estimate.setMarkerColor(ESTIMATE);
    return Optional.of(chart);
  }

  private static Optional<XYChart> discharge(GroupOutcomes group) {
    SurvivalCurve curve = group.timeToDischarge();
    if (curve.subjects() == 0) {
      return Optional.empty();
    }
    List<Double> x = new ArrayList<>(List.of(0.0));
    List<Double> y = new ArrayList<>(List.of(1.0));
    double survival = 1;
    for (SurvivalStep step : curve.steps()) {
      x.add(step.time());
      y.add(survival);
      survival = step.survival();
      x.add(step.time());
      y.add(survival);
    }
    XYChart chart =
        chart(
            "Time to discharge: "
                + curve.events()
                + " of "
                + curve.subjects()
                + " discharged"
                + (curve.median().isPresent()
                    ? String.format(Locale.ROOT, ", median %.1f days", curve.median().getAsDouble())
                    : ""),
            "days since the course started",
            "not yet discharged");
    chart.getStyler().setYAxisMin(0.0).setYAxisMax(1.0);
    XYSeries series =
        chart.addSeries(
            "Kaplan–Meier estimate",
            x.stream().mapToDouble(Double::doubleValue).toArray(),
            y.stream().mapToDouble(Double::doubleValue).toArray());
    series.setXYSeriesRenderStyle(XYSeriesRenderStyle.Line);
    series.setMarker(SeriesMarkers.NONE);
    series.setLineColor(ESTIMATE);
    return Optional.of(chart);
  }

  private static XYChart chart(String title, String xTitle, String yTitle) {
    XYChart chart =
        new XYChartBuilder()
            .width(WIDTH)
            .height(HEIGHT)
            .title(title)
            .xAxisTitle(xTitle)
            .yAxisTitle(yTitle)
            .build();
    Font font = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    chart.getStyler().setAntiAlias(true);
    chart.getStyler().setChartBackgroundColor(Color.WHITE);
    chart.getStyler().setPlotBackgroundColor(Color.WHITE);
    chart.getStyler().setChartTitleFont(font.deriveFont(Font.BOLD, 14f));
    chart.getStyler().setAxisTitleFont(font);
    chart.getStyler().setLegendFont(font);
    chart.getStyler().setLegendPosition(LegendPosition.OutsideS);
    chart.getStyler().setLegendBorderColor(Color.WHITE);
    chart.getStyler().setMarkerSize(8);
    chart.getStyler().setAnnotationTextFont(font.deriveFont(11f));
    chart.getStyler().setAnnotationTextFontColor(Color.DARK_GRAY);
    return chart;
  }

  private static void figure(
      StringBuilder html, String id, Optional<XYChart> chart, String caption) {
    html.append("<figure>\n");
    if (chart.isPresent()) {
      html.append("<img class=\"chart\" id=\"")
          .append(id)
          .append("\" width=\"")
          .append(WIDTH)
          .append("\" height=\"")
          .append(HEIGHT)
          .append("\" alt=\"")
          .append(esc(chart.get().getTitle()))
          .append("\" src=\"data:image/png;base64,")
          .append(Base64.getEncoder().encodeToString(png(chart.get())))
          .append("\">\n");
    } else {
      html.append("<p class=\"no-data\" id=\"").append(id).append("\">No data to plot.</p>\n");
    }
    html.append("<figcaption>").append(esc(caption)).append("</figcaption>\n</figure>\n");
  }

  private static byte[] png(XYChart chart) {
    try {
      return BitmapEncoder.getBitmapBytes(chart, BitmapFormat.PNG);
    } catch (IOException e) {
      throw new UncheckedIOException("chart " + chart.getTitle() + " could not be encoded", e);
    }
  }

  private static String esc(String text) {
    return ESCAPER.escape(text);
  }

  private static String sha256(String text) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return "sha256-" + Base64.getEncoder().encodeToString(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing", e);
    }
  }
}
