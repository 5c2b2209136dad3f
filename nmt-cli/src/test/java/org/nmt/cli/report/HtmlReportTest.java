package org.nmt.cli.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.nmt.core.anatomy.Muscle;
import org.nmt.core.anatomy.MuscleCatalog;
import org.nmt.core.anatomy.TissueLocation;
import org.nmt.core.client.Intake;
import org.nmt.core.progress.ProgressReport;
import org.nmt.core.record.ClientRecord;
import org.nmt.core.record.StageTransition;
import org.nmt.core.scenario.SeedScenarios;
import org.nmt.core.session.AdverseEvent;
import org.nmt.core.session.AdverseEventKind;
import org.nmt.core.session.ClientResponse;
import org.nmt.core.session.Session;
import org.nmt.core.session.SoapNote;
import org.nmt.protocol.course.Course;
import org.nmt.protocol.definition.ProtocolDefinition;
import org.nmt.protocol.definition.Protocols;

class HtmlReportTest {
  /** Planted in every piece of free text of a record; the report must never contain it. */
  private static final String PLANTED = "PLANTED-FREE-TEXT-7f3a";

  private static final DateTimeFormatter MINUTES =
      DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

  static Stream<ClientRecord> scenarios() {
    return SeedScenarios.all().stream();
  }

  /** The scenarios with data for every chart. */
  static Stream<ClientRecord> charted() {
    return Stream.of(SeedScenarios.hiker(), SeedScenarios.officeWorker(), SeedScenarios.runner());
  }

  private static Document parse(ClientRecord record) {
    return Jsoup.parse(HtmlReport.render(record, Protocols.seeds()));
  }

  @ParameterizedTest
  @MethodSource("charted")
  void everyChartIsAnInlinePngThatDecodes(ClientRecord record) throws Exception {
    Document page = parse(record);
    assertEquals(HtmlReport.CHART_IDS.size(), page.select("img").size());
    for (String id : HtmlReport.CHART_IDS) {
      Element img = page.getElementById(id);
      assertNotNull(img, id);
      assertEquals("img", img.tagName(), id);
      assertFalse(img.attr("alt").isBlank(), id + " has a text alternative");
      String src = img.attr("src");
      assertTrue(src.startsWith("data:image/png;base64,"), id);
      byte[] png = Base64.getDecoder().decode(src.substring("data:image/png;base64,".length()));
      BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
      assertNotNull(image, id + " decodes");
      assertEquals(960, image.getWidth(), id);
      assertEquals(380, image.getHeight(), id);
      assertTrue(nonWhitePixels(image) > 1000, id + " is drawn");
      Element data = page.getElementById(id + "-data");
      assertNotNull(data, id + " has its data as a table");
      assertFalse(data.select("tbody tr").isEmpty(), id);
    }
  }

  @Test
  void aChartWithoutDataIsASentence() {
    Document page = parse(SeedScenarios.tmjDysfunction());
    Element rom = page.getElementById("chart-range-of-motion");
    assertEquals("p", rom.tagName());
    assertEquals("No range of motion with a norm was measured.", rom.text());
    assertEquals(HtmlReport.CHART_IDS.size() - 1, page.select("img").size());
    assertNull(page.getElementById("chart-range-of-motion-data"), "no rows, no table");
  }

  @Test
  void theHikersTablesHoldTheRecordsValues() {
    ClientRecord hiker = SeedScenarios.hiker();
    Document page = parse(hiker);
    Elements pain = page.select("#chart-pain-data tbody tr");
    List<Session> rated =
        hiker.sessions().stream().filter(s -> s.painBefore().isPresent()).toList();
    assertEquals(rated.size(), pain.size());
    for (int i = 0; i < rated.size(); i++) {
      assertEquals(
          String.valueOf(rated.get(i).painBefore().getAsInt()),
          pain.get(i).child(2).text(),
          "session " + i);
    }
    ProgressReport progress = ProgressReport.of(hiker);
    int thresholds =
        progress.pressurePainThresholds().values().stream().mapToInt(s -> s.points().size()).sum();
    assertEquals(thresholds, page.select("#chart-pressure-pain-threshold-data tbody tr").size());
    int ranges =
        progress.rangeOfMotion().values().stream().mapToInt(r -> r.degrees().points().size()).sum();
    assertEquals(ranges, page.select("#chart-range-of-motion-data tbody tr").size());
  }

