package org.nmt.protocol.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FindingCodeTest {
  private static final Path FINDINGS_MD = Path.of("..", "docs", "FINDINGS.md");

  /** The rows of the code table: code to its cells (severity, applies to, checks, source). */
  private static Map<String, List<String>> documentedRows() throws IOException {
    Map<String, List<String>> rows = new LinkedHashMap<>();
    for (String line : Files.readAllLines(FINDINGS_MD, StandardCharsets.UTF_8)) {
      if (line.startsWith("| `")) {
        String[] cells = line.substring(1, line.length() - 1).split("\\|");
        String code = cells[0].trim().replace("`", "");
        List<String> rest =
            List.of(cells[1].trim(), cells[2].trim(), cells[3].trim(), cells[4].trim());
        assertTrue(rows.put(code, rest) == null, "documented twice: " + code);
      }
    }
    return rows;
  }

  @Test
  void everyCodeIsDocumentedWithItsSeverityScopeAndSource() throws IOException {
    Map<String, List<String>> rows = documentedRows();
    for (FindingCode code : FindingCode.values()) {
      List<String> row = rows.get(code.id());
      assertTrue(row != null, "not in docs/FINDINGS.md: " + code.id());
      assertEquals(code.severity().id(), row.get(0), code.id());
      assertEquals(code.scope().id(), row.get(1), code.id());
      assertFalse(row.get(2).isEmpty(), code.id());
      assertFalse(row.get(3).isEmpty(), code.id());
    }
    Set<String> known = new HashSet<>();
    for (FindingCode code : FindingCode.values()) {
      known.add(code.id());
    }
    for (String documented : rows.keySet()) {
      assertTrue(known.contains(documented), "documented but no such code: " + documented);
    }
  }

  @Test
  void findingsDocumentShowsHowToValidateAPlan() throws IOException {
    String text = Files.readString(FINDINGS_MD, StandardCharsets.UTF_8);
    assertTrue(text.contains("PlanValidator.validate(Protocols.seeds(), plan)"));
  }

  @Test
  void idsAreStableLowerKebabAndRoundTrip() {
    Set<String> ids = new HashSet<>();
    for (FindingCode code : FindingCode.values()) {
      assertTrue(code.id().matches("[a-z]+(-[a-z]+)*"), code.id());
      assertTrue(ids.add(code.id()), code.id());
      assertEquals(code, FindingCode.fromId(code.id()));
      assertFalse(code.summary().isBlank(), code.id());
      assertFalse(code.summary().contains("\n"), code.id());
    }
    assertEquals("gate-not-passed", FindingCode.GATE_NOT_PASSED.id());
    assertEquals("treatment-spacing", FindingCode.TREATMENT_SPACING.id());
    assertEquals(
        "unknown FindingCode id: 'no-such-code'",
        assertThrows(IllegalArgumentException.class, () -> FindingCode.fromId("no-such-code"))
            .getMessage());
  }

  @Test
  void severitiesAndScopes() {
    assertEquals(Severity.INFO, Severity.fromId("info"));
    assertEquals(Severity.INFO, FindingCode.ATYPICAL_DURATION.severity());
    assertEquals(Severity.ERROR, FindingCode.GATE_NOT_PASSED.severity());
    assertTrue(Scope.BOTH.coversRecords() && Scope.BOTH.coversPlans());
    assertTrue(Scope.RECORD.coversRecords() && !Scope.RECORD.coversPlans());
    assertTrue(!Scope.PLAN.coversRecords() && Scope.PLAN.coversPlans());
    assertEquals("plan", FindingCode.TREATMENT_SPACING.scope().id());
  }
}
