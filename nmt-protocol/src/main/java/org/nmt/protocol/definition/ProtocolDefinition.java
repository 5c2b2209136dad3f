package org.nmt.protocol.definition;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.immutables.value.Value;
import org.nmt.core.stage.Stage;
import org.nmt.core.style.NmtStyle;

/**
 * A protocol definition: a name and version, the stages in the order a course goes through them,
 * the gate after each stage (the last gate is discharge), and the regression rules.
 *
 * <p>The order is part of the definition: the seeds' order is the default ({@link
 * Protocols#seeds()}), the St. John method puts flexibility before biomechanics ({@link
 * Protocols#stJohn()}). Thresholds are the criteria's parameters, so a clinic tunes a protocol by
 * building its own definition. Invariants: stages are unique and non-empty; there is exactly one
 * gate per stage, in stage order; rules return to a stage of the protocol. Immutable and
 * thread-safe.
 */
@Value.Immutable
@NmtStyle
public abstract class ProtocolDefinition {
  private static final Pattern NAME = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
  private static final Pattern VERSION = Pattern.compile("[0-9]+\\.[0-9]+(\\.[0-9]+)?");

  ProtocolDefinition() {}

  /** The protocol's name, a lower-kebab slug ({@code "nmt-seeds"}). */
  public abstract String name();

  /** The version, {@code MAJOR.MINOR} or {@code MAJOR.MINOR.PATCH}. */
  public abstract String version();

  /** The stages, in course order. */
  public abstract ImmutableList<Stage> stages();

  /** The gate after each stage, in stage order. */
  public abstract ImmutableList<Gate> gates();

  /** The regression rules. */
  public abstract ImmutableList<RegressionRule> regressionRules();

  /** The first stage of a course. */
  public Stage firstStage() {
    return stages().get(0);
  }

  /** Whether the protocol includes {@code stage}. */
  public boolean includes(Stage stage) {
    return stages().contains(stage);
  }

  /**
   * The position of {@code stage} in course order, from 0.
   *
   * @throws IllegalArgumentException if the protocol does not include it
   */
  public int position(Stage stage) {
    int index = stages().indexOf(stage);
    checkArgument(index >= 0, "protocol %s has no stage %s", name(), stage.id());
    return index;
  }

  /** The stage after {@code stage}; empty after the last one (discharge). */
  public Optional<Stage> next(Stage stage) {
    int index = position(stage);
    return index + 1 < stages().size() ? Optional.of(stages().get(index + 1)) : Optional.empty();
  }

  /** The gate after {@code stage}. */
  public Gate gate(Stage stage) {
    return gates().get(position(stage));
  }

  /** This definition under another name (a clinic's tuned copy). */
  public abstract ProtocolDefinition withName(String name);

  /** This definition with another version. */
  public abstract ProtocolDefinition withVersion(String version);

  /** This definition with {@code gates} instead, one per stage in stage order. */
  public abstract ProtocolDefinition withGates(Iterable<? extends Gate> gates);

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ProtocolDefinition}. */
  public static final class Builder extends ImmutableProtocolDefinition.Builder {}

  @Value.Check
  void check() {
    checkArgument(
        NAME.matcher(name()).matches() && name().length() <= 64,
        "protocol name must be a lower-kebab slug of at most 64 characters: '%s'",
        name());
    checkArgument(
        VERSION.matcher(version()).matches(),
        "protocol %s: version must be MAJOR.MINOR or MAJOR.MINOR.PATCH: '%s'",
        name(),
        version());
    checkArgument(!stages().isEmpty(), "protocol %s: stages must not be empty", name());
    Set<Stage> seen = new HashSet<>();
    for (Stage stage : stages()) {
      checkArgument(seen.add(stage), "protocol %s: duplicate stage %s", name(), stage.id());
    }
    checkArgument(
        gates().size() == stages().size(),
        "protocol %s: needs one gate per stage: %s stages, %s gates",
        name(),
        stages().size(),
        gates().size());
    for (int i = 0; i < stages().size(); i++) {
      checkArgument(
          gates().get(i).stage() == stages().get(i),
          "protocol %s: gates[%s] closes %s but stages[%s] is %s",
          name(),
          i,
          gates().get(i).stage().id(),
          i,
          stages().get(i).id());
    }
    for (RegressionRule rule : regressionRules()) {
      checkArgument(
          seen.contains(rule.returnTo()),
          "protocol %s: regression rule %s returns to %s, which is not a stage of the protocol",
          name(),
          rule.id(),
          rule.returnTo().id());
    }
  }
}
