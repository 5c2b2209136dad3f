package org.nmt.core.anatomy;

import static org.nmt.core.anatomy.BodyRegion.LOWER_LEG;
import static org.nmt.core.anatomy.BodyRegion.NECK;
import static org.nmt.core.anatomy.FunctionalGroup.CALVES;

import com.google.common.collect.ImmutableList;
import org.nmt.core.reference.Source;

/**
 * The entries of {@link MuscleCatalog#standard()}. Every entry cites its source; referral zones
 * come from the project's clinical reference (Travell &amp; Simons) where it lists the muscle.
 */
final class StandardMuscles {
  /** Bumped when an entry is added, removed or changed. */
  static final String VERSION = "1.0";

  /** Anatomy (name, region, innervation). */
  static final Source GRAYS = Source.secondary("Gray's Anatomy, 42nd ed. (Standring 2020)");

  /** Referral zones listed in the project's clinical reference. */
  static final Source TRAVELL_SIMONS =
      Source.secondary(
          "Travell & Simons, Myofascial Pain and Dysfunction: The Trigger Point Manual, via"
              + " clinical-reference.md");

  private StandardMuscles() {}

  static ImmutableList<Muscle> all() {
    return ImmutableList.of(
        muscle("upper-trapezius", "Upper trapezius", NECK, FunctionalGroup.NECK)
            .innervation("spinal accessory nerve (CN XI)")
            .addTriggerPointSite(
                site(
                    "upper-fibres",
                    "mid-belly of the upper fibres",
                    TRAVELL_SIMONS,
                    "posterolateral neck",
                    "mastoid",
                    "temple",
                    "behind the eye",
                    "angle of the jaw"))
            .build(),
        muscle("gastrocnemius", "Gastrocnemius", LOWER_LEG, CALVES)
            .innervation("tibial nerve")
            .addTriggerPointSite(
                site(
                    "medial-head",
                    "proximal medial head",
                    TRAVELL_SIMONS,
                    "calf",
                    "back of the knee",
                    "instep"))
            .build());
  }

  private static Muscle.Builder muscle(
      String id, String name, BodyRegion region, FunctionalGroup group) {
    Muscle.Builder builder = Muscle.builder();
    builder.id(id).name(name).region(region).group(group).source(GRAYS);
    return builder;
  }

  private static TriggerPointSite site(
      String id, String description, Source source, String... zones) {
    return TriggerPointSite.builder()
        .id(id)
        .description(description)
        .source(source)
        .addReferralZones(zones)
        .build();
  }
}
