package org.nmt.core.assessment;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Strings.lenientFormat;

import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;
import org.nmt.core.anatomy.Side;
import org.nmt.core.anatomy.Slugs;
import org.nmt.core.id.AssessmentId;
import org.nmt.core.style.NmtStyle;

/**
 * A manual muscle test graded on the MRC (Oxford) scale: 0 none, 1 flicker, 2 movement with gravity
 * eliminated, 3 against gravity, 4 against resistance, 5 normal. Either a muscle (catalog id) or a
 * movement of a joint is graded, on one side.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@NmtStyle
public abstract non-sealed class StrengthGrade implements Assessment {
  /** The highest MRC grade, normal strength. */
  public static final int MAXIMUM_GRADE = 5;

  StrengthGrade() {}

  @Override
  public abstract AssessmentId id();

  @Override
  public abstract Instant takenAt();

  /** The catalog id of the muscle graded, when a muscle is. */
  public abstract Optional<String> muscleId();

  /** The joint whose movement is graded, when a movement is. */
  public abstract Optional<Joint> joint();

  /** The movement graded, when a movement is. */
  public abstract Optional<Movement> movement();

  /** The side. */
  public abstract Side side();

  /** The MRC grade, 0–5. */
  public abstract int grade();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link StrengthGrade}. */
  public static final class Builder extends ImmutableStrengthGrade.Builder {}

  @Value.Check
  void check() {
    if (!(grade() >= 0 && grade() <= MAXIMUM_GRADE)) {
      throw new IllegalArgumentException(
          lenientFormat("strength grade %s: grade must be within 0..5: %s", id(), grade()));
    }
    Optional<String> muscle = muscleId();
    if (muscle.isPresent() && !Slugs.isSlug(muscle.get())) {
      String shown =
          muscle.get().length() > 80 ? muscle.get().substring(0, 80) + "..." : muscle.get();
      throw new IllegalArgumentException(
          lenientFormat(
              "strength grade %s: muscleId must be a lower-kebab slug of at most 64 characters: '%s'",
              id(), shown));
    }
    checkArgument(
        joint().isPresent() == movement().isPresent(),
        "strength grade %s: joint and movement must be given together",
        id());
    checkArgument(
        muscleId().isPresent() != joint().isPresent(),
        "strength grade %s: exactly one of muscleId or joint and movement must be given",
        id());
  }
}
