package org.nmt.protocol.validation;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.nmt.core.style.IsoFormat;
import org.nmt.protocol.definition.ProtocolDefinition;

/**
 * The findings of one validation as they are found, and the deterministic order they are returned
 * in: by path (array indices compared as numbers, before other tokens), then by code, then in the
 * order found.
 */
final class Findings {
  /** The order of returned findings. */
  static final Comparator<Finding> ORDER =
      Comparator.comparing(Finding::path, Findings::comparePaths).thenComparing(Finding::code);

  private final List<Finding> found = new ArrayList<>();

  /**
   * Whether every finding so far came in {@link #ORDER} after the one before it: validation mostly
   * finds in document order, and a check against the previous finding (still in the cache) spares
   * the sort of thousands of findings scattered through a large heap.
   */
  private boolean inOrder = true;

  /** Whether {@link #inOrder} held when the last {@link #mark} was taken. */
  private boolean orderedBeforeMark = true;

  /** Text of the instants in messages, written by {@link IsoFormat} (one buffer per validation). */
  private final char[] iso = new char[IsoFormat.MAX_LENGTH];

  /**
   * The message being written, one buffer per validation: it grows to the longest message once, and
   * each of the thousands of findings of a long record is then copied once, into its string, with
   * no intermediate strings on the way. It starts small: most validations find little.
   */
  private final StringBuilder message = new StringBuilder();

  /**
   * Adds a finding of {@code code} at {@code path}; the message is a {@code %s} template filled as
   * {@link #format} fills it.
   */
  void add(FindingCode code, String path, String template, Object... args) {
    Finding finding = Finding.of(code, path, format(template, args));
    if (inOrder && !found.isEmpty() && ORDER.compare(found.get(found.size() - 1), finding) > 0) {
      inOrder = false;
    }
    found.add(finding);
  }

  /**
   * {@code template} with each {@code %s} replaced by the next of {@code args}, exactly as Guava's
   * {@link com.google.common.base.Strings#lenientFormat} fills it for arguments whose {@code
   * toString} does not throw (arguments left over are appended in square brackets), in this
   * validation's one buffer. Instants are spelled as {@link Instant#toString()} spells them,
   * without its formatter: a long record can have thousands of findings, each naming a time. A
   * session is named by its {@link SessionView#label()}, also without an intermediate string.
   */
  String format(String template, Object... args) {
    message.setLength(0);
    int from = 0;
    int next = 0;
    while (next < args.length) {
      int at = template.indexOf("%s", from);
      if (at < 0) {
        break;
      }
      message.append(template, from, at);
      append(args[next++]);
      from = at + 2;
    }
    message.append(template, from, template.length());
    if (next < args.length) {
      message.append(" [");
      append(args[next++]);
      while (next < args.length) {
        message.append(", ");
        append(args[next++]);
      }
      message.append(']');
    }
    return message.toString();
  }

  private void append(Object arg) {
    if (arg instanceof Instant) {
      message.append(iso, 0, IsoFormat.instant((Instant) arg, iso));
    } else if (arg instanceof SessionView) {
      ((SessionView) arg).appendLabel(message);
    } else {
      message.append(arg);
    }
  }

  /**
   * Marks where the findings of one part of the record (a session) begin, for {@link #orderSince}.
   */
  int mark() {
    orderedBeforeMark = inOrder;
    return found.size();
  }

  /**
   * Puts the findings added since {@code mark} ({@link #mark}) in {@link #ORDER} among themselves,
   * those of equal path and code in the order found. A session's rules find in their own order (its
   * techniques before the session itself); ordered session by session, the findings of a long
   * record stay one run, or a few, and the final sort is spared or merges runs in linear time,
   * where thousands of findings out of order would cost n log n comparisons of paths. The result of
   * {@link #sorted} is the same either way: both sorts are stable.
   */
  void orderSince(int mark) {
    if (inOrder || found.size() - mark < 2) {
      return;
    }
    found.subList(mark, found.size()).sort(ORDER);
    inOrder =
        orderedBeforeMark
            && (mark == 0 || ORDER.compare(found.get(mark - 1), found.get(mark)) <= 0);
  }

