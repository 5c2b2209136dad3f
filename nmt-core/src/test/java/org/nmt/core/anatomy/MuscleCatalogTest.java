package org.nmt.core.anatomy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.nmt.core.reference.Evidence;

class MuscleCatalogTest {
  private static final MuscleCatalog STANDARD = MuscleCatalog.standard();

  // ---------------------------------------------------------------- the standard catalog's content

  @Test
  void standardCatalogIsNamedAndVersioned() {
    assertEquals("nmt-standard", STANDARD.name());
    assertEquals("1.0", STANDARD.version());
    assertEquals(
        "MuscleCatalog{nmt-standard 1.0, " + STANDARD.size() + " entries}", STANDARD.toString());
  }

  @Test
  void standardCatalogHasAtLeastSixtyEntriesEachCitingItsAnatomy() {
    assertTrue(STANDARD.size() >= 60, "size " + STANDARD.size());
    assertEquals(STANDARD.size(), STANDARD.muscles().size());
    for (Muscle muscle : STANDARD.muscles()) {
      assertFalse(muscle.source().citation().isBlank(), muscle.id());
      assertEquals(StandardMuscles.GRAYS, muscle.source(), muscle.id());
    }
  }

  @Test
  void everyStandardMuscleNamesItsNerveSupply() {
    for (Muscle muscle : STANDARD.muscles()) {
      if (muscle.tissue() == TissueKind.MUSCLE) {
        assertTrue(muscle.innervation().isPresent(), muscle.id());
        assertFalse(muscle.innervation().orElseThrow().isBlank(), muscle.id());
      }
    }
  }

  @Test
  void everyMuscleAndFasciaTheSeedsNameIsPresent() {
    // Seed 000 (hikers) and DESIGN.md "Muscles named in the seeds".
    List<String> seedNamed =
        List.of(
            "gastrocnemius",
            "soleus",
            "biceps-femoris",
            "semitendinosus",
            "semimembranosus",
            "rectus-femoris",
            "vastus-lateralis",
            "vastus-medialis",
            "vastus-intermedius",
            "gluteus-maximus",
            "gluteus-medius",
            "gluteus-minimus",
            "psoas-major",
            "iliacus",
            "tensor-fasciae-latae",
            "iliotibial-band",
            "erector-spinae",
            "quadratus-lumborum",
            "plantar-fascia",
            "flexor-digitorum-brevis",
            "abductor-hallucis",
            "quadratus-plantae");
    assertAllPresent(seedNamed);
  }

  @Test
  void theSeedsMuscleGroupsAreComplete() {
    assertGroup(FunctionalGroup.CALVES, "gastrocnemius", "soleus");
    assertGroup(FunctionalGroup.HAMSTRINGS, "biceps-femoris", "semitendinosus", "semimembranosus");
    assertGroup(
        FunctionalGroup.QUADRICEPS,
        "rectus-femoris",
        "vastus-lateralis",
        "vastus-medialis",
        "vastus-intermedius");
    assertGroup(FunctionalGroup.GLUTES, "gluteus-maximus", "gluteus-medius", "gluteus-minimus");
    assertGroup(FunctionalGroup.HIP_FLEXORS, "psoas-major", "iliacus");
    assertGroup(FunctionalGroup.LATERAL_HIP, "tensor-fasciae-latae", "iliotibial-band");
    assertGroup(FunctionalGroup.LOWER_BACK, "erector-spinae", "quadratus-lumborum");
    assertGroup(
        FunctionalGroup.FOOT,
        "plantar-fascia",
        "flexor-digitorum-brevis",
        "abductor-hallucis",
        "quadratus-plantae");
    assertEquals(3, STANDARD.inGroup(FunctionalGroup.HAMSTRINGS).size());
    assertEquals(4, STANDARD.inGroup(FunctionalGroup.QUADRICEPS).size());
    assertEquals(3, STANDARD.inGroup(FunctionalGroup.GLUTES).size());
  }

