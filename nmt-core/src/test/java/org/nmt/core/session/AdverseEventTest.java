package org.nmt.core.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class AdverseEventTest {
  private static final String DESCRIPTION =
      "Felt faint at the bus stop, neighbour Mrs Quillfeather drove her home";

  @Test
  void ofIsANonSeriousEventWithoutDescription() {
    AdverseEvent event = AdverseEvent.of(AdverseEventKind.HEADACHE);
    assertEquals(AdverseEventKind.HEADACHE, event.kind());
    assertFalse(event.serious());
    assertEquals(Optional.empty(), event.description());
  }

  @Test
  void keepsTheDescription() {
    AdverseEvent event =
        AdverseEvent.builder()
            .kind(AdverseEventKind.DIZZINESS)
            .serious(true)
            .description(DESCRIPTION)
            .build();
    assertTrue(event.serious());
    assertEquals(Optional.of(DESCRIPTION), event.description());
  }

  @Test
  void theDescriptionNeverAppearsInToString() {
    AdverseEvent event =
        AdverseEvent.builder().kind(AdverseEventKind.DIZZINESS).description(DESCRIPTION).build();
    assertFalse(event.toString().contains("Quillfeather"), event.toString());
    assertFalse(event.toString().contains("faint"), event.toString());
    assertEquals("AdverseEvent{kind=DIZZINESS, serious=false, description=***}", event.toString());
  }

  @Test
  void theDescriptionNeverAppearsInTheResponsesToString() {
    ClientResponse response =
        ClientResponse.builder()
            .soreness(Soreness.MODERATE)
            .addAdverseEvent(
                AdverseEvent.builder()
                    .kind(AdverseEventKind.OTHER)
                    .description(DESCRIPTION)
                    .build())
            .build();
    assertFalse(response.toString().contains("Quillfeather"), response.toString());
  }
}
