package org.nmt.protocol.validation;

import com.google.common.base.Strings;
import com.google.common.collect.ImmutableList;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.nmt.protocol.definition.ProtocolDefinition;

/**
 * The findings of one validation as they are found, and the deterministic order they are returned
 * in: by path (array indices compared as numbers), then by code, then in the order found.
 */
final class Findings {
  /** The order of returned findings. */
  static final Comparator<Finding> ORDER =
      Comparator.comparing(Finding::path, Findings::comparePaths).thenComparing(Finding::code);

  private final List<Finding> found = new ArrayList<>();

  /** Adds a finding of {@code code} at {@code path}; the message is a {@code %s} template. */
  void add(FindingCode code, String path, String template, Object... args) {
    found.add(Finding.of(code, path, Strings.lenientFormat(template, args)));
  }

  /** The findings in {@link #ORDER}. */
  ImmutableList<Finding> sorted() {
    List<Finding> copy = new ArrayList<>(found);
    copy.sort(ORDER);
    return ImmutableList.copyOf(copy);
  }

  /** Compares JSON Pointers token by token, array indices as numbers. */
  static int comparePaths(String a, String b) {
    String[] left = a.split("/", -1);
    String[] right = b.split("/", -1);
    for (int i = 0; i < Math.min(left.length, right.length); i++) {
      int c = compareTokens(left[i], right[i]);
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(left.length, right.length);
  }

  private static int compareTokens(String a, String b) {
    if (isIndex(a) && isIndex(b)) {
      int c = Integer.compare(a.length(), b.length());
      return c != 0 ? c : a.compareTo(b);
    }
    return a.compareTo(b);
  }

  private static boolean isIndex(String token) {
    return token.equals("0") || token.matches("[1-9][0-9]*");
  }

  /** {@code "nmt-seeds 1.0"}. */
  static String protocol(ProtocolDefinition definition) {
    return definition.name() + " " + definition.version();
  }

  /** A hold in seconds: {@code "90 s"}, {@code "12.5 s"}. */
  static String seconds(Duration duration) {
    long millis = duration.toMillis();
    return (millis % 1000 == 0 ? String.valueOf(millis / 1000) : String.valueOf(millis / 1000.0))
        + " s";
  }

  /** A session length in minutes: {@code "25 min"}, {@code "25 min 30 s"}. */
  static String minutes(Duration duration) {
    long minutes = duration.toMinutes();
    Duration rest = duration.minusMinutes(minutes);
    return minutes + " min" + (rest.isZero() ? "" : " " + seconds(rest));
  }
}