  @ParameterizedTest
  @MethodSource("scenarios")
  void theBodyMapHasOneMarkerPerExaminedLocationOnTheRightSideOfEachView(ClientRecord record) {
    Document page = parse(record);
    Element map = page.getElementById(HtmlReport.BODY_MAP_ID);
    assertNotNull(map);
    assertEquals("svg", map.tagName());
    assertEquals(2, map.select("g.figure").size());
    ProgressReport progress = ProgressReport.of(record);
    Elements markers = map.select("g.tp-marker");
    assertEquals(progress.triggerPoints().size(), markers.size());
    Set<String> expected = new TreeSet<>();
    for (TissueLocation location : progress.triggerPoints().keySet()) {
      expected.add(location.toString());
    }
    assertEquals(expected, new TreeSet<>(markers.eachAttr("data-location")));
    BodyMapTest.assertPlacedOnTheirSides(map);
    for (Element marker : markers) {
      Muscle muscle = MuscleCatalog.standard().get(marker.attr("data-muscle"));
      assertEquals(BodyMap.view(muscle).id(), marker.attr("data-view"));
      String title = marker.selectFirst("title").text();
      assertTrue(title.startsWith(muscle.name() + ", " + marker.attr("data-side")), title);
    }
  }

  @Test
  void theOfficeWorkersLeftAndRightUpperTrapeziusSitOnOppositeSidesOfTheBackView() {
    Element map = parse(SeedScenarios.officeWorker()).getElementById(HtmlReport.BODY_MAP_ID);
    int midline =
        Integer.parseInt(map.selectFirst("g.figure[data-view=back]").attr("data-midline"));
    Element left = map.selectFirst("g.tp-marker[data-location=upper-trapezius/left/upper-fibres]");
    Element right =
        map.selectFirst("g.tp-marker[data-location=upper-trapezius/right/upper-fibres]");
    assertEquals("back", left.attr("data-view"));
    assertTrue(Integer.parseInt(left.selectFirst("circle").attr("cx")) < midline);
    assertTrue(Integer.parseInt(right.selectFirst("circle").attr("cx")) > midline);
  }

  @Test
  void theBodyMapColoursMarkersByTheCurrentState() {
    ClientRecord office = SeedScenarios.officeWorker();
    Element map = parse(office).getElementById(HtmlReport.BODY_MAP_ID);
    ProgressReport progress = ProgressReport.of(office);
    progress
        .triggerPoints()
        .forEach(
            (location, history) -> {
              Element marker = map.selectFirst("g.tp-marker[data-location=" + location + "]");
              assertEquals(history.current().id(), marker.attr("data-state"));
              assertTrue(
                  marker.hasClass(BodyMap.stateClass(history.current())), location.toString());
            });
    assertEquals(3, map.select("g.legend g.tp-key").size());
  }

  @ParameterizedTest
  @MethodSource("scenarios")
  void theTransitionsTableMatchesTheRecord(ClientRecord record) {
    ProtocolDefinition protocol = Protocols.seeds();
    Elements rows = parse(record).select("#transitions-table tbody tr");
    assertEquals(record.transitions().size(), rows.size());
    for (int i = 0; i < rows.size(); i++) {
      StageTransition transition = record.transitions().get(i);
      Elements cells = rows.get(i).select("td");
      assertEquals(MINUTES.format(transition.at()), cells.get(0).text());
      assertEquals(transition.kind().id().replace('-', ' '), cells.get(1).text());
      String from =
          transition.fromStage().map(s -> Charts.stageName(protocol, s)).orElse("(start)");
      String to = transition.toStage().map(s -> Charts.stageName(protocol, s)).orElse("discharge");
      assertEquals(from + " → " + to, cells.get(2).text());
      List<String> reason = new ArrayList<>(transition.failedCriteria());
      transition.trigger().ifPresent(reason::add);
      assertEquals(String.join(", ", reason), cells.get(3).text());
    }
  }

  @Test
  void theRunnersOverrideListsItsFailedCriteriaAndTheRegressionItsTrigger() {
    Elements runner = parse(SeedScenarios.runner()).select("#transitions-table tbody tr");
    assertTrue(
        runner.stream()
            .anyMatch(
                r ->
                    r.child(1).text().equals("override")
                        && r.child(3)
                            .text()
                            .equals(
                                String.join(", ", SeedScenarios.RUNNER_OVERRIDE_FAILED_CRITERIA))));
    Elements office = parse(SeedScenarios.officeWorker()).select("#transitions-table tbody tr");
    assertTrue(
        office.stream()
            .anyMatch(
                r ->
                    r.child(1).text().equals("regression")
                        && r.child(3).text().equals(SeedScenarios.PAIN_FLARE_TRIGGER)));
  }

