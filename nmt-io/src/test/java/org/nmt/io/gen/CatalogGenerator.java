package org.nmt.io.gen;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.nmt.core.anatomy.BodyRegion;
import org.nmt.core.anatomy.FunctionalGroup;
import org.nmt.core.anatomy.Muscle;
import org.nmt.core.anatomy.MuscleCatalog;
import org.nmt.core.anatomy.TissueKind;
import org.nmt.core.anatomy.TriggerPointSite;
import org.nmt.core.reference.Evidence;
import org.nmt.core.reference.Source;
import org.nmt.io.gen.RecordGenerator.Draw;
import org.quicktheories.core.Gen;

/**
 * Valid muscle catalogs for round-trip and fuzz tests of nmt documents.
 *
 * <p>A catalog holds up to eight entries: muscles with up to three trigger point sites and fascia
 * with none, paired or not, with and without innervation, in every region, group and evidence
 * level. Names, descriptions, referral zones and citations are texts like the free text of {@link
 * RecordGenerator}, marked with {@link RecordGenerator#MARKER}: no message may echo them either.
 *
 * <p>Stateless and thread-safe; each catalog is built from the randomness it is given alone.
 */
public final class CatalogGenerator {
  private static final ImmutableList<String> WORDS =
      ImmutableList.of("upper", "lower", "trapezius", "fascia", "belly", "head", "2", "x");

  private CatalogGenerator() {}

  /** Valid muscle catalogs drawn from QuickTheories' randomness (so they shrink with it). */
  public static Gen<MuscleCatalog> catalogs() {
    return in -> catalog(new Draw(RecordGenerator.Source.of(in)));
  }

  /** A valid muscle catalog drawn from {@code random}. */
  public static MuscleCatalog catalog(Random random) {
    return catalog(new Draw(RecordGenerator.Source.of(random)));
  }

  private static MuscleCatalog catalog(Draw draw) {
    List<Muscle> muscles = new ArrayList<>();
    int count = draw.between(0, 8);
    for (int i = 0; i < count; i++) {
      muscles.add(muscle(draw, i));
    }
    String version = draw.between(0, 9) + "." + draw.between(0, 20);
    return MuscleCatalog.of(
        slug(draw, "catalog"),
        draw.chance(30) ? version + "." + draw.between(0, 9) : version,
        muscles);
  }

  private static Muscle muscle(Draw draw, int index) {
    boolean fascia = draw.chance(20);
    Muscle.Builder muscle =
        Muscle.builder()
            .id(slug(draw, "m" + index))
            .name(draw.text(2))
            .region(draw.pick(BodyRegion.class))
            .group(draw.pick(FunctionalGroup.class))
            .source(source(draw));
    if (fascia) {
      muscle.tissue(TissueKind.FASCIA);
    } else if (draw.chance(50)) {
      muscle.tissue(TissueKind.MUSCLE);
    }
    if (draw.chance(70)) {
      muscle.paired(draw.chance(80));
    }
    if (draw.chance(60)) {
      muscle.innervation(draw.text(2));
    }
    int sites = fascia ? 0 : draw.between(0, 3);
    for (int i = 0; i < sites; i++) {
      TriggerPointSite.Builder site =
          TriggerPointSite.builder()
              .id(slug(draw, "s" + i))
              .description(draw.text(3))
              .source(source(draw));
      int zones = draw.between(1, 3);
      for (int j = 0; j < zones; j++) {
        site.addReferralZones(draw.chance(10) ? "" : draw.text(2));
      }
      muscle.addTriggerPointSites(site.build());
    }
    return muscle.build();
  }

  private static Source source(Draw draw) {
    return Source.of(draw.text(3), draw.pick(Evidence.class));
  }

  /** A lower-kebab slug starting with {@code unique}, up to the 64-character limit. */
  private static String slug(Draw draw, String unique) {
    StringBuilder slug = new StringBuilder(unique);
    int words = draw.between(0, 3);
    for (int i = 0; i < words; i++) {
      slug.append('-').append(draw.pick(WORDS));
    }
    if (draw.chance(5)) {
      slug.append("-").append("z".repeat(64));
      slug.setLength(64);
    }
    return slug.toString();
  }
}
