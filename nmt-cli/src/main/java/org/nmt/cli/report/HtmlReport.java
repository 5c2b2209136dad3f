package org.nmt.cli.report;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.escape.Escaper;
import com.google.common.html.HtmlEscapers;
import java.awt.Color;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.nmt.core.anatomy.MuscleCatalog;
import org.nmt.core.progress.ProgressReport;
import org.nmt.core.progress.Series;
import org.nmt.core.progress.TriggerPointHistory;
import org.nmt.core.progress.TriggerPointState;
import org.nmt.core.record.ClientRecord;
import org.nmt.core.record.StageTransition;
import org.nmt.core.record.TransitionKind;
import org.nmt.core.stage.Stage;
import org.nmt.io.file.AtomicFiles;
import org.nmt.protocol.course.Course;
import org.nmt.protocol.course.CourseState;
import org.nmt.protocol.course.GateDecision;
import org.nmt.protocol.criterion.CriterionResult;
import org.nmt.protocol.definition.ProtocolDefinition;

/**
 * A client's progress as one self-contained HTML page: pain over time with the stages of the
 * course, trigger points by status, range of motion as a percentage of the norm, pressure pain
 * thresholds per site, the recorded stage transitions, the current gate decision criterion by
 * criterion, and a body map of the examined trigger point sites.
 *
 * <p>The page needs nothing but itself: the style sheet and a four-line script are inline, the
 * charts (drawn with XChart) are PNG images in {@code data:} URLs, the body map is inline SVG, and
 * a Content-Security-Policy forbids the browser to load anything else. Each chart has a text
 * alternative and its data as a table. No free text of the record (chief complaint, SOAP notes,
 * override justifications, adverse event descriptions) is ever read, and every value shown is
 * escaped. The page is a pure function of the record, the protocol and the muscle catalog: it reads
 * no clock, so rendering twice gives the same page.
 *
 * <p>Charts are drawn with {@code java.awt} in memory; unless the application chose otherwise,
 * {@code java.awt.headless} is set to {@code true} before the first chart. Stateless and
 * thread-safe.
 */
public final class HtmlReport {
  /** The ids of the chart images, in page order. */
  public static final ImmutableList<String> CHART_IDS =
      ImmutableList.of(
          Charts.PAIN,
          Charts.TRIGGER_POINTS,
          Charts.RANGE_OF_MOTION,
          Charts.PRESSURE_PAIN_THRESHOLD);

  /** The id of the body map's {@code <svg>} element. */
  public static final String BODY_MAP_ID = "body-map";

  private static final Escaper ESCAPER = HtmlEscapers.htmlEscaper();

  /** An identifier as the record's id fields allow one; anything else is not shown. */
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

