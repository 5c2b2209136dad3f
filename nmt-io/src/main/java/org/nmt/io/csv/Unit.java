package org.nmt.io.csv;

import org.nmt.core.assessment.EnduranceUnit;
import org.nmt.core.assessment.PosturalUnit;
import org.nmt.core.measure.Measure;

/** The units of the {@code unit} column; see {@code docs/FORMAT.md}. */
enum Unit {
  POINTS("points"),
  MILLIMETRES("mm"),
  KG_PER_CM2("kg/cm2"),
  DEGREES("degrees"),
  PERCENT("percent"),
  GRADE("grade"),
  SECONDS("s"),
  REPETITIONS("repetitions"),
  /** 1 for yes, 0 for no. */
  FLAG("flag");

  private final String id;

  Unit(String id) {
    this.id = id;
  }

  /** The unit as written in the CSV. */
  String id() {
    return id;
  }

  /** The unit of the values of {@code measure}. */
  static Unit of(Measure measure) {
    return switch (measure) {
      case NPRS, NDI, PSFS, LEFS, QUICK_DASH -> POINTS;
      case VAS -> MILLIMETRES;
      case PRESSURE_PAIN_THRESHOLD -> KG_PER_CM2;
      case ODI, RANGE_OF_MOTION -> PERCENT;
      case MRC_GRADE -> GRADE;
      case BIERING_SORENSEN, DEEP_NECK_FLEXOR_ENDURANCE -> SECONDS;
    };
  }

  /** The unit of an endurance test's result. */
  static Unit of(EnduranceUnit unit) {
    return switch (unit) {
      case SECONDS -> SECONDS;
      case REPETITIONS -> REPETITIONS;
    };
  }

  /** The unit of a postural finding's value. */
  static Unit of(PosturalUnit unit) {
    return switch (unit) {
      case DEGREES -> DEGREES;
      case MILLIMETRES -> MILLIMETRES;
    };
  }
}
