package org.nmt.core.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.nmt.core.anatomy.BodyRegion;
import org.nmt.core.anatomy.Side;

class ScreeningFindingTest {
  private static final long SEED = 20261124L;
  private static final LocalDate DAY = LocalDate.of(2026, 3, 10);

  @Test
  void ofMakesAFindingWithoutAnArea() {
    ScreeningFinding finding = ScreeningFinding.of(ScreeningItem.FEVER);
    assertEquals(ScreeningItem.FEVER, finding.item());
    assertEquals(ScreeningCategory.POSTPONE, finding.category());
    assertTrue(finding.region().isEmpty());
    assertTrue(finding.side().isEmpty());
    assertTrue(finding.clearance().isEmpty());
    assertTrue(finding.resolvedOn().isEmpty());
  }

  @Test
  void avoidMakesAFindingWithItsArea() {
    ScreeningFinding finding =
        ScreeningFinding.avoid(ScreeningItem.BURN, BodyRegion.FOREARM, Side.LEFT);
    assertEquals(ScreeningCategory.AVOID_LOCAL_AREA, finding.category());
    assertEquals(BodyRegion.FOREARM, finding.region().orElseThrow());
    assertEquals(Side.LEFT, finding.side().orElseThrow());
  }

  @Test
  void anAvoidLocalAreaItemRequiresARegion() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> ScreeningFinding.of(ScreeningItem.BURN));
    assertEquals(
        "screening item burn: region is required for an avoid-local-area item", e.getMessage());
  }

  @Test
  void anAvoidLocalAreaItemRequiresASide() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                ScreeningFinding.builder()
                    .item(ScreeningItem.FRACTURE)
                    .region(BodyRegion.LOWER_LEG)
                    .build());
    assertEquals(
        "screening item fracture: side is required for an avoid-local-area item", e.getMessage());
  }

  @Test
  void otherItemsRejectARegion() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> ScreeningFinding.avoid(ScreeningItem.FEVER, BodyRegion.HEAD, Side.MIDLINE));
    assertEquals("screening item fever: region is only for avoid-local-area items", e.getMessage());
  }

  @Test
  void otherItemsRejectASide() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                ScreeningFinding.builder()
                    .item(ScreeningItem.ANTICOAGULANTS)
                    .side(Side.RIGHT)
                    .build());
    assertEquals(
        "screening item anticoagulants: side is only for avoid-local-area items", e.getMessage());
  }

  @Test
  void everyItemNeedsAnAreaIffItIsAnAvoidLocalAreaItem() {
    for (ScreeningItem item : ScreeningItem.values()) {
      if (item.category() == ScreeningCategory.AVOID_LOCAL_AREA) {
        assertEquals(
            BodyRegion.HAND,
            ScreeningFinding.avoid(item, BodyRegion.HAND, Side.RIGHT).region().orElseThrow());
        IllegalArgumentException e =
            assertThrows(IllegalArgumentException.class, () -> ScreeningFinding.of(item));
        assertEquals(
            "screening item " + item.id() + ": region is required for an avoid-local-area item",
            e.getMessage());
      } else {
        assertEquals(item, ScreeningFinding.of(item).item());
        IllegalArgumentException e =
            assertThrows(
                IllegalArgumentException.class,
                () -> ScreeningFinding.avoid(item, BodyRegion.HAND, Side.RIGHT));
        assertEquals(
            "screening item " + item.id() + ": region is only for avoid-local-area items",
            e.getMessage());
      }
    }
  }

  @Test
  void clearanceOnlyForItemsThatNeedIt() {
    for (ScreeningItem item : ScreeningItem.values()) {
      ScreeningFinding.Builder builder = ScreeningFinding.builder();
      builder.item(item).clearance(Clearance.givenOn(DAY));
      if (item.category() == ScreeningCategory.AVOID_LOCAL_AREA) {
        builder.region(BodyRegion.KNEE).side(Side.LEFT);
      }
      if (item.category() == ScreeningCategory.NEEDS_CLEARANCE) {
        assertEquals(DAY, builder.build().clearance().orElseThrow().givenOn());
      } else {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, builder::build);
        assertEquals(
            "screening item " + item.id() + ": clearance is only for items that need clearance",
            e.getMessage());
      }
    }
  }

  @Test
  void appliesUntilTheDayBeforeItResolved() {
    ScreeningFinding finding =
        ScreeningFinding.builder().item(ScreeningItem.FEVER).resolvedOn(DAY).build();
    assertTrue(finding.appliesOn(DAY.minusDays(30)));
    assertTrue(finding.appliesOn(DAY.minusDays(1)));
    assertFalse(finding.appliesOn(DAY));
    assertFalse(finding.appliesOn(DAY.plusDays(1)));
  }

  @Test
  void anUnresolvedItemAppliesEveryDay() {
    ScreeningFinding finding = ScreeningFinding.of(ScreeningItem.PREGNANCY);
    assertTrue(finding.appliesOn(LocalDate.MIN));
    assertTrue(finding.appliesOn(DAY));
    assertTrue(finding.appliesOn(LocalDate.MAX));
  }

  @Test
  void appliesIffTheDayIsBeforeTheResolution() {
    qt().withFixedSeed(SEED)
        .withExamples(1000)
        .forAll(integers().between(-400, 400), integers().between(-400, 400))
        .checkAssert(
            (resolvedOffset, dayOffset) -> {
              ScreeningFinding finding =
                  ScreeningFinding.builder()
                      .item(ScreeningItem.UNSTABLE_HYPERTENSION)
                      .resolvedOn(DAY.plusDays(resolvedOffset))
                      .build();
              assertEquals(dayOffset < resolvedOffset, finding.appliesOn(DAY.plusDays(dayOffset)));
            });
  }

  @Test
  void isClearedFromTheDayClearanceWasGiven() {
    ScreeningFinding finding =
        ScreeningFinding.builder()
            .item(ScreeningItem.CANCER)
            .clearance(Clearance.givenOn(DAY))
            .build();
    assertFalse(finding.isClearedOn(DAY.minusDays(1)));
    assertTrue(finding.isClearedOn(DAY));
    assertTrue(finding.isClearedOn(DAY.plusDays(1)));
  }

  @Test
  void isNeverClearedWithoutClearance() {
    ScreeningFinding finding = ScreeningFinding.of(ScreeningItem.UNEXPLAINED_PAIN);
    assertFalse(finding.isClearedOn(DAY));
    assertFalse(finding.isClearedOn(LocalDate.MAX));
    assertFalse(ScreeningFinding.of(ScreeningItem.FEVER).isClearedOn(DAY));
  }

  @Test
  void isClearedIffTheDayIsNotBeforeTheClearance() {
    qt().withFixedSeed(SEED)
        .withExamples(1000)
        .forAll(integers().between(-400, 400), integers().between(-400, 400))
        .checkAssert(
            (givenOffset, dayOffset) -> {
              ScreeningFinding finding =
                  ScreeningFinding.builder()
                      .item(ScreeningItem.PREGNANCY)
                      .clearance(Clearance.givenOn(DAY.plusDays(givenOffset)))
                      .build();
              assertEquals(dayOffset >= givenOffset, finding.isClearedOn(DAY.plusDays(dayOffset)));
            });
  }

  @Test
  void clearanceHoldsItsDay() {
    assertEquals(DAY, Clearance.givenOn(DAY).givenOn());
    assertEquals(Clearance.givenOn(DAY), Clearance.givenOn(LocalDate.of(2026, 3, 10)));
  }
}
