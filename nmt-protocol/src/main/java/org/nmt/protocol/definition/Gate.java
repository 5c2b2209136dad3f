package org.nmt.protocol.definition;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.HashSet;
import java.util.Set;
import org.immutables.value.Value;
import org.nmt.core.stage.Stage;
import org.nmt.core.style.NmtStyle;
import org.nmt.protocol.criterion.Criterion;

/**
 * The gate after a stage: the criteria that must all be met before the course moves on (after the
 * last stage, before discharge).
 *
 * <p>Criterion ids are unique within a gate. Immutable and thread-safe.
 */
@Value.Immutable
@NmtStyle
public abstract class Gate {
  Gate() {}

  /** The stage this gate closes. */
  @Value.Parameter
  public abstract Stage stage();

  /** The criteria, in the order a decision lists them; at least one. */
  @Value.Parameter
  public abstract ImmutableList<Criterion> criteria();

  /** The gate after {@code stage} with {@code criteria}. */
  public static Gate of(Stage stage, Iterable<? extends Criterion> criteria) {
    return ImmutableGate.of(stage, ImmutableList.copyOf(criteria));
  }

  /** The gate after {@code stage} with {@code criteria}. */
  public static Gate of(Stage stage, Criterion... criteria) {
    return ImmutableGate.of(stage, ImmutableList.copyOf(criteria));
  }

  @Value.Check
  void check() {
    checkArgument(!criteria().isEmpty(), "gate of %s: criteria must not be empty", stage().id());
    Set<String> ids = new HashSet<>();
    for (Criterion criterion : criteria()) {
      checkArgument(
          ids.add(criterion.id()),
          "gate of %s: duplicate criterion id '%s'",
          stage().id(),
          criterion.id());
    }
  }
}
