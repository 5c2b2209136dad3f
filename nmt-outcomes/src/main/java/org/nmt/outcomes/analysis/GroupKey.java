package org.nmt.outcomes.analysis;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Comparator;
import org.immutables.value.Value;
import org.nmt.core.style.NmtStyle;

/**
 * A subgroup of a cohort: a {@link Grouping} and the label of one group in it ({@code condition}
 * {@code low-back-pain}).
 *
 * <p>Ordered by grouping, then label. Immutable and thread-safe.
 */
@Value.Immutable(builder = false)
@NmtStyle
public abstract class GroupKey implements Comparable<GroupKey> {
  /** The label of the one group of {@link Grouping#ALL}. */
  public static final String ALL = "all";

  /** The label of clients with no activity profile, or no presenting condition, recorded. */
  public static final String UNSPECIFIED = "unspecified";

  private static final Comparator<GroupKey> ORDER =
      Comparator.comparing(GroupKey::grouping).thenComparing(GroupKey::label);

  GroupKey() {}

  /** The grouping. */
  @Value.Parameter
  public abstract Grouping grouping();

  /** The group's label within the grouping, 1–100 characters. */
  @Value.Parameter
  public abstract String label();

  /** The group of every client. */
  public static GroupKey all() {
    return of(Grouping.ALL, ALL);
  }

  /**
   * The group labelled {@code label} of {@code grouping}.
   *
   * @throws IllegalArgumentException if the label is empty or longer than 100 characters, or the
   *     grouping is {@link Grouping#ALL} and the label is not {@value #ALL}
   */
  public static GroupKey of(Grouping grouping, String label) {
    return ImmutableGroupKey.of(grouping, label);
  }

  @Override
  public int compareTo(GroupKey other) {
    return ORDER.compare(this, other);
  }

  @Override
  public String toString() {
    return grouping().id() + "=" + label();
  }

  @Value.Check
  void check() {
    checkArgument(
        !label().isEmpty() && label().length() <= 100,
        "group label must be 1..100 characters: '%s'",
        label());
    checkArgument(
        grouping() != Grouping.ALL || label().equals(ALL),
        "the group of all clients is labelled 'all': '%s'",
        label());
  }
}
