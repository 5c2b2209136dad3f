package org.nmt.protocol.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.nmt.core.record.ClientRecord;
import org.nmt.core.scenario.SeedScenarios;
import org.nmt.protocol.definition.Protocols;
import org.nmt.protocol.validation.Finding;
import org.nmt.protocol.validation.RecordValidator;

/**
 * The seed scenarios are realistic, well-kept courses: validating them against the seeds protocol
 * finds nothing but what a careful clinic would also see (atypical durations are information).
 */
class SeedScenariosValidationTest {
  private static List<String> findings(ClientRecord record) {
    return RecordValidator.validate(Protocols.seeds(), record).stream()
        .map(Finding::toString)
        .collect(Collectors.toList());
  }

  @Test
  void everySeedCourseValidatesWithoutErrorsOrWarnings() {
    for (ClientRecord record : SeedScenarios.all()) {
      List<String> serious =
          RecordValidator.validate(Protocols.seeds(), record).stream()
              .filter(f -> f.severity() != org.nmt.protocol.validation.Severity.INFO)
              .map(Finding::toString)
              .collect(Collectors.toList());
      assertEquals(List.of(), serious, record.client().id().toString());
    }
  }

  @Test
  void theHikersCourseHasNoFindingAtAll() {
    assertEquals(List.of(), findings(SeedScenarios.hiker()));
  }
}
