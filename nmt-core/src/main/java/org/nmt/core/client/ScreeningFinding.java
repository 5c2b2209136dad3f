package org.nmt.core.client;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.nmt.core.anatomy.BodyRegion;
import org.nmt.core.anatomy.Side;
import org.nmt.core.style.NmtStyle;

/**
 * One contraindication or precaution found at intake: the item, where it is (for an area to avoid),
 * whether clearance was given (for an item that needs it), and when it stopped applying.
 *
 * <p>An avoid-local-area item names its region and side; clearance is recorded only for items that
 * need it. Immutable and thread-safe.
 */
@Value.Immutable
@NmtStyle
public abstract class ScreeningFinding {
  ScreeningFinding() {}

  /** The item found. */
  public abstract ScreeningItem item();

  /** The category of the item. */
  public ScreeningCategory category() {
    return item().category();
  }

  /** The region to avoid; present exactly for avoid-local-area items. */
  public abstract Optional<BodyRegion> region();

  /** The side of the region to avoid; present exactly for avoid-local-area items. */
  public abstract Optional<Side> side();

  /** The clearance given, for an item that needs clearance. */
  public abstract Optional<Clearance> clearance();

  /** The day the item stopped applying (a fever gone, a wound healed), if it has. */
  public abstract Optional<LocalDate> resolvedOn();

  /**
   * Whether the item applies on {@code day}: it has not resolved by then. An item found at intake
   * is taken to have applied before it too (a condition does not start at the intake).
   */
  public boolean appliesOn(LocalDate day) {
    return resolvedOn().map(day::isBefore).orElse(true);
  }

  /** Whether the item, if it needs clearance, has been cleared on or before {@code day}. */
  public boolean isClearedOn(LocalDate day) {
    return clearance().map(c -> !c.givenOn().isAfter(day)).orElse(false);
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ScreeningFinding}. */
  public static final class Builder extends ImmutableScreeningFinding.Builder {}

  /** An item that is not an avoid-local-area item. */
  public static ScreeningFinding of(ScreeningItem item) {
    return builder().item(item).build();
  }

  /** An avoid-local-area item in {@code region} on {@code side}. */
  public static ScreeningFinding avoid(ScreeningItem item, BodyRegion region, Side side) {
    return builder().item(item).region(region).side(side).build();
  }

  @Value.Check
  void check() {
    boolean avoid = category() == ScreeningCategory.AVOID_LOCAL_AREA;
    checkArgument(
        region().isPresent() == avoid,
        avoid
            ? "screening item %s: region is required for an avoid-local-area item"
            : "screening item %s: region is only for avoid-local-area items",
        item().id());
    checkArgument(
        side().isPresent() == avoid,
        avoid
            ? "screening item %s: side is required for an avoid-local-area item"
            : "screening item %s: side is only for avoid-local-area items",
        item().id());
    checkArgument(
        clearance().isEmpty() || category() == ScreeningCategory.NEEDS_CLEARANCE,
        "screening item %s: clearance is only for items that need clearance",
        item().id());
  }
}
