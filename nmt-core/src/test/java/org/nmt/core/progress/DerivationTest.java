package org.nmt.core.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import com.google.common.collect.Comparators;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.nmt.core.anatomy.Side;
import org.nmt.core.anatomy.TissueLocation;

class DerivationTest {
  /** The order as the JDK's comparator combinators state it: the reference of the written one. */
  private static final Comparator<TissueLocation> REFERENCE =
      Comparator.comparing(TissueLocation::muscleId)
          .thenComparing(TissueLocation::side)
          .thenComparing(
              TissueLocation::siteId, Comparators.emptiesFirst(Comparator.<String>naturalOrder()));

  private static final List<String> MUSCLES =
      List.of("gluteus-medius", "gluteus-minimus", "psoas", "soleus", "trapezius");
  private static final List<String> SITES = List.of("tp1", "tp2", "upper-fibres");

  private static TissueLocation location(int muscle, int side, int site) {
    Side on = Side.values()[side];
    return site == SITES.size()
        ? TissueLocation.of(MUSCLES.get(muscle), on)
        : TissueLocation.of(MUSCLES.get(muscle), on, SITES.get(site));
  }

  @Test
  void locationOrderIsTheReferenceOrder() {
    int sides = Side.values().length;
    qt().withFixedSeed(20261124L)
        .withExamples(2000)
        .forAll(
            integers().between(0, MUSCLES.size() * sides * (SITES.size() + 1) - 1),
            integers().between(0, MUSCLES.size() * sides * (SITES.size() + 1) - 1))
        .check(
            (x, y) -> {
              TissueLocation a = decode(x, sides);
              TissueLocation b = decode(y, sides);
              return Integer.signum(Derivation.LOCATION_ORDER.compare(a, b))
                  == Integer.signum(REFERENCE.compare(a, b));
            });
  }

  @Test
  void theWholeMuscleComesBeforeItsSites() {
    TissueLocation whole = TissueLocation.of("psoas", Side.LEFT);
    TissueLocation site = TissueLocation.of("psoas", Side.LEFT, "tp1");
    assertEquals(-1, Integer.signum(Derivation.LOCATION_ORDER.compare(whole, site)));
    assertEquals(1, Integer.signum(Derivation.LOCATION_ORDER.compare(site, whole)));
    assertEquals(
        0, Derivation.LOCATION_ORDER.compare(site, TissueLocation.of("psoas", Side.LEFT, "tp1")));
  }

  private static TissueLocation decode(int code, int sides) {
    int site = code % (SITES.size() + 1);
    int side = (code / (SITES.size() + 1)) % sides;
    int muscle = code / ((SITES.size() + 1) * sides);
    return location(muscle, side, site);
  }

  @Test
  void inTimeOrderIsTheStableSortOfThePoints() {
    // days 0..4, so equal times are frequent; each point's value is its position, so a sort
    // that reordered points at the same time would be seen
    qt().withFixedSeed(20261124L)
        .withExamples(1000)
        .forAll(lists().of(integers().between(0, 4)).ofSizeBetween(0, 8))
        .check(
            days -> {
              List<DataPoint> points = new ArrayList<>();
              for (int i = 0; i < days.size(); i++) {
                points.add(
                    DataPoint.of(Fixtures.day(days.get(i)), i, Optional.empty(), Optional.empty()));
              }
              List<DataPoint> sorted = new ArrayList<>(points);
              sorted.sort(Comparator.comparing(DataPoint::time));
              return Derivation.inTimeOrder(points).equals(sorted);
            });
  }
}
