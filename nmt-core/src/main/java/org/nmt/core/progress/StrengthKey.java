package org.nmt.core.progress;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.Comparators;
import java.util.Comparator;
import java.util.Optional;
import org.immutables.value.Value;
import org.nmt.core.anatomy.Side;
import org.nmt.core.assessment.Joint;
import org.nmt.core.assessment.Movement;
import org.nmt.core.assessment.StrengthGrade;
import org.nmt.core.style.NmtStyle;

/**
 * What a strength series grades: a muscle (catalog id) or a movement of a joint, on one side.
 *
 * <p>Exactly one of a muscle or a joint and movement. Ordered with muscles first (by id), then
 * movements (by joint and movement), then by side. Immutable and thread-safe.
 */
@Value.Immutable
@NmtStyle
public abstract class StrengthKey implements Comparable<StrengthKey> {
  private static final Comparator<StrengthKey> ORDER =
      Comparator.comparing(
              StrengthKey::muscleId, Comparators.emptiesLast(Comparator.<String>naturalOrder()))
          .thenComparing(
              StrengthKey::joint, Comparators.emptiesFirst(Comparator.<Joint>naturalOrder()))
          .thenComparing(
              StrengthKey::movement, Comparators.emptiesFirst(Comparator.<Movement>naturalOrder()))
          .thenComparing(StrengthKey::side);

  StrengthKey() {}

  /** The catalog id of the muscle graded, when a muscle is. */
  public abstract Optional<String> muscleId();

  /** The joint whose movement is graded, when a movement is. */
  public abstract Optional<Joint> joint();

  /** The movement graded, when a movement is. */
  public abstract Optional<Movement> movement();

  /** The side. */
  public abstract Side side();

  /** The key of muscle {@code muscleId} on {@code side}. */
  public static StrengthKey ofMuscle(String muscleId, Side side) {
    return builder().muscleId(muscleId).side(side).build();
  }

  /** The key of {@code movement} of {@code joint} on {@code side}. */
  public static StrengthKey ofMovement(Joint joint, Movement movement, Side side) {
    return builder().joint(joint).movement(movement).side(side).build();
  }

  /** The key of what {@code grade} grades. */
  public static StrengthKey of(StrengthGrade grade) {
    return builder()
        .muscleId(grade.muscleId())
        .joint(grade.joint())
        .movement(grade.movement())
        .side(grade.side())
        .build();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link StrengthKey}. */
  public static final class Builder extends ImmutableStrengthKey.Builder {}

  @Override
  public int compareTo(StrengthKey other) {
    return ORDER.compare(this, other);
  }

  @Override
  public String toString() {
    String graded = muscleId().orElseGet(() -> joint().get().id() + "/" + movement().get().id());
    return graded + "/" + side().id();
  }

  @Value.Check
  void check() {
    checkArgument(
        joint().isPresent() == movement().isPresent(),
        "strength key: joint and movement must be given together");
    checkArgument(
        muscleId().isPresent() != joint().isPresent(),
        "strength key: exactly one of muscleId or joint and movement must be given");
  }
}
