package org.nmt.core.client;

import org.nmt.core.style.EnumIds;

/**
 * A contraindication or precaution an intake screens for, with its category (NCCIH, Mayo Clinic and
 * clinic screening forms, via the project's clinical reference).
 */
public enum ScreeningItem {
  FEVER(ScreeningCategory.POSTPONE),
  CONTAGIOUS_OR_SYSTEMIC_INFECTION(ScreeningCategory.POSTPONE),
  SUSPECTED_DEEP_VEIN_THROMBOSIS(ScreeningCategory.POSTPONE),
  UNSTABLE_HYPERTENSION(ScreeningCategory.POSTPONE),
  ACUTE_CONDITION_NEEDING_MEDICAL_CARE(ScreeningCategory.POSTPONE),

  OPEN_OR_HEALING_WOUND(ScreeningCategory.AVOID_LOCAL_AREA),
  BURN(ScreeningCategory.AVOID_LOCAL_AREA),
  SKIN_INFECTION(ScreeningCategory.AVOID_LOCAL_AREA),
  FRACTURE(ScreeningCategory.AVOID_LOCAL_AREA),
  RECENT_SURGERY(ScreeningCategory.AVOID_LOCAL_AREA),
  ACUTE_INFLAMMATION(ScreeningCategory.AVOID_LOCAL_AREA),
  VARICOSE_VEINS_OR_PHLEBITIS(ScreeningCategory.AVOID_LOCAL_AREA),
  ANEURYSM(ScreeningCategory.AVOID_LOCAL_AREA),
  TUMOUR(ScreeningCategory.AVOID_LOCAL_AREA),

  ANTICOAGULANTS(ScreeningCategory.NO_DEEP_PRESSURE),
  BLEEDING_DISORDER(ScreeningCategory.NO_DEEP_PRESSURE),
  LOW_PLATELETS(ScreeningCategory.NO_DEEP_PRESSURE),
  SEVERE_OSTEOPOROSIS(ScreeningCategory.NO_DEEP_PRESSURE),

  CANCER(ScreeningCategory.NEEDS_CLEARANCE),
  PREGNANCY(ScreeningCategory.NEEDS_CLEARANCE),
  UNEXPLAINED_PAIN(ScreeningCategory.NEEDS_CLEARANCE);

  private final ScreeningCategory category;

  ScreeningItem(ScreeningCategory category) {
    this.category = category;
  }

  /** The lower-kebab-case id. */
  public String id() {
    return EnumIds.id(this);
  }

  /** What the item calls for. */
  public ScreeningCategory category() {
    return category;
  }

  /** Returns the item whose id is {@code id}; throws {@link IllegalArgumentException} if none. */
  public static ScreeningItem fromId(String id) {
    return EnumIds.parse(ScreeningItem.class, id);
  }
}
