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
        PATTERN.matcher(value).matches(),
        "%s must be 1..64 letters, digits, '.', '_' or '-', starting with a letter or digit: '%s'",
        kind,
        value.length() > 80 ? value.substring(0, 80) + "..." : value);
    return value;
  }
}
