package org.nmt.core.assessment;

import org.nmt.core.style.EnumIds;

/** A movement of a joint. */
public enum Movement {
  FLEXION,
  EXTENSION,
  LATERAL_FLEXION,
  ROTATION,
  ABDUCTION,
  ADDUCTION,
  INTERNAL_ROTATION,
  EXTERNAL_ROTATION,
  PRONATION,
  SUPINATION,
  RADIAL_DEVIATION,
  ULNAR_DEVIATION,
  DORSIFLEXION,
  PLANTARFLEXION,
  INVERSION,
  EVERSION;

  /** The lower-kebab-case id. */
  public String id() {
    return EnumIds.id(this);
  }
}
