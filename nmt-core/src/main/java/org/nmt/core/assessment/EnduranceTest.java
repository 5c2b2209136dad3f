package org.nmt.core.assessment;

import static com.google.common.base.Strings.lenientFormat;

import java.time.Instant;
import org.immutables.value.Value;
import org.nmt.core.anatomy.Side;
import org.nmt.core.id.AssessmentId;
import org.nmt.core.style.NmtStyle;

/**
 * An endurance test result: seconds held or repetitions done.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@NmtStyle
public abstract non-sealed class EnduranceTest implements Assessment {
  EnduranceTest() {}

  @Override
  public abstract AssessmentId id();

  @Override
  public abstract Instant takenAt();

  /** The test. */
  public abstract EnduranceTestKind test();

  /** The side, for one-sided tests; midline otherwise. */
  @Value.Default
  public Side side() {
    return Side.MIDLINE;
  }

  /** The result in the test's unit, 0 to the test's maximum. */
  public abstract double value();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link EnduranceTest}. */
  public static final class Builder extends ImmutableEnduranceTest.Builder {}

  @Value.Check
  void check() {
    if (!(value() >= 0 && value() <= test().maximum())) {
      throw new IllegalArgumentException(
          lenientFormat(
              "endurance test %s: %s value must be within 0..%s %s: %s",
              id(), test().id(), test().maximum(), test().unit().id(), value()));
    }
    if (!(test().unit() == EnduranceUnit.SECONDS || value() == Math.rint(value()))) {
      throw new IllegalArgumentException(
          lenientFormat(
              "endurance test %s: repetitions must be a whole number: %s", id(), value()));
    }
  }
}
