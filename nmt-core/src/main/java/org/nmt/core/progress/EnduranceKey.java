package org.nmt.core.progress;

import java.util.Comparator;
import org.immutables.value.Value;
import org.nmt.core.anatomy.Side;
import org.nmt.core.assessment.EnduranceTest;
import org.nmt.core.assessment.EnduranceTestKind;
import org.nmt.core.style.NmtStyle;

/**
 * An endurance test on one side (midline for two-sided tests): the key of an endurance series.
 *
 * <p>Ordered by test and side, in declaration order. Immutable and thread-safe.
 */
@Value.Immutable(builder = false)
@NmtStyle
public abstract class EnduranceKey implements Comparable<EnduranceKey> {
  private static final Comparator<EnduranceKey> ORDER =
      Comparator.comparing(EnduranceKey::test).thenComparing(EnduranceKey::side);

  EnduranceKey() {}

  /** The test. */
  @Value.Parameter
  public abstract EnduranceTestKind test();

  /** The side. */
  @Value.Parameter
  public abstract Side side();

  /** The key of {@code test} on {@code side}. */
  public static EnduranceKey of(EnduranceTestKind test, Side side) {
    return ImmutableEnduranceKey.of(test, side);
  }

  /** The key of {@code result}. */
  public static EnduranceKey of(EnduranceTest result) {
    return of(result.test(), result.side());
  }

  @Override
  public int compareTo(EnduranceKey other) {
    return ORDER.compare(this, other);
  }

  @Override
  public String toString() {
    return test().id() + "/" + side().id();
  }
}
