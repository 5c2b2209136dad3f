package org.nmt.core.technique;

import org.nmt.core.style.EnumIds;

/**
 * The techniques of NMT named in the seeds. What each serves and how it is dosed is reference data
 * in {@link TechniqueCatalog}.
 */
public enum Technique {
  TRIGGER_POINT_PRESSURE_RELEASE("Trigger point pressure release"),
  ISCHEMIC_COMPRESSION("Ischemic compression"),
  MUSCLE_ENERGY_TECHNIQUE("Muscle energy technique"),
  POSITIONAL_RELEASE("Positional release"),
  MYOFASCIAL_RELEASE("Myofascial release"),
  CRANIOSACRAL_THERAPY("Craniosacral therapy"),
  ORTHO_BIONOMY("Ortho-Bionomy"),
  FRICTION("Friction"),
  PASSIVE_STRETCHING("Passive stretching"),
  ACTIVE_STRETCHING("Active stretching"),
  POSTURAL_RE_EDUCATION("Postural re-education"),
  STRENGTHENING_EXERCISE("Strengthening exercise"),
  ENDURANCE_EXERCISE("Endurance exercise");

  private final String title;

  Technique(String title) {
    this.title = title;
  }

  /** The lower-kebab-case id ({@code "ischemic-compression"}). */
  public String id() {
    return EnumIds.id(this);
  }

  /** The name as a therapist writes it. */
  public String title() {
    return title;
  }

  /**
   * Returns the technique whose id is {@code id}; throws {@link IllegalArgumentException} if none.
   */
  public static Technique fromId(String id) {
    return EnumIds.parse(Technique.class, id);
  }
}