  @Test
  void theGateDecisionOfACourseInAStageListsEveryCriterion() {
    ClientRecord tmj = SeedScenarios.tmjDysfunction();
    var decision = Course.of(Protocols.seeds(), tmj).decision();
    Elements rows = parse(tmj).select("#gate-table tbody tr");
    assertEquals(decision.results().size(), rows.size());
    for (int i = 0; i < rows.size(); i++) {
      var result = decision.results().get(i);
      assertEquals(result.criterion().id(), rows.get(i).child(0).text());
      assertEquals(result.outcome().id().replace('-', ' '), rows.get(i).child(1).text());
      assertEquals(result.observed(), rows.get(i).child(2).text());
      assertEquals(result.required(), rows.get(i).child(3).text());
    }
  }

  @Test
  void aDischargedCourseShowsTheGateItWasDischargedThrough() {
    Document page = parse(SeedScenarios.hiker());
    assertTrue(page.select("#gate p").text().startsWith("The client was discharged through"));
    assertFalse(page.select("#gate-table tbody tr").isEmpty());
    assertTrue(
        page.select("#gate-table tbody tr").stream()
            .allMatch(r -> r.child(1).text().equals("met")));
  }

  @ParameterizedTest
  @MethodSource("scenarios")
  void noElementReferencesAnExternalResource(ClientRecord record) {
    String html = HtmlReport.render(record, Protocols.seeds());
    assertFalse(Pattern.compile("(?i)(https?|ftp|wss?):").matcher(html).find(), "no URL");
    String outsideImages = html.replaceAll("data:image/png;base64,[A-Za-z0-9+/=]+", "");
    assertFalse(outsideImages.contains("//"), "no protocol-relative reference");
    Document page = Jsoup.parse(html);
    assertTrue(page.select("link, iframe, object, embed, base, audio, video, source").isEmpty());
    assertTrue(page.select("script[src]").isEmpty());
    Pattern url = Pattern.compile("(?i)url\\s*\\(|@import");
    for (Element element : page.getAllElements()) {
      for (Attribute attribute : element.attributes()) {
        String key = attribute.getKey().toLowerCase(Locale.ROOT);
        String value = attribute.getValue().trim();
        if (Set.of("src", "href", "xlink:href", "srcset", "poster", "action", "formaction")
            .contains(key)) {
          assertTrue(
              value.startsWith("data:image/png;base64,"),
              element.tagName() + " " + key + " refers outside the page");
        }
        assertFalse(url.matcher(value).find(), element.tagName() + " " + key);
      }
    }
    for (Element style : page.select("style")) {
      assertFalse(url.matcher(style.data()).find(), "style sheet loads nothing");
    }
    Element csp = page.selectFirst("meta[http-equiv=Content-Security-Policy]");
    assertNotNull(csp);
    assertTrue(csp.attr("content").startsWith("default-src 'none'; img-src data:;"));
  }

  @ParameterizedTest
  @MethodSource("scenarios")
  void noFreeTextOfTheRecordAppears(ClientRecord record) {
    ClientRecord planted = planted(record);
    assertTrue(planted.intake().chiefComplaint().orElseThrow().contains(PLANTED));
    String html = HtmlReport.render(planted, Protocols.seeds());
    assertFalse(html.contains(PLANTED));
    assertFalse(html.contains("PLANTED"));
    // Free text changes nothing: the page is the one of the record as it was.
    assertEquals(HtmlReport.render(record, Protocols.seeds()), html);
  }

  @Test
  void theRunnersJustificationNeverAppears() {
    ClientRecord runner = SeedScenarios.runner();
    String justification =
        runner.transitions().stream()
            .flatMap(t -> t.justification().stream())
            .findFirst()
            .orElseThrow();
    String html = HtmlReport.render(runner, Protocols.seeds());
    for (String word : justification.split("[^A-Za-z]+")) {
      if (word.length() >= 9) {
        assertFalse(html.contains(word), word);
      }
    }
  }

  @Test
  void renderingIsAPureFunctionOfTheRecord() {
    ClientRecord office = SeedScenarios.officeWorker();
    assertEquals(
        HtmlReport.render(office, Protocols.seeds()), HtmlReport.render(office, Protocols.seeds()));
  }

