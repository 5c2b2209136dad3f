package org.nmt.io.cohort;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link LineBytes} against a plain loop over the bytes. */
class LineBytesTest {
  private static int plainIndexOfLineByte(byte[] bytes, int from, int to) {
    for (int i = from; i < to; i++) {
      if (bytes[i] == '\n' || bytes[i] == '\r') {
        return i;
      }
    }
    return to;
  }

  private static int plainLastIndexOfNewline(byte[] bytes, int from, int to) {
    for (int i = to - 1; i >= from; i--) {
      if (bytes[i] == '\n') {
        return i;
      }
    }
    return -1;
  }

  /** Bytes mostly other than line bytes, some of them close to them or with the high bit set. */
  private static final byte[] ALPHABET = {
    'a', '{', '"', ' ', 0, 9, 11, 12, 14, (byte) 0x8a, (byte) 0x8d, (byte) 0xff, '\n', '\r'
  };

  /** A search over a range of bytes, as {@link LineBytes} does one. */
  @FunctionalInterface
  private interface Search {
    int find(byte[] bytes, int from, int to);
  }

  /** Checks that {@code search} finds what {@code plain} finds, in any range of any bytes. */
  private static void agreesEverywhere(Search search, Search plain) {
    qt().withFixedSeed(20261124L)
        .withExamples(2000)
        .forAll(
            lists().of(integers().between(0, 40)).ofSizeBetween(0, 70),
            integers().between(0, 70),
            integers().between(0, 70))
        .check(
            (choices, a, b) -> {
              byte[] bytes = bytes(choices);
              int from = Math.min(Math.min(a, b), bytes.length);
              int to = Math.min(Math.max(a, b), bytes.length);
              return search.find(bytes, from, to) == plain.find(bytes, from, to);
            });
  }

  @Test
  void findsTheSameByteAsAPlainLoop() {
    agreesEverywhere(LineBytes::indexOfLineByte, LineBytesTest::plainIndexOfLineByte);
  }

  @Test
  void findsTheSameLastNewlineAsAPlainLoop() {
    agreesEverywhere(LineBytes::lastIndexOfNewline, LineBytesTest::plainLastIndexOfNewline);
  }

  @Test
  void findsTheLastNewlineInEveryPositionOfAWord() {
    for (int position = 0; position < 24; position++) {
      byte[] bytes = new byte[24];
      java.util.Arrays.fill(bytes, (byte) '\r');
      bytes[position] = '\n';
      assertEquals(position, LineBytes.lastIndexOfNewline(bytes, 0, 24));
      assertEquals(position, LineBytes.lastIndexOfNewline(bytes, position, position + 1));
      assertEquals(-1, LineBytes.lastIndexOfNewline(bytes, 0, position));
    }
  }

  @Test
  void findsALineByteInEveryPositionOfAWord() {
    for (byte lineByte : new byte[] {'\n', '\r'}) {
      for (int position = 0; position < 24; position++) {
        byte[] bytes = new byte[24];
        java.util.Arrays.fill(bytes, (byte) 0x0b);
        bytes[position] = lineByte;
        assertEquals(position, LineBytes.indexOfLineByte(bytes, 0, 24));
        assertEquals(24, LineBytes.indexOfLineByte(bytes, position + 1, 24));
      }
    }
  }

  /** Choices above the alphabet stand for a plain letter, so that line bytes stay rare. */
  private static byte[] bytes(List<Integer> choices) {
    byte[] bytes = new byte[choices.size()];
    for (int i = 0; i < bytes.length; i++) {
      int choice = choices.get(i);
      bytes[i] = choice < ALPHABET.length ? ALPHABET[choice] : (byte) ('a' + choice % 26);
    }
    return bytes;
  }
}
