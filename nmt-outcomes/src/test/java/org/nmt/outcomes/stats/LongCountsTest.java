package org.nmt.outcomes.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class LongCountsTest {
  @Test
  void countsLikeATreeMap() {
    qt().withFixedSeed(20261124L)
        .withExamples(1000)
        .forAll(
            lists().of(longs().between(-50, 50).mix(longs().all(), 20)).ofSizeBetween(0, 300),
            integers().between(1, 5))
        .checkAssert(
            (keys, times) -> {
              LongCounts counts = new LongCounts();
              TreeMap<Long, Long> expected = new TreeMap<>();
              for (long key : keys) {
                counts.add(key, times);
                expected.merge(key, (long) times, Long::sum);
              }
              assertSame(expected, counts);
              assertEquals(expected.getOrDefault(51L, 0L), counts.get(51));
            });
  }

  @Test
  void addAllAddsEveryCountEvenToItself() {
    qt().withFixedSeed(20261124L)
        .withExamples(1000)
        .forAll(
            lists().of(longs().between(-20, 20)).ofSizeBetween(0, 60),
            lists().of(longs().between(-20, 20)).ofSizeBetween(0, 60))
        .checkAssert(
            (left, right) -> {
              LongCounts merged = of(left);
              merged.addAll(of(right));
              TreeMap<Long, Long> expected = new TreeMap<>();
              left.forEach(k -> expected.merge(k, 1L, Long::sum));
              right.forEach(k -> expected.merge(k, 1L, Long::sum));
              assertSame(expected, merged);
              LongCounts doubled = of(left);
              doubled.addAll(doubled);
              TreeMap<Long, Long> twice = new TreeMap<>();
              left.forEach(k -> twice.merge(k, 2L, Long::sum));
              assertSame(twice, doubled);
            });
  }

  @Test
  void sortedKeysFollowLaterAdditions() {
    LongCounts counts = of(List.of(5L, -3L, 5L));
    assertArrayEquals(new long[] {-3, 5}, counts.sortedKeys());
    assertArrayEquals(new long[] {1, 2}, counts.sortedCounts());
    counts.add(0, 1);
    assertArrayEquals(new long[] {-3, 0, 5}, counts.sortedKeys());
    counts.add(-3, 4);
    assertArrayEquals(new long[] {5, 1, 2}, counts.sortedCounts());
    assertEquals(2, counts.get(5));
    assertEquals(0, counts.get(4));
  }

  private static LongCounts of(List<Long> keys) {
    LongCounts counts = new LongCounts();
    keys.forEach(k -> counts.add(k, 1));
    return counts;
  }

  @Test
  void refusesACountThatIsNotPositive() {
    LongCounts counts = new LongCounts();
    IllegalArgumentException zero =
        assertThrows(IllegalArgumentException.class, () -> counts.add(7, 0));
    assertEquals("count must be positive: 0", zero.getMessage());
    assertThrows(IllegalArgumentException.class, () -> counts.add(7, -2));
    assertEquals(0, counts.size());
  }

  private static void assertSame(TreeMap<Long, Long> expected, LongCounts counts) {
    assertEquals(expected.size(), counts.size());
    long[] keys = new long[expected.size()];
    long[] values = new long[expected.size()];
    int next = 0;
    for (Map.Entry<Long, Long> entry : expected.entrySet()) {
      keys[next] = entry.getKey();
      values[next++] = entry.getValue();
      assertEquals(entry.getValue(), counts.get(entry.getKey()));
    }
    assertArrayEquals(keys, counts.sortedKeys());
    assertArrayEquals(values, counts.sortedCounts());
  }
}
