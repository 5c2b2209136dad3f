package org.nmt.core.client;

import org.nmt.core.style.EnumIds;

/** A presenting condition from the seeds' list of what NMT treats (seeds 001–004). */
public enum Condition {
  CHRONIC_BACK_PAIN("Chronic back pain"),
  LOW_BACK_PAIN("Low back pain"),
  CHRONIC_NECK_PAIN("Chronic neck pain"),
  CHRONIC_SHOULDER_PAIN("Chronic shoulder pain"),
  SCIATICA("Sciatica"),
  NERVE_ENTRAPMENT("Nerve compression or entrapment"),
  TMJ_DYSFUNCTION("Temporomandibular joint (TMJ) dysfunction"),
  CARPAL_TUNNEL_SYNDROME("Carpal tunnel syndrome"),
  FIBROMYALGIA("Fibromyalgia"),
  MYOFASCIAL_PAIN_SYNDROME("Myofascial pain syndrome"),
  TENSION_HEADACHE("Tension headache"),
  PLANTAR_FASCIITIS("Plantar fasciitis"),
  SPORTS_INJURY("Sports injury"),
  REPETITIVE_STRAIN_INJURY("Repetitive strain injury"),
  POSTURAL_DISTORTION("Postural distortion"),
  BIOMECHANICAL_DYSFUNCTION("Biomechanical dysfunction"),
  KNEE_PAIN("Knee pain"),
  ILIOTIBIAL_BAND_SYNDROME("Iliotibial band syndrome");

  private final String title;

  Condition(String title) {
    this.title = title;
  }

  /** The lower-kebab-case id. */
  public String id() {
    return EnumIds.id(this);
  }

  /** The condition's name. */
  public String title() {
    return title;
  }

  /**
   * Returns the condition whose id is {@code id}; throws {@link IllegalArgumentException} if none.
   */
  public static Condition fromId(String id) {
    return EnumIds.parse(Condition.class, id);
  }
}