  @Test
  void theMusclesBehindTheSeedsConditionsArePresent() {
    // Chronic neck and shoulder pain.
    assertAllPresent(
        List.of(
            "upper-trapezius",
            "levator-scapulae",
            "sternocleidomastoid",
            "scalenes",
            "splenius-capitis",
            "supraspinatus",
            "infraspinatus",
            "teres-minor",
            "subscapularis",
            "rhomboid-major",
            "rhomboid-minor",
            "pectoralis-minor"));
    // Tension headache.
    assertAllPresent(
        List.of(
            "upper-trapezius",
            "sternocleidomastoid",
            "suboccipitals",
            "splenius-capitis",
            "splenius-cervicis",
            "semispinalis-capitis",
            "temporalis"));
    // TMJ dysfunction.
    assertAllPresent(
        List.of("masseter", "temporalis", "medial-pterygoid", "lateral-pterygoid", "digastric"));
    assertGroup(
        FunctionalGroup.JAW,
        "masseter",
        "temporalis",
        "medial-pterygoid",
        "lateral-pterygoid",
        "digastric");
    // Carpal tunnel syndrome and its forearm mimics.
    assertAllPresent(
        List.of(
            "scalenes",
            "pronator-teres",
            "flexor-carpi-radialis",
            "flexor-digitorum-superficialis",
            "palmaris-longus",
            "brachioradialis",
            "extensor-carpi-radialis-longus",
            "extensor-digitorum",
            "supinator",
            "adductor-pollicis",
            "opponens-pollicis"));
    // Sciatica and piriformis syndrome.
    assertAllPresent(
        List.of("piriformis", "gluteus-minimus", "gluteus-medius", "quadratus-lumborum"));
    assertEquals(FunctionalGroup.HIP_ROTATORS, STANDARD.get("piriformis").group());
    // Low back pain.
    assertAllPresent(
        List.of(
            "erector-spinae",
            "multifidus",
            "quadratus-lumborum",
            "psoas-major",
            "iliacus",
            "rectus-abdominis",
            "external-oblique",
            "gluteus-medius"));
    assertGroup(FunctionalGroup.ABDOMINALS, "rectus-abdominis", "external-oblique");
    assertGroup(
        FunctionalGroup.ROTATOR_CUFF,
        "supraspinatus",
        "infraspinatus",
        "teres-minor",
        "subscapularis");
  }

  @Test
  void theIliotibialBandAndPlantarFasciaAreTheOnlyFasciaAndHaveNoTriggerPointSites() {
    Set<String> fascia =
        STANDARD.muscles().stream()
            .filter(m -> m.tissue() == TissueKind.FASCIA)
            .map(Muscle::id)
            .collect(Collectors.toSet());
    assertEquals(Set.of("iliotibial-band", "plantar-fascia"), fascia);
    assertTrue(STANDARD.get("iliotibial-band").triggerPointSites().isEmpty());
    assertTrue(STANDARD.get("plantar-fascia").triggerPointSites().isEmpty());
    assertEquals(FunctionalGroup.LATERAL_HIP, STANDARD.get("iliotibial-band").group());
  }

  @Test
  void onlyTheDiaphragmIsUnpaired() {
    Set<String> unpaired =
        STANDARD.muscles().stream()
            .filter(m -> !m.paired())
            .map(Muscle::id)
            .collect(Collectors.toSet());
    assertEquals(Set.of("diaphragm"), unpaired);
  }

