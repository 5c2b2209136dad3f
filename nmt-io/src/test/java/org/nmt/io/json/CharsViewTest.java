package org.nmt.io.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import org.junit.jupiter.api.Test;

/** {@link CharsView} reads as the string of the same characters does. */
class CharsViewTest {
  @Test
  void readsAsTheStringOfItsCharacters() {
    qt().withFixedSeed(20261124L)
        .withExamples(1000)
        .forAll(
            strings().basicLatinAlphabet().ofLengthBetween(0, 20),
            strings().basicLatinAlphabet().ofLengthBetween(0, 40),
            integers().between(0, 40),
            integers().between(0, 40))
        .checkAssert(
            (padding, text, a, b) -> {
              char[] buffer = (padding + text + padding).toCharArray();
              CharsView view = new CharsView().of(buffer, padding.length(), text.length());
              assertEquals(text.length(), view.length());
              assertEquals(text, view.toString());
              for (int i = 0; i < text.length(); i++) {
                assertEquals(text.charAt(i), view.charAt(i));
              }
              int start = Math.min(Math.min(a, b), text.length());
              int end = Math.min(Math.max(a, b), text.length());
              assertEquals(text.subSequence(start, end), view.subSequence(start, end));
            });
  }

  @Test
  void refusesIndicesOutsideItsCharacters() {
    CharsView view = new CharsView().of("[left]".toCharArray(), 1, 4);
    assertThrows(IndexOutOfBoundsException.class, () -> view.charAt(4));
    assertThrows(IndexOutOfBoundsException.class, () -> view.charAt(-1));
    assertThrows(IndexOutOfBoundsException.class, () -> view.subSequence(2, 5));
    assertThrows(IndexOutOfBoundsException.class, () -> view.of("ab".toCharArray(), 1, 2));
    assertEquals("left", view.toString());
  }
}
