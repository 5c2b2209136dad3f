package org.nmt.protocol.criterion;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.stream.Collectors;
import org.immutables.value.Value;
import org.nmt.core.assessment.NormalRange;
import org.nmt.core.assessment.Plane;
import org.nmt.core.assessment.PosturalDeviation;
import org.nmt.core.assessment.PosturalFinding;
import org.nmt.core.assessment.StructuralEvaluation;
import org.nmt.core.id.AssessmentId;
import org.nmt.core.record.RecordedAssessment;
import org.nmt.core.style.NmtStyle;

/**
 * The structure is evaluated and corrected: structural evaluations cover the coronal, midsagittal
 * and horizontal planes (seed 002), and every postural deviation, at its latest measurement, is
 * within its normal range or has come closer to it by at least {@code minimumImprovement} (in the
 * deviation's unit) since it was first measured.
 *
 * <p>A deviation is normal when its normal range (the latest finding's own, else the sourced
 * default) contains it; its distance from normal, at the first and at the latest measurement, is
 * measured against that same range, or from zero for tilts, rotations and asymmetries; lumbar
 * lordosis and pelvic tilt without a given range are not judged (norms depend on the method;
 * anterior tilt is the norm). The default improvement, 5, is the measurement error of the Cobb
 * angle (± 5°, via the project's clinical reference), used as a convention for every deviation.
 * Immutable and thread-safe.
 */
@Value.Immutable
@NmtStyle
public abstract non-sealed class StructureCorrected implements Criterion {
  StructureCorrected() {}

  /** The stable id. */
  public static final String ID = "structure-corrected";

  private static final ImmutableSet<PosturalDeviation> IDEAL_ZERO =
      ImmutableSet.of(
          PosturalDeviation.HEAD_TILT,
          PosturalDeviation.PELVIC_ROTATION,
          PosturalDeviation.TRUNK_ROTATION,
          PosturalDeviation.SHOULDER_HEIGHT_ASYMMETRY);

  /** The least approach toward normal that counts as improved, in the deviation's unit. */
  @Value.Parameter
  public abstract double minimumImprovement();

  /**
   * All three planes evaluated; each deviation normal or improved by {@code minimumImprovement}.
   */
  public static StructureCorrected of(double minimumImprovement) {
    return ImmutableStructureCorrected.of(minimumImprovement);
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String requirement() {
    return "structural evaluation in all three planes; every deviation within its normal range or"
        + " improved by >= "
        + minimumImprovement();
  }

  @Override
  public CriterionResult evaluate(StageContext context) {
    Set<Plane> planes = EnumSet.noneOf(Plane.class);
    Map<String, PosturalFinding> first = new LinkedHashMap<>();
    Map<String, PosturalFinding> latest = new LinkedHashMap<>();
    List<AssessmentId> evidence = new ArrayList<>();
    for (RecordedAssessment recorded : context.assessments(StructuralEvaluation.class)) {
      if (recorded.assessment() instanceof StructuralEvaluation) {
        StructuralEvaluation evaluation = (StructuralEvaluation) recorded.assessment();
        planes.addAll(evaluation.planesEvaluated());
        evidence.add(evaluation.id());
        for (PosturalFinding finding : evaluation.findings()) {
          String key = finding.deviation().id() + finding.side().map(s -> "/" + s.id()).orElse("");
          first.putIfAbsent(key, finding);
          latest.put(key, finding);
        }
      }
    }
    if (evidence.isEmpty()) {
      return result(Outcome.NOT_ASSESSABLE, "no structural evaluation").build();
    }
    if (planes.size() < Plane.values().length) {
      Set<Plane> missing = EnumSet.complementOf(EnumSet.copyOf(planes));
      return result(
              Outcome.NOT_MET,
              "planes not evaluated: "
                  + missing.stream().map(Plane::id).collect(Collectors.joining(", ")))
          .addAllAssessments(evidence)
          .build();
    }
    List<String> uncorrected = new ArrayList<>();
    for (Map.Entry<String, PosturalFinding> entry : latest.entrySet()) {
      PosturalFinding now = entry.getValue();
      OptionalDouble improvement = improvement(first.get(entry.getKey()), now);
      if (improvement.isPresent() && improvement.getAsDouble() < minimumImprovement() - 1e-9) {
        uncorrected.add(entry.getKey() + " " + now.value());
      }
    }
    return result(
            uncorrected.isEmpty() ? Outcome.MET : Outcome.NOT_MET,
            uncorrected.isEmpty()
                ? "all planes evaluated; " + latest.size() + " deviations normal or improved"
                : "not corrected: " + uncorrected)
        .addAllAssessments(evidence)
        .build();
  }

  /**
   * How much closer to normal {@code latest} lies than {@code first}: empty when the deviation is
   * not judged or {@code latest} is normal. Both are judged by the latest finding's range, so a
   * range given only at a later evaluation applies to the first measurement too. Normality is the
   * range's own test (a Cobb angle of exactly 10 is not below 10), not a zero distance.
   */
  static OptionalDouble improvement(PosturalFinding first, PosturalFinding latest) {
    Optional<NormalRange> range = latest.effectiveNormalRange();
    if (range.isPresent()) {
      NormalRange normal = range.get();
      return normal.contains(latest.value())
          ? OptionalDouble.empty()
          : OptionalDouble.of(
              normal.distanceFrom(first.value()) - normal.distanceFrom(latest.value()));
    }
    if (IDEAL_ZERO.contains(latest.deviation())) {
      return latest.value() == 0
          ? OptionalDouble.empty()
          : OptionalDouble.of(Math.abs(first.value()) - Math.abs(latest.value()));
    }
    return OptionalDouble.empty();
  }

  @Value.Check
  void check() {
    checkArgument(
        minimumImprovement() > 0 && minimumImprovement() <= 90,
        "%s: minimumImprovement must be within (0, 90]: %s",
        ID,
        minimumImprovement());
  }
}
