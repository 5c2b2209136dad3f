package org.nmt.core.assessment;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.HashBasedTable;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableTable;
import com.google.common.collect.Table;
import java.util.Collection;
import java.util.Optional;
import org.nmt.core.reference.Source;

/**
 * A table of range-of-motion norms by joint and movement.
 *
 * <p>The standard table holds the AAOS norms of the project's clinical reference, with the AMA and
 * Merck figures it notes. Norms vary with age and sex; reports give percent of norm and, where both
 * sides are measured, the side-to-side difference. Immutable and thread-safe.
 */
public final class RangeOfMotionNorms {
  private static final Source AAOS = Source.secondary("AAOS norms, via clinical-reference.md");
  private static final RangeOfMotionNorms STANDARD = new RangeOfMotionNorms(standardNorms());

  private final ImmutableTable<Joint, Movement, RangeOfMotionNorm> norms;

  private RangeOfMotionNorms(Collection<RangeOfMotionNorm> norms) {
    Table<Joint, Movement, RangeOfMotionNorm> table = HashBasedTable.create();
    ImmutableTable.Builder<Joint, Movement, RangeOfMotionNorm> ordered = ImmutableTable.builder();
    for (RangeOfMotionNorm norm : norms) {
      checkNotNull(norm, "norm");
      checkArgument(
          table.put(norm.joint(), norm.movement(), norm) == null,
          "duplicate norm for %s %s",
          norm.joint().id(),
          norm.movement().id());
      ordered.put(norm.joint(), norm.movement(), norm);
    }
    this.norms = ordered.build();
  }

  /** The standard table. */
  public static RangeOfMotionNorms standard() {
    return STANDARD;
  }

  /** A table of exactly {@code norms}; throws {@link IllegalArgumentException} on a duplicate. */
  public static RangeOfMotionNorms of(Collection<RangeOfMotionNorm> norms) {
    return new RangeOfMotionNorms(norms);
  }

  /** The norm of {@code movement} of {@code joint}, if the table has one. */
  public Optional<RangeOfMotionNorm> find(Joint joint, Movement movement) {
    return Optional.ofNullable(norms.get(joint, movement));
  }

  /**
   * The norm of {@code movement} of {@code joint}.
   *
   * @throws IllegalArgumentException if the table has none
   */
  public RangeOfMotionNorm get(Joint joint, Movement movement) {
    RangeOfMotionNorm norm = norms.get(joint, movement);
    checkArgument(norm != null, "no range of motion norm for %s %s", joint.id(), movement.id());
    return norm;
  }

  /** Every norm, in table order. */
  public ImmutableList<RangeOfMotionNorm> norms() {
    return ImmutableList.copyOf(norms.values());
  }

  private static ImmutableList<RangeOfMotionNorm> standardNorms() {
    return ImmutableList.of(
        norm(Joint.CERVICAL, Movement.FLEXION, 50, AAOS),
        norm(
            Joint.CERVICAL,
            Movement.EXTENSION,
            80,
            Source.secondary("AAOS norms (AMA: 75), via clinical-reference.md")),
        norm(Joint.CERVICAL, Movement.LATERAL_FLEXION, 45, AAOS),
        norm(Joint.CERVICAL, Movement.ROTATION, 80, AAOS),
        norm(Joint.SHOULDER, Movement.FLEXION, 180, AAOS),
        norm(Joint.SHOULDER, Movement.EXTENSION, 60, AAOS),
        norm(Joint.SHOULDER, Movement.ABDUCTION, 180, AAOS),
        norm(Joint.SHOULDER, Movement.INTERNAL_ROTATION, 70, AAOS),
        norm(Joint.SHOULDER, Movement.EXTERNAL_ROTATION, 90, AAOS),
        norm(Joint.ELBOW, Movement.FLEXION, 150, AAOS),
        norm(Joint.FOREARM, Movement.PRONATION, 80, AAOS),
        norm(Joint.FOREARM, Movement.SUPINATION, 80, AAOS),
        norm(Joint.WRIST, Movement.FLEXION, 80, AAOS),
        norm(Joint.WRIST, Movement.EXTENSION, 70, AAOS),
        norm(Joint.WRIST, Movement.RADIAL_DEVIATION, 20, AAOS),
        norm(Joint.WRIST, Movement.ULNAR_DEVIATION, 30, AAOS),
        norm(
            Joint.LUMBAR,
            Movement.FLEXION,
            60,
            Source.unconfirmed("AMA Guides, via clinical-reference.md")),
        norm(
            Joint.LUMBAR,
            Movement.EXTENSION,
            25,
            Source.unconfirmed("AMA Guides, via clinical-reference.md")),
        norm(
            Joint.LUMBAR,
            Movement.LATERAL_FLEXION,
            25,
            Source.unconfirmed("AMA Guides, via clinical-reference.md")),
        norm(
            Joint.HIP,
            Movement.FLEXION,
            120,
            Source.secondary("AAOS norms (other sources 125), via clinical-reference.md")),
        norm(
            Joint.HIP,
            Movement.EXTENSION,
            15,
            Source.secondary("AAOS norms (other sources up to 30), via clinical-reference.md")),
        norm(Joint.HIP, Movement.ABDUCTION, 45, AAOS),
        norm(Joint.HIP, Movement.ADDUCTION, 30, AAOS),
        norm(Joint.HIP, Movement.INTERNAL_ROTATION, 45, AAOS),
        norm(Joint.HIP, Movement.EXTERNAL_ROTATION, 45, AAOS),
        norm(
            Joint.KNEE,
            Movement.FLEXION,
            135,
            Source.secondary("AAOS norms (Merck: 130), via clinical-reference.md")),
        norm(Joint.ANKLE, Movement.DORSIFLEXION, 20, AAOS),
        norm(Joint.ANKLE, Movement.PLANTARFLEXION, 50, AAOS),
        norm(Joint.ANKLE, Movement.INVERSION, 35, AAOS),
        norm(Joint.ANKLE, Movement.EVERSION, 25, AAOS));
  }

  private static RangeOfMotionNorm norm(
      Joint joint, Movement movement, double degrees, Source source) {
    return RangeOfMotionNorm.builder()
        .joint(joint)
        .movement(movement)
        .degrees(degrees)
        .source(source)
        .build();
  }
}
