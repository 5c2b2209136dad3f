package org.nmt.core.anatomy;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * The lower-kebab slug rule of catalog ids ({@code "upper-trapezius"}): 1 to 64 characters, runs of
 * ASCII lower-case letters and digits joined by single hyphens ({@code [a-z0-9]+(-[a-z0-9]+)*}).
 * Stateless and thread-safe.
 */
public final class Slugs {
  /** The longest slug. */
  public static final int MAX_LENGTH = 64;

  private Slugs() {}

  /**
   * Whether {@code value} is a slug, checked character by character: every muscle and site id read
   * from a document is checked, so this keeps the regex engine off that path.
   */
  public static boolean isSlug(String value) {
    int length = value.length();
    if (length < 1 || length > MAX_LENGTH || value.charAt(0) == '-') {
      return false;
    }
    char previous = '-';
    for (int i = 0; i < length; i++) {
      char c = value.charAt(i);
      boolean letterOrDigit = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
      if (!letterOrDigit && (c != '-' || previous == '-')) {
        return false;
      }
      previous = c;
    }
    return previous != '-';
  }

  static void check(String field, String value) {
    checkArgument(
        isSlug(value),
        "%s must be a lower-kebab slug of at most 64 characters: '%s'",
        field,
        value.length() > 80 ? value.substring(0, 80) + "..." : value);
  }
}
