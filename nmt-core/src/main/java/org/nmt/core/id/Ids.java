package org.nmt.core.id;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.regex.Pattern;

/** The one rule every nmt identifier follows. */
final class Ids {
  /** 1 to 64 characters: letters, digits, '.', '_' and '-', starting with a letter or digit. */
  static final Pattern PATTERN = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

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
    if (length < 1 || length > 64 || !isLetterOrDigit(value.charAt(0))) {
      return false;
    }
    for (int i = 1; i < length; i++) {
      char c = value.charAt(i);
      if (!isLetterOrDigit(c) && c != '.' && c != '_' && c != '-') {
        return false;
      }
    }
    return true;
  }

  /** An ASCII letter or digit (not {@link Character#isLetterOrDigit}, which takes any script). */
  private static boolean isLetterOrDigit(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }
}
