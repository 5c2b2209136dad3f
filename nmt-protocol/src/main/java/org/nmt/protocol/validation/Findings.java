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

  /**
   * The findings in {@link #ORDER}. Each path is split into its tokens once, not on every
   * comparison: a record with many findings is sorted in O(F log F) token comparisons.
   */
  ImmutableList<Finding> sorted() {
    List<Keyed> keyed = new ArrayList<>(found.size());
    for (Finding finding : found) {
      keyed.add(new Keyed(finding, tokens(finding.path())));
    }
    keyed.sort(Keyed::compareTo);
    ImmutableList.Builder<Finding> sorted = ImmutableList.builderWithExpectedSize(keyed.size());
    for (Keyed k : keyed) {
      sorted.add(k.finding);
    }
    return sorted.build();
  }

  /** A finding with its path's tokens, ordered as {@link #ORDER} orders findings. */
  private static final class Keyed implements Comparable<Keyed> {
    private final Finding finding;
    private final String[] tokens;

    Keyed(Finding finding, String[] tokens) {
      this.finding = finding;
      this.tokens = tokens;
    }

    @Override
    public int compareTo(Keyed other) {
      int c = compareTokens(tokens, other.tokens);
      return c != 0 ? c : finding.code().compareTo(other.finding.code());
    }
  }

  /** Compares JSON Pointers token by token, array indices as numbers. */
  static int comparePaths(String a, String b) {
    return compareTokens(tokens(a), tokens(b));
  }

  /** The tokens of a JSON Pointer: {@code "/sessions/3"} is {@code "", "sessions", "3"}. */
  private static String[] tokens(String path) {
    return path.split("/", -1);
  }

  private static int compareTokens(String[] left, String[] right) {
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

  /** Whether {@code token} is an array index: {@code 0} or digits without a leading zero. */
  static boolean isIndex(String token) {
    if (token.isEmpty() || (token.charAt(0) == '0' && token.length() > 1)) {
      return false;
    }
    for (int i = 0; i < token.length(); i++) {
      char c = token.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
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
