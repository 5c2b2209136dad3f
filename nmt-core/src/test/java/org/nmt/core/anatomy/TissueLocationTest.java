package org.nmt.core.anatomy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TissueLocationTest {
  @Test
  void wholeMuscleHasNoSite() {
    TissueLocation location = TissueLocation.of("gastrocnemius", Side.LEFT);
    assertEquals("gastrocnemius", location.muscleId());
    assertEquals(Side.LEFT, location.side());
    assertTrue(location.siteId().isEmpty());
    assertEquals("gastrocnemius/left", location.toString());
    assertSame(location, location.wholeMuscle());
  }

  @Test
  void siteIsKeptAndCanBeDropped() {
    TissueLocation location = TissueLocation.of("gastrocnemius", Side.RIGHT, "medial-head");
    assertEquals("medial-head", location.siteId().orElseThrow());
    assertEquals("gastrocnemius/right/medial-head", location.toString());
    assertEquals(TissueLocation.of("gastrocnemius", Side.RIGHT), location.wholeMuscle());
    assertNotEquals(location, location.wholeMuscle());
  }

  @Test
  void aBilateralLocationIsTheSamePlaceOnTheLeftAndOnTheRight() {
    assertEquals(
        List.of(
            TissueLocation.of("upper-trapezius", Side.LEFT, "upper-fibres"),
            TissueLocation.of("upper-trapezius", Side.RIGHT, "upper-fibres")),
        TissueLocation.of("upper-trapezius", Side.BILATERAL, "upper-fibres").perSide());
    assertEquals(
        List.of(
            TissueLocation.of("splenius-capitis", Side.LEFT),
            TissueLocation.of("splenius-capitis", Side.RIGHT)),
        TissueLocation.of("splenius-capitis", Side.BILATERAL).perSide());
  }

  @Test
  void anyOtherLocationIsItsOwnSide() {
    for (Side side : List.of(Side.LEFT, Side.RIGHT, Side.MIDLINE)) {
      TissueLocation whole = TissueLocation.of("gastrocnemius", side);
      assertEquals(1, whole.perSide().size());
      assertSame(whole, whole.perSide().get(0));
      TissueLocation site = TissueLocation.of("gastrocnemius", side, "medial-head");
      assertSame(site, site.perSide().get(0));
    }
  }

  @Test
  void perSideKeepsMuscleAndSiteAndCoversExactlyTheLocation() {
    List<Muscle> muscles = MuscleCatalog.standard().muscles();
    qt().withFixedSeed(20261124L)
        .withExamples(500)
        .forAll(integers().between(0, muscles.size() - 1), integers().between(0, 3))
        .check(
            (i, s) -> {
              Muscle muscle = muscles.get(i);
              Side side = Side.values()[s];
              List<TissueLocation> locations = new ArrayList<>();
              locations.add(TissueLocation.of(muscle.id(), side));
              for (TriggerPointSite site : muscle.triggerPointSites()) {
                locations.add(TissueLocation.of(muscle.id(), side, site.id()));
              }
              for (TissueLocation location : locations) {
                List<TissueLocation> sides = location.perSide();
                boolean ok =
                    sides.size() == (side == Side.BILATERAL ? 2 : 1)
                        && sides.stream().distinct().count() == sides.size();
                for (TissueLocation one : sides) {
                  ok &=
                      one.muscleId().equals(location.muscleId())
                          && one.siteId().equals(location.siteId())
                          && one.side() != Side.BILATERAL
                          && side.covers(one.side());
                }
                if (!ok) {
                  return false;
                }
              }
              return true;
            });
  }

  @Test
  void rejectsMalformedMuscleIds() {
    for (String id : List.of("Gastrocnemius", "medial head", "")) {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> TissueLocation.of(id, Side.LEFT));
      assertEquals(
          "muscleId must be a lower-kebab slug of at most 64 characters: '" + id + "'",
          e.getMessage());
    }
  }

  @Test
  void rejectsMalformedSiteIds() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> TissueLocation.of("gastrocnemius", Side.LEFT, "Medial Head"));
    assertEquals(
        "siteId must be a lower-kebab slug of at most 64 characters: 'Medial Head'",
        e.getMessage());
  }

  @Test
  void equalLocationsOfEveryStandardSiteAreEqualAndPrintTheirParts() {
    List<Muscle> muscles = MuscleCatalog.standard().muscles();
    qt().withFixedSeed(20261124L)
        .withExamples(500)
        .forAll(integers().between(0, muscles.size() - 1), integers().between(0, 3))
        .check(
            (i, s) -> {
              Muscle muscle = muscles.get(i);
              Side side = Side.values()[s];
              TissueLocation whole = TissueLocation.of(muscle.id(), side);
              boolean ok =
                  whole.equals(TissueLocation.of(muscle.id(), side))
                      && whole.toString().equals(muscle.id() + "/" + side.id());
              for (TriggerPointSite site : muscle.triggerPointSites()) {
                TissueLocation at = TissueLocation.of(muscle.id(), side, site.id());
                ok &=
                    at.wholeMuscle().equals(whole)
                        && at.toString().equals(whole + "/" + site.id())
                        && at.hashCode()
                            == TissueLocation.of(muscle.id(), side, site.id()).hashCode();
              }
              return ok;
            });
  }

  @Test
  void aCatalogMuscleIdIsTheCatalogsOwnStringAndEverythingElseIsKept() {
    List<Muscle> muscles = MuscleCatalog.standard().muscles();
    qt().withFixedSeed(20261124L)
        .withExamples(1000)
        .forAll(integers().between(0, muscles.size() - 1), integers().between(0, 2))
        .checkAssert(
            (index, variant) -> {
              Muscle muscle = muscles.get(index);
              // a copy, as a document reader makes one
              String read = new String(muscle.id().toCharArray());
              TissueLocation location =
                  variant == 0
                      ? TissueLocation.of(read, Side.LEFT)
                      : TissueLocation.of(read, Side.RIGHT, "tp" + variant);
              assertSame(muscle.id(), location.muscleId());
              assertEquals(read, location.muscleId());
              String unknown = new String((muscle.id() + "-x" + variant).toCharArray());
              assertSame(unknown, TissueLocation.of(unknown, Side.LEFT).muscleId());
            });
  }

  @Test
  void orderIsByMuscleThenSideThenSiteAndConsistentWithEquals() {
    String[] muscles = {"infraspinatus", "supraspinatus", "upper-trapezius"};
    String[] sites = {null, "tp1", "tp2"};
    List<TissueLocation> all = new ArrayList<>();
    for (String muscle : muscles) {
      for (Side side : Side.values()) {
        for (String site : sites) {
          all.add(
              site == null
                  ? TissueLocation.of(muscle, side)
                  : TissueLocation.of(muscle, side, site));
        }
      }
    }
    // built in the order expected, so each location comes before every later one
    for (int i = 0; i < all.size(); i++) {
      for (int j = 0; j < all.size(); j++) {
        assertEquals(
            Integer.signum(Integer.compare(i, j)),
            Integer.signum(TissueLocation.ORDER.compare(all.get(i), all.get(j))),
            all.get(i) + " vs " + all.get(j));
        assertEquals(i == j, all.get(i).equals(all.get(j)));
      }
    }
  }
}
