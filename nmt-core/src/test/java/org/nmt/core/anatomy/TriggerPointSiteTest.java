package org.nmt.core.anatomy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nmt.core.reference.Source;

class TriggerPointSiteTest {
  private static final Source SOURCE = Source.secondary("Travell & Simons");

  private static TriggerPointSite.Builder site() {
    TriggerPointSite.Builder builder = TriggerPointSite.builder();
    builder.id("upper-fibres").description("mid-belly of the upper fibres").source(SOURCE);
    return builder;
  }

  @Test
  void keepsReferralZonesInOrder() {
    TriggerPointSite site =
        site().addReferralZones("temple", "mastoid", "angle of the jaw").build();
    assertEquals(List.of("temple", "mastoid", "angle of the jaw"), site.referralZones());
    assertEquals("upper-fibres", site.id());
    assertEquals("mid-belly of the upper fibres", site.description());
    assertEquals(SOURCE, site.source());
  }

  @Test
  void rejectsIdsThatAreNotLowerKebabSlugs() {
    for (String id : List.of("Upper-Fibres", "upper fibres", "upper_fibres", "-upper", "")) {
      IllegalArgumentException e =
          assertThrows(
              IllegalArgumentException.class,
              () -> site().id(id).addReferralZones("temple").build(),
              id);
      assertEquals(
          "trigger point site id must be a lower-kebab slug of at most 64 characters: '" + id + "'",
          e.getMessage());
    }
  }

  @Test
  void rejectsABlankDescription() {
    for (String description : List.of("", "  ")) {
      IllegalArgumentException e =
          assertThrows(
              IllegalArgumentException.class,
              () -> site().description(description).addReferralZones("temple").build());
      assertEquals(
          "trigger point site 'upper-fibres': description must not be blank", e.getMessage());
    }
  }

  @Test
  void rejectsEmptyReferralZones() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> site().build());
    assertEquals(
        "trigger point site 'upper-fibres': referralZones must not be empty", e.getMessage());
  }
}