  /** The findings in {@link #ORDER}; those of equal path and code in the order found. */
  ImmutableList<Finding> sorted() {
    if (inOrder) {
      return ImmutableList.copyOf(found);
    }
    List<Finding> copy = new ArrayList<>(found);
    copy.sort(ORDER);
    return ImmutableList.copyOf(copy);
  }

  /**
   * Compares JSON Pointers token by token: the first token that differs decides, array indices
   * compared as numbers and before any other token, other tokens as {@link String#compareTo} does;
   * a path that ends where the other goes on is the smaller. A total order: indices and names are
   * never compared with each other as text, which would make {@code "9" < "10" < "1a" < "9"} cycle.
   *
   * <p>It skips the characters both paths share and compares only the token they differ in: the
   * findings of a long record differ in their last characters ({@code "/sessions/28"}, {@code
   * "/sessions/29"}), and each is compared with the one before it as it is found.
   */
  static int comparePaths(String a, String b) {
    int shared = Math.min(a.length(), b.length());
    int k = 0;
    while (k < shared && a.charAt(k) == b.charAt(k)) {
      k++;
    }
    if (k == a.length() && k == b.length()) {
      return 0;
    }
    // the token both differ in starts after the last '/' they share
    int from = a.lastIndexOf('/', k - 1) + 1;
    int c = compareTokens(a, from, tokenEnd(a, k), b, from, tokenEnd(b, k));
    if (c != 0) {
      return c;
    }
    // the tokens are equal, so both end at k: one path ends there, the other goes on with a '/'
    return k == a.length() ? -1 : 1;
  }

  /** The end of the token of {@code path} that goes on at {@code from}: the next '/' or the end. */
  private static int tokenEnd(String path, int from) {
    int slash = path.indexOf('/', from);
    return slash < 0 ? path.length() : slash;
  }

  /**
   * Compares the tokens {@code a[fromA, toA)} and {@code b[fromB, toB)}: an array index before any
   * other token, two indices as numbers (a shorter index is smaller), two other tokens as {@link
   * String#compareTo} does.
   */
  private static int compareTokens(String a, int fromA, int toA, String b, int fromB, int toB) {
    int lengthA = toA - fromA;
    int lengthB = toB - fromB;
    boolean indexA = isIndex(a, fromA, toA);
    if (indexA != isIndex(b, fromB, toB)) {
      return indexA ? -1 : 1;
    }
    if (indexA && lengthA != lengthB) {
      return Integer.compare(lengthA, lengthB);
    }
    for (int k = 0; k < Math.min(lengthA, lengthB); k++) {
      char x = a.charAt(fromA + k);
      char y = b.charAt(fromB + k);
      if (x != y) {
        return Character.compare(x, y);
      }
    }
    return Integer.compare(lengthA, lengthB);
  }

  /** Whether {@code token} is an array index: {@code 0} or digits without a leading zero. */
  static boolean isIndex(String token) {
    return isIndex(token, 0, token.length());
  }

  private static boolean isIndex(String path, int from, int to) {
    if (from == to || (path.charAt(from) == '0' && to - from > 1)) {
      return false;
    }
    for (int k = from; k < to; k++) {
      char c = path.charAt(k);
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
    // exact, to the nanosecond: a hold of 60.0000001 s over a maximum of 60 s must not read "60 s"
    return BigDecimal.valueOf(duration.getSeconds())
            .add(BigDecimal.valueOf(duration.getNano(), 9))
            .stripTrailingZeros()
            .toPlainString()
        + " s";
  }

  /** A session length in minutes: {@code "25 min"}, {@code "25 min 30 s"}. */
  static String minutes(Duration duration) {
    long minutes = duration.toMinutes();
    Duration rest = duration.minusMinutes(minutes);
    return minutes + " min" + (rest.isZero() ? "" : " " + seconds(rest));
  }
}
