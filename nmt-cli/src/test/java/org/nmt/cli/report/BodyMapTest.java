package org.nmt.cli.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.nmt.core.anatomy.BodyRegion;
import org.nmt.core.anatomy.FunctionalGroup;
import org.nmt.core.anatomy.Muscle;
import org.nmt.core.anatomy.MuscleCatalog;
import org.nmt.core.anatomy.Side;
import org.nmt.core.anatomy.TissueLocation;
import org.nmt.core.id.SessionId;
import org.nmt.core.progress.TriggerPointHistory;
import org.nmt.core.progress.TriggerPointObservation;
import org.nmt.core.progress.TriggerPointState;
import org.nmt.core.trigger.TriggerPointExamination;

class BodyMapTest {
  private static final MuscleCatalog CATALOG = MuscleCatalog.standard();
  private static final List<Muscle> MUSCLES = CATALOG.muscles();
  private static final Side[] SIDES = Side.values();

  /**
   * Asserts that every marker of {@code map} sits on the client's side of its view: on the front
   * view the client's left is on the viewer's right (x above the midline), on the back view on the
   * viewer's left; bilateral markers have a dot on each side, midline markers one on the midline.
   */
  static void assertPlacedOnTheirSides(Element map) {
    for (Element marker : map.select("g.tp-marker")) {
      String view = marker.attr("data-view");
      int midline =
          Integer.parseInt(
              map.selectFirst("g.figure[data-view=" + view + "]").attr("data-midline"));
      List<Integer> xs = new ArrayList<>();
      for (Element circle : marker.select("circle")) {
        xs.add(Integer.parseInt(circle.attr("cx")));
      }
      String where = marker.attr("data-location") + " on the " + view;
      int leftSign = view.equals("front") ? 1 : -1;
      switch (marker.attr("data-side")) {
        case "left":
          assertEquals(1, xs.size(), where);
          assertEquals(leftSign, Integer.signum(xs.get(0) - midline), where);
          break;
        case "right":
          assertEquals(1, xs.size(), where);
          assertEquals(-leftSign, Integer.signum(xs.get(0) - midline), where);
          break;
        case "bilateral":
          assertEquals(2, xs.size(), where);
          assertEquals(
              -1, Integer.signum(xs.get(0) - midline) * Integer.signum(xs.get(1) - midline));
          assertEquals(xs.get(0) - midline, midline - xs.get(1), where + " mirrored");
          break;
        case "midline":
          assertEquals(List.of(midline), xs, where);
          break;
        default:
          throw new AssertionError(where);
      }
    }
  }

  private static TriggerPointHistory history(TissueLocation location) {
    TriggerPointExamination examination =
        TriggerPointExamination.builder()
            .location(location)
            .tautBand(true)
            .hypersensitiveSpot(true)
            .referredPain(false)
            .painRecognition(true)
            .build();
    return TriggerPointHistory.of(
        List.of(
            TriggerPointObservation.of(
                Instant.parse("2026-03-02T09:00:00Z"), SessionId.of("s-1"), examination)));
  }

  private static Element render(List<TriggerPointHistory> histories) {
    return Jsoup.parse(BodyMap.svg(histories, CATALOG)).getElementById("body-map");
  }

  @Test
  void everyMuscleOnEverySideIsPlacedOnTheClientsSideOfItsView() {
    for (Muscle muscle : MUSCLES) {
      for (Side side : SIDES) {
        Element map = render(List.of(history(TissueLocation.of(muscle.id(), side))));
        assertEquals(1, map.select("g.tp-marker").size());
        assertEquals(BodyMap.view(muscle).id(), map.selectFirst("g.tp-marker").attr("data-view"));
        assertPlacedOnTheirSides(map);
      }
    }
  }

  @Test
  void theFrontViewShowsTheClientsLeftOnTheViewersRight() {
    Element map =
        render(
            List.of(
                history(TissueLocation.of("rectus-femoris", Side.LEFT)),
                history(TissueLocation.of("biceps-femoris", Side.LEFT))));
    Element front = map.selectFirst("g.tp-marker[data-muscle=rectus-femoris] circle");
    Element back = map.selectFirst("g.tp-marker[data-muscle=biceps-femoris] circle");
    assertTrue(Integer.parseInt(front.attr("cx")) > BodyMap.View.FRONT.midline);
    assertTrue(Integer.parseInt(back.attr("cx")) < BodyMap.View.BACK.midline);
    Elements letters = map.select("g.figure[data-view=front] text.side-letter");
    assertEquals("R", letters.get(0).text());
    assertTrue(Integer.parseInt(letters.get(0).attr("x")) < BodyMap.View.FRONT.midline);
  }

