package org.nmt.io.json;

import java.util.Objects;
import org.nmt.core.anatomy.Side;
import org.nmt.core.anatomy.TissueLocation;

/**
 * The locations read so far in one document, so that a location read again (the same muscle, side
 * and site, as a record names them in session after session) is the same instance: it is neither
 * built nor checked again, and a record holds one of each. A hash table with linear probing over
 * the parts, so a look-up makes no key. Not thread-safe: one document's reader uses it.
 */
final class SharedLocations {
  private TissueLocation[] table = new TissueLocation[64];
  private int size;

  /**
   * The location of {@code muscle}, {@code side} and {@code site} ({@code null}: the whole muscle)
   * kept before, or {@code null}.
   */
  TissueLocation find(String muscle, Side side, String site) {
    int mask = table.length - 1;
    for (int i = hash(muscle, side, site) & mask; table[i] != null; i = (i + 1) & mask) {
      TissueLocation known = table[i];
      if (known.side() == side
          && known.muscleId().equals(muscle)
          && Objects.equals(known.siteId().orElse(null), site)) {
        return known;
      }
    }
    return null;
  }

  /** Keeps {@code location}, which {@link #find} did not find, for later; returns it. */
  TissueLocation keep(TissueLocation location) {
    if (2 * (size + 1) > table.length) {
      TissueLocation[] old = table;
      table = new TissueLocation[2 * old.length];
      for (TissueLocation kept : old) {
        if (kept != null) {
          put(kept);
        }
      }
    }
    put(location);
    size++;
    return location;
  }

  private void put(TissueLocation location) {
    int mask = table.length - 1;
    int i = hash(location.muscleId(), location.side(), location.siteId().orElse(null)) & mask;
    while (table[i] != null) {
      i = (i + 1) & mask;
    }
    table[i] = location;
  }

  private static int hash(String muscle, Side side, String site) {
    int hash = 31 * (31 * muscle.hashCode() + side.ordinal()) + Objects.hashCode(site);
    return hash ^ (hash >>> 16);
  }
}
