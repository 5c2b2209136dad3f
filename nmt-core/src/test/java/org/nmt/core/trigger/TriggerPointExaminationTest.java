package org.nmt.core.trigger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nmt.core.anatomy.Side;
import org.nmt.core.anatomy.TissueLocation;
import org.nmt.core.assessment.PressurePainThreshold;
import org.quicktheories.core.Gen;

class TriggerPointExaminationTest {
  private static final long SEED = 20261124L;
  private static final TissueLocation SITE =
      TissueLocation.of("upper-trapezius", Side.LEFT, "central");
  private static final List<TissueLocation> LOCATIONS =
      List.of(
          SITE,
          TissueLocation.of("upper-trapezius", Side.RIGHT),
          TissueLocation.of("gluteus-medius", Side.BILATERAL, "posterior"),
          TissueLocation.of("diaphragm", Side.MIDLINE));

  /** The findings that decide the classification, and the ones that must not. */
  private record Findings(
      TissueLocation location,
      boolean tautBand,
      boolean hypersensitiveSpot,
      boolean referredPain,
      boolean painRecognition,
      boolean twitch,
      boolean jumpSign,
      int palpationPain,
      int pptTenths) {

    /** The examination with only the essential criteria and pain recognition. */
    TriggerPointExamination essentialsOnly() {
      return TriggerPointExamination.builder()
          .location(location)
          .tautBand(tautBand)
          .hypersensitiveSpot(hypersensitiveSpot)
          .referredPain(referredPain)
          .painRecognition(painRecognition)
          .build();
    }

    /** The same examination with supporting signs, palpation pain and PPT as generated. */
    TriggerPointExamination withEverything() {
      TriggerPointExamination.Builder builder = TriggerPointExamination.builder();
      builder
          .location(location)
          .tautBand(tautBand)
          .hypersensitiveSpot(hypersensitiveSpot)
          .referredPain(referredPain)
          .painRecognition(painRecognition)
          .localTwitchResponse(twitch)
          .jumpSign(jumpSign);
      if (referredPain) {
        builder.addReferralZonesObserved("temple", "angle of the jaw");
      }
      if (palpationPain >= 0) {
        builder.palpationPain(palpationPain);
      }
      if (pptTenths > 0) {
        builder.pressurePainThreshold(
            PressurePainThreshold.ofKilogramsPerSquareCentimetre(pptTenths / 10.0));
      }
      return builder.build();
    }
  }

  private static Gen<Findings> findings() {
    Gen<List<Boolean>> flags = lists().of(booleans().all()).ofSize(6);
    return arbitrary()
        .pick(LOCATIONS)
        .zip(
            flags,
            integers().between(-1, 10),
            integers().between(0, 200),
            (location, f, pain, ppt) ->
                new Findings(
                    location, f.get(0), f.get(1), f.get(2), f.get(3), f.get(4), f.get(5), pain,
                    ppt));
  }

  private static TriggerPointExamination.Builder examination() {
    TriggerPointExamination.Builder builder = TriggerPointExamination.builder();
    builder
        .location(SITE)
        .tautBand(true)
        .hypersensitiveSpot(true)
        .referredPain(false)
        .painRecognition(false);
    return builder;
  }

  /** The whole truth table of the 2018 Delphi classification over its four findings. */
  @ParameterizedTest(name = "taut band {0}, spot {1}, referred {2}, recognition {3} -> {4}")
  @CsvSource({
    "false, false, false, false, NOT_CONFIRMED",
    "false, false, false, true,  NOT_CONFIRMED",
    "false, false, true,  false, NOT_CONFIRMED",
    "false, false, true,  true,  NOT_CONFIRMED",
    "false, true,  false, false, NOT_CONFIRMED",
    "false, true,  false, true,  NOT_CONFIRMED",
    "false, true,  true,  false, LATENT",
    "false, true,  true,  true,  ACTIVE",
    "true,  false, false, false, NOT_CONFIRMED",
    "true,  false, false, true,  NOT_CONFIRMED",
    "true,  false, true,  false, LATENT",
    "true,  false, true,  true,  ACTIVE",
    "true,  true,  false, false, LATENT",
    "true,  true,  false, true,  ACTIVE",
    "true,  true,  true,  false, LATENT",
    "true,  true,  true,  true,  ACTIVE",
  })
  void classifiesByTheDelphiCriteria(
      boolean tautBand,
      boolean spot,
      boolean referred,
      boolean recognition,
      TriggerPointStatus expected) {
    assertEquals(expected, TriggerPointExamination.classify(tautBand, spot, referred, recognition));
    TriggerPointExamination exam =
        TriggerPointExamination.builder()
            .location(SITE)
            .tautBand(tautBand)
            .hypersensitiveSpot(spot)
            .referredPain(referred)
            .painRecognition(recognition)
            .build();
    assertEquals(expected, exam.status());
    assertEquals(expected != TriggerPointStatus.NOT_CONFIRMED, exam.status().isConfirmed());
  }

  @Test
  void twoOfThreeEssentialCriteriaAreRequired() {
    assertEquals(2, TriggerPointExamination.ESSENTIAL_CRITERIA_REQUIRED);
  }