  @Test
  void theViewTableCoversEveryGroupAndNamesOnlyCatalogMuscles() {
    assertEquals(EnumSet.allOf(FunctionalGroup.class), BodyMap.VIEW_BY_GROUP.keySet());
    assertEquals(EnumSet.allOf(BodyRegion.class), BodyMap.ANCHORS.keySet());
    for (String id : BodyMap.VIEW_BY_MUSCLE.keySet()) {
      assertTrue(CATALOG.contains(id), id);
      assertTrue(
          BodyMap.VIEW_BY_MUSCLE.get(id) != BodyMap.VIEW_BY_GROUP.get(CATALOG.get(id).group()),
          id + " is an exception to its group");
    }
    Map<String, BodyMap.View> expected =
        Map.ofEntries(
            Map.entry("gastrocnemius", BodyMap.View.BACK),
            Map.entry("soleus", BodyMap.View.BACK),
            Map.entry("biceps-femoris", BodyMap.View.BACK),
            Map.entry("gluteus-maximus", BodyMap.View.BACK),
            Map.entry("erector-spinae", BodyMap.View.BACK),
            Map.entry("upper-trapezius", BodyMap.View.BACK),
            Map.entry("infraspinatus", BodyMap.View.BACK),
            Map.entry("suboccipitals", BodyMap.View.BACK),
            Map.entry("rectus-femoris", BodyMap.View.FRONT),
            Map.entry("tibialis-anterior", BodyMap.View.FRONT),
            Map.entry("pectoralis-major", BodyMap.View.FRONT),
            Map.entry("sternocleidomastoid", BodyMap.View.FRONT),
            Map.entry("masseter", BodyMap.View.FRONT),
            Map.entry("rectus-abdominis", BodyMap.View.FRONT));
    expected.forEach((id, view) -> assertEquals(view, BodyMap.view(CATALOG.get(id)), id));
  }

  @Test
  void anySetOfLocationsGetsOneMarkerEachOnItsSideAndNoDotsOverlap() {
    qt().withFixedSeed(20261124L)
        .withExamples(500)
        .forAll(
            lists()
                .of(integers().between(0, MUSCLES.size() * SIDES.length - 1))
                .ofSizeBetween(0, 40))
        .checkAssert(
            picks -> {
              Set<TissueLocation> locations = new LinkedHashSet<>();
              for (int pick : picks) {
                locations.add(
                    TissueLocation.of(
                        MUSCLES.get(pick / SIDES.length).id(), SIDES[pick % SIDES.length]));
              }
              List<TriggerPointHistory> histories = new ArrayList<>();
              locations.forEach(l -> histories.add(history(l)));
              Element map = render(histories);
              assertEquals(locations.size(), map.select("g.tp-marker").size());
              assertPlacedOnTheirSides(map);
              for (String view : List.of("front", "back")) {
                List<int[]> dots = new ArrayList<>();
                for (Element c : map.select("g.tp-marker[data-view=" + view + "] circle")) {
                  dots.add(
                      new int[] {Integer.parseInt(c.attr("cx")), Integer.parseInt(c.attr("cy"))});
                }
                for (int i = 0; i < dots.size(); i++) {
                  for (int j = i + 1; j < dots.size(); j++) {
                    int dx = dots.get(i)[0] - dots.get(j)[0];
                    int dy = dots.get(i)[1] - dots.get(j)[1];
                    assertTrue(
                        dx * dx + dy * dy >= 100, view + ": dots " + i + " and " + j + " overlap");
                  }
                }
              }
            });
  }

  @Test
  void markersAreColouredByState() {
    assertEquals("active", BodyMap.stateClass(TriggerPointState.ACTIVE));
    assertEquals("latent", BodyMap.stateClass(TriggerPointState.LATENT));
    assertEquals("clear", BodyMap.stateClass(TriggerPointState.RESOLVED));
    assertEquals("clear", BodyMap.stateClass(TriggerPointState.NEVER_CONFIRMED));
  }
}
