package org.nmt.core.technique;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.Optional;
import org.immutables.value.Value;
import org.nmt.core.reference.Source;
import org.nmt.core.stage.Stage;
import org.nmt.core.style.NmtStyle;

/**
 * What a technique is for: the stages it serves, whether it applies deep pressure, and how it is
 * dosed.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@NmtStyle
public abstract class TechniqueProfile {
  TechniqueProfile() {}

  /** The technique. */
  public abstract Technique technique();

  /** The stages the technique serves; at least one. */
  public abstract ImmutableSet<Stage> stages();

  /**
   * Whether the technique applies deep, sustained or forceful pressure, so that a no-deep-pressure
   * precaution rules it out.
   */
  public abstract boolean deepPressure();

  /** Dosing guidance, where the reference gives one. */
  public abstract Optional<Dosing> dosing();

  /** Where the stage assignment and description come from. */
  public abstract ImmutableList<Source> sources();

  /** Whether the technique serves {@code stage}. */
  public boolean serves(Stage stage) {
    return stages().contains(stage);
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link TechniqueProfile}. */
  public static final class Builder extends ImmutableTechniqueProfile.Builder {}

  @Value.Check
  void check() {
    checkArgument(!stages().isEmpty(), "technique %s: stages must not be empty", technique().id());
    checkArgument(
        !sources().isEmpty(), "technique %s: sources must not be empty", technique().id());
  }
}
