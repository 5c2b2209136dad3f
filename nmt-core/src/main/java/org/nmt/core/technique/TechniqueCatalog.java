package org.nmt.core.technique;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.nmt.core.stage.Stage.ENDURANCE;
import static org.nmt.core.stage.Stage.FLEXIBILITY;
import static org.nmt.core.stage.Stage.PAIN_ELIMINATION;
import static org.nmt.core.stage.Stage.STRENGTH;
import static org.nmt.core.stage.Stage.STRUCTURAL_CORRECTION;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.Duration;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import org.nmt.core.reference.Source;
import org.nmt.core.stage.Stage;

/**
 * The profile of every {@link Technique}: the stages it serves, whether it applies deep pressure,
 * and its dosing.
 *
 * <p>The stage assignment of the standard catalog follows the seeds: seed 002 names trigger point
 * pressure release for stage 1, structural work for stage 2, passive and active stretching for
 * stage 3, exercise for stages 4 and 5, and friction as NMT's historical root; seeds 003 and 004
 * describe the other manual techniques as relieving pain and tension (stage 1) and restoring
 * alignment (stage 2), and muscle energy technique and postural re-education as stretching and
 * re-education (stages 2–3). Dosing comes from the project's clinical reference. Immutable and
 * thread-safe.
 */
public final class TechniqueCatalog {
  static final Source SEED_002 =
      Source.unconfirmed("nmt seed 002, 'What is Neuromuscular Therapy (NMT)?' (lay source)");
  static final Source SEED_003 =
      Source.unconfirmed(
          "nmt seed 003, 'Neuromuscular Therapy: A Powerful Technique for Pain Relief' (lay source)");
  static final Source SEED_004 = Source.unconfirmed("nmt seed 004, 'NMT variations' (lay source)");
  static final Source TRAVELL_ISCHEMIC =
      Source.secondary(
          "Travell & Simons, ischemic compression dosing, via secondary sources in"
              + " clinical-reference.md");
  static final Source SIMONS_1999 =
      Source.primary(
          "Simons, Travell & Simons, Myofascial Pain and Dysfunction: The Trigger Point Manual,"
              + " 2nd ed. (1999): trigger point pressure release");
  static final Source BANDY_IRION_1997 =
      Source.primary(
          "Bandy, Irion & Briggler 1997, Phys Ther 77(10): 30 s static stretch as effective as"
              + " 60 s, better than 15 s");

  private static final TechniqueCatalog STANDARD = new TechniqueCatalog(standardProfiles());

  private final ImmutableMap<Technique, TechniqueProfile> profiles;

  private TechniqueCatalog(Collection<TechniqueProfile> profiles) {
    Map<Technique, TechniqueProfile> map = new EnumMap<>(Technique.class);
    for (TechniqueProfile profile : profiles) {
      checkNotNull(profile, "profile");
      checkArgument(
          map.put(profile.technique(), profile) == null,
          "duplicate technique profile: %s",
          profile.technique().id());
    }
    for (Technique technique : Technique.values()) {
      checkArgument(map.containsKey(technique), "missing technique profile: %s", technique.id());
    }
    this.profiles = ImmutableMap.copyOf(map);
  }

  /** The standard catalog. */
  public static TechniqueCatalog standard() {
    return STANDARD;
  }

  /**
   * A catalog of exactly {@code profiles}, one per technique.
   *
   * @throws IllegalArgumentException if a technique has no profile or two
   */
  public static TechniqueCatalog of(Collection<TechniqueProfile> profiles) {
    return new TechniqueCatalog(profiles);
  }

  /** The profile of {@code technique}. */
  public TechniqueProfile profile(Technique technique) {
    return profiles.get(checkNotNull(technique, "technique"));
  }

  /** Every profile, in the order of {@link Technique}. */
  public ImmutableList<TechniqueProfile> profiles() {
    return profiles.values().asList();
  }

  /** The techniques that serve {@code stage}, in the order of {@link Technique}. */
  public ImmutableList<Technique> servingStage(Stage stage) {
    return profiles.values().stream()
        .filter(p -> p.serves(stage))
        .map(TechniqueProfile::technique)
        .collect(ImmutableList.toImmutableList());
  }

  private static ImmutableList<TechniqueProfile> standardProfiles() {
    return ImmutableList.of(
        profile(Technique.TRIGGER_POINT_PRESSURE_RELEASE, true, SEED_002, PAIN_ELIMINATION)
            .dosing(
                Dosing.builder()
                    .summary(
                        "Increase non-painful pressure until the tissue barrier is met, hold until it"
                            + " releases, then take up the slack to the next barrier")
                    .source(SIMONS_1999)
                    .build())
            .addSources(SIMONS_1999)
            .build(),
        profile(Technique.ISCHEMIC_COMPRESSION, true, SEED_003, PAIN_ELIMINATION)
            .dosing(
                Dosing.builder()
                    .summary(
                        "Pressure to about 7-8/10 discomfort held up to about 60 s; first treatment"
                            + " 1-2 min per area, then a rest day, then alternate days; typically"
                            + " 3-10 treatments")
                    .maximumHold(Duration.ofSeconds(60))
                    .targetIntensityLow(7)
                    .targetIntensityHigh(8)
                    .restDayAfterFirstThenAlternateDays(true)
                    .source(TRAVELL_ISCHEMIC)
                    .build())
            .addSources(TRAVELL_ISCHEMIC)
            .build(),
        profile(
                Technique.MUSCLE_ENERGY_TECHNIQUE,
                false,
                SEED_003,
                STRUCTURAL_CORRECTION,
                FLEXIBILITY)
            .build(),
        profile(
                Technique.POSITIONAL_RELEASE,
                false,
                SEED_003,
                PAIN_ELIMINATION,
                STRUCTURAL_CORRECTION)
            .addSources(SEED_004)
            .build(),
        profile(
                Technique.MYOFASCIAL_RELEASE,
                false,
                SEED_004,
                PAIN_ELIMINATION,
                STRUCTURAL_CORRECTION)
            .build(),
        profile(Technique.CRANIOSACRAL_THERAPY, false, SEED_004, PAIN_ELIMINATION).build(),
        profile(Technique.ORTHO_BIONOMY, false, SEED_004, PAIN_ELIMINATION, STRUCTURAL_CORRECTION)
            .build(),
        profile(Technique.FRICTION, true, SEED_002, PAIN_ELIMINATION).build(),
        stretch(Technique.PASSIVE_STRETCHING),
        stretch(Technique.ACTIVE_STRETCHING),
        profile(
                Technique.POSTURAL_RE_EDUCATION,
                false,
                SEED_003,
                STRUCTURAL_CORRECTION,
                FLEXIBILITY)
            .build(),
        profile(Technique.STRENGTHENING_EXERCISE, false, SEED_002, STRENGTH).build(),
        profile(Technique.ENDURANCE_EXERCISE, false, SEED_002, ENDURANCE).build());
  }

  private static TechniqueProfile stretch(Technique technique) {
    return profile(technique, false, SEED_002, FLEXIBILITY)
        .dosing(
            Dosing.builder()
                .summary("Static stretch held 30 s: as effective as 60 s, better than 15 s")
                .recommendedHold(Duration.ofSeconds(30))
                .source(BANDY_IRION_1997)
                .build())
        .addSources(BANDY_IRION_1997)
        .build();
  }

  private static TechniqueProfile.Builder profile(
      Technique technique, boolean deepPressure, Source source, Stage... stages) {
    TechniqueProfile.Builder builder = TechniqueProfile.builder();
    builder.technique(technique).deepPressure(deepPressure).addStages(stages).addSources(source);
    return builder;
  }
}
