package org.nmt.protocol.criterion;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.immutables.value.Value;
import org.nmt.core.anatomy.Side;
import org.nmt.core.assessment.Joint;
import org.nmt.core.assessment.RangeOfMotionMeasurement;
import org.nmt.core.assessment.RangeOfMotionNorm;
import org.nmt.core.id.AssessmentId;
import org.nmt.core.record.RecordedAssessment;
import org.nmt.core.style.NmtStyle;

/**
 * Range of motion is restored: at its latest measurement, every measured movement of the target
 * joints reaches {@code percentOfNorm} % of its norm, or lies within {@code sideDifferencePercent}
 * % of the same movement on the other side when that side reaches the norm percentage.
 *
 * <p>The defaults, 90 % of norm or within 10 % of the other side, are conventions to tune; the
 * norms are the AAOS figures of {@link org.nmt.core.assessment.RangeOfMotionNorms}, which vary with
 * age and sex (hence the side-to-side alternative). With no target joint, every measured joint is a
 * target. Immutable and thread-safe.
 */
@Value.Immutable
@NmtStyle
public abstract non-sealed class RangeOfMotionRestored implements Criterion {
  RangeOfMotionRestored() {}

  /** The stable id. */
  public static final String ID = "range-of-motion-restored";

  /** The joints whose range counts; empty means every measured joint. */
  public abstract ImmutableSet<Joint> joints();

  /** The least percentage of norm, in (0, 200]. */
  public abstract double percentOfNorm();

  /** The greatest side-to-side difference, as a percentage of the better side, in [0, 100]. */
  public abstract double sideDifferencePercent();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link RangeOfMotionRestored}. */
  public static final class Builder extends ImmutableRangeOfMotionRestored.Builder {}

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String requirement() {
    return (joints().isEmpty()
            ? "every measured joint"
            : "joints " + joints().stream().map(Joint::id).collect(Collectors.joining(", ")))
        + " at >= "
        + percentOfNorm()
        + " % of norm, or within "
        + sideDifferencePercent()
        + " % of a restored other side";
  }

  @Override
  public CriterionResult evaluate(StageContext context) {
    Map<String, RangeOfMotionMeasurement> latest = new LinkedHashMap<>();
    for (RecordedAssessment recorded : context.assessments(RangeOfMotionMeasurement.class)) {
      if (recorded.assessment() instanceof RangeOfMotionMeasurement) {
        RangeOfMotionMeasurement m = (RangeOfMotionMeasurement) recorded.assessment();
        if ((joints().isEmpty() || joints().contains(m.joint()))
            && context.norms().find(m.joint(), m.movement()).isPresent()) {
          latest.put(key(m, m.side()), m);
        }
      }
    }
    if (latest.isEmpty()) {
      return result(Outcome.NOT_ASSESSABLE, "no range of motion measured").build();
    }
    List<String> belowTarget = new ArrayList<>();
    List<AssessmentId> evidence = new ArrayList<>();
    for (RangeOfMotionMeasurement m : latest.values()) {
      evidence.add(m.id());
      RangeOfMotionNorm norm = context.norms().get(m.joint(), m.movement());
      double percent = norm.percentOf(m.degrees());
      if (percent >= percentOfNorm() - 1e-9) {
        continue;
      }
      Optional<RangeOfMotionMeasurement> other =
          m.side() == Side.LEFT || m.side() == Side.RIGHT
              ? Optional.ofNullable(latest.get(key(m, m.side().opposite())))
              : Optional.empty();
      if (other.isPresent()) {
        // The other side is the client's own norm only when it is itself restored: two equally
        // restricted sides are not "within D % of each other" in any useful sense.
        double better = Math.max(m.degrees(), other.get().degrees());
        double difference = Math.abs(m.degrees() - other.get().degrees()) / better * 100;
        if (better > 0
            && norm.percentOf(better) >= percentOfNorm() - 1e-9
            && difference <= sideDifferencePercent() + 1e-9) {
          continue;
        }
      }
      belowTarget.add(key(m, m.side()) + String.format(Locale.ROOT, " %.0f %%", percent));
    }
    return result(
            belowTarget.isEmpty() ? Outcome.MET : Outcome.NOT_MET,
            belowTarget.isEmpty()
                ? latest.size() + " movements restored"
                : "below target: " + belowTarget)
        .addAllAssessments(evidence)
        .build();
  }

  private static String key(RangeOfMotionMeasurement m, Side side) {
    return m.joint().id() + " " + m.movement().id() + " " + side.id() + " " + m.mode().id();
  }

  @Value.Check
  void check() {
    checkArgument(
        percentOfNorm() > 0 && percentOfNorm() <= 200,
        "%s: percentOfNorm must be within (0, 200]: %s",
        ID,
        percentOfNorm());
    checkArgument(
        sideDifferencePercent() >= 0 && sideDifferencePercent() <= 100,
        "%s: sideDifferencePercent must be within 0..100: %s",
        ID,
        sideDifferencePercent());
  }
}
