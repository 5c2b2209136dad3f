package org.nmt.core.client;

import org.nmt.core.style.EnumIds;

/** What a client does that loads the body, as the seeds describe their clients. */
public enum ActivityProfile {
  /** Seed 000: steep climbs, rocky descents, long miles; legs, hips and lower back. */
  HIKER,
  /** Seed 004: long-distance runners rely on the same muscles over and over. */
  RUNNER,
  /** Seed 004: triathletes. */
  TRIATHLETE,
  /** Seeds 001 and 003: athletes and sports injuries. */
  ATHLETE,
  /** Seed 001: sits for long hours. */
  OFFICE_WORKER,
  /** Seed 001: performs repetitive tasks. */
  REPETITIVE_TASK_WORKER,
  /** Seed 001: recovering from injury or surgery. */
  RECOVERING_FROM_INJURY,
  OTHER;

  /** The lower-kebab-case id. */
  public String id() {
    return EnumIds.id(this);
  }

  /**
   * Returns the profile whose id is {@code id}; throws {@link IllegalArgumentException} if none.
   */
  public static ActivityProfile fromId(String id) {
    return EnumIds.parse(ActivityProfile.class, id);
  }
}
