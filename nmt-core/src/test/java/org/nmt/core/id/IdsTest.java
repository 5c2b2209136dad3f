package org.nmt.core.id;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.characters;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class IdsTest {
  private static final long SEED = 20261124L;
  private static final String FIRST =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
  private static final String REST = FIRST + "._-";

  /** The rule's characters and their neighbours in ASCII and beyond, to test the rule's edges. */
  private static final String NEAR = REST + "/:@[`{,+ \u00e9\u0661\u212a\u0130\u0000\u007f";

  /** Strings of 1 to 64 characters that match the identifier rule. */
  static Gen<String> validIds() {
    return validIds(63);
  }

  private static Gen<String> validIds(int maxRest) {
    return integers()
        .between(0, FIRST.length() - 1)
        .zip(
            lists().of(integers().between(0, REST.length() - 1)).ofSizeBetween(0, maxRest),
            (first, rest) ->
                FIRST.charAt(first)
                    + rest.stream()
                        .map(i -> String.valueOf(REST.charAt(i)))
                        .collect(Collectors.joining()));
  }

  private static String message(String kind, String shown) {
    return kind
        + " must be 1..64 letters, digits, '.', '_' or '-', starting with a letter or digit: '"
        + shown
        + "'";
  }

  @Test
  void acceptsTheEdgesOfTheRule() {
    for (String value :
        List.of("a", "Z", "0", "9", "a.b", "a_b", "a-b", "0-", "a.", "x".repeat(64), "c-001")) {
      assertSame(value, Ids.check("client id", value));
    }
  }

  @Test
  void rejectsEmpty() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Ids.check("client id", ""));
    assertEquals(message("client id", ""), e.getMessage());
  }

  @Test
  void rejectsALeadingSeparator() {
    for (String value : List.of(".a", "_a", "-a", "-")) {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> Ids.check("plan id", value));
      assertEquals(message("plan id", value), e.getMessage());
    }
  }

  @Test
  void rejectsCharactersOutsideTheRule() {
    for (String value : List.of("a b", "a/b", "a:b", "é", "caf\u00e9", "a\nb", " a", "a ", "١")) {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> Ids.check("session id", value));
      assertEquals(message("session id", value), e.getMessage());
    }
  }

  @Test
  void rejects65CharactersAndShowsThemWhole() {
    String value = "a".repeat(65);
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Ids.check("client id", value));
    assertEquals(message("client id", value), e.getMessage());
  }

  @Test
  void showsUpTo80CharactersWhole() {
    String value = "b".repeat(80);
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Ids.check("client id", value));
    assertEquals(message("client id", value), e.getMessage());
  }

  @Test
  void truncatesLongerValuesTo80CharactersInTheMessage() {
    String value = "c".repeat(80) + "TAIL" + "d".repeat(10_000);
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Ids.check("therapist id", value));
    assertEquals(message("therapist id", "c".repeat(80) + "..."), e.getMessage());
  }

  @Test
  void truncatesAt81Characters() {
    String value = "e".repeat(81);
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Ids.check("client id", value));
    assertEquals(message("client id", "e".repeat(80) + "..."), e.getMessage());
  }

  @Test
  void rejectsNullNamingTheKind() {
    NullPointerException e =
        assertThrows(NullPointerException.class, () -> Ids.check("assessment id", null));
    assertEquals("assessment id", e.getMessage());
  }

  @Test
  void everyStringMatchingTheRuleIsAccepted() {
    qt().withFixedSeed(SEED)
        .withExamples(2000)
        .forAll(validIds())
        .check(value -> Ids.check("client id", value).equals(value));
  }

  @Test
  void aCharacterOutsideTheRuleIsRejectedAnywhere() {
    Gen<Character> outside =
        characters().basicMultilingualPlane().assuming(c -> REST.indexOf(c) < 0);
    qt().withFixedSeed(SEED)
        .withExamples(2000)
        .forAll(validIds(62), outside, integers().between(0, 64))
        .checkAssert(
            (valid, bad, position) -> {
              int at = Math.min(position, valid.length());
              String value = valid.substring(0, at) + bad + valid.substring(at);
              IllegalArgumentException e =
                  assertThrows(IllegalArgumentException.class, () -> Ids.check("client id", value));
              assertEquals(message("client id", value), e.getMessage());
            });
  }

  @Test
  void everyCharacterIsJudgedAsThePatternJudgesItFirstAndLater() {
    for (int c = Character.MIN_VALUE; c <= Character.MAX_VALUE; c++) {
      String first = String.valueOf((char) c);
      String later = "a" + (char) c + "z";
      assertEquals(Ids.PATTERN.matcher(first).matches(), Ids.matches(first), first);
      assertEquals(Ids.PATTERN.matcher(later).matches(), Ids.matches(later), later);
    }
  }

  @Test
  void aLeadingSeparatorIsRejected() {
    qt().withFixedSeed(SEED)
        .withExamples(1000)
        .forAll(validIds(62), integers().between(0, 2))
        .checkAssert(
            (valid, separator) -> {
              String value = "._-".charAt(separator) + valid;
              IllegalArgumentException e =
                  assertThrows(IllegalArgumentException.class, () -> Ids.check("client id", value));
              assertEquals(message("client id", value), e.getMessage());
            });
  }

  @Test
  void moreThan64ValidCharactersAreRejected() {
    qt().withFixedSeed(SEED)
        .withExamples(1000)
        .forAll(validIds(), validIds())
        .checkAssert(
            (a, b) -> {
              String value = (a + b + "x".repeat(64)).substring(0, 65 + b.length() % 10);
              IllegalArgumentException e =
                  assertThrows(IllegalArgumentException.class, () -> Ids.check("client id", value));
              assertEquals(message("client id", value), e.getMessage());
            });
  }

  @Test
  void theCharacterLoopAgreesWithThePatternOnEdgeStrings() {
    List<String> edges =
        List.of(
            "",
            "a",
            "-",
            ".",
            "_",
            "a-",
            "/",
            "@",
            "[",
            "`",
            "{",
            ":",
            "a b",
            "\u212a",
            "\u0130",
            "x".repeat(63),
            "x".repeat(64),
            "x".repeat(65),
            "0".repeat(64) + ".",
            "-" + "x".repeat(63));
    for (String value : edges) {
      assertEquals(Ids.PATTERN.matcher(value).matches(), Ids.matches(value), value);
    }
  }

  @Test
  void theCharacterLoopAgreesWithThePatternOnNearbyStrings() {
    Gen<String> near =
        lists()
            .of(integers().between(0, NEAR.length() - 1))
            .ofSizeBetween(0, 70)
            .map(
                list ->
                    list.stream()
                        .map(i -> String.valueOf(NEAR.charAt(i)))
                        .collect(Collectors.joining()));
    qt().withFixedSeed(SEED)
        .withExamples(2000)
        .forAll(near)
        .check(value -> Ids.PATTERN.matcher(value).matches() == Ids.matches(value));
  }

  @Test
  void theCharacterLoopAgreesWithThePatternOnRandomStrings() {
    qt().withFixedSeed(SEED)
        .withExamples(2000)
        .forAll(strings().basicLatinAlphabet().ofLengthBetween(0, 70))
        .check(value -> Ids.PATTERN.matcher(value).matches() == Ids.matches(value));
    qt().withFixedSeed(SEED)
        .withExamples(1000)
        .forAll(strings().allPossible().ofLengthBetween(0, 70))
        .check(value -> Ids.PATTERN.matcher(value).matches() == Ids.matches(value));
  }

  @Test
  void theCharacterLoopAcceptsEveryValidId() {
    qt().withFixedSeed(SEED)
        .withExamples(1000)
        .forAll(validIds())
        .checkAssert(value -> assertTrue(Ids.matches(value), value));
  }
}
