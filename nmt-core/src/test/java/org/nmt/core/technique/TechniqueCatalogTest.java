package org.nmt.core.technique;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.nmt.core.stage.Stage;

class TechniqueCatalogTest {
  private static final TechniqueCatalog CATALOG = TechniqueCatalog.standard();

  private static TechniqueProfile profile(Technique technique) {
    return CATALOG.profile(technique);
  }

  @Test
  void everyTechniqueHasAProfileWithAStageAndASource() {
    for (Technique technique : Technique.values()) {
      TechniqueProfile profile = profile(technique);
      assertSame(technique, profile.technique());
      assertFalse(profile.stages().isEmpty(), technique::id);
      assertFalse(profile.sources().isEmpty(), technique::id);
    }
    assertEquals(
        List.of(Technique.values()),
        CATALOG.profiles().stream().map(TechniqueProfile::technique).toList());
  }

  @Test
  void everyDosingSourceIsAmongItsProfilesSources() {
    for (TechniqueProfile profile : CATALOG.profiles()) {
      profile
          .dosing()
          .ifPresent(
              d -> assertTrue(profile.sources().contains(d.source()), profile.technique()::id));
    }
  }

  @Test
  void ischemicCompressionFollowsTravell() {
    TechniqueProfile profile = profile(Technique.ISCHEMIC_COMPRESSION);
    assertTrue(profile.deepPressure());
    assertEquals(Set.of(Stage.PAIN_ELIMINATION), profile.stages());
    Dosing dosing = profile.dosing().orElseThrow();
    assertEquals(Duration.ofSeconds(60), dosing.maximumHold().orElseThrow());
    assertTrue(dosing.recommendedHold().isEmpty());
    assertEquals(7, dosing.targetIntensityLow().getAsInt());
    assertEquals(8, dosing.targetIntensityHigh().getAsInt());
    assertTrue(dosing.restDayAfterFirstThenAlternateDays());
    assertSame(TechniqueCatalog.TRAVELL_ISCHEMIC, dosing.source());
  }

  @Test
  void stretchesAreHeldThirtySeconds() {
    for (Technique stretch : List.of(Technique.PASSIVE_STRETCHING, Technique.ACTIVE_STRETCHING)) {
      TechniqueProfile profile = profile(stretch);
      assertEquals(Set.of(Stage.FLEXIBILITY), profile.stages(), stretch::id);
      assertFalse(profile.deepPressure(), stretch::id);
      Dosing dosing = profile.dosing().orElseThrow();
      assertEquals(Duration.ofSeconds(30), dosing.recommendedHold().orElseThrow(), stretch::id);
      assertFalse(dosing.restDayAfterFirstThenAlternateDays(), stretch::id);
      assertSame(TechniqueCatalog.BANDY_IRION_1997, dosing.source(), stretch::id);
    }
  }

  @Test
  void strengtheningServesOnlyStrength() {
    assertEquals(Set.of(Stage.STRENGTH), profile(Technique.STRENGTHENING_EXERCISE).stages());
  }

  @Test
  void enduranceExerciseServesOnlyEndurance() {
    assertEquals(Set.of(Stage.ENDURANCE), profile(Technique.ENDURANCE_EXERCISE).stages());
  }

  @Test
  void triggerPointPressureReleaseServesPainElimination() {
    TechniqueProfile profile = profile(Technique.TRIGGER_POINT_PRESSURE_RELEASE);
    assertTrue(profile.serves(Stage.PAIN_ELIMINATION));
    assertEquals(Set.of(Stage.PAIN_ELIMINATION), profile.stages());
    assertTrue(profile.deepPressure());
    assertSame(TechniqueCatalog.SIMONS_1999, profile.dosing().orElseThrow().source());
  }

  @Test
  void onlyPressureTechniquesApplyDeepPressure() {
    Set<Technique> deep =
        Stream.of(Technique.values())
            .filter(t -> profile(t).deepPressure())
            .collect(Collectors.toCollection(() -> EnumSet.noneOf(Technique.class)));
    assertEquals(
        EnumSet.of(
            Technique.TRIGGER_POINT_PRESSURE_RELEASE,
            Technique.ISCHEMIC_COMPRESSION,
            Technique.FRICTION),
        deep);
  }

