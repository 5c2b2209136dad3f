package org.nmt.core.anatomy;

import org.nmt.core.style.EnumIds;

/**
 * The functional group a muscle belongs to, as therapists and the seeds group them ("calves", "hip
 * flexors", "lower back").
 */
public enum FunctionalGroup {
  CALVES,
  SHIN,
  FOOT,
  HAMSTRINGS,
  QUADRICEPS,
  ADDUCTORS,
  GLUTES,
  HIP_ROTATORS,
  HIP_FLEXORS,
  LATERAL_HIP,
  LOWER_BACK,
  ABDOMINALS,
  UPPER_BACK,
  CHEST,
  NECK,
  SUBOCCIPITALS,
  HEAD,
  JAW,
  ROTATOR_CUFF,
  SCAPULAR,
  SHOULDER,
  ARM,
  FOREARM_FLEXORS,
  FOREARM_EXTENSORS,
  HAND;

  /** The lower-kebab-case id of this group. */
  public String id() {
    return EnumIds.id(this);
  }

  /** Returns the group whose id is {@code id}; throws {@link IllegalArgumentException} if none. */
  public static FunctionalGroup fromId(String id) {
    return EnumIds.parse(FunctionalGroup.class, id);
  }
}
