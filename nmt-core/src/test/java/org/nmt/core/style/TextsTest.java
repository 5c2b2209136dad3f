package org.nmt.core.style;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextsTest {
  @Test
  void textOfSpacesOfAnyKindAndInvisibleCharactersIsBlank() {
    for (String text :
        List.of(
            "",
            " ",
            "\t\n\r",
            "\u00a0",
            "\u00a0\u2003",
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
              if (text.codePoints().anyMatch(Character::isLetterOrDigit)) {
                assertFalse(Texts.isBlank(text), text);
              }
            });
  }
}
