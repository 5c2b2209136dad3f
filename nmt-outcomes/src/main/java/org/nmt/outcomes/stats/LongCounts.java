package org.nmt.outcomes.stats;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Arrays;

/**
 * How often each {@code long} key occurs: an open-addressing hash map of primitive keys and counts
 * (no boxing per update), with the keys sorted only when they are asked for in order.
 *
 * <p>A slot is free when its count is zero (a stored count is always positive). The table doubles
 * when it is more than half full, so memory is a small multiple of the number of distinct keys.
 *
 * <p>Mutable and not thread-safe.
 */
final class LongCounts {
  private static final int INITIAL_CAPACITY = 8;
  private static final long[] NONE = {};

  private long[] keys = NONE;
  private long[] counts = NONE;
  private int size;
  private long[] sorted;
  private long[] sortedCounts;

  /**
   * Adds {@code count} occurrences of {@code key}.
   *
   * @throws IllegalArgumentException if {@code count} is not positive (a zero count would mark a
   *     slot as taken without a key)
   */
  void add(long key, long count) {
    checkArgument(count > 0, "count must be positive: %s", count);
    if (2 * (size + 1) > keys.length) {
      resize(Math.max(INITIAL_CAPACITY, 2 * keys.length));
    }
    int slot = slotOf(key);
    if (counts[slot] == 0) {
      keys[slot] = key;
      size++;
    }
    counts[slot] += count;
    sortedCounts = null;
  }

  /** How often {@code key} occurs; 0 if it does not. */
  long get(long key) {
    return size == 0 ? 0 : counts[slotOf(key)];
  }

  /** How many distinct keys occur. */
  int size() {
    return size;
  }

  /** The distinct keys in ascending order; the caller must not modify the array. */
  long[] sortedKeys() {
    if (sortedCounts == null) {
      long[] distinct = new long[size];
      int next = 0;
      for (int slot = 0; slot < keys.length; slot++) {
        if (counts[slot] != 0) {
          distinct[next++] = keys[slot];
        }
      }
      Arrays.sort(distinct);
      long[] countsInOrder = new long[size];
      for (int i = 0; i < size; i++) {
        countsInOrder[i] = get(distinct[i]);
      }
      sorted = distinct;
      sortedCounts = countsInOrder;
    }
    return sorted;
  }

  /**
   * The counts of the keys of {@link #sortedKeys()}, position by position; the caller must not
   * modify the array.
   */
  long[] sortedCounts() {
    sortedKeys();
    return sortedCounts;
  }

  /** Adds every count of {@code other}; {@code other} is unchanged. */
  void addAll(LongCounts other) {
    long[] theirKeys = other.keys.clone();
    long[] theirCounts = other.counts.clone();
    for (int slot = 0; slot < theirKeys.length; slot++) {
      if (theirCounts[slot] != 0) {
        add(theirKeys[slot], theirCounts[slot]);
      }
    }
  }

  /** The slot holding {@code key}, or the free slot where it would go (linear probing). */
  private int slotOf(long key) {
    int mask = keys.length - 1;
    int slot = hash(key) & mask;
    while (counts[slot] != 0 && keys[slot] != key) {
      slot = (slot + 1) & mask;
    }
    return slot;
  }

  /** Fibonacci hashing: the high bits of the key times 2<sup>64</sup>/φ. */
  private static int hash(long key) {
    return (int) ((key * 0x9E3779B97F4A7C15L) >>> 32);
  }

  private void resize(int capacity) {
    long[] oldKeys = keys;
    long[] oldCounts = counts;
    keys = new long[capacity];
    counts = new long[capacity];
    for (int slot = 0; slot < oldKeys.length; slot++) {
      if (oldCounts[slot] != 0) {
        int target = slotOf(oldKeys[slot]);
        keys[target] = oldKeys[slot];
        counts[target] = oldCounts[slot];
      }
    }
  }
}
