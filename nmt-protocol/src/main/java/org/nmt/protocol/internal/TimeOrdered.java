package org.nmt.protocol.internal;

import java.time.Instant;
import java.util.List;
import java.util.function.Function;

/**
 * Binary searches in lists kept in order of time, as a client record keeps its sessions,
 * assessments and transitions: the one place gates and validation find a window of a record. Not
 * exported from the module. Stateless and thread-safe.
 */
public final class TimeOrdered {
  private TimeOrdered() {}

  /** How many of {@code items}, in order of {@code time}, are at or before {@code at}. */
  public static <T> int countUpTo(List<T> items, Function<T, Instant> time, Instant at) {
    int low = 0;
    int high = items.size();
    while (low < high) {
      int middle = (low + high) >>> 1;
      if (time.apply(items.get(middle)).isAfter(at)) {
        high = middle;
      } else {
        low = middle + 1;
      }
    }
    return low;
  }

  /** How many of {@code items}, in order of {@code time}, are strictly before {@code at}. */
  public static <T> int countBefore(List<T> items, Function<T, Instant> time, Instant at) {
    int low = 0;
    int high = items.size();
    while (low < high) {
      int middle = (low + high) >>> 1;
      if (time.apply(items.get(middle)).isBefore(at)) {
        low = middle + 1;
      } else {
        high = middle;
      }
    }
    return low;
  }
}
