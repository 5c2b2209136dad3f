package org.nmt.core.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class SourceTest {
  @Test
  void factoriesSetTheEvidence() {
    assertEquals(Evidence.PRIMARY, Source.primary("Farrar 2001").evidence());
    assertEquals(Evidence.SECONDARY, Source.secondary("Farrar 2001").evidence());
    assertEquals(Evidence.UNCONFIRMED, Source.unconfirmed("Farrar 2001").evidence());
    assertEquals(Source.secondary("Farrar 2001"), Source.of("Farrar 2001", Evidence.SECONDARY));
    assertEquals("Farrar 2001", Source.of("Farrar 2001", Evidence.PRIMARY).citation());
  }

  @Test
  void equalsByCitationAndEvidence() {
    assertEquals(Source.primary("A"), Source.primary("A"));
    assertEquals(Source.primary("A").hashCode(), Source.primary("A").hashCode());
    assertNotEquals(Source.primary("A"), Source.secondary("A"));
    assertNotEquals(Source.primary("A"), Source.primary("B"));
  }

  @Test
  void rejectsABlankCitation() {
    for (String blank : List.of("", " ", "\t\n")) {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> Source.primary(blank));
      assertEquals("citation must not be blank", e.getMessage());
      e = assertThrows(IllegalArgumentException.class, () -> Source.of(blank, Evidence.SECONDARY));
      assertEquals("citation must not be blank", e.getMessage());
    }
  }

  @Test
  void rejectsNulls() {
    NullPointerException e =
        assertThrows(NullPointerException.class, () -> Source.unconfirmed(null));
    assertEquals("citation", e.getMessage());
    e = assertThrows(NullPointerException.class, () -> Source.of("A", null));
    assertEquals("evidence", e.getMessage());
  }

  @Test
  void toStringIsTheCitationWithItsEvidenceUnlessPrimary() {
    assertEquals(
        "Farrar et al. 2001, Pain 94(2)",
        Source.primary("Farrar et al. 2001, Pain 94(2)").toString());
    assertEquals("JOSPT 2014 (secondary)", Source.secondary("JOSPT 2014").toString());
    assertEquals("seed 002 (unconfirmed)", Source.unconfirmed("seed 002").toString());
  }

  @Test
  void evidenceIds() {
    assertEquals("primary", Evidence.PRIMARY.id());
    assertEquals("secondary", Evidence.SECONDARY.id());
    assertEquals("unconfirmed", Evidence.UNCONFIRMED.id());
  }
}
