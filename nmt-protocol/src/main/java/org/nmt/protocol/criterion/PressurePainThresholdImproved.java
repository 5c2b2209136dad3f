package org.nmt.protocol.criterion;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.immutables.value.Value;
import org.nmt.core.anatomy.TissueLocation;
import org.nmt.core.assessment.PressurePainThresholdReading;
import org.nmt.core.id.AssessmentId;
import org.nmt.core.record.RecordedAssessment;
import org.nmt.core.style.NmtStyle;

/**
 * The pressure pain threshold at every measured point improved by at least the minimal detectable
 * change: latest reading minus first reading at least {@code minimumChange} kg/cm².
 *
 * <p>Default 0.62 kg/cm², the upper MDC at trapezius trigger points (Fischer 1987; JMPT 2017, via
 * the project's clinical reference). A point measured only once cannot show a change: while one is,
 * the criterion is not assessable, unless another point already fails. Immutable and thread-safe.
 */
@Value.Immutable
@NmtStyle
public abstract non-sealed class PressurePainThresholdImproved implements Criterion {
  PressurePainThresholdImproved() {}

  /** The stable id. */
  public static final String ID = "pressure-pain-threshold-improved";

  /** The least improvement in kg/cm², in (0, 20]. */
  @Value.Parameter
  public abstract double minimumChange();

  /** An improvement of at least {@code minimumChange} kg/cm² at every measured point. */
  public static PressurePainThresholdImproved of(double minimumChange) {
    return ImmutablePressurePainThresholdImproved.of(minimumChange);
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String requirement() {
    return "pressure pain threshold up by >= "
        + minimumChange()
        + " kg/cm2 at every measured point";
  }

  @Override
  public CriterionResult evaluate(StageContext context) {
    Map<TissueLocation, List<PressurePainThresholdReading>> byPoint = new LinkedHashMap<>();
    for (RecordedAssessment recorded : context.assessments(PressurePainThresholdReading.class)) {
      if (recorded.assessment() instanceof PressurePainThresholdReading) {
        PressurePainThresholdReading reading = (PressurePainThresholdReading) recorded.assessment();
        byPoint.computeIfAbsent(reading.location(), l -> new ArrayList<>()).add(reading);
      }
    }
    List<String> insufficient = new ArrayList<>();
    List<String> improved = new ArrayList<>();
    List<String> measuredOnce = new ArrayList<>();
    List<AssessmentId> evidence = new ArrayList<>();
    for (Map.Entry<TissueLocation, List<PressurePainThresholdReading>> point : byPoint.entrySet()) {
      List<PressurePainThresholdReading> readings = point.getValue();
      if (readings.size() < 2) {
        measuredOnce.add(point.getKey().toString());
        evidence.add(readings.get(0).id());
        continue;
      }
      PressurePainThresholdReading first = readings.get(0);
      PressurePainThresholdReading last = readings.get(readings.size() - 1);
      double change =
          last.threshold().kilogramsPerSquareCentimetre()
              - first.threshold().kilogramsPerSquareCentimetre();
      String line = point.getKey() + " " + String.format(Locale.ROOT, "%+.2f", change);
      (change >= minimumChange() - 1e-9 ? improved : insufficient).add(line);
      evidence.add(first.id());
      evidence.add(last.id());
    }
    if (byPoint.isEmpty()) {
      return result(Outcome.NOT_ASSESSABLE, "no point measured").build();
    }
    if (!insufficient.isEmpty()) {
      return result(Outcome.NOT_MET, "not improved enough: " + insufficient)
          .addAllAssessments(evidence)
          .build();
    }
    if (!measuredOnce.isEmpty()) {
      return result(Outcome.NOT_ASSESSABLE, "measured only once: " + measuredOnce)
          .addAllAssessments(evidence)
          .build();
    }
    return result(Outcome.MET, "improved: " + improved).addAllAssessments(evidence).build();
  }

  @Value.Check
  void check() {
    checkArgument(
        minimumChange() > 0 && minimumChange() <= 20,
        "%s: minimumChange must be within (0, 20] kg/cm2: %s",
        ID,
        minimumChange());
  }
}
