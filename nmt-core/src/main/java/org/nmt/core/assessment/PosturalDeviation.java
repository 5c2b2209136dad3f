package org.nmt.core.assessment;

import java.util.Optional;
import org.nmt.core.reference.Source;
import org.nmt.core.style.EnumIds;

/**
 * A kind of postural deviation, the plane it lies in, what is measured, and its normal range where
 * the project's clinical reference gives one.
 */
public enum PosturalDeviation {
  /**
   * Forward head posture, measured as the craniovertebral angle (tragus–C7 line against the
   * horizontal): healthy 50.6 ± 2.1°, neck pain 43.9 ± 3.6° (Lau 2009); the common cut-off below
   * 50° is a convention.
   */
  FORWARD_HEAD(
      Plane.SAGITTAL,
      PosturalUnit.DEGREES,
      NormalRange.atLeast(50),
      Source.unconfirmed("Lau et al. 2009, Man Ther 14(4); cut-off < 50 degrees by convention")),
  /** Thoracic kyphosis (Cobb): normal 20–45°, hyperkyphosis above 45°. */
  THORACIC_KYPHOSIS(
      Plane.SAGITTAL,
      PosturalUnit.DEGREES,
      NormalRange.between(20, 45),
      Source.secondary("clinical-reference.md: thoracic kyphosis norms")),
  /** Lumbar lordosis: norms depend on the method (31–50° or 45–70°), so none is assumed. */
  LUMBAR_LORDOSIS(Plane.SAGITTAL, PosturalUnit.DEGREES, null, null),
  /**
   * Pelvic tilt: anterior tilt is the norm in most asymptomatic adults (85 % of men, 75 % of
   * women), so anterior tilt alone is not flagged and no range is assumed.
   */
  PELVIC_TILT(Plane.SAGITTAL, PosturalUnit.DEGREES, null, null),
  /** Scoliosis, by Cobb angle: 10° or more is scoliosis (measurement error ± 5°). */
  SCOLIOSIS(
      Plane.CORONAL,
      PosturalUnit.DEGREES,
      NormalRange.below(10),
      Source.secondary("clinical-reference.md: Cobb angle >= 10 degrees")),
  /** Leg length difference: more than 6 mm suggests a structural difference. */
  LEG_LENGTH_DIFFERENCE(
      Plane.CORONAL,
      PosturalUnit.MILLIMETRES,
      NormalRange.atMost(6),
      Source.secondary("clinical-reference.md: leg length difference > 6 mm")),
  /** Shoulder height asymmetry; no sourced norm. */
  SHOULDER_HEIGHT_ASYMMETRY(Plane.CORONAL, PosturalUnit.MILLIMETRES, null, null),
  /** Lateral head tilt; no sourced norm. */
  HEAD_TILT(Plane.CORONAL, PosturalUnit.DEGREES, null, null),
  /** Pelvic rotation in the horizontal plane; no sourced norm. */
  PELVIC_ROTATION(Plane.TRANSVERSE, PosturalUnit.DEGREES, null, null),
  /** Trunk or shoulder girdle rotation in the horizontal plane; no sourced norm. */
  TRUNK_ROTATION(Plane.TRANSVERSE, PosturalUnit.DEGREES, null, null);

  private final Plane plane;
  private final PosturalUnit unit;
  private final NormalRange normalRange;
  private final Source source;

  PosturalDeviation(Plane plane, PosturalUnit unit, NormalRange normalRange, Source source) {
    this.plane = plane;
    this.unit = unit;
    this.normalRange = normalRange;
    this.source = source;
  }

  /** The lower-kebab-case id. */
  public String id() {
    return EnumIds.id(this);
  }

  /** The plane the deviation lies in. */
  public Plane plane() {
    return plane;
  }

  /** The unit it is measured in. */
  public PosturalUnit unit() {
    return unit;
  }

  /** The sourced normal range, where there is one. */
  public Optional<NormalRange> normalRange() {
    return Optional.ofNullable(normalRange);
  }

  /** The source of the normal range, where there is one. */
  public Optional<Source> source() {
    return Optional.ofNullable(source);
  }
}