  @Test
  void everyReferralZoneOfTheClinicalReferenceIsOnItsMuscle() {
    // The referral table of clinical-reference.md, row by row.
    assertZones(
        "upper-trapezius",
        "upper-fibres",
        "posterolateral neck",
        "mastoid",
        "temple",
        "behind the eye",
        "angle of the jaw");
    assertZones(
        "levator-scapulae",
        "angle-of-neck",
        "angle of the neck",
        "vertebral border of the scapula",
        "back of the shoulder");
    assertZones(
        "infraspinatus", "upper-belly", "deep front of the shoulder", "front and outer arm");
    assertZones(
        "sternocleidomastoid",
        "sternal-division",
        "vertex",
        "occiput",
        "cheek",
        "over the eye",
        "throat",
        "sternum");
    assertZones(
        "sternocleidomastoid",
        "clavicular-division",
        "forehead",
        "deep in the ear",
        "behind the ear");
    assertZones(
        "masseter", "belly", "upper and lower molars", "maxilla", "eyebrow", "TMJ", "deep ear");
    assertZones("temporalis", "belly", "temple", "upper teeth", "eyebrow");
    assertZones(
        "quadratus-lumborum",
        "belly",
        "SI joint",
        "lower buttock",
        "iliac crest",
        "groin",
        "greater trochanter");
    assertZones(
        "gluteus-medius",
        "below-iliac-crest",
        "sacrum",
        "iliac crest",
        "low back",
        "outer hip and thigh");
    assertZones(
        "piriformis",
        "belly",
        "SI region",
        "buttock",
        "back of hip",
        "upper two-thirds of the back of the thigh");
    assertZones(
        "tensor-fasciae-latae", "belly", "greater trochanter", "outer thigh toward the knee");
    assertZones("gastrocnemius", "medial-head", "calf", "back of the knee", "instep");
    assertZones("soleus", "distal-belly", "back and underside of the heel", "lower Achilles");
  }

  @Test
  void theIliopsoasZonesAreMarkedUnconfirmedAsInTheReference() {
    for (String id : List.of("psoas-major", "iliacus")) {
      Muscle muscle = STANDARD.get(id);
      assertEquals(1, muscle.triggerPointSites().size(), id);
      TriggerPointSite site = muscle.triggerPointSites().get(0);
      assertEquals(
          List.of("low back", "upper buttock", "front of the thigh"), site.referralZones());
      assertEquals(Evidence.UNCONFIRMED, site.source().evidence(), id);
      assertEquals(StandardMuscles.TRAVELL_SIMONS_UNCONFIRMED, site.source(), id);
    }
  }

  @Test
  void everyReferralPatternCitesTravellAndSimonsAndOnlyTheReferenceTableIsSecondary() {
    Set<String> fromReferenceTable =
        Set.of(
            "upper-trapezius",
            "levator-scapulae",
            "infraspinatus",
            "sternocleidomastoid",
            "masseter",
            "temporalis",
            "quadratus-lumborum",
            "gluteus-medius",
            "piriformis",
            "tensor-fasciae-latae",
            "gastrocnemius",
            "soleus");
    for (Muscle muscle : STANDARD.muscles()) {
      for (TriggerPointSite site : muscle.triggerPointSites()) {
        String where = muscle.id() + "/" + site.id();
        assertTrue(site.source().citation().startsWith("Travell & Simons"), where);
        if (fromReferenceTable.contains(muscle.id())) {
          assertEquals(StandardMuscles.TRAVELL_SIMONS, site.source(), where);
        } else {
          assertEquals(Evidence.UNCONFIRMED, site.source().evidence(), where);
        }
      }
    }
  }

  @Test
  void referralPatternsBeyondTheReferenceCiteTheRightVolume() {
    Set<BodyRegion> lowerExtremity =
        EnumSet.of(BodyRegion.HIP, BodyRegion.THIGH, BodyRegion.KNEE, BodyRegion.LOWER_LEG);
    for (Muscle muscle : STANDARD.muscles()) {
      for (TriggerPointSite site : muscle.triggerPointSites()) {
        if (site.source().equals(StandardMuscles.TRAVELL_SIMONS_VOL_1)) {
          assertFalse(lowerExtremity.contains(muscle.region()), muscle.id());
        } else if (site.source().equals(StandardMuscles.TRAVELL_SIMONS_VOL_2)) {
          assertTrue(lowerExtremity.contains(muscle.region()), muscle.id());
        }
      }
    }
    assertEquals(
        StandardMuscles.TRAVELL_SIMONS_VOL_2,
        STANDARD.get("vastus-lateralis").site("lateral-belly").orElseThrow().source());
    assertEquals(
        StandardMuscles.TRAVELL_SIMONS_VOL_1,
        STANDARD.get("scalenes").site("supraclavicular").orElseThrow().source());
  }

