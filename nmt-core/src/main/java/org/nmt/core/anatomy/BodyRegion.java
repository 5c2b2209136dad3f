package org.nmt.core.anatomy;

import org.nmt.core.style.EnumIds;

/** A region of the body, coarse enough for intake screening and body maps. */
public enum BodyRegion {
  HEAD,
  JAW,
  NECK,
  SHOULDER,
  UPPER_BACK,
  CHEST,
  ABDOMEN,
  LOWER_BACK,
  UPPER_ARM,
  FOREARM,
  HAND,
  PELVIS,
  HIP,
  THIGH,
  KNEE,
  LOWER_LEG,
  FOOT;

  /** The lower-kebab-case id of this region. */
  public String id() {
    return EnumIds.id(this);
  }

  /** Returns the region whose id is {@code id}; throws {@link IllegalArgumentException} if none. */
  public static BodyRegion fromId(String id) {
    return EnumIds.parse(BodyRegion.class, id);
  }
}
