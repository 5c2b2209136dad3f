package org.nmt.core.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.nmt.core.id.ClientId;

class ClientTest {
  private static Client.Builder client() {
    Client.Builder builder = Client.builder();
    builder.id(ClientId.of("c-001"));
    return builder;
  }

  @Test
  void holdsOnlyPseudonymousFields() {
    Client c =
        client()
            .birthYear(1980)
            .sex(Sex.FEMALE)
            .addActivityProfiles(ActivityProfile.HIKER, ActivityProfile.OFFICE_WORKER)
            .addPresentingConditions(Condition.LOW_BACK_PAIN)
            .build();
    assertEquals(ClientId.of("c-001"), c.id());
    assertEquals(1980, c.birthYear().getAsInt());
    assertEquals(Sex.FEMALE, c.sex().orElseThrow());
    assertEquals(
        Set.of(ActivityProfile.HIKER, ActivityProfile.OFFICE_WORKER), c.activityProfiles());
    assertEquals(Set.of(Condition.LOW_BACK_PAIN), c.presentingConditions());
  }

  @Test
  void optionalFieldsMayBeAbsent() {
    Client c = client().build();
    assertTrue(c.birthYear().isEmpty());
    assertTrue(c.sex().isEmpty());
    assertTrue(c.activityProfiles().isEmpty());
    assertTrue(c.presentingConditions().isEmpty());
  }

  @Test
  void birthYearBoundsAreInclusive() {
    assertEquals(1900, Client.MINIMUM_BIRTH_YEAR);
    assertEquals(2100, Client.MAXIMUM_BIRTH_YEAR);
    assertEquals(1900, client().birthYear(1900).build().birthYear().getAsInt());
    assertEquals(2100, client().birthYear(2100).build().birthYear().getAsInt());
  }

  @Test
  void rejectsABirthYearBefore1900() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> client().birthYear(1899).build());
    assertEquals("birthYear must be within 1900..2100: 1899", e.getMessage());
  }

  @Test
  void rejectsABirthYearAfter2100() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> client().birthYear(2101).build());
    assertEquals("birthYear must be within 1900..2100: 2101", e.getMessage());
  }

  @Test
  void acceptsABirthYearIffWithinBounds() {
    qt().withFixedSeed(20261124L)
        .withExamples(1000)
        .forAll(integers().between(1700, 2300))
        .checkAssert(
            year -> {
              if (year >= 1900 && year <= 2100) {
                assertEquals(year, client().birthYear(year).build().birthYear().getAsInt());
              } else {
                IllegalArgumentException e =
                    assertThrows(
                        IllegalArgumentException.class, () -> client().birthYear(year).build());
                assertEquals("birthYear must be within 1900..2100: " + year, e.getMessage());
              }
            });
  }
}
