package org.nmt.protocol.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import com.google.common.base.Strings;
import com.google.common.collect.ImmutableList;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** The fast ordering of {@link Findings} against the straightforward one it replaces. */
class FindingsTest {
  private static final long SEED = 20261124L;

  /** Tokens of paths, with indices that order differently as numbers and as text. */
  private static final List<String> TOKENS =
      List.of(
          "sessions",
          "techniques",
          "assessments",
          "intake",
          "a~1b",
          "0",
          "1",
          "2",
          "9",
          "10",
          "11",
          "02",
          "00",
          "100",
          "-1",
          "1a",
          "");

  /** The tokens of the pointers validation makes: field names and array indices. */
  private static final List<String> REAL_TOKENS =
      List.of("sessions", "techniques", "assessments", "intake", "0", "1", "2", "9", "10", "11");

  private static final String NEAR_INDEX = "0123456789a-/ ";

  /**
   * The order as it is defined, written plainly: paths split on every comparison, a regex per
   * token; indices as numbers and before other tokens, other tokens as text.
   */
  private static final Comparator<Finding> STRAIGHTFORWARD =
      Comparator.comparing(Finding::path, FindingsTest::comparePaths).thenComparing(Finding::code);

  private static int comparePaths(String a, String b) {
    String[] left = a.split("/", -1);
    String[] right = b.split("/", -1);
    for (int i = 0; i < Math.min(left.length, right.length); i++) {
      int c;
      if (isIndex(left[i]) != isIndex(right[i])) {
        c = isIndex(left[i]) ? -1 : 1;
      } else if (isIndex(left[i]) && left[i].length() != right[i].length()) {
        c = Integer.compare(left[i].length(), right[i].length());
      } else {
        c = left[i].compareTo(right[i]);
      }
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(left.length, right.length);
  }

  private static boolean isIndex(String token) {
    return token.equals("0") || token.matches("[1-9][0-9]*");
  }

  private static Gen<String> paths() {
    return pathsOf(TOKENS);
  }

  /** Pointers of up to four of {@code tokens}. */
  private static Gen<String> pathsOf(List<String> tokens) {
    return lists()
        .of(integers().between(0, tokens.size() - 1))
        .ofSizeBetween(0, 4)
        .map(chosen -> chosen.stream().map(i -> "/" + tokens.get(i)).collect(Collectors.joining()));
  }

  /** Strings of up to {@code length} characters near an index: digits and a few others. */
  private static Gen<String> nearIndex(int length) {
    return lists()
        .of(integers().between(0, NEAR_INDEX.length() - 1))
        .ofSizeBetween(0, length)
        .map(
            list ->
                list.stream()
                    .map(i -> String.valueOf(NEAR_INDEX.charAt(i)))
                    .collect(Collectors.joining()));
  }

  private static Gen<String> realPaths() {
    return pathsOf(REAL_TOKENS);
  }

  /** Up to 40 findings as "path#code" entries, code as an index into {@link FindingCode}. */
  private static Gen<List<String>> entries(Gen<String> paths) {
    int codes = FindingCode.values().length;
    return lists()
        .of(paths.zip(integers().between(0, codes - 1), (p, c) -> p + "#" + c))
        .ofSizeBetween(0, 40);
  }

  /** The findings {@code entries} stand for, the i-th with the message "finding i". */
  private static List<Finding> findingsOf(List<String> entries) {
    List<Finding> findings = new ArrayList<>();
    for (int i = 0; i < entries.size(); i++) {
      String[] parts = entries.get(i).split("#");
      findings.add(
          Finding.of(FindingCode.values()[Integer.parseInt(parts[1])], parts[0], "finding " + i));
    }
    return findings;
  }

  @Test
  void isIndexAgreesWithThePattern() {
    Gen<String> tokens = nearIndex(6);
    qt().withFixedSeed(SEED)
        .withExamples(2000)
        .forAll(tokens)
        .check(token -> Findings.isIndex(token) == isIndex(token));
  }

  @Test
  void comparePathsAgreesWithTheStraightforwardComparison() {
    qt().withFixedSeed(SEED)
        .withExamples(2000)
        .forAll(paths(), paths())
        .check(
            (a, b) ->
                Integer.signum(Findings.comparePaths(a, b)) == Integer.signum(comparePaths(a, b)));
  }

  @Test
  void comparePathsAgreesWithTheStraightforwardComparisonOnAnyStrings() {
    Gen<String> strings = nearIndex(8);
    qt().withFixedSeed(SEED)
        .withExamples(3000)
        .forAll(strings, strings)
        .check(
            (a, b) ->
                Integer.signum(Findings.comparePaths(a, b)) == Integer.signum(comparePaths(a, b)));
  }

  @Test
  void comparePathsIsATotalOrderEvenWithTokensBetweenIndicesAndNames() {
    // "9" < "10" as indices, and "1a" is a name: compared as text, "10" < "1a" < "9" would cycle
    assertEquals(-1, Integer.signum(Findings.comparePaths("/x/9", "/x/10")));
    assertEquals(-1, Integer.signum(Findings.comparePaths("/x/10", "/x/1a")));
    assertEquals(-1, Integer.signum(Findings.comparePaths("/x/9", "/x/1a")));
    assertEquals(-1, Integer.signum(Findings.comparePaths("/x/2", "/x/02")));
    assertEquals(-1, Integer.signum(Findings.comparePaths("/x/0", "/x/")));
    qt().withFixedSeed(SEED)
        .withExamples(3000)
        .forAll(paths(), paths(), paths())
        .check(
            (a, b, c) -> {
              int ab = Integer.signum(Findings.comparePaths(a, b));
              int bc = Integer.signum(Findings.comparePaths(b, c));
              int ac = Integer.signum(Findings.comparePaths(a, c));
              boolean antisymmetric = ab == -Integer.signum(Findings.comparePaths(b, a));
              boolean equalOnlyIfSame = (ab == 0) == a.equals(b);
              boolean transitive = !(ab <= 0 && bc <= 0) || ac <= 0;
              return antisymmetric && equalOnlyIfSame && transitive;
            });
  }

  @Test
  void sortedIsTheStraightforwardStableSort() {
    qt().withFixedSeed(SEED)
        .withExamples(1000)
        .forAll(entries(paths()))
        .checkAssert(
            entries -> {
              Findings findings = new Findings();
              List<Finding> added = findingsOf(entries);
              for (int i = 0; i < added.size(); i++) {
                findings.add(added.get(i).code(), added.get(i).path(), "finding %s", i);
              }
              added.sort(STRAIGHTFORWARD);
              assertEquals(ImmutableList.copyOf(added), findings.sorted());
            });
  }

  @Test
  void sortedIsTheStableSortHoweverPartsWereOrderedOnTheWay() {
    // findings added part by part (as sessions), some parts ordered as they end, in any order
    qt().withFixedSeed(SEED)
        .withExamples(1000)
        .forAll(
            entries(realPaths()), lists().of(integers().between(0, 5)).ofSize(40), booleans().all())
        .checkAssert(
            (entries, cuts, sortFirst) -> {
              List<Finding> toAdd = findingsOf(entries);
              if (sortFirst) {
                // nearly in order: what validation mostly finds
                toAdd.sort(STRAIGHTFORWARD);
                if (toAdd.size() > 3) {
                  toAdd.add(1, toAdd.remove(3));
                }
              }
              Findings findings = new Findings();
              int mark = findings.mark();
              for (int i = 0; i < toAdd.size(); i++) {
                Finding finding = toAdd.get(i);
                findings.add(finding.code(), finding.path(), "%s", finding.message());
                if (cuts.get(i) == 0) {
                  findings.orderSince(mark);
                  mark = findings.mark();
                } else if (cuts.get(i) == 1) {
                  mark = findings.mark();
                }
              }
              findings.orderSince(mark);
              List<Finding> expected = new ArrayList<>(toAdd);
              expected.sort(STRAIGHTFORWARD);
              assertEquals(ImmutableList.copyOf(expected), findings.sorted());
            });
  }

  @Test
  void sortedIsTheStableSortWhenFoundInOrderOrOneSwapAway() {
    // validation mostly finds in order: the in-order case skips the sort, one swap must not
    qt().withFixedSeed(SEED)
        .withExamples(1000)
        .forAll(entries(paths()), integers().between(-1, 39))
        .checkAssert(
            (entries, swap) -> {
              List<Finding> inOrder = findingsOf(entries);
              inOrder.sort(STRAIGHTFORWARD);
              if (swap >= 0 && swap + 1 < inOrder.size()) {
                inOrder.add(swap, inOrder.remove(swap + 1));
              }
              Findings findings = new Findings();
              for (Finding finding : inOrder) {
                findings.add(finding.code(), finding.path(), "%s", finding.message());
              }
              List<Finding> expected = new ArrayList<>(inOrder);
              expected.sort(STRAIGHTFORWARD);
              assertEquals(ImmutableList.copyOf(expected), findings.sorted());
            });
  }

  @Test
  void messagesSpellInstantsAsTheJdkDoes() {
    // every nanosecond precision, years 0000 to 9999 and beyond (the JDK's own text there)
    int[] units = {1_000_000_000, 100_000_000, 1_000_000, 1_000, 10, 1};
    qt().withFixedSeed(SEED)
        .withExamples(2000)
        .forAll(
            longs().between(-70_000_000_000L, 300_000_000_000L),
            integers().between(0, 999_999_999),
            integers().between(0, units.length - 1))
        .check(
            (second, nano, unit) -> {
              Instant at = Instant.ofEpochSecond(second, nano / units[unit] * units[unit]);
              Findings findings = new Findings();
              findings.add(
                  FindingCode.SESSION_STAGE_MISMATCH, "/sessions/0", "%s at %s: %s", "s", at, 7);
              return findings
                  .sorted()
                  .get(0)
                  .message()
                  .equals(Strings.lenientFormat("%s at %s: %s", "s", at.toString(), 7));
            });
  }

  @Test
  void formatIsGuavasLenientFormat() {
    // templates with too few, too many and odd placeholders; arguments of every kind messages use
    List<String> pieces = List.of("%s", "%s", "at ", "%", "s", " [", "%%s", "'", "");
    List<Object> arguments =
        List.of(
            "pain-elimination",
            "",
            7,
            12.5,
            Instant.parse("2026-03-02T09:00:00Z"),
            Instant.ofEpochSecond(-70_000_000_000L, 1_000),
            java.time.LocalDate.of(2026, 3, 2),
            SessionView.planned(3, Fixtures.plannedPain(2)),
            SessionView.recorded(11, Fixtures.painSession("s-11", 2)),
            "x".repeat(300));
    Findings findings = new Findings(); // one buffer for every example, as in a validation
    qt().withFixedSeed(SEED)
        .withExamples(2000)
        .forAll(
            lists().of(integers().between(0, pieces.size() - 1)).ofSizeBetween(0, 8),
            lists().of(integers().between(-1, arguments.size() - 1)).ofSizeBetween(0, 5))
        .checkAssert(
            (template, args) -> {
              String text = template.stream().map(pieces::get).collect(Collectors.joining());
              Object[] values = args.stream().map(i -> i < 0 ? null : arguments.get(i)).toArray();
              String expected = Strings.lenientFormat(text, values.clone());
              assertEquals(expected, findings.format(text, values), text);
            });
  }

  /** Holds and session lengths in messages are exact: a value just over a limit reads over it. */
  @Test
  void secondsAndMinutesAreWrittenExactly() {
    assertEquals("90 s", Findings.seconds(Duration.ofSeconds(90)));
    assertEquals("12.5 s", Findings.seconds(Duration.ofMillis(12_500)));
    assertEquals("0.25 s", Findings.seconds(Duration.ofMillis(250)));
    assertEquals("60.0000001 s", Findings.seconds(Duration.ofSeconds(60, 100)));
    assertEquals("0.000000001 s", Findings.seconds(Duration.ofNanos(1)));
    assertEquals("0 s", Findings.seconds(Duration.ZERO));
    assertEquals("25 min", Findings.minutes(Duration.ofMinutes(25)));
    assertEquals("25 min 30 s", Findings.minutes(Duration.ofSeconds(25 * 60 + 30)));
    assertEquals("0 min 0.000000001 s", Findings.minutes(Duration.ofNanos(1)));
  }
}
