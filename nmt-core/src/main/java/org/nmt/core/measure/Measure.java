package org.nmt.core.measure;

import org.nmt.core.style.EnumIds;

/**
 * The outcome measures nmt records. Range, unit and direction are facts of the instrument; the
 * important-change thresholds and their sources are reference data in {@link
 * OutcomeMeasureCatalog}.
 */
public enum Measure {
  NPRS("Numeric pain rating scale", "points", 0, 10, Direction.LOWER_IS_BETTER),
  VAS("Visual analogue scale for pain", "mm", 0, 100, Direction.LOWER_IS_BETTER),
  PRESSURE_PAIN_THRESHOLD("Pressure pain threshold", "kg/cm2", 0, 20, Direction.HIGHER_IS_BETTER),
  NDI("Neck Disability Index", "points", 0, 50, Direction.LOWER_IS_BETTER),
  ODI("Oswestry Disability Index", "%", 0, 100, Direction.LOWER_IS_BETTER),
  PSFS("Patient-Specific Functional Scale", "points", 0, 10, Direction.HIGHER_IS_BETTER),
  LEFS("Lower Extremity Functional Scale", "points", 0, 80, Direction.HIGHER_IS_BETTER),
  QUICK_DASH("QuickDASH", "points", 0, 100, Direction.LOWER_IS_BETTER),
  MRC_GRADE("MRC / Oxford muscle grade", "grade", 0, 5, Direction.HIGHER_IS_BETTER),
  BIERING_SORENSEN("Biering-Sørensen test", "s", 0, 240, Direction.HIGHER_IS_BETTER),
  DEEP_NECK_FLEXOR_ENDURANCE(
      "Deep neck flexor endurance test", "s", 0, 600, Direction.HIGHER_IS_BETTER),
  RANGE_OF_MOTION("Range of motion, percent of norm", "%", 0, 2400, Direction.HIGHER_IS_BETTER);

  private final String title;
  private final String unit;
  private final double minimum;
  private final double maximum;
  private final Direction direction;

  Measure(String title, String unit, double minimum, double maximum, Direction direction) {
    this.title = title;
    this.unit = unit;
    this.minimum = minimum;
    this.maximum = maximum;
    this.direction = direction;
  }

  /** The lower-kebab-case id ({@code "quick-dash"}). */
  public String id() {
    return EnumIds.id(this);
  }

  /** The measure's name. */
  public String title() {
    return title;
  }

  /** The unit of its values. */
  public String unit() {
    return unit;
  }

  /** The least possible value. */
  public double minimum() {
    return minimum;
  }

  /**
   * The greatest possible value. For the open-ended tests (deep neck flexor endurance, range of
   * motion as percent of norm, pressure pain threshold) it is a plausibility bound, not a fact of
   * the instrument (range of motion: 360° over the smallest standard norm, hip extension 15°).
   */
  public double maximum() {
    return maximum;
  }

  /** Which way the measure improves. */
  public Direction direction() {
    return direction;
  }

  /** Whether {@code value} is within the measure's range. */
  public boolean inRange(double value) {
    return value >= minimum && value <= maximum;
  }

  /**
   * Returns the measure whose id is {@code id}; throws {@link IllegalArgumentException} if none.
   */
  public static Measure fromId(String id) {
    return EnumIds.parse(Measure.class, id);
  }
}
