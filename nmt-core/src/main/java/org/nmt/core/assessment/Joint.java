package org.nmt.core.assessment;

import org.nmt.core.style.EnumIds;

/** A joint or spinal region whose range of motion is measured. */
public enum Joint {
  CERVICAL,
  SHOULDER,
  ELBOW,
  FOREARM,
  WRIST,
  LUMBAR,
  HIP,
  KNEE,
  ANKLE;

  /** The lower-kebab-case id. */
  public String id() {
    return EnumIds.id(this);
  }

  /** Whether the joint is a spinal region, measured on the midline rather than per side. */
  public boolean isSpinal() {
    return this == CERVICAL || this == LUMBAR;
  }
}
