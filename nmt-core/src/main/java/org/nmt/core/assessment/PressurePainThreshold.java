package org.nmt.core.assessment;

import static com.google.common.base.Preconditions.checkArgument;

import org.immutables.value.Value;
import org.nmt.core.style.NmtStyle;

/**
 * A pressure pain threshold: the least pressure an algometer applies before the client reports
 * pain, in kg/cm² (1 kgf/cm² = 98.0665 kPa).
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable(builder = false)
@NmtStyle
public abstract class PressurePainThreshold implements Comparable<PressurePainThreshold> {
  /** Kilopascals in one kilogram-force per square centimetre (standard gravity, exact). */
  public static final double KILOPASCALS_PER_KG_PER_CM2 = 98.0665;

  /**
   * The largest accepted value, 20 kg/cm²: a plausibility bound of nmt's, not a clinical figure
   * (the clinical reference gives no range of thresholds); a larger value is most likely
   * kilopascals written as kg/cm² (1 kg/cm² = 98.07 kPa), a unit error rather than a measurement.
   */
  public static final double MAXIMUM_KG_PER_CM2 = 20.0;

  PressurePainThreshold() {}

  /** The threshold in kg/cm², in (0, 20]. */
  @Value.Parameter
  public abstract double kilogramsPerSquareCentimetre();

  /** The threshold in kPa. */
  public double kilopascals() {
    return kilogramsPerSquareCentimetre() * KILOPASCALS_PER_KG_PER_CM2;
  }

  /**
   * A threshold of {@code kgPerCm2} kg/cm².
   *
   * @throws IllegalArgumentException unless {@code kgPerCm2} is within (0, 20]
   */
  public static PressurePainThreshold ofKilogramsPerSquareCentimetre(double kgPerCm2) {
    return ImmutablePressurePainThreshold.of(kgPerCm2);
  }

  /**
   * A threshold of {@code kpa} kPa.
   *
   * @throws IllegalArgumentException unless the value is within (0, 20] kg/cm²
   */
  public static PressurePainThreshold ofKilopascals(double kpa) {
    return ImmutablePressurePainThreshold.of(kpa / KILOPASCALS_PER_KG_PER_CM2);
  }

  @Value.Check
  void check() {
    double v = kilogramsPerSquareCentimetre();
    checkArgument(
        v > 0 && v <= MAXIMUM_KG_PER_CM2,
        "pressure pain threshold must be within (0, 20] kg/cm2: %s",
        v);
  }

  @Override
  public int compareTo(PressurePainThreshold other) {
    return Double.compare(kilogramsPerSquareCentimetre(), other.kilogramsPerSquareCentimetre());
  }

  @Override
  public String toString() {
    return kilogramsPerSquareCentimetre() + " kg/cm2";
  }
}
