package org.nmt.core.anatomy;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A versioned catalog of muscles and fascia, looked up by id.
 *
 * <p>{@link #standard()} is nmt's own catalog: every muscle and fascia the seeds name and the
 * muscles behind the conditions they list, each entry with its source. A clinic extends it with
 * {@link #extendedWith} or replaces it with {@link #of}. Immutable and thread-safe.
 */
public final class MuscleCatalog {
  private static final Pattern VERSION = Pattern.compile("[0-9]+\\.[0-9]+(\\.[0-9]+)?");
  private static final MuscleCatalog STANDARD =
      new MuscleCatalog("nmt-standard", StandardMuscles.VERSION, StandardMuscles.all());

  private final String name;
  private final String version;
  private final ImmutableMap<String, Muscle> byId;

  private MuscleCatalog(String name, String version, Collection<Muscle> muscles) {
    checkNotNull(name, "name");
    checkNotNull(version, "version");
    checkNotNull(muscles, "muscles");
    Slugs.check("catalog name", name);
    checkArgument(
        VERSION.matcher(version).matches(),
        "catalog version must be MAJOR.MINOR or MAJOR.MINOR.PATCH: '%s'",
        version);
    Map<String, Muscle> map = new LinkedHashMap<>();
    int index = 0;
    for (Muscle muscle : muscles) {
      checkNotNull(muscle, "muscle");
      // the repeat is named as an element of the list, as a record names its repeated ids, so that
      // a reader of a catalog document refuses it at that element
      checkArgument(
          map.put(muscle.id(), muscle) == null,
          "muscles[%s]: duplicate muscle id '%s'",
          index,
          muscle.id());
      index++;
    }
    this.name = name;
    this.version = version;
    this.byId = ImmutableMap.copyOf(map);
  }

  /** nmt's standard catalog. */
  public static MuscleCatalog standard() {
    return STANDARD;
  }

  /**
   * A catalog of exactly {@code muscles}, replacing the standard one.
   *
   * @param name a lower-kebab slug naming the catalog
   * @param version {@code MAJOR.MINOR} or {@code MAJOR.MINOR.PATCH}
   * @throws IllegalArgumentException on a bad name or version, or a duplicate muscle id
   */
  public static MuscleCatalog of(String name, String version, Collection<Muscle> muscles) {
    return new MuscleCatalog(name, version, muscles);
  }

  /**
   * This catalog with {@code additions} added and entries of the same id replaced, under a new name
   * and version.
   */
  public MuscleCatalog extendedWith(String name, String version, Collection<Muscle> additions) {
    checkNotNull(additions, "additions");
    Map<String, Muscle> map = new LinkedHashMap<>(byId);
    for (Muscle muscle : additions) {
      map.put(checkNotNull(muscle, "muscle").id(), muscle);
    }
    return new MuscleCatalog(name, version, map.values());
  }

  /** The catalog's name, a lower-kebab slug. */
  public String name() {
    return name;
  }

  /** The catalog's version. */
  public String version() {
    return version;
  }

  /** Every entry, in catalog order. */
  public ImmutableList<Muscle> muscles() {
    return byId.values().asList();
  }

  /** The number of entries. */
  public int size() {
    return byId.size();
  }

  /** Whether the catalog has an entry with id {@code id}. */
  public boolean contains(String id) {
    return byId.containsKey(id);
  }

  /** The entry with id {@code id}, if any. */
  public Optional<Muscle> find(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /**
   * The entry with id {@code id}.
   *
   * @throws IllegalArgumentException naming the unknown id and the catalog
   */
  public Muscle get(String id) {
    Muscle muscle = byId.get(checkNotNull(id, "id"));
    checkArgument(muscle != null, "unknown muscle id '%s' in catalog %s %s", id, name, version);
    return muscle;
  }

  /** The entries of functional group {@code group}, in catalog order. */
  public ImmutableList<Muscle> inGroup(FunctionalGroup group) {
    return byId.values().stream()
        .filter(m -> m.group() == group)
        .collect(ImmutableList.toImmutableList());
  }

  /** The entries in body region {@code region}, in catalog order. */
  public ImmutableList<Muscle> inRegion(BodyRegion region) {
    return byId.values().stream()
        .filter(m -> m.region() == region)
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Checks that {@code location} names a muscle of this catalog and, if it names a site, one of
   * that muscle's sites, and that the side fits: left, right or bilateral for a paired muscle,
   * midline for an unpaired one.
   *
   * @return the muscle
   * @throws IllegalArgumentException naming the unknown muscle or site, or the bad side
   */
  public Muscle check(TissueLocation location) {
    Muscle muscle = get(location.muscleId());
    location
        .siteId()
        .ifPresent(
            site ->
                checkArgument(
                    muscle.site(site).isPresent(),
                    "unknown trigger point site '%s' of muscle '%s'",
                    site,
                    muscle.id()));
    checkArgument(
        muscle.paired() != (location.side() == Side.MIDLINE),
        muscle.paired()
            ? "side of paired muscle '%s' must be left, right or bilateral: %s"
            : "side of unpaired muscle '%s' must be midline: %s",
        muscle.id(),
        location.side().id());
    return muscle;
  }

  @Override
  public String toString() {
    return "MuscleCatalog{" + name + " " + version + ", " + byId.size() + " entries}";
  }
}
