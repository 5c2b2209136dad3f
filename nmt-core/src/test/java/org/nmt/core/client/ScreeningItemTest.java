package org.nmt.core.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The items and categories of the "Intake screening" table of the project's clinical reference. */
class ScreeningItemTest {
  private static List<ScreeningItem> inCategory(ScreeningCategory category) {
    return Stream.of(ScreeningItem.values()).filter(i -> i.category() == category).toList();
  }

  @Test
  void postponeTheSession() {
    assertEquals(
        List.of(
            ScreeningItem.FEVER,
            ScreeningItem.CONTAGIOUS_OR_SYSTEMIC_INFECTION,
            ScreeningItem.SUSPECTED_DEEP_VEIN_THROMBOSIS,
            ScreeningItem.UNSTABLE_HYPERTENSION,
            ScreeningItem.ACUTE_CONDITION_NEEDING_MEDICAL_CARE),
        inCategory(ScreeningCategory.POSTPONE));
  }

  @Test
  void avoidTheLocalArea() {
    assertEquals(
        List.of(
            ScreeningItem.OPEN_OR_HEALING_WOUND,
            ScreeningItem.BURN,
            ScreeningItem.SKIN_INFECTION,
            ScreeningItem.FRACTURE,
            ScreeningItem.RECENT_SURGERY,
            ScreeningItem.ACUTE_INFLAMMATION,
            ScreeningItem.VARICOSE_VEINS_OR_PHLEBITIS,
            ScreeningItem.ANEURYSM,
            ScreeningItem.TUMOUR),
        inCategory(ScreeningCategory.AVOID_LOCAL_AREA));
  }

  @Test
  void noDeepOrForcefulPressure() {
    assertEquals(
        List.of(
            ScreeningItem.ANTICOAGULANTS,
            ScreeningItem.BLEEDING_DISORDER,
            ScreeningItem.LOW_PLATELETS,
            ScreeningItem.SEVERE_OSTEOPOROSIS),
        inCategory(ScreeningCategory.NO_DEEP_PRESSURE));
  }

  @Test
  void needsClearance() {
    assertEquals(
        List.of(ScreeningItem.CANCER, ScreeningItem.PREGNANCY, ScreeningItem.UNEXPLAINED_PAIN),
        inCategory(ScreeningCategory.NEEDS_CLEARANCE));
  }

  @Test
  void theFourListsCoverEveryItem() {
    assertEquals(21, ScreeningItem.values().length);
    assertEquals(
        List.of("postpone", "avoid-local-area", "no-deep-pressure", "needs-clearance"),
        Stream.of(ScreeningCategory.values()).map(ScreeningCategory::id).toList());
  }

  @Test
  void fromIdFindsEachItem() {
    for (ScreeningItem item : ScreeningItem.values()) {
      assertSame(item, ScreeningItem.fromId(item.id()));
    }
    assertSame(
        ScreeningItem.SUSPECTED_DEEP_VEIN_THROMBOSIS,
        ScreeningItem.fromId("suspected-deep-vein-thrombosis"));
  }

  @Test
  void fromIdRejectsAnUnknownId() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> ScreeningItem.fromId("dvt"));
    assertEquals("unknown ScreeningItem id: 'dvt'", e.getMessage());
  }
}
