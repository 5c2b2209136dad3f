package org.nmt.core.style;

import static com.google.common.base.Preconditions.checkNotNull;

/** Rules of free text that every module shares. Stateless and thread-safe. */
public final class Texts {
  private Texts() {}

  /**
   * Whether {@code text} shows nothing to a reader: it is empty, or every character is white space
   * of any kind ({@link Character#isWhitespace}, and the no-break and typographic spaces of {@link
   * Character#isSpaceChar}) or an invisible format or control character (a zero-width space, a byte
   * order mark). {@link String#isBlank} counts only the first kind: a justification of no-break
   * spaces or zero-width spaces would pass it and say nothing.
   */
  public static boolean isBlank(CharSequence text) {
    checkNotNull(text, "text");
    return text.codePoints().allMatch(Texts::showsNothing);
  }

  private static boolean showsNothing(int codePoint) {
    int type = Character.getType(codePoint);
    return Character.isWhitespace(codePoint)
        || Character.isSpaceChar(codePoint)
        || type == Character.FORMAT
        || type == Character.CONTROL;
  }
}
