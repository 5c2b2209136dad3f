package org.nmt.protocol.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every finding code is produced by a scenario, with its severity, path and exact message. */
class EveryFindingCodeTest {

  @ParameterizedTest
  @EnumSource(FindingCode.class)
  void scenarioProducesExactlyItsFindings(FindingCode code) {
    FindingScenarios.Scenario scenario = FindingScenarios.of(code);
    assertEquals(scenario.expected, scenario.actual);
    assertTrue(
        scenario.actual.stream().anyMatch(f -> f.code() == code && f.severity() == code.severity()),
        code.id());
  }

  @ParameterizedTest
  @EnumSource(FindingCode.class)
  void messagesCarryNoFreeText(FindingCode code) {
    for (Finding finding : FindingScenarios.of(code).actual) {
      assertFalse(finding.message().contains(Fixtures.MARKER), finding.message());
      assertFalse(finding.toString().contains(Fixtures.MARKER), finding.toString());
    }
  }
}