  @Test
  void servingStage() {
    assertEquals(
        List.of(
            Technique.TRIGGER_POINT_PRESSURE_RELEASE,
            Technique.ISCHEMIC_COMPRESSION,
            Technique.POSITIONAL_RELEASE,
            Technique.MYOFASCIAL_RELEASE,
            Technique.CRANIOSACRAL_THERAPY,
            Technique.ORTHO_BIONOMY,
            Technique.FRICTION),
        CATALOG.servingStage(Stage.PAIN_ELIMINATION));
    assertEquals(
        List.of(
            Technique.MUSCLE_ENERGY_TECHNIQUE,
            Technique.POSITIONAL_RELEASE,
            Technique.MYOFASCIAL_RELEASE,
            Technique.ORTHO_BIONOMY,
            Technique.POSTURAL_RE_EDUCATION),
        CATALOG.servingStage(Stage.STRUCTURAL_CORRECTION));
    assertEquals(
        List.of(
            Technique.MUSCLE_ENERGY_TECHNIQUE,
            Technique.PASSIVE_STRETCHING,
            Technique.ACTIVE_STRETCHING,
            Technique.POSTURAL_RE_EDUCATION),
        CATALOG.servingStage(Stage.FLEXIBILITY));
    assertEquals(List.of(Technique.STRENGTHENING_EXERCISE), CATALOG.servingStage(Stage.STRENGTH));
    assertEquals(List.of(Technique.ENDURANCE_EXERCISE), CATALOG.servingStage(Stage.ENDURANCE));
  }

  @Test
  void servingStageAgreesWithServes() {
    for (Stage stage : Stage.values()) {
      List<Technique> serving = CATALOG.servingStage(stage);
      assertFalse(serving.isEmpty(), stage::id);
      for (Technique technique : Technique.values()) {
        assertEquals(
            profile(technique).serves(stage),
            serving.contains(technique),
            () -> stage.id() + " / " + technique.id());
      }
    }
  }

  @Test
  void ofBuildsACatalogOfExactlyTheProfiles() {
    List<TechniqueProfile> profiles = new ArrayList<>(CATALOG.profiles());
    TechniqueProfile gentle =
        TechniqueProfile.builder().from(profile(Technique.FRICTION)).deepPressure(false).build();
    profiles.set(Technique.FRICTION.ordinal(), gentle);
    TechniqueCatalog custom = TechniqueCatalog.of(profiles);
    assertSame(gentle, custom.profile(Technique.FRICTION));
    assertSame(profile(Technique.PASSIVE_STRETCHING), custom.profile(Technique.PASSIVE_STRETCHING));
    assertTrue(profile(Technique.FRICTION).deepPressure());
    assertFalse(custom.profile(Technique.FRICTION).deepPressure());
  }

  @Test
  void ofRejectsAMissingTechnique() {
    List<TechniqueProfile> profiles =
        CATALOG.profiles().stream()
            .filter(p -> p.technique() != Technique.ENDURANCE_EXERCISE)
            .toList();
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> TechniqueCatalog.of(profiles));
    assertEquals("missing technique profile: endurance-exercise", e.getMessage());
  }

  @Test
  void ofRejectsADuplicateTechnique() {
    List<TechniqueProfile> profiles =
        Stream.concat(CATALOG.profiles().stream(), Stream.of(profile(Technique.FRICTION))).toList();
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> TechniqueCatalog.of(profiles));
    assertEquals("duplicate technique profile: friction", e.getMessage());
  }

  @Test
  void ofRejectsANullProfile() {
    List<TechniqueProfile> profiles = new ArrayList<>(CATALOG.profiles());
    profiles.add(0, null);
    NullPointerException e =
        assertThrows(NullPointerException.class, () -> TechniqueCatalog.of(profiles));
    assertEquals("profile", e.getMessage());
  }

  @Test
  void profileRejectsNull() {
    NullPointerException e = assertThrows(NullPointerException.class, () -> CATALOG.profile(null));
    assertEquals("technique", e.getMessage());
  }
}