  private static final DateTimeFormatter MINUTES =
      DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);

  /**
   * Sets {@code data-rendered} on the body to the number of images the browser decoded, so a
   * headless browser's DOM dump shows whether the charts rendered.
   */
  private static final String SCRIPT =
      "window.addEventListener('load', function () {\n"
          + "  var n = 0;\n"
          + "  for (var i = 0; i < document.images.length; i++) {\n"
          + "    if (document.images[i].complete && document.images[i].naturalWidth > 0) n++;\n"
          + "  }\n"
          + "  document.body.setAttribute('data-rendered', String(n));\n"
          + "});\n";

  private static final String STYLE =
      "body{font-family:'DejaVu Sans',Arial,sans-serif;margin:0 auto;max-width:1000px;"
          + "padding:16px;color:#212121;line-height:1.4}\n"
          + "h1{font-size:1.6em;margin-bottom:4px}h2{font-size:1.25em;margin-top:32px;"
          + "border-bottom:1px solid #bdbdbd}\n"
          + "dl.facts{display:grid;grid-template-columns:max-content auto;gap:2px 16px}\n"
          + "dl.facts dt{font-weight:bold}dl.facts dd{margin:0}\n"
          + "figure{margin:8px 0}img.chart{max-width:100%;height:auto;border:1px solid #e0e0e0}\n"
          + "figcaption{font-size:.9em;color:#424242}\n"
          + "table{border-collapse:collapse;margin:8px 0;font-size:.9em}\n"
          + "th,td{border:1px solid #bdbdbd;padding:3px 8px;text-align:left}th{background:#f5f5f5}\n"
          + "details summary{cursor:pointer;color:#1565c0}\n"
          + ".met{color:#2e7d32}.not-met{color:#c62828}.not-assessable{color:#6d4c41}\n"
          + "p.no-data{font-style:italic;color:#616161}\n"
          + "#body-map{max-width:100%;height:auto}\n"
          + "#body-map .figure ellipse,#body-map .figure path,#body-map .figure circle"
          + "{fill:#eceff1;stroke:#546e7a;stroke-width:1.5}\n"
          + "#body-map .figure .detail{fill:none;stroke:#90a4ae}\n"
          + "#body-map .figure circle.detail{fill:#90a4ae}\n"
          + "#body-map .spine{stroke-dasharray:4 3}\n"
          + "#body-map text{font-size:13px;fill:#424242}\n"
          + "#body-map .view-title{font-size:15px;font-weight:bold}\n"
          + "#body-map .side-letter{font-weight:bold;fill:#78909c}\n"
          + "#body-map .tp-marker circle,#body-map .tp-key circle{stroke:#212121;stroke-width:1}\n"
          + "#body-map .active circle{fill:"
          + hex(Charts.ACTIVE)
          + "}\n#body-map .latent circle{fill:"
          + hex(Charts.LATENT)
          + "}\n#body-map .clear circle{fill:"
          + hex(Charts.CLEAR)
          + "}\n";

  private HtmlReport() {}

  /**
   * The report of {@code record} under {@code protocol}, with muscles looked up in the standard
   * catalog.
   */
  public static String render(ClientRecord record, ProtocolDefinition protocol) {
    return render(record, protocol, MuscleCatalog.standard());
  }

  /**
   * The report of {@code record} under {@code protocol}, with muscles looked up in {@code catalog};
   * locations of muscles the catalog lacks are listed under the body map instead of placed on it.
   */
  public static String render(
      ClientRecord record, ProtocolDefinition protocol, MuscleCatalog catalog) {
    checkNotNull(record, "record");
    checkNotNull(protocol, "protocol");
    checkNotNull(catalog, "catalog");
    headless();
    ProgressReport progress = ProgressReport.of(record);
    Course course = Course.of(protocol, record);
    StringBuilder html = new StringBuilder(256 * 1024);
    String client = id(record.client().id().toString());
    html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none';")
        .append(" img-src data:; style-src '")
        .append(sha256(STYLE))
        .append("'; script-src '")
        .append(sha256(SCRIPT))
        .append("'; base-uri 'none'; form-action 'none'\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>Progress report: ")
        .append(esc(client))
        .append("</title>\n<style>")
        .append(STYLE)
        .append("</style>\n</head>\n<body>\n");
    header(html, record, protocol, progress, course, client);
    html.append("<main>\n");
    section(html, "pain", "Pain", Charts.pain(record, protocol));
    html.append("<section id=\"trigger-points\">\n<h2>Trigger points</h2>\n");
    figure(html, Charts.triggerPoints(progress));
    bodyMap(html, progress, catalog);
    html.append("</section>\n");
    section(html, "range-of-motion", "Range of motion", Charts.rangeOfMotion(progress));
    section(
        html,
        "pressure-pain-threshold",
        "Pressure pain threshold",
        Charts.pressurePainThresholds(progress, catalog));
    transitions(html, record, protocol);
    gate(html, record, protocol, course);
    html.append("</main>\n<footer><p>Derived from the client record by nmt; the record's free")
        .append(" text is not part of this report.</p></footer>\n<script>")
        .append(SCRIPT)
        .append("</script>\n</body>\n</html>\n");
    return html.toString();
  }

  /**
   * Writes the report of {@code record} under {@code protocol} to {@code target}, replacing it
   * atomically (see {@link AtomicFiles#write}).
   *
   * @throws IOException if the file cannot be written
   */
  public static void write(ClientRecord record, ProtocolDefinition protocol, Path target)
      throws IOException {
    write(record, protocol, MuscleCatalog.standard(), target);
  }

  /**
   * Writes the report of {@code record} under {@code protocol}, with muscles from {@code catalog},
   * to {@code target}, replacing it atomically (see {@link AtomicFiles#write}).
   *
   * @throws IOException if the file cannot be written
   */
  public static void write(
      ClientRecord record, ProtocolDefinition protocol, MuscleCatalog catalog, Path target)
      throws IOException {
    checkNotNull(target, "target");
    byte[] page = render(record, protocol, catalog).getBytes(StandardCharsets.UTF_8);
    AtomicFiles.write(target, out -> out.write(page));
  }

  private static void headless() {
    if (System.getProperty("java.awt.headless") == null) {
      System.setProperty("java.awt.headless", "true");
    }
  }

  private static void header(
      StringBuilder html,
      ClientRecord record,
      ProtocolDefinition protocol,
      ProgressReport progress,
      Course course,
      String client) {
    html.append("<header>\n<h1>Progress report</h1>\n<dl class=\"facts\">\n");
    fact(html, "Client", client);
    fact(html, "Protocol", protocol.name() + " " + protocol.version());
    String state = course.state().id().replace('-', ' ');
    if (course.state() == CourseState.IN_STAGE) {
      state += ": " + Charts.stageName(protocol, course.currentStage().get());
    }
    fact(html, "Course", state);
    fact(html, "Sessions", String.valueOf(record.sessions().size()));
    if (!record.sessions().isEmpty()) {
      fact(
          html,
          "Period",
          Charts.date(record.sessions().get(0).start())
              + " to "
              + Charts.date(record.sessions().get(record.sessions().size() - 1).start()));
    }
    Series pain = progress.pain();
    if (pain.baseline().isPresent()) {
      String text =
          "NPRS "
              + Charts.number(pain.baseline().get().value(), 1)
              + " at baseline, "
              + Charts.number(pain.latest().get().value(), 1)
              + " latest";
      if (pain.change().isPresent()) {
        text +=
            "; minimal clinically important difference "
                + pain.change().get().mcid().id().replace('-', ' ');
      }
      fact(html, "Pain", text);
    }
    fact(
        html,
        "Trigger point sites",
        progress.triggerPoints().size()
            + " examined; now "
            + progress.triggerPointsIn(TriggerPointState.ACTIVE).size()
            + " active, "
            + progress.triggerPointsIn(TriggerPointState.LATENT).size()
            + " latent");
    html.append("</dl>\n</header>\n");
  }

  private static void fact(StringBuilder html, String term, String value) {
    html.append("<dt>").append(esc(term)).append("</dt><dd>").append(esc(value)).append("</dd>\n");
  }

  private static void section(StringBuilder html, String id, String heading, Figure figure) {
    html.append("<section id=\"")
        .append(id)
        .append("\">\n<h2>")
        .append(esc(heading))
        .append("</h2>\n");
    figure(html, figure);
    html.append("</section>\n");
  }

  private static void figure(StringBuilder html, Figure figure) {
    html.append("<figure>\n");
    if (figure.hasImage()) {
      html.append("<img class=\"chart\" id=\"")
          .append(figure.id)
          .append("\" width=\"960\" height=\"380\" alt=\"")
          .append(esc(figure.alt))
          .append("\" src=\"data:image/png;base64,")
          .append(Base64.getEncoder().encodeToString(figure.png().get()))
          .append("\">\n");
    } else {
      html.append("<p class=\"no-data\" id=\"")
          .append(figure.id)
          .append("\">")
          .append(esc(figure.alt))
          .append("</p>\n");
    }
    html.append("<figcaption>").append(esc(figure.title)).append("</figcaption>\n</figure>\n");
    if (!figure.rows.isEmpty()) {
      html.append("<details><summary>Data of the chart</summary>\n");
      table(html, figure.id + "-data", figure.columns, figure.rows);
      html.append("</details>\n");
    }
  }

  private static void table(
      StringBuilder html, String id, List<String> columns, List<? extends List<String>> rows) {
    html.append("<table id=\"").append(id).append("\">\n<thead><tr>");
    for (String column : columns) {
      html.append("<th scope=\"col\">").append(esc(column)).append("</th>");
    }
    html.append("</tr></thead>\n<tbody>\n");
    for (List<String> row : rows) {
      html.append("<tr>");
      for (String cell : row) {
        html.append("<td>").append(esc(cell)).append("</td>");
      }
      html.append("</tr>\n");
    }
    html.append("</tbody>\n</table>\n");
  }

  private static void bodyMap(StringBuilder html, ProgressReport progress, MuscleCatalog catalog) {
    List<TriggerPointHistory> histories = new ArrayList<>(progress.triggerPoints().values());
    html.append("<figure>\n")
        .append(BodyMap.svg(histories, catalog))
        .append(
            "\n<figcaption>Body map: each examined site on the view that shows its muscle, on the"
                + " client's side (on the front view the client's left is on your right), coloured"
                + " by its current state.</figcaption>\n</figure>\n");
    List<ImmutableList<String>> rows = new ArrayList<>();
    List<String> unplaced = new ArrayList<>();
    for (TriggerPointHistory history : histories) {
      String name = Charts.siteName(history.location(), catalog);
      rows.add(
          ImmutableList.of(
              name,
              Charts.date(history.observations().get(0).time()),
              Charts.date(history.latest().time()),
              history.current().id().replace('-', ' ')));
      if (!catalog.contains(history.location().muscleId())) {
        unplaced.add(name);
      }
    }
    if (!unplaced.isEmpty()) {
      html.append("<p id=\"body-map-unplaced\">Not on the map (muscle not in the catalog): ")
          .append(esc(String.join("; ", unplaced)))
          .append("</p>\n");
    }
    if (!rows.isEmpty()) {
      html.append("<details><summary>Sites and their current state</summary>\n");
      table(
          html,
          "body-map-data",
          ImmutableList.of("site", "first examined", "last examined", "current state"),
          rows);
      html.append("</details>\n");
    }
  }

  private static void transitions(
      StringBuilder html, ClientRecord record, ProtocolDefinition protocol) {
    html.append("<section id=\"transitions\">\n<h2>Stage transitions</h2>\n");
    if (record.transitions().isEmpty()) {
      html.append("<p class=\"no-data\">No stage transition has been recorded.</p>\n");
    } else {
      List<ImmutableList<String>> rows = new ArrayList<>();
      for (StageTransition transition : record.transitions()) {
        rows.add(
            ImmutableList.of(
                MINUTES.format(transition.at()),
                transition.kind().id().replace('-', ' '),
                transition.fromStage().map(s -> Charts.stageName(protocol, s)).orElse("(start)")
                    + " → "
                    + transition
                        .toStage()
                        .map(s -> Charts.stageName(protocol, s))
                        .orElse("discharge"),
                reason(transition)));
      }
      table(
          html,
          "transitions-table",
          ImmutableList.of("time", "kind", "from → to", "rule fired or criteria not met"),
          rows);
    }
    html.append("</section>\n");
  }

  /**
   * The trigger of a regression or the failed criteria of an override, by id; never the
   * justification.
   */
  private static String reason(StageTransition transition) {
    if (transition.kind() == TransitionKind.REGRESSION) {
      return transition.trigger().map(HtmlReport::id).orElse("");
    }
    if (transition.kind() == TransitionKind.OVERRIDE) {
      List<String> ids = new ArrayList<>();
      transition.failedCriteria().forEach(c -> ids.add(id(c)));
      return String.join(", ", ids);
    }
    return "";
  }

  private static void gate(
      StringBuilder html, ClientRecord record, ProtocolDefinition protocol, Course course) {
    html.append("<section id=\"gate\">\n<h2>Gate decision</h2>\n");
    Optional<GateDecision> decision = Optional.empty();
    if (course.state() == CourseState.NOT_STARTED) {
      html.append("<p class=\"no-data\">The course has not started.</p>\n");
    } else if (course.state() == CourseState.IN_STAGE) {
      Stage stage = course.currentStage().get();
      if (protocol.includes(stage)) {
        decision = Optional.of(course.decision());
        html.append("<p>The gate of stage ")
            .append(esc(Charts.stageName(protocol, stage)))
            .append(", as the record stands at ")
            .append(esc(MINUTES.format(decision.get().asOf())))
            .append(": ");
      } else {
        html.append("<p class=\"no-data\">The current stage is not part of this protocol.</p>\n");
      }
    } else {
      decision = dischargeDecision(record, protocol);
      html.append("<p>The client was discharged");
      if (decision.isPresent()) {
        html.append(" through the gate of stage ")
            .append(esc(Charts.stageName(protocol, decision.get().stage())))
            .append(", decided at ")
            .append(esc(MINUTES.format(decision.get().asOf())))
            .append(": ");
      } else {
        html.append(".</p>\n");
      }
    }
    if (decision.isPresent()) {
      GateDecision d = decision.get();
      html.append(d.passed() ? "passed" : "not passed")
          .append(" (")
          .append(d.results().size() - d.unmet().size())
          .append(" of ")
          .append(d.results().size())
          .append(" criteria met).</p>\n");
      html.append(
          "<table id=\"gate-table\">\n<thead><tr><th scope=\"col\">criterion</th>"
              + "<th scope=\"col\">outcome</th><th scope=\"col\">observed</th>"
              + "<th scope=\"col\">required</th></tr></thead>\n<tbody>\n");
      for (CriterionResult result : d.results()) {
        html.append("<tr><td>")
            .append(esc(result.criterion().id()))
            .append("</td><td class=\"")
            .append(result.outcome().id())
            .append("\">")
            .append(esc(result.outcome().id().replace('-', ' ')))
            .append("</td><td>")
            .append(esc(result.observed()))
            .append("</td><td>")
            .append(esc(result.required()))
            .append("</td></tr>\n");
      }
      html.append("</tbody>\n</table>\n");
    }
    html.append("</section>\n");
  }

  /** The replayed decision of the gate the client was discharged through, if it can be made. */
  private static Optional<GateDecision> dischargeDecision(
      ClientRecord record, ProtocolDefinition protocol) {
    ImmutableList<StageTransition> transitions = record.transitions();
    int last = transitions.size() - 1;
    if (last < 1) {
      return Optional.empty();
    }
    StageTransition discharge = transitions.get(last);
    Optional<Stage> from = discharge.fromStage();
    StageTransition entry = transitions.get(last - 1);
    if (from.isEmpty() || !protocol.includes(from.get()) || !entry.toStage().equals(from)) {
      return Optional.empty();
    }
    Instant entered = entry.at();
    return Optional.of(Course.decide(protocol, record, from.get(), entered, discharge.at()));
  }

  /** {@code value} if it has the form of an identifier, otherwise a placeholder. */
  private static String id(String value) {
    return ID.matcher(value).matches() ? value : "(not an identifier)";
  }

  private static String esc(String text) {
    return ESCAPER.escape(text);
  }

  private static String hex(Color colour) {
    return String.format(
        Locale.ROOT, "#%02x%02x%02x", colour.getRed(), colour.getGreen(), colour.getBlue());
  }

  private static String sha256(String text) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return "sha256-" + Base64.getEncoder().encodeToString(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
