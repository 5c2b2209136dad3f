package org.nmt.outcomes.analysis;

import com.google.common.collect.ImmutableList;
import java.util.Comparator;
import java.util.Optional;
import org.immutables.value.Value;
import org.nmt.core.stage.Stage;
import org.nmt.core.style.NmtStyle;

/**
 * When a measure's follow-up value is taken for a comparison with its baseline: the last value
 * recorded, or the last value recorded by the end of a stage (when the client first left the stage
 * forward, through its gate or by an override).
 *
 * <p>Ordered with {@link #last()} first, then the stages in the seeds' order. Immutable and
 * thread-safe.
 */
@Value.Immutable(builder = false)
@NmtStyle
public abstract class Endpoint implements Comparable<Endpoint> {
  private static final Comparator<Endpoint> ORDER =
      Comparator.comparing(
          (Endpoint e) -> e.stage().map(s -> s.ordinal() + 1).orElse(0), Integer::compare);

  private static final ImmutableList<Endpoint> ALL = all(Stage.values());

  Endpoint() {}

  /** The stage whose end the endpoint is; empty for the last value. */
  @Value.Parameter
  public abstract Optional<Stage> stage();

  /** The last value recorded. */
  public static Endpoint last() {
    return ImmutableEndpoint.of(Optional.empty());
  }

  /** The last value recorded by the end of {@code stage}. */
  public static Endpoint endOf(Stage stage) {
    return ImmutableEndpoint.of(Optional.of(stage));
  }

  /** {@link #last()}, then the end of every stage, in the seeds' order. */
  public static ImmutableList<Endpoint> all() {
    return ALL;
  }

  private static ImmutableList<Endpoint> all(Stage... stages) {
    ImmutableList.Builder<Endpoint> all = ImmutableList.builder();
    all.add(last());
    for (Stage stage : stages) {
      all.add(endOf(stage));
    }
    return all.build();
  }

  /** The position of this endpoint in {@link #all()}: 0 for the last value, then the stages. */
  int index() {
    Optional<Stage> stage = stage();
    return stage.isPresent() ? stage.get().ordinal() + 1 : 0;
  }

  /** Whether this is {@link #last()}. */
  public boolean isLast() {
    return stage().isEmpty();
  }

  /** {@code "last"} or {@code "end-of-<stage id>"} ({@code "end-of-pain-elimination"}). */
  public String id() {
    return stage().map(s -> "end-of-" + s.id()).orElse("last");
  }

  /**
   * Returns the endpoint whose id is {@code id}.
   *
   * @throws IllegalArgumentException if no endpoint has that id
   */
  public static Endpoint fromId(String id) {
    for (Endpoint endpoint : ALL) {
      if (endpoint.id().equals(id)) {
        return endpoint;
      }
    }
    throw new IllegalArgumentException("unknown endpoint: '" + id + "'");
  }

  @Override
  public int compareTo(Endpoint other) {
    return ORDER.compare(this, other);
  }

  @Override
  public String toString() {
    return id();
  }
}
