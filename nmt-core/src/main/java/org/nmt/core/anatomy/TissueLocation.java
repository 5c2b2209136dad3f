package org.nmt.core.anatomy;

import com.google.common.collect.ImmutableList;
import java.util.Comparator;
import java.util.Optional;
import org.immutables.value.Value;
import org.nmt.core.style.NmtStyle;

/**
 * A place in soft tissue: a muscle (by catalog id), the side, and optionally one of the muscle's
 * trigger point sites. Trigger points, pressure pain thresholds and technique targets are located
 * with it.
 *
 * <p>The muscle and site ids are checked for form here and against a {@link MuscleCatalog} by
 * {@link MuscleCatalog#check(TissueLocation)}. Immutable and thread-safe.
 */
@Value.Immutable
@NmtStyle
public abstract class TissueLocation {
  TissueLocation() {}

  /** The catalog id of the muscle or fascia. */
  @Value.Parameter
  public abstract String muscleId();

  /** The side. */
  @Value.Parameter
  public abstract Side side();

  /** The id of one of the muscle's trigger point sites, when the location is that precise. */
  @Value.Parameter
  public abstract Optional<String> siteId();

  /**
   * Locations in the order reports list them: by muscle id, then side (in {@link Side}'s order),
   * then site, the whole muscle before its sites. Consistent with {@code equals}.
   */
  public static final Comparator<TissueLocation> ORDER = TissueLocation::compare;

  /** The whole muscle on {@code side}. */
  public static TissueLocation of(String muscleId, Side side) {
    return ImmutableTissueLocation.of(shared(muscleId), side, Optional.empty());
  }

  /** Site {@code siteId} of the muscle on {@code side}. */
  public static TissueLocation of(String muscleId, Side side, String siteId) {
    return ImmutableTissueLocation.of(shared(muscleId), side, Optional.of(siteId));
  }

  /**
   * The standard catalog's own instance of {@code muscleId} when it has that muscle, else {@code
   * muscleId}: locations read from documents then share one string per muscle instead of holding
   * one each (less memory per record, and fewer objects to visit when a record is checked).
   */
  private static String shared(String muscleId) {
    return MuscleCatalog.standard().find(muscleId).map(Muscle::id).orElse(muscleId);
  }

  /** This location with the site removed: the whole muscle on the same side. */
  public TissueLocation wholeMuscle() {
    return siteId().isEmpty() ? this : of(muscleId(), side());
  }

  /**
   * This location on each side it covers: a bilateral location stands for the same place on the
   * left and on the right; any other location is itself.
   */
  public ImmutableList<TissueLocation> perSide() {
    if (side() != Side.BILATERAL) {
      return ImmutableList.of(this);
    }
    return ImmutableList.of(
        ImmutableTissueLocation.of(muscleId(), Side.LEFT, siteId()),
        ImmutableTissueLocation.of(muscleId(), Side.RIGHT, siteId()));
  }

  @Value.Check
  void check() {
    Slugs.check("muscleId", muscleId());
    siteId().ifPresent(site -> Slugs.check("siteId", site));
  }

  private static int compare(TissueLocation a, TissueLocation b) {
    int byMuscle = a.muscleId().compareTo(b.muscleId());
    if (byMuscle != 0) {
      return byMuscle;
    }
    int bySide = a.side().compareTo(b.side());
    if (bySide != 0) {
      return bySide;
    }
    Optional<String> siteA = a.siteId();
    Optional<String> siteB = b.siteId();
    if (siteA.isEmpty() || siteB.isEmpty()) {
      return Boolean.compare(siteA.isPresent(), siteB.isPresent());
    }
    return siteA.get().compareTo(siteB.get());
  }

  @Override
  public String toString() {
    return muscleId() + "/" + side().id() + siteId().map(s -> "/" + s).orElse("");
  }
}
