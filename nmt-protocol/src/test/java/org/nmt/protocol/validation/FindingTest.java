package org.nmt.protocol.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class FindingTest {

  @Test
  void ofTakesTheCodesSeverity() {
    Finding finding = Finding.of(FindingCode.ATYPICAL_DURATION, "/sessions/0", "short");
    assertEquals(Severity.INFO, finding.severity());
    assertFalse(finding.isError());
    assertTrue(Finding.of(FindingCode.SESSIONS_OVERLAP, "/sessions/1", "x").isError());
  }

  @Test
  void severityCanBeRaisedByAnApplication() {
    Finding raised =
        Finding.builder()
            .from(Finding.of(FindingCode.ATYPICAL_DURATION, "/sessions/0", "short"))
            .severity(Severity.ERROR)
            .build();
    assertTrue(raised.isError());
    assertEquals(FindingCode.ATYPICAL_DURATION, raised.code());
  }

  @Test
  void toStringIsOneLine() {
    assertEquals(
        "warning hold-exceeds-reference at /sessions/0/techniques/1: held 90 s",
        Finding.of(FindingCode.HOLD_EXCEEDS_REFERENCE, "/sessions/0/techniques/1", "held 90 s")
            .toString());
    assertEquals(
        "error sessions-overlap at (root): whole",
        Finding.of(FindingCode.SESSIONS_OVERLAP, "", "whole").toString());
  }

  @Test
  void pathMustBeAJsonPointer() {
    assertEquals(
        "path must be a JSON Pointer: 'sessions/0'",
        assertThrows(
                IllegalArgumentException.class,
                () -> Finding.of(FindingCode.SESSIONS_OVERLAP, "sessions/0", "x"))
            .getMessage());
    assertEquals(
        "path must be a JSON Pointer: '/a~2b'",
        assertThrows(
                IllegalArgumentException.class,
                () -> Finding.of(FindingCode.SESSIONS_OVERLAP, "/a~2b", "x"))
            .getMessage());
    assertEquals("/a~1b/~0", Finding.of(FindingCode.SESSIONS_OVERLAP, "/a~1b/~0", "x").path());
  }

  @Test
  void messageMustNotBeBlank() {
    assertEquals(
        "finding gate-not-passed at '/transitions/0': message must not be blank",
        assertThrows(
                IllegalArgumentException.class,
                () -> Finding.of(FindingCode.GATE_NOT_PASSED, "/transitions/0", " "))
            .getMessage());
  }

  @Test
  void pathsCompareTokenByTokenWithIndicesAsNumbersBeforeNames() {
    List<String> paths =
        new ArrayList<>(
            List.of(
                "/transitions/0",
                "/sessions/10",
                "/sessions/2/techniques/0",
                "/sessions",
                "/sessions/2",
                "/intake/screening/1",
                "",
                "/sessions/02",
                "/sessions/2/assessments/3"));
    paths.sort(Findings::comparePaths);
    assertEquals(
        List.of(
            "",
            "/intake/screening/1",
            "/sessions",
            "/sessions/2",
            "/sessions/2/assessments/3",
            "/sessions/2/techniques/0",
            "/sessions/10",
            "/sessions/02",
            "/transitions/0"),
        paths);
  }

  @Test
  void durationsInMessages() {
    assertEquals("90 s", Findings.seconds(Duration.ofSeconds(90)));
    assertEquals("12.5 s", Findings.seconds(Duration.ofMillis(12_500)));
    assertEquals("25 min", Findings.minutes(Duration.ofMinutes(25)));
    assertEquals("95 min 30 s", Findings.minutes(Duration.ofSeconds(95 * 60 + 30)));
  }

  @Test
  void thePointerCheckAgreesWithThePointerPattern() {
    Pattern pointer = Pattern.compile("(/([^~/]|~[01])*)*");
    String alphabet = "/~01a2\n\u00e9";
    Gen<String> near =
        lists()
            .of(integers().between(0, alphabet.length() - 1))
            .ofSizeBetween(0, 8)
            .map(
                list ->
                    list.stream()
                        .map(i -> String.valueOf(alphabet.charAt(i)))
                        .collect(Collectors.joining()));
    qt().withFixedSeed(20261124L)
        .withExamples(2000)
        .forAll(near)
        .check(path -> Finding.isPointer(path) == pointer.matcher(path).matches());
    qt().withFixedSeed(20261124L)
        .withExamples(1000)
        .forAll(strings().allPossible().ofLengthBetween(0, 12))
        .check(path -> Finding.isPointer(path) == pointer.matcher(path).matches());
  }
}
