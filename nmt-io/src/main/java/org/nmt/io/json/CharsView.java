package org.nmt.io.json;

import java.util.Objects;

/**
 * A view of characters in an array that someone else owns and changes, such as a parser's buffer: a
 * {@link CharSequence} to read a value through without copying it into a string. It is valid only
 * until the owner changes the characters; {@link #toString()} makes the string when one is needed
 * after all. Mutable and not thread-safe: one reader reuses one view.
 */
final class CharsView implements CharSequence {
  private char[] chars = new char[0];
  private int offset;
  private int length;

  /** This view, now of the {@code length} characters of {@code chars} from {@code offset}. */
  CharsView of(char[] chars, int offset, int length) {
    Objects.checkFromIndexSize(offset, length, chars.length);
    this.chars = chars;
    this.offset = offset;
    this.length = length;
    return this;
  }

  @Override
  public int length() {
    return length;
  }

  @Override
  public char charAt(int index) {
    Objects.checkIndex(index, length);
    return chars[offset + index];
  }

  @Override
  public CharSequence subSequence(int start, int end) {
    Objects.checkFromToIndex(start, end, length);
    return new String(chars, offset + start, end - start);
  }

  @Override
  public String toString() {
    return new String(chars, offset, length);
  }
}
