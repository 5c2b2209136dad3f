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
    // a loop, not a stream of code points: a justification is checked in every validation, and
    // its first character usually shows
    for (int i = 0; i < text.length(); ) {
      int codePoint = Character.codePointAt(text, i);
      if (!showsNothing(codePoint)) {
        return false;
      }
      i += Character.charCount(codePoint);
    }
    return true;
  }

  private static boolean showsNothing(int codePoint) {
    int type = Character.getType(codePoint);
    return Character.isWhitespace(codePoint)
        || Character.isSpaceChar(codePoint)
        || type == Character.FORMAT
        || type == Character.CONTROL;
  }
}
