package org.nmt.core.anatomy;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.nmt.core.reference.Source;
import org.nmt.core.style.NmtStyle;

/**
 * A muscle or fascia of the catalog: its stable id, where it is, what group it works in, and where
 * its trigger points commonly lie.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@NmtStyle
public abstract class Muscle {
  Muscle() {}

  /** The stable id, a lower-kebab slug ({@code "upper-trapezius"}). */
  public abstract String id();

  /** The name as a therapist writes it ({@code "Upper trapezius"}). */
  public abstract String name();

  /** Muscle or fascia (the IT band and plantar fascia are fascia). */
  @Value.Default
  public TissueKind tissue() {
    return TissueKind.MUSCLE;
  }

  /** The body region the muscle lies in. */
  public abstract BodyRegion region();

  /** The functional group the muscle works in. */
  public abstract FunctionalGroup group();

  /** Whether there is one on each side (most are); unpaired ones sit on the midline. */
  @Value.Default
  public boolean paired() {
    return true;
  }

  /** The nerve supply, where sourced. */
  public abstract Optional<String> innervation();

  /** Common trigger point sites with their referral zones; empty where none is sourced. */
  public abstract ImmutableList<TriggerPointSite> triggerPointSites();

  /** Where this entry's anatomy comes from. */
  public abstract Source source();

  /** The trigger point site with id {@code siteId}, if this muscle has one. */
  public Optional<TriggerPointSite> site(String siteId) {
    return triggerPointSites().stream().filter(s -> s.id().equals(siteId)).findFirst();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Muscle}. */
  public static final class Builder extends ImmutableMuscle.Builder {}

  @Value.Check
  void check() {
    Slugs.check("muscle id", id());
    checkArgument(!name().isBlank(), "muscle '%s': name must not be blank", id());
    checkArgument(
        innervation().map(i -> !i.isBlank()).orElse(true),
        "muscle '%s': innervation must not be blank when given",
        id());
    checkArgument(
        tissue() == TissueKind.MUSCLE || triggerPointSites().isEmpty(),
        "muscle '%s': fascia has no trigger point sites",
        id());
    // the repeat is named as an element of the list, as a catalog names its repeated muscle ids,
    // so that a reader of a catalog document refuses it at that element
    Set<String> siteIds = new HashSet<>();
    for (int i = 0; i < triggerPointSites().size(); i++) {
      TriggerPointSite site = triggerPointSites().get(i);
      checkArgument(
          siteIds.add(site.id()),
          "triggerPointSites[%s]: duplicate trigger point site id '%s' in muscle '%s'",
          i,
          site.id(),
          id());
    }
  }
}