  // ---------------------------------------------------------------- look-up

  @Test
  void getOfAnUnknownIdNamesTheIdAndTheCatalog() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> STANDARD.get("nope"));
    assertEquals("unknown muscle id 'nope' in catalog nmt-standard 1.0", e.getMessage());
  }

  @Test
  void getOfNullThrowsNullPointerException() {
    NullPointerException e = assertThrows(NullPointerException.class, () -> STANDARD.get(null));
    assertEquals("id", e.getMessage());
  }

  @Test
  void findAndContainsOfAnUnknownIdAreEmpty() {
    assertTrue(STANDARD.find("nope").isEmpty());
    assertFalse(STANDARD.contains("nope"));
    assertTrue(STANDARD.contains("soleus"));
    assertEquals("Soleus", STANDARD.find("soleus").orElseThrow().name());
  }

  @Test
  void getReturnsEveryEntryAndFindAgrees() {
    List<Muscle> muscles = STANDARD.muscles();
    qt().withFixedSeed(20261124L)
        .withExamples(1000)
        .forAll(integers().between(0, muscles.size() - 1))
        .check(
            i -> {
              Muscle muscle = muscles.get(i);
              return STANDARD.get(muscle.id()) == muscle
                  && STANDARD.find(muscle.id()).orElseThrow() == muscle
                  && STANDARD.contains(muscle.id());
            });
  }

  @Test
  void getOfAnyIdNotInTheCatalogFailsNamingTheId() {
    qt().withFixedSeed(20261124L)
        .withExamples(1000)
        .forAll(strings().basicLatinAlphabet().ofLengthBetween(0, 30))
        .assuming(id -> !STANDARD.contains(id))
        .check(
            id -> {
              if (STANDARD.find(id).isPresent()) {
                return false;
              }
              try {
                STANDARD.get(id);
                return false;
              } catch (IllegalArgumentException e) {
                return e.getMessage()
                    .equals("unknown muscle id '" + id + "' in catalog nmt-standard 1.0");
              }
            });
  }

  @Test
  void groupsPartitionTheCatalog() {
    qt().withFixedSeed(20261124L)
        .withExamples(500)
        .forAll(integers().between(0, STANDARD.size() - 1))
        .check(
            i -> {
              Muscle muscle = STANDARD.muscles().get(i);
              long listsHoldingIt =
                  EnumSet.allOf(FunctionalGroup.class).stream()
                      .filter(g -> STANDARD.inGroup(g).contains(muscle))
                      .count();
              return listsHoldingIt == 1 && STANDARD.inGroup(muscle.group()).contains(muscle);
            });
    int total = 0;
    for (FunctionalGroup group : FunctionalGroup.values()) {
      total += STANDARD.inGroup(group).size();
    }
    assertEquals(STANDARD.size(), total);
  }

  @Test
  void regionsPartitionTheCatalog() {
    qt().withFixedSeed(20261124L)
        .withExamples(500)
        .forAll(integers().between(0, STANDARD.size() - 1))
        .check(
            i -> {
              Muscle muscle = STANDARD.muscles().get(i);
              long listsHoldingIt =
                  EnumSet.allOf(BodyRegion.class).stream()
                      .filter(r -> STANDARD.inRegion(r).contains(muscle))
                      .count();
              return listsHoldingIt == 1 && STANDARD.inRegion(muscle.region()).contains(muscle);
            });
    int total = 0;
    for (BodyRegion region : BodyRegion.values()) {
      total += STANDARD.inRegion(region).size();
    }
    assertEquals(STANDARD.size(), total);
  }

  @Test
  void groupAndRegionListsKeepCatalogOrder() {
    List<Muscle> hamstrings = STANDARD.inGroup(FunctionalGroup.HAMSTRINGS);
    assertEquals(
        List.of("biceps-femoris", "semitendinosus", "semimembranosus"),
        hamstrings.stream().map(Muscle::id).collect(Collectors.toList()));
    List<Muscle> all = STANDARD.muscles();
    for (int i = 1; i < hamstrings.size(); i++) {
      assertTrue(all.indexOf(hamstrings.get(i - 1)) < all.indexOf(hamstrings.get(i)));
    }
  }

  // ---------------------------------------------------------------- building catalogs

  @Test
  void extendedWithAddsAndReplacesUnderANewNameAndVersion() {
    Muscle added =
        Muscle.builder()
            .id("peroneus-brevis")
            .name("Peroneus brevis")
            .region(BodyRegion.LOWER_LEG)
            .group(FunctionalGroup.SHIN)
            .source(StandardMuscles.GRAYS)
            .build();
    Muscle replacement =
        Muscle.builder().from(STANDARD.get("soleus")).name("Soleus (clinic wording)").build();
    MuscleCatalog clinic =
        STANDARD.extendedWith("clinic-catalog", "2.1.3", List.of(added, replacement));

    assertEquals("clinic-catalog", clinic.name());
    assertEquals("2.1.3", clinic.version());
    assertEquals(STANDARD.size() + 1, clinic.size());
    assertSame(added, clinic.get("peroneus-brevis"));
    assertSame(replacement, clinic.get("soleus"));
    assertEquals(
        STANDARD.muscles().indexOf(STANDARD.get("soleus")),
        clinic.muscles().indexOf(replacement),
        "a replaced entry keeps its place");
    assertEquals(clinic.size() - 1, clinic.muscles().indexOf(added), "an addition goes last");
    assertEquals("Soleus", STANDARD.get("soleus").name(), "the standard catalog is unchanged");
    assertFalse(STANDARD.contains("peroneus-brevis"));
  }

  @Test
  void ofBuildsACatalogOfExactlyTheGivenMuscles() {
    MuscleCatalog small =
        MuscleCatalog.of(
            "jaw-only", "0.1", List.of(STANDARD.get("masseter"), STANDARD.get("temporalis")));
    assertEquals(2, small.size());
    assertFalse(small.contains("soleus"));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> small.get("soleus"));
    assertEquals("unknown muscle id 'soleus' in catalog jaw-only 0.1", e.getMessage());
  }

  @Test
  void ofRejectsDuplicateIds() {
    Muscle masseter = STANDARD.get("masseter");
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> MuscleCatalog.of("dup", "1.0", List.of(masseter, masseter)));
    assertEquals("muscles[1]: duplicate muscle id 'masseter'", e.getMessage());
  }

  @Test
  void badCatalogVersionsAreRejected() {
    for (String version : List.of("1", "1.0.0.0", "v1.0", "1.x", "", "1.0-SNAPSHOT")) {
      IllegalArgumentException e =
          assertThrows(
              IllegalArgumentException.class,
              () -> MuscleCatalog.of("clinic", version, List.of()),
              version);
      assertEquals(
          "catalog version must be MAJOR.MINOR or MAJOR.MINOR.PATCH: '" + version + "'",
          e.getMessage());
    }
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> STANDARD.extendedWith("clinic", "2", List.of()));
    assertEquals("catalog version must be MAJOR.MINOR or MAJOR.MINOR.PATCH: '2'", e.getMessage());
  }

  @Test
  void badCatalogNamesAreRejected() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> MuscleCatalog.of("My Clinic", "1.0", List.of()));
    assertEquals(
        "catalog name must be a lower-kebab slug of at most 64 characters: 'My Clinic'",
        e.getMessage());
    assertEquals(
        "name",
        assertThrows(NullPointerException.class, () -> MuscleCatalog.of(null, "1.0", List.of()))
            .getMessage());
    assertEquals(
        "version",
        assertThrows(NullPointerException.class, () -> MuscleCatalog.of("clinic", null, List.of()))
            .getMessage());
  }

  // ---------------------------------------------------------------- checking locations

  @Test
  void checkAcceptsAKnownMuscleSiteAndSide() {
    assertSame(
        STANDARD.get("upper-trapezius"),
        STANDARD.check(TissueLocation.of("upper-trapezius", Side.LEFT, "upper-fibres")));
    assertSame(
        STANDARD.get("gastrocnemius"),
        STANDARD.check(TissueLocation.of("gastrocnemius", Side.BILATERAL)));
    assertSame(
        STANDARD.get("diaphragm"), STANDARD.check(TissueLocation.of("diaphragm", Side.MIDLINE)));
  }

  @Test
  void checkRejectsAnUnknownMuscle() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> STANDARD.check(TissueLocation.of("nope", Side.LEFT)));
    assertEquals("unknown muscle id 'nope' in catalog nmt-standard 1.0", e.getMessage());
  }

  @Test
  void checkRejectsAnUnknownSite() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> STANDARD.check(TissueLocation.of("upper-trapezius", Side.LEFT, "nope")));
    assertEquals("unknown trigger point site 'nope' of muscle 'upper-trapezius'", e.getMessage());
    IllegalArgumentException onFascia =
        assertThrows(
            IllegalArgumentException.class,
            () -> STANDARD.check(TissueLocation.of("plantar-fascia", Side.RIGHT, "central")));
    assertEquals(
        "unknown trigger point site 'central' of muscle 'plantar-fascia'", onFascia.getMessage());
  }

  @Test
  void checkRejectsAPairedMuscleOnTheMidline() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> STANDARD.check(TissueLocation.of("upper-trapezius", Side.MIDLINE)));
    assertEquals(
        "side of paired muscle 'upper-trapezius' must be left, right or bilateral: midline",
        e.getMessage());
  }

  @Test
  void checkRejectsAnUnpairedMuscleOffTheMidline() {
    for (Side side : List.of(Side.LEFT, Side.RIGHT, Side.BILATERAL)) {
      IllegalArgumentException e =
          assertThrows(
              IllegalArgumentException.class,
              () -> STANDARD.check(TissueLocation.of("diaphragm", side)));
      assertEquals(
          "side of unpaired muscle 'diaphragm' must be midline: " + side.id(), e.getMessage());
    }
  }

  @Test
  void checkAcceptsEverySiteOfEveryMuscleOnEveryAllowedSide() {
    List<TissueLocation> locations = new ArrayList<>();
    for (Muscle muscle : STANDARD.muscles()) {
      List<Side> sides =
          muscle.paired() ? List.of(Side.LEFT, Side.RIGHT, Side.BILATERAL) : List.of(Side.MIDLINE);
      for (Side side : sides) {
        locations.add(TissueLocation.of(muscle.id(), side));
        for (TriggerPointSite site : muscle.triggerPointSites()) {
          locations.add(TissueLocation.of(muscle.id(), side, site.id()));
        }
      }
    }
    Set<String> checked = new HashSet<>();
    for (TissueLocation location : locations) {
      checked.add(STANDARD.check(location).id());
    }
    assertEquals(STANDARD.size(), checked.size());
  }

  // ---------------------------------------------------------------- helpers

  private static void assertAllPresent(List<String> ids) {
    List<String> missing =
        ids.stream().filter(id -> !STANDARD.contains(id)).collect(Collectors.toList());
    assertEquals(List.of(), missing, "missing from the standard catalog");
  }

  private static void assertGroup(FunctionalGroup group, String... ids) {
    assertAllPresent(List.of(ids));
    for (String id : ids) {
      assertEquals(group, STANDARD.get(id).group(), id);
    }
  }

  private static void assertZones(String muscleId, String siteId, String... zones) {
    Muscle muscle = STANDARD.get(muscleId);
    TriggerPointSite site =
        muscle
            .site(siteId)
            .orElseThrow(() -> new AssertionError("no site " + siteId + " on " + muscleId));
    for (String zone : zones) {
      assertTrue(
          site.referralZones().contains(zone),
          muscleId + "/" + siteId + " lacks zone '" + zone + "': " + site.referralZones());
    }
    assertEquals(StandardMuscles.TRAVELL_SIMONS, site.source(), muscleId + "/" + siteId);
  }
}
