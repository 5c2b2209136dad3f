package org.nmt.core.id;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.regex.Pattern;

/** The one rule every nmt identifier follows. */
final class Ids {
  /** 1 to 64 characters: letters, digits, '.', '_' and '-', starting with a letter or digit. */
  static final Pattern PATTERN = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

  private static final byte LETTER_OR_DIGIT = 1;
  private static final byte PUNCTUATION = 2;
  private static final byte ANY = LETTER_OR_DIGIT | PUNCTUATION;

  /**
   * The kind of each ASCII character in an id: an ASCII letter or digit (not {@link
   * Character#isLetterOrDigit}, which takes any script), or '.', '_' or '-'.
   */
  private static final byte[] ID_CHARS = new byte[128];

  static {
    for (char c = '0'; c <= '9'; c++) {
      ID_CHARS[c] = LETTER_OR_DIGIT;
    }
    for (char c = 'a'; c <= 'z'; c++) {
      ID_CHARS[c] = LETTER_OR_DIGIT;
      ID_CHARS[Character.toUpperCase(c)] = LETTER_OR_DIGIT;
    }
    ID_CHARS['.'] = PUNCTUATION;
    ID_CHARS['_'] = PUNCTUATION;
    ID_CHARS['-'] = PUNCTUATION;
  }

  private Ids() {}

  static String check(String kind, String value) {
    checkNotNull(value, "%s", kind);
    checkArgument(
        matches(value),
        "%s must be 1..64 letters, digits, '.', '_' or '-', starting with a letter or digit: '%s'",
        kind,
        value.length() > 80 ? value.substring(0, 80) + "..." : value);
    return value;
  }

  /**
   * Whether {@code value} follows {@link #PATTERN}, checked character by character (ids are checked
   * for every value read, so this avoids the regex engine on a hot path).
   */
  static boolean matches(String value) {
    int length = value.length();
    if (length < 1 || length > 64 || !isIdChar(value.charAt(0), LETTER_OR_DIGIT)) {
      return false;
    }
    for (int i = 1; i < length; i++) {
      if (!isIdChar(value.charAt(i), ANY)) {
        return false;
      }
    }
    return true;
  }

  /** An id character of {@code kinds}: one look-up, not a comparison per range. */
  private static boolean isIdChar(char c, byte kinds) {
    return c < ID_CHARS.length && (ID_CHARS[c] & kinds) != 0;
  }
}
