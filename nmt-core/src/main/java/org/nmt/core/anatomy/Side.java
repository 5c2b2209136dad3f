package org.nmt.core.anatomy;

import org.nmt.core.style.EnumIds;

/** The side of the body a finding, a measurement or a treatment concerns. */
public enum Side {
  LEFT,
  RIGHT,
  /** Both sides. */
  BILATERAL,
  /** On the midline, for unpaired structures (the diaphragm, a spinal segment). */
  MIDLINE;

  /** The lower-kebab-case id of this side. */
  public String id() {
    return EnumIds.id(this);
  }

  /** Returns the side whose id is {@code id}; throws {@link IllegalArgumentException} if none. */
  public static Side fromId(String id) {
    return EnumIds.parse(Side.class, id);
  }

  /** Whether this side covers {@code other}: bilateral covers left and right. */
  public boolean covers(Side other) {
    return this == other || (this == BILATERAL && (other == LEFT || other == RIGHT));
  }

  /** The opposite side of a paired structure; {@code this} for bilateral and midline. */
  public Side opposite() {
    switch (this) {
      case LEFT:
        return RIGHT;
      case RIGHT:
        return LEFT;
      default:
        return this;
    }
  }
}
