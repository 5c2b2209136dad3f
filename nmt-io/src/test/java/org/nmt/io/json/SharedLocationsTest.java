package org.nmt.io.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nmt.core.anatomy.Side;
import org.nmt.core.anatomy.TissueLocation;
import org.nmt.core.record.ClientRecord;
import org.nmt.core.scenario.SeedScenarios;

class SharedLocationsTest {
  private static final String[] MUSCLES = {
    "upper-trapezius", "levator-scapulae", "supraspinatus", "infraspinatus", "gluteus-medius"
  };
  private static final String[] SITES = {null, "tp1", "tp2"};

  private static TissueLocation location(String muscle, Side side, String site) {
    return site == null ? TissueLocation.of(muscle, side) : TissueLocation.of(muscle, side, site);
  }

  @Test
  void findsOnlyALocationOfTheSameMuscleSideAndSite() {
    SharedLocations shared = new SharedLocations();
    TissueLocation kept = shared.keep(location("supraspinatus", Side.LEFT, "tp1"));
    assertSame(kept, shared.find(new String("supraspinatus"), Side.LEFT, "tp1"));
    assertNull(shared.find("supraspinatus", Side.RIGHT, "tp1"));
    assertNull(shared.find("supraspinatus", Side.LEFT, null));
    assertNull(shared.find("supraspinatus", Side.LEFT, "tp2"));
    assertNull(shared.find("infraspinatus", Side.LEFT, "tp1"));
  }

  @Test
  void findsTheFirstInstanceOfEveryLocationKept() {
    qt().withFixedSeed(20261124L)
        .withExamples(1000)
        .forAll(
            lists()
                .of(integers().between(0, MUSCLES.length * 4 * SITES.length - 1))
                .ofSizeBetween(1, 200))
        .checkAssert(
            choices -> {
              SharedLocations shared = new SharedLocations();
              Map<TissueLocation, TissueLocation> first = new HashMap<>();
              for (int choice : choices) {
                String muscle = MUSCLES[choice % MUSCLES.length];
                Side side = Side.values()[(choice / MUSCLES.length) % 4];
                String site = SITES[choice / (MUSCLES.length * 4)];
                TissueLocation expected = location(muscle, side, site);
                TissueLocation found = shared.find(muscle, side, site);
                if (found == null) {
                  found = shared.keep(expected);
                }
                assertEquals(expected, found);
                assertSame(first.computeIfAbsent(expected, k -> expected), found);
              }
            });
  }

  @Test
  void aRecordReadHoldsOneInstanceOfEachLocation() {
    for (ClientRecord scenario : SeedScenarios.all()) {
      ClientRecord read = Documents.readRecord(Documents.toBytes(scenario));
      assertEquals(scenario, read);
      List<TissueLocation> locations = new ArrayList<>();
      read.sessions()
          .forEach(
              session -> {
                session.triggerPointExaminations().forEach(e -> locations.add(e.location()));
                session.techniques().forEach(t -> locations.add(t.target()));
              });
      for (TissueLocation a : locations) {
        for (TissueLocation b : locations) {
          if (a.equals(b)) {
            assertSame(a, b, a + " read twice");
          }
        }
      }
    }
  }
}
