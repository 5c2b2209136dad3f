package org.nmt.core.session;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.time.Duration;
import java.util.Optional;
import org.immutables.value.Value;
import org.nmt.core.style.NmtStyle;

/**
 * How the client responded to a session: soreness and how long it lasted, and any adverse events.
 *
 * <p>Soreness is expected after NMT: about 10 % report minor discomfort, mostly within 12 h and
 * lasting up to 36 h (Cambron 2007); it resolves within 24–48 h (seed 001), and lay sources say it
 * peaks at about 24 h and lasts up to 72 h (as the clinical reference summarises them). Soreness
 * lasting longer than 72 h is not expected. Immutable and thread-safe.
 */
@Value.Immutable
@NmtStyle
public abstract class ClientResponse {
  /** The longest soreness still expected after a session. */
  public static final Duration EXPECTED_SORENESS_LIMIT = Duration.ofHours(72);

  ClientResponse() {}

  /** How sore the client felt. */
  @Value.Default
  public Soreness soreness() {
    return Soreness.NONE;
  }

  /** How long the soreness lasted, if known. */
  public abstract Optional<Duration> sorenessDuration();

  /** Adverse events reported. */
  public abstract ImmutableList<AdverseEvent> adverseEvents();

  /**
   * Whether the soreness is the expected kind: none, or not severe and over within 72 hours (or of
   * unknown duration).
   */
  public boolean sorenessExpected() {
    return soreness() == Soreness.NONE
        || (soreness() != Soreness.SEVERE
            && sorenessDuration().map(d -> d.compareTo(EXPECTED_SORENESS_LIMIT) <= 0).orElse(true));
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ClientResponse}. */
  public static final class Builder extends ImmutableClientResponse.Builder {}

  @Value.Check
  void check() {
    sorenessDuration()
        .ifPresent(
            d ->
                checkArgument(
                    d.compareTo(Duration.ZERO) >= 0 && d.compareTo(Duration.ofDays(60)) <= 0,
                    "sorenessDuration must be within 0..60 days: %s",
                    d));
    checkArgument(
        sorenessDuration().isEmpty() || soreness() != Soreness.NONE,
        "sorenessDuration must be empty when soreness is none");
  }
}
