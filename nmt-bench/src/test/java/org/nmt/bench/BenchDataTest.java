package org.nmt.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.nmt.core.record.ClientRecord;
import org.nmt.protocol.definition.Protocols;
import org.nmt.protocol.validation.Finding;
import org.nmt.protocol.validation.FindingCode;
import org.nmt.protocol.validation.RecordValidator;

/** The records the scaling benchmark validates have the findings their javadoc promises. */
class BenchDataTest {
  private static List<String> mismatches(ClientRecord record) {
    return RecordValidator.validate(Protocols.seeds(), record).stream()
        .filter(finding -> finding.code() == FindingCode.SESSION_STAGE_MISMATCH)
        .map(Finding::path)
        .collect(Collectors.toList());
  }

  @Test
  void theCleanRecordHasNoFindingAtAnySize() {
    for (int sessions : new int[] {10, 100}) {
      ClientRecord record = BenchData.cleanRecordWithSessions(sessions);
      assertEquals(sessions, record.sessions().size());
      assertTrue(RecordValidator.validate(Protocols.seeds(), record).isEmpty());
    }
  }

  @Test
  void halfTheSessionsHaveAStageMismatchAtEverySize() {
    for (int sessions : new int[] {10, 100}) {
      ClientRecord record = BenchData.recordWithFindingsInHalfItsSessions(sessions);
      assertEquals(sessions, record.sessions().size());
      List<String> expected =
          IntStream.range(0, sessions)
              .filter(i -> i % 2 == 1)
              .mapToObj(i -> "/sessions/" + i)
              .collect(Collectors.toList());
      assertEquals(expected, mismatches(record));
    }
  }

  @Test
  void theStretchedRecordHasNoMismatchAtTenSessions() {
    assertEquals(List.of(), mismatches(BenchData.recordWithSessions(10)));
  }
}