  @Test
  void writeReplacesTheFileWithThePage(@TempDir Path dir) throws Exception {
    Path target = dir.resolve("hiker.html");
    Files.writeString(target, "old");
    HtmlReport.write(SeedScenarios.hiker(), Protocols.seeds(), target);
    assertEquals(
        HtmlReport.render(SeedScenarios.hiker(), Protocols.seeds()),
        Files.readString(target, StandardCharsets.UTF_8));
    try (Stream<Path> files = Files.list(dir)) {
      assertEquals(List.of(target), files.toList());
    }
  }

  @Test
  void aRecordWithoutSessionsHasNoChartsButEverySection() {
    ClientRecord hiker = SeedScenarios.hiker();
    ClientRecord empty =
        ClientRecord.builder().client(hiker.client()).intake(hiker.intake()).build();
    Document page = parse(empty);
    assertTrue(page.select("img").isEmpty());
    for (String id : HtmlReport.CHART_IDS) {
      assertEquals("p", page.getElementById(id).tagName(), id);
    }
    assertNotNull(page.getElementById(HtmlReport.BODY_MAP_ID));
    assertTrue(page.select("g.tp-marker").isEmpty());
    assertEquals("The course has not started.", page.select("#gate p").text());
    assertEquals("No stage transition has been recorded.", page.select("#transitions p").text());
  }

  @Test
  void locationsOfMusclesTheCatalogLacksAreListedInsteadOfPlaced() {
    MuscleCatalog withoutCalves =
        MuscleCatalog.of(
            "without-calves",
            "1.0",
            MuscleCatalog.standard().muscles().stream()
                .filter(m -> !m.id().equals("gastrocnemius"))
                .toList());
    Document page =
        Jsoup.parse(HtmlReport.render(SeedScenarios.hiker(), Protocols.seeds(), withoutCalves));
    assertTrue(page.select("g.tp-marker[data-muscle=gastrocnemius]").isEmpty());
    assertFalse(page.select("g.tp-marker[data-muscle=soleus]").isEmpty());
    String unplaced = page.getElementById("body-map-unplaced").text();
    assertTrue(unplaced.contains("gastrocnemius, right (medial-head)"), unplaced);
  }

  @Test
  void idsThatAreNotIdentifiersAreNotShown() {
    ClientRecord runner = SeedScenarios.runner();
    List<StageTransition> transitions = new ArrayList<>();
    for (StageTransition t : runner.transitions()) {
      transitions.add(
          t.failedCriteria().isEmpty()
              ? t
              : StageTransition.builder()
                  .from(t)
                  .failedCriteria(ImmutableList.of("<b>" + PLANTED + "</b> words"))
                  .build());
    }
    ClientRecord odd = ClientRecord.builder().from(runner).transitions(transitions).build();
    String html = HtmlReport.render(odd, Protocols.seeds());
    assertFalse(html.contains(PLANTED));
    assertTrue(html.contains("(not an identifier)"));
  }

  /** {@code record} with {@link #PLANTED} in its chief complaint, notes and adverse events. */
  static ClientRecord planted(ClientRecord record) {
    List<Session> sessions = new ArrayList<>();
    for (Session session : record.sessions()) {
      ClientResponse response =
          ClientResponse.builder()
              .from(session.response().orElse(ClientResponse.builder().build()))
              .addAdverseEvents(
                  AdverseEvent.builder()
                      .kind(AdverseEventKind.BRUISING)
                      .description(PLANTED + " bruise")
                      .build())
              .build();
      sessions.add(
          Session.builder()
              .from(session)
              .note(
                  SoapNote.builder()
                      .subjective(PLANTED + " subjective")
                      .objective(PLANTED + " objective")
                      .assessment(PLANTED + " assessment")
                      .plan(PLANTED + " plan")
                      .build())
              .response(response)
              .build());
    }
    List<StageTransition> transitions = new ArrayList<>();
    for (StageTransition t : record.transitions()) {
      transitions.add(
          t.justification().isPresent()
              ? StageTransition.builder().from(t).justification(PLANTED + " why").build()
              : t);
    }
    return ClientRecord.builder()
        .from(record)
        .intake(
            Intake.builder().from(record.intake()).chiefComplaint(PLANTED + " complaint").build())
        .sessions(sessions)
        .transitions(transitions)
        .build();
  }

  static int nonWhitePixels(BufferedImage image) {
    int count = 0;
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        if ((image.getRGB(x, y) & 0xFFFFFF) != 0xFFFFFF) {
          count++;
        }
      }
    }
    return count;
  }
}
