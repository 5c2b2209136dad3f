package org.nmt.core.assessment;

import org.nmt.core.style.EnumIds;

/**
 * An anatomical plane. Seed 002 defines postural distortion as the body moving off the coronal,
 * midsagittal or horizontal planes; a structural evaluation looks at all three.
 */
public enum Plane {
  /** Sagittal (the midsagittal plane divides left from right): forward head, kyphosis, lordosis. */
  SAGITTAL,
  /** Coronal or frontal (divides front from back): scoliosis, leg length, shoulder height. */
  CORONAL,
  /** Transverse or horizontal (divides top from bottom): pelvic and trunk rotation. */
  TRANSVERSE;

  /** The lower-kebab-case id. */
  public String id() {
    return EnumIds.id(this);
  }
}
