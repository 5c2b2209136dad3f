package org.nmt.core.progress;

import java.util.Comparator;
import org.immutables.value.Value;
import org.nmt.core.assessment.Joint;
import org.nmt.core.assessment.MotionMode;
import org.nmt.core.assessment.Movement;
import org.nmt.core.style.NmtStyle;

/**
 * A movement of a joint measured actively or passively, on either side: the key of a side-to-side
 * comparison.
 *
 * <p>Ordered by joint, movement and mode, in declaration order. Immutable and thread-safe.
 */
@Value.Immutable(builder = false)
@NmtStyle
public abstract class MotionKey implements Comparable<MotionKey> {
  private static final Comparator<MotionKey> ORDER =
      Comparator.comparing(MotionKey::joint)
          .thenComparing(MotionKey::movement)
          .thenComparing(MotionKey::mode);

  MotionKey() {}

  /** The joint. */
  @Value.Parameter
  public abstract Joint joint();

  /** The movement. */
  @Value.Parameter
  public abstract Movement movement();

  /** Active or passive. */
  @Value.Parameter
  public abstract MotionMode mode();

  /** The key of {@code movement} of {@code joint} measured in {@code mode}. */
  public static MotionKey of(Joint joint, Movement movement, MotionMode mode) {
    return ImmutableMotionKey.of(joint, movement, mode);
  }

  @Override
  public int compareTo(MotionKey other) {
    return ORDER.compare(this, other);
  }

  @Override
  public String toString() {
    return joint().id() + "/" + movement().id() + "/" + mode().id();
  }
}
