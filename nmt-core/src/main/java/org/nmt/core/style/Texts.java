package org.nmt.core.style;

import static com.google.common.base.Preconditions.checkNotNull;

/** Rules of free text that every module shares. Stateless and thread-safe. */
public final class Texts {
  private Texts() {}

  /**
   * Whether {@code text} shows nothing to a reader: it is empty, or every character is white space
   * of any kind ({@link Character#isWhitespace}, and the no-break and typographic spaces of {@link
   * Character#isSpaceChar}) or an invisible character: format and control characters (a zero-width
   * space, a byte order mark), Unicode's other default-ignorable ones (Hangul fillers, variation
   * selectors) and the braille blank. {@link String#isBlank} counts only the first kind: a
   * justification of no-break spaces or zero-width spaces would pass it and say nothing.
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
        || type == Character.CONTROL
        || ignorable(codePoint);
  }

  /**
   * The code points Unicode makes default-ignorable (DerivedCoreProperties.txt) that are not of
   * type format: the grapheme joiner, the Hangul and Khmer fillers, the Mongolian and other
   * variation selectors; and the braille pattern blank, which shows nothing either.
   */
  private static boolean ignorable(int codePoint) {
    return codePoint == 0x034F
        || codePoint == 0x115F
        || codePoint == 0x1160
        || (codePoint >= 0x17B4 && codePoint <= 0x17B5)
        || (codePoint >= 0x180B && codePoint <= 0x180F)
        || codePoint == 0x2800
        || codePoint == 0x3164
        || (codePoint >= 0xFE00 && codePoint <= 0xFE0F)
        || codePoint == 0xFFA0
        || (codePoint >= 0xE0100 && codePoint <= 0xE01EF);
  }
}
