package org.nmt.core.style;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextsTest {
  /** Letters to Java that show nothing: the Hangul fillers. */
  private static final List<Integer> FILLERS = List.of(0x115F, 0x1160, 0x3164, 0xFFA0);

  @Test
  void textOfSpacesOfAnyKindAndInvisibleCharactersIsBlank() {
    for (String text :
        List.of(
            "",
            " ",
            "\t\n\r",
            "\u00a0",
            "\u00a0\u2003",
            "\u3164",
            "\u115f\u1160",
            "\u2800",
            "\ufe0f\u034f",
            "\uffa0",
            "\u200b",
            "\ufeff \u2028",
            "\u3000\u205f")) {
      assertTrue(Texts.isBlank(text), text.codePoints().boxed().toList().toString());
    }
    for (String text : List.of("x", " reasons ", "\u00a0a", "\u200b1", "—", "\u00e9")) {
      assertFalse(Texts.isBlank(text), text);
    }
  }

  @Test
  void whatStringIsBlankCallsBlankIsBlankAndALetterOrDigitIsNot() {
    qt().withFixedSeed(20261124L)
        .withExamples(2000)
        .forAll(strings().allPossible().ofLengthBetween(0, 12))
        .checkAssert(
            text -> {
              if (text.isBlank()) {
                assertTrue(Texts.isBlank(text), text);
              }
              if (text.codePoints()
                  .anyMatch(c -> Character.isLetterOrDigit(c) && !FILLERS.contains(c))) {
                assertFalse(Texts.isBlank(text), text);
              }
            });
  }
}
