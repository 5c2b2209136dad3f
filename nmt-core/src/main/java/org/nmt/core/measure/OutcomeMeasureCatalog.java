package org.nmt.core.measure;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import org.nmt.core.reference.Source;

/**
 * The reference data of every {@link Measure}: MCID and MDC with their sources, from the project's
 * clinical reference. Immutable and thread-safe.
 */
public final class OutcomeMeasureCatalog {
  private static final OutcomeMeasureCatalog STANDARD =
      new OutcomeMeasureCatalog(standardEntries());

  private final ImmutableMap<Measure, OutcomeMeasure> entries;

  private OutcomeMeasureCatalog(Collection<OutcomeMeasure> entries) {
    Map<Measure, OutcomeMeasure> map = new EnumMap<>(Measure.class);
    for (OutcomeMeasure entry : entries) {
      checkNotNull(entry, "entry");
      checkArgument(
          map.put(entry.measure(), entry) == null,
          "duplicate outcome measure: %s",
          entry.measure().id());
    }
    for (Measure measure : Measure.values()) {
      checkArgument(map.containsKey(measure), "missing outcome measure: %s", measure.id());
    }
    this.entries = ImmutableMap.copyOf(map);
  }

  /** The standard catalog. */
  public static OutcomeMeasureCatalog standard() {
    return STANDARD;
  }

  /**
   * A catalog of exactly {@code entries}, one per measure (a clinic may prefer other thresholds).
   *
   * @throws IllegalArgumentException if a measure has no entry or two
   */
  public static OutcomeMeasureCatalog of(Collection<OutcomeMeasure> entries) {
    return new OutcomeMeasureCatalog(entries);
  }

  /** The entry of {@code measure}. */
  public OutcomeMeasure get(Measure measure) {
    return entries.get(checkNotNull(measure, "measure"));
  }

  /** Every entry, in the order of {@link Measure}. */
  public ImmutableList<OutcomeMeasure> entries() {
    return entries.values().asList();
  }

  private static ImmutableList<OutcomeMeasure> standardEntries() {
    Source farrar = Source.primary("Farrar et al. 2001, Pain 94(2)");
    Source ostelo = Source.primary("Ostelo et al. 2008, Spine 33(1)");
    Source salaffi = Source.primary("Salaffi et al. 2004, Eur J Pain 8(4)");
    return ImmutableList.of(
        entry(Measure.NPRS)
            .mcid(2)
            .mcidPercent(30)
            .mdc(1.77)
            .notes(
                "MCID grows with baseline: 1 for baselines 1-4, 2 for 5-7, 3-4 for 8-10; 1.3 in"
                    + " neck pain")
            .addSources(farrar, ostelo, salaffi)
            .build(),
        entry(Measure.VAS)
            .mcid(15)
            .notes("15 mm in low back pain; 12 mm in emergency care; reviews range 8-40 mm")
            .addSources(ostelo, Source.primary("Kelly 2001, Emerg Med J 18(3)"))
            .build(),
        entry(Measure.PRESSURE_PAIN_THRESHOLD)
            .mdc(0.62)
            .notes(
                "MDC 0.45-0.62 kg/cm2 at trapezius trigger points; the upper bound is used. Take"
                    + " the mean of 3 readings")
            .addSources(
                Source.primary("Fischer 1987, Pain 30(1)"),
                Source.secondary("J Manipulative Physiol Ther 2017, PPT reliability at trapezius"))
            .build(),
        entry(Measure.NDI)
            .mcid(7.5)
            .mdc(10.2)
            .notes("MCID 7.5 is below the MDC 10.2, so a responder needs the MDC")
            .addSources(
                Source.primary("Young et al. 2009, Spine J 9(10)"),
                Source.primary("Cleland et al. 2008, Arch Phys Med Rehabil 89(1)"))
            .build(),
        entry(Measure.ODI).mcid(10).mcidPercent(30).notes("").addSources(ostelo).build(),
        entry(Measure.PSFS)
            .mcid(2)
            .notes("1.3 small, 2.3 medium, 2.7 large change")
            .addSources(Source.secondary("J Orthop Sports Phys Ther 2014, PSFS MCID"))
            .build(),
        entry(Measure.LEFS)
            .mcid(9)
            .mdc(9)
            .notes("")
            .addSources(Source.primary("Binkley et al. 1999, Phys Ther 79(4)"))
            .build(),
        entry(Measure.QUICK_DASH)
            .mcid(15.9)
            .mdc(12.9)
            .notes("")
            .addSources(Source.primary("Franchignoni et al. 2014, J Orthop Sports Phys Ther 44(1)"))
            .build(),
        entry(Measure.MRC_GRADE)
            .notes(
                "0 none, 1 flicker, 2 movement with gravity eliminated, 3 against gravity, 4"
                    + " against resistance, 5 normal")
            .addSources(Source.primary("Medical Research Council muscle scale"))
            .build(),
        entry(Measure.BIERING_SORENSEN)
            .notes("Capped at 240 s; under 176 s in men predicts low back pain")
            .addSources(Source.primary("Biering-Sørensen 1984, Spine 9(2)"))
            .build(),
        entry(Measure.DEEP_NECK_FLEXOR_ENDURANCE)
            .notes("Healthy about 39 s against about 24 s with neck pain (unconfirmed)")
            .addSources(Source.unconfirmed("secondary sources via clinical-reference.md"))
            .build(),
        entry(Measure.RANGE_OF_MOTION)
            .notes("Percent of the AAOS norm; norms vary with age and sex")
            .addSources(Source.secondary("AAOS norms via clinical-reference.md"))
            .build());
  }

  private static OutcomeMeasure.Builder entry(Measure measure) {
    OutcomeMeasure.Builder builder = OutcomeMeasure.builder();
    builder.measure(measure);
    return builder;
  }
}
