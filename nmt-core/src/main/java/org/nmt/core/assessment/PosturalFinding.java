package org.nmt.core.assessment;

import static com.google.common.base.Strings.lenientFormat;

import java.util.Optional;
import org.immutables.value.Value;
import org.nmt.core.anatomy.Side;
import org.nmt.core.style.NmtStyle;

/**
 * One measured postural deviation: what, how much (in the deviation's unit), the side where it has
 * one, and the normal range it is judged against.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@NmtStyle
public abstract class PosturalFinding {
  PosturalFinding() {}

  /** The deviation. */
  public abstract PosturalDeviation deviation();

  /** The measured value, in {@code deviation().unit()}. */
  public abstract double value();

  /** The side the deviation is toward or on, where it has one (a high left shoulder). */
  public abstract Optional<Side> side();

  /**
   * The normal range this finding is judged against, when the therapist gives one; otherwise the
   * deviation's sourced default applies (see {@link #effectiveNormalRange()}).
   */
  public abstract Optional<NormalRange> normalRange();

  /** The plane of the deviation. */
  public Plane plane() {
    return deviation().plane();
  }

  /** The range the finding is judged against: its own, or the deviation's sourced default. */
  public Optional<NormalRange> effectiveNormalRange() {
    return normalRange().isPresent() ? normalRange() : deviation().normalRange();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PosturalFinding}. */
  public static final class Builder extends ImmutablePosturalFinding.Builder {}

  @Value.Check
  void check() {
    if (!(Double.isFinite(value()) && Math.abs(value()) <= 360)) {
      throw new IllegalArgumentException(
          lenientFormat(
              "postural finding %s: value must be within -360..360 %s: %s",
              deviation().id(), deviation().unit().id(), value()));
    }
  }
}
