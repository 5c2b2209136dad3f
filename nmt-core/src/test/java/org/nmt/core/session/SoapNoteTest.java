package org.nmt.core.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class SoapNoteTest {
  static final String SUBJECTIVE = "Subjective: divorce stress since Marchwood move";
  static final String OBJECTIVE = "Objective: taut band felt left of Zephyrine scar";
  static final String ASSESSMENT = "Assessment: likely Obadiah-pattern referral";
  static final String PLAN = "Plan: recheck after Hollowbrook marathon";

  static SoapNote note() {
    return SoapNote.builder()
        .subjective(SUBJECTIVE)
        .objective(OBJECTIVE)
        .assessment(ASSESSMENT)
        .plan(PLAN)
        .build();
  }

  @Test
  void keepsAllFourParts() {
    SoapNote note = note();
    assertEquals(Optional.of(SUBJECTIVE), note.subjective());
    assertEquals(Optional.of(OBJECTIVE), note.objective());
    assertEquals(Optional.of(ASSESSMENT), note.assessment());
    assertEquals(Optional.of(PLAN), note.plan());
  }

  @Test
  void partsAreOptional() {
    SoapNote note = SoapNote.builder().plan(PLAN).build();
    assertEquals(Optional.empty(), note.subjective());
    assertEquals(Optional.of(PLAN), note.plan());
  }

  @Test
  void noPartEverAppearsInToString() {
    String text = note().toString();
    for (String word : new String[] {"Marchwood", "Zephyrine", "Obadiah", "Hollowbrook"}) {
      assertFalse(text.contains(word), text);
    }
  }
}