  @Test
  void countsTheEssentialCriteria() {
    assertEquals(
        0, examination().tautBand(false).hypersensitiveSpot(false).build().essentialCriteriaMet());
    assertEquals(1, examination().tautBand(false).build().essentialCriteriaMet());
    assertEquals(2, examination().build().essentialCriteriaMet());
    assertEquals(3, examination().referredPain(true).build().essentialCriteriaMet());
  }

  @Test
  void supportingSignsDefaultToAbsent() {
    TriggerPointExamination exam = examination().build();
    assertFalse(exam.localTwitchResponse());
    assertFalse(exam.jumpSign());
    assertTrue(exam.palpationPain().isEmpty());
    assertTrue(exam.pressurePainThreshold().isEmpty());
    assertTrue(exam.referralZonesObserved().isEmpty());
  }

  @Test
  void statusIsTheClassificationOfTheFindings() {
    qt().withFixedSeed(SEED)
        .withExamples(1000)
        .forAll(findings())
        .checkAssert(
            f -> {
              TriggerPointExamination exam = f.withEverything();
              assertEquals(
                  TriggerPointExamination.classify(
                      f.tautBand(), f.hypersensitiveSpot(), f.referredPain(), f.painRecognition()),
                  exam.status());
            });
  }

  @Test
  void supportingSignsPalpationPainAndThresholdNeverChangeTheStatus() {
    qt().withFixedSeed(SEED)
        .withExamples(1000)
        .forAll(findings())
        .checkAssert(f -> assertEquals(f.essentialsOnly().status(), f.withEverything().status()));
  }

  @Test
  void confirmedIffTwoEssentialCriteriaAreMet() {
    qt().withFixedSeed(SEED)
        .withExamples(1000)
        .forAll(findings())
        .checkAssert(
            f -> {
              TriggerPointExamination exam = f.withEverything();
              int expected =
                  (f.tautBand() ? 1 : 0)
                      + (f.hypersensitiveSpot() ? 1 : 0)
                      + (f.referredPain() ? 1 : 0);
              assertEquals(expected, exam.essentialCriteriaMet());
              assertEquals(exam.essentialCriteriaMet() >= 2, exam.status().isConfirmed());
              if (exam.status().isConfirmed()) {
                assertEquals(
                    f.painRecognition() ? TriggerPointStatus.ACTIVE : TriggerPointStatus.LATENT,
                    exam.status());
              }
            });
  }

  @Test
  void referralZonesNeedReferredPain() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> examination().addReferralZonesObserved("temple").build());
    assertEquals(
        "trigger point upper-trapezius/left/central: referralZonesObserved must be empty when"
            + " referredPain is false",
        e.getMessage());
  }

  @Test
  void rejectsBlankOrOverlongReferralZones() {
    for (String zone : List.of(" ", "z".repeat(101))) {
      IllegalArgumentException e =
          assertThrows(
              IllegalArgumentException.class,
              () -> examination().referredPain(true).addReferralZonesObserved(zone).build());
      assertEquals(
          "trigger point upper-trapezius/left/central: referralZonesObserved must be 1..100"
              + " characters, not blank",
          e.getMessage());
    }
  }

  @Test
  void referralZonesWithReferredPainAreKept() {
    TriggerPointExamination exam =
        examination().referredPain(true).addReferralZonesObserved("temple", "mastoid").build();
    assertEquals(List.of("temple", "mastoid"), exam.referralZonesObserved());
  }

  @Test
  void palpationPainMustBeWithin0To10() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> examination().palpationPain(11).build());
    assertEquals(
        "trigger point upper-trapezius/left/central: palpationPain must be within 0..10: 11",
        e.getMessage());
    e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                examination()
                    .location(TissueLocation.of("soleus", Side.RIGHT))
                    .palpationPain(-1)
                    .build());
    assertEquals(
        "trigger point soleus/right: palpationPain must be within 0..10: -1", e.getMessage());
    assertEquals(0, examination().palpationPain(0).build().palpationPain().getAsInt());
    assertEquals(10, examination().palpationPain(10).build().palpationPain().getAsInt());
  }

  @Test
  void toStringShowsTheLocationAsItsId() {
    String text =
        examination()
            .referredPain(true)
            .addReferralZonesObserved("temple")
            .palpationPain(6)
            .build()
            .toString();
    assertTrue(text.startsWith("TriggerPointExamination{"), text);
    assertTrue(text.contains("location=upper-trapezius/left/central"), text);
    assertTrue(text.contains("palpationPain=6"), text);
    String wholeMuscle =
        examination().location(TissueLocation.of("soleus", Side.BILATERAL)).build().toString();
    assertTrue(wholeMuscle.contains("location=soleus/bilateral,"), wholeMuscle);
  }

  @Test
  void statusIds() {
    assertEquals("active", TriggerPointStatus.ACTIVE.id());
    assertEquals("latent", TriggerPointStatus.LATENT.id());
    assertEquals("not-confirmed", TriggerPointStatus.NOT_CONFIRMED.id());
    assertTrue(TriggerPointStatus.ACTIVE.isConfirmed());
    assertTrue(TriggerPointStatus.LATENT.isConfirmed());
    assertFalse(TriggerPointStatus.NOT_CONFIRMED.isConfirmed());
  }
}
