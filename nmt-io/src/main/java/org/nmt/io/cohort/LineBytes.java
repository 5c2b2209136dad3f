package org.nmt.io.cohort;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Finds the bytes that end or break a line of a cohort, {@code \n} and {@code \r}, eight bytes at a
 * time: a cohort's lines are long, and this search reads every byte of them before the parser does.
 * Stateless and thread-safe.
 */
final class LineBytes {
  private static final VarHandle WORDS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long ONES = 0x0101_0101_0101_0101L;
  private static final long HIGHS = 0x8080_8080_8080_8080L;
  private static final long NEWLINES = ONES * '\n';
  private static final long RETURNS = ONES * '\r';

  private LineBytes() {}

  /** The index of the first {@code \n} or {@code \r} in {@code bytes[from, to)}, or {@code to}. */
  static int indexOfLineByte(byte[] bytes, int from, int to) {
    int i = from;
    while (i <= to - Long.BYTES && !hasLineByte((long) WORDS.get(bytes, i))) {
      i += Long.BYTES;
    }
    while (i < to && bytes[i] != '\n' && bytes[i] != '\r') {
      i++;
    }
    return i;
  }

  /** The index of the last {@code \n} in {@code bytes[from, to)}, or -1. */
  static int lastIndexOfNewline(byte[] bytes, int from, int to) {
    int i = to;
    while (i - Long.BYTES >= from
        && !hasZeroByte((long) WORDS.get(bytes, i - Long.BYTES) ^ NEWLINES)) {
      i -= Long.BYTES;
    }
    for (int j = i - 1; j >= from; j--) {
      if (bytes[j] == '\n') {
        return j;
      }
    }
    return -1;
  }

  /** Whether one of the eight bytes of {@code word} is {@code \n} or {@code \r}. */
  private static boolean hasLineByte(long word) {
    return hasZeroByte(word ^ NEWLINES) || hasZeroByte(word ^ RETURNS);
  }

  /**
   * Whether one of the eight bytes of {@code word} is zero: the classic test, whose result is not
   * zero exactly when some byte is (it may flag the bytes above a zero one as well, which does not
   * matter for whether there is one).
   */
  private static boolean hasZeroByte(long word) {
    return ((word - ONES) & ~word & HIGHS) != 0;
  }
}
