package org.nmt.core.client;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableSet;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;
import org.nmt.core.id.ClientId;
import org.nmt.core.style.NmtStyle;

/**
 * A client, pseudonymously: an id, and only what treatment and norms need (birth year, sex,
 * activity, presenting conditions). No name, address, birth date or other identifier.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@NmtStyle
public abstract class Client {
  /** The earliest accepted birth year. */
  public static final int MINIMUM_BIRTH_YEAR = 1900;

  /** The latest accepted birth year; the model reads no clock, so the bound is fixed. */
  public static final int MAXIMUM_BIRTH_YEAR = 2100;

  Client() {}

  /** The pseudonymous id. */
  public abstract ClientId id();

  /** The year of birth, 1900–2100, if given. */
  public abstract OptionalInt birthYear();

  /** Sex, if given. */
  public abstract Optional<Sex> sex();

  /** What the client does that loads the body. */
  public abstract ImmutableSet<ActivityProfile> activityProfiles();

  /** The conditions the client presents with. */
  public abstract ImmutableSet<Condition> presentingConditions();

  /** This client presenting with {@code conditions} instead. */
  public abstract Client withPresentingConditions(Iterable<Condition> conditions);

  /** This client with {@code profiles} as activity instead. */
  public abstract Client withActivityProfiles(Iterable<ActivityProfile> profiles);

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Client}. */
  public static final class Builder extends ImmutableClient.Builder {}

  @Value.Check
  void check() {
    birthYear()
        .ifPresent(
            y ->
                checkArgument(
                    y >= MINIMUM_BIRTH_YEAR && y <= MAXIMUM_BIRTH_YEAR,
                    "birthYear must be within 1900..2100: %s",
                    y));
  }
}
