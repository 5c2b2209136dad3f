package org.nmt.core.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nmt.core.id.AssessmentId;

class QuestionnaireScoreTest {
  private static final Instant AT = Instant.parse("2026-03-01T18:00:00Z");

  private static QuestionnaireScore score(Questionnaire questionnaire, double score) {
    return QuestionnaireScore.builder()
        .id(AssessmentId.of("q-1"))
        .takenAt(AT)
        .questionnaire(questionnaire)
        .score(score)
        .build();
  }

  @ParameterizedTest
  @CsvSource({"NDI, 50", "ODI, 100", "PSFS, 10", "LEFS, 80", "QUICK_DASH, 100"})
  void acceptsTheWholeRange(Questionnaire questionnaire, double maximum) {
    assertEquals(0.0, score(questionnaire, 0).score());
    assertEquals(maximum, score(questionnaire, maximum).score());
    assertEquals(maximum, questionnaire.measure().maximum());
  }

  @ParameterizedTest
  @CsvSource({
    "NDI, 50.5, 'questionnaire score q-1: ndi score must be within 0.0..50.0: 50.5'",
    "ODI, 101, 'questionnaire score q-1: odi score must be within 0.0..100.0: 101.0'",
    "PSFS, 10.1, 'questionnaire score q-1: psfs score must be within 0.0..10.0: 10.1'",
    "LEFS, 81, 'questionnaire score q-1: lefs score must be within 0.0..80.0: 81.0'",
    "QUICK_DASH, 100.5,"
        + " 'questionnaire score q-1: quick-dash score must be within 0.0..100.0: 100.5'",
    "LEFS, -1, 'questionnaire score q-1: lefs score must be within 0.0..80.0: -1.0'",
  })
  void rejectsAScoreOutsideTheRange(Questionnaire questionnaire, double score, String message) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> score(questionnaire, score));
    assertEquals(message, e.getMessage());
  }

  @Test
  void rejectsNaN() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> score(Questionnaire.NDI, Double.NaN));
    assertEquals(
        "questionnaire score q-1: ndi score must be within 0.0..50.0: NaN", e.getMessage());
  }
}
