package org.nmt.core.anatomy;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.regex.Pattern;

/** The lower-kebab slug rule of catalog ids ({@code "upper-trapezius"}). */
final class Slugs {
  private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  private Slugs() {}

  static void check(String field, String value) {
    checkArgument(
        value.length() <= 64 && SLUG.matcher(value).matches(),
        "%s must be a lower-kebab slug of at most 64 characters: '%s'",
        field,
        value.length() > 80 ? value.substring(0, 80) + "..." : value);
  }
}
