package org.nmt.core.anatomy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class SlugsTest {
  private static final long SEED = 20261124L;

  /** The rule as a regular expression: the oracle of the character loop. */
  private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  /** The slug's characters and their neighbours in ASCII and beyond. */
  private static final String NEAR = "abyz0189-_./`{:@AZ \u00e9\u0661\u212a\u0130\u0000";

  private static boolean oracle(String value) {
    return value.length() <= Slugs.MAX_LENGTH && SLUG.matcher(value).matches();
  }

  /** Strings of 0 to 70 characters drawn from the rule's characters and their neighbours. */
  private static Gen<String> nearSlugs() {
    return lists()
        .of(integers().between(0, NEAR.length() - 1))
        .ofSizeBetween(0, 70)
        .map(
            indices ->
                indices.stream()
                    .map(i -> String.valueOf(NEAR.charAt(i)))
                    .collect(Collectors.joining()));
  }

  @Test
  void acceptsTheEdgesOfTheRule() {
    for (String value : List.of("a", "0", "upper-trapezius", "tp-1", "a-b-c", "x".repeat(64))) {
      assertTrue(Slugs.isSlug(value), value);
    }
  }

  @Test
  void refusesWhatTheRuleRefuses() {
    for (String value :
        List.of("", "-", "-a", "a-", "a--b", "A", "a_b", "a b", "\u00e9", "x".repeat(65))) {
      assertFalse(Slugs.isSlug(value), value);
    }
  }

  @Test
  void agreesWithTheRegexNearTheRule() {
    qt().withFixedSeed(SEED)
        .withExamples(5000)
        .forAll(nearSlugs())
        .check(value -> Slugs.isSlug(value) == oracle(value));
  }

  @Test
  void agreesWithTheRegexOnAnyString() {
    qt().withFixedSeed(SEED)
        .withExamples(2000)
        .forAll(strings().allPossible().ofLengthBetween(0, 80))
        .check(value -> Slugs.isSlug(value) == oracle(value));
  }

  @Test
  void checkNamesTheFieldAndShortensTheValue() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Slugs.check("site", "y".repeat(90)));
    assertEquals(
        "site must be a lower-kebab slug of at most 64 characters: '" + "y".repeat(80) + "...'",
        e.getMessage());
  }
}
