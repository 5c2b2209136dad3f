package org.nmt.core.anatomy;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import org.immutables.value.Value;
import org.nmt.core.reference.Source;
import org.nmt.core.style.NmtStyle;

/**
 * A common trigger point site of a muscle and the zones its pain is referred to.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@NmtStyle
public abstract class TriggerPointSite {
  TriggerPointSite() {}

  /** The site's id, a lower-kebab slug unique within its muscle ({@code "central"}). */
  public abstract String id();

  /** Where the site lies, in words ({@code "mid-belly of the upper fibres"}). */
  public abstract String description();

  /** The zones pain from this site is commonly referred to; at least one. */
  public abstract ImmutableList<String> referralZones();

  /** Where the referral pattern comes from. */
  public abstract Source source();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link TriggerPointSite}. */
  public static final class Builder extends ImmutableTriggerPointSite.Builder {}

  @Value.Check
  void check() {
    Slugs.check("trigger point site id", id());
    checkArgument(
        !description().isBlank(), "trigger point site '%s': description must not be blank", id());
    checkArgument(
        !referralZones().isEmpty(),
        "trigger point site '%s': referralZones must not be empty",
        id());
  }
}
