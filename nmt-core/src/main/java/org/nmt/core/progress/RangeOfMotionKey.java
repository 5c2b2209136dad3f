package org.nmt.core.progress;

import java.util.Comparator;
import org.immutables.value.Value;
import org.nmt.core.anatomy.Side;
import org.nmt.core.assessment.Joint;
import org.nmt.core.assessment.MotionMode;
import org.nmt.core.assessment.Movement;
import org.nmt.core.assessment.RangeOfMotionMeasurement;
import org.nmt.core.style.NmtStyle;

/**
 * A movement of a joint on one side, measured actively or passively: the key of a range-of-motion
 * series.
 *
 * <p>Ordered by joint, movement, side and mode, in declaration order. Immutable and thread-safe.
 */
@Value.Immutable(builder = false)
@NmtStyle
public abstract class RangeOfMotionKey implements Comparable<RangeOfMotionKey> {
  private static final Comparator<RangeOfMotionKey> ORDER =
      Comparator.comparing(RangeOfMotionKey::joint)
          .thenComparing(RangeOfMotionKey::movement)
          .thenComparing(RangeOfMotionKey::side)
          .thenComparing(RangeOfMotionKey::mode);

  RangeOfMotionKey() {}

  /** The joint. */
  @Value.Parameter
  public abstract Joint joint();

  /** The movement. */
  @Value.Parameter
  public abstract Movement movement();

  /** The side. */
  @Value.Parameter
  public abstract Side side();

  /** Active or passive. */
  @Value.Parameter
  public abstract MotionMode mode();

  /** The movement and mode without the side. */
  public MotionKey motion() {
    return MotionKey.of(joint(), movement(), mode());
  }

  /** The key of {@code movement} of {@code joint} on {@code side} measured in {@code mode}. */
  public static RangeOfMotionKey of(Joint joint, Movement movement, Side side, MotionMode mode) {
    return ImmutableRangeOfMotionKey.of(joint, movement, side, mode);
  }

  /** The key of {@code measurement}. */
  public static RangeOfMotionKey of(RangeOfMotionMeasurement measurement) {
    return of(measurement.joint(), measurement.movement(), measurement.side(), measurement.mode());
  }

  @Override
  public int compareTo(RangeOfMotionKey other) {
    return ORDER.compare(this, other);
  }

  @Override
  public String toString() {
    return joint().id() + "/" + movement().id() + "/" + side().id() + "/" + mode().id();
  }
}
