package org.nmt.core.anatomy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.nmt.core.reference.Source;

class MuscleTest {
  private static final Source SOURCE =
      Source.secondary("Gray's Anatomy, 42nd ed. (Standring 2020)");
  private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  private static Muscle.Builder soleus() {
    Muscle.Builder builder = Muscle.builder();
    builder
        .id("soleus")
        .name("Soleus")
        .region(BodyRegion.LOWER_LEG)
        .group(FunctionalGroup.CALVES)
        .source(SOURCE);
    return builder;
  }

  private static TriggerPointSite site(String id) {
    return TriggerPointSite.builder()
        .id(id)
        .description("distal belly")
        .addReferralZones("heel")
        .source(SOURCE)
        .build();
  }

  @Test
  void defaultsToAPairedMuscleWithoutInnervationOrSites() {
    Muscle muscle = soleus().build();
    assertEquals(TissueKind.MUSCLE, muscle.tissue());
    assertTrue(muscle.paired());
    assertTrue(muscle.innervation().isEmpty());
    assertTrue(muscle.triggerPointSites().isEmpty());
    assertEquals(SOURCE, muscle.source());
  }

  @Test
  void siteFindsATriggerPointSiteById() {
    TriggerPointSite distal = site("distal-belly");
    TriggerPointSite proximal = site("proximal-belly");
    Muscle muscle = soleus().addTriggerPointSites(distal, proximal).build();
    assertSame(proximal, muscle.site("proximal-belly").orElseThrow());
    assertSame(distal, muscle.site("distal-belly").orElseThrow());
    assertTrue(muscle.site("central").isEmpty());
    assertEquals(List.of(distal, proximal), muscle.triggerPointSites());
  }

  @Test
  void fasciaAndUnpairedAreKept() {
    Muscle fascia = soleus().id("plantar-fascia").tissue(TissueKind.FASCIA).build();
    assertEquals(TissueKind.FASCIA, fascia.tissue());
    Muscle diaphragm = soleus().id("diaphragm").paired(false).build();
    assertFalse(diaphragm.paired());
  }

  @Test
  void rejectsIdsThatAreNotLowerKebabSlugs() {
    for (String id :
        List.of("Soleus", "upper_trapezius", "upper trapezius", "-soleus", "soleus-", "a--b", "")) {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> soleus().id(id).build(), id);
      assertEquals(
          "muscle id must be a lower-kebab slug of at most 64 characters: '" + id + "'",
          e.getMessage());
    }
  }

  @Test
  void acceptsIdsOfUpToSixtyFourCharacters() {
    String longest = "a".repeat(64);
    assertEquals(longest, soleus().id(longest).build().id());
    String tooLong = "a".repeat(65);
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> soleus().id(tooLong).build());
    assertEquals(
        "muscle id must be a lower-kebab slug of at most 64 characters: '" + tooLong + "'",
        e.getMessage());
  }

  @Test
  void shortensVeryLongBadIdsInTheMessage() {
    String huge = "a".repeat(500);
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> soleus().id(huge).build());
    assertEquals(
        "muscle id must be a lower-kebab slug of at most 64 characters: '"
            + "a".repeat(80)
            + "...'",
        e.getMessage());
  }

  @Test
  void rejectsABlankName() {
    for (String name : List.of("", "   ", "\t")) {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> soleus().name(name).build());
      assertEquals("muscle 'soleus': name must not be blank", e.getMessage());
    }
  }

  @Test
  void rejectsABlankInnervation() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> soleus().innervation(" ").build());
    assertEquals("muscle 'soleus': innervation must not be blank when given", e.getMessage());
  }

  @Test
  void rejectsTriggerPointSitesOnFascia() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> soleus().tissue(TissueKind.FASCIA).addTriggerPointSites(site("central")).build());
    assertEquals("muscle 'soleus': fascia has no trigger point sites", e.getMessage());
  }

  @Test
  void rejectsDuplicateTriggerPointSiteIds() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                soleus()
                    .addTriggerPointSites(site("distal-belly"), site("proximal"))
                    .addTriggerPointSite(site("distal-belly"))
                    .build());
    assertEquals(
        "triggerPointSites[2]: duplicate trigger point site id 'distal-belly' in muscle 'soleus'",
        e.getMessage());
  }

  @Test
  void acceptsEveryLowerKebabSlug() {
    qt().withFixedSeed(20261124L)
        .withExamples(1000)
        .forAll(
            lists()
                .of(strings().betweenCodePoints('a', 'z').ofLengthBetween(1, 8))
                .ofSizeBetween(1, 5),
            integers().between(0, 99))
        .check(
            (words, n) -> {
              String id = String.join("-", words) + (n % 2 == 0 ? "" : "-" + n);
              return soleus().id(id).build().id().equals(id);
            });
  }

  @Test
  void rejectsEveryStringThatIsNotASlug() {
    qt().withFixedSeed(20261124L)
        .withExamples(1000)
        .forAll(strings().basicLatinAlphabet().ofLengthBetween(0, 40))
        .assuming(id -> !SLUG.matcher(id).matches())
        .check(
            id -> {
              try {
                soleus().id(id).build();
                return false;
              } catch (IllegalArgumentException e) {
                return e.getMessage()
                    .equals(
                        "muscle id must be a lower-kebab slug of at most 64 characters: '"
                            + id
                            + "'");
              }
            });
  }

  @Test
  void builderFromCopiesAndChangesOneAttribute() {
    Muscle muscle = soleus().innervation("tibial nerve").build();
    Muscle renamed = Muscle.builder().from(muscle).name("Soleus muscle").build();
    assertEquals("Soleus muscle", renamed.name());
    assertEquals(muscle.innervation(), renamed.innervation());
    assertEquals("Soleus", muscle.name());
    assertEquals(muscle, soleus().innervation("tibial nerve").build());
    assertEquals(muscle.hashCode(), soleus().innervation("tibial nerve").build().hashCode());
  }
}
