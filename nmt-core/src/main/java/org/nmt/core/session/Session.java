package org.nmt.core.session;

import static com.google.common.base.Strings.lenientFormat;

import com.google.common.collect.ImmutableList;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;
import org.nmt.core.assessment.Assessment;
import org.nmt.core.id.ClientId;
import org.nmt.core.id.SessionId;
import org.nmt.core.id.TherapistId;
import org.nmt.core.stage.Stage;
import org.nmt.core.style.NmtStyle;
import org.nmt.core.trigger.TriggerPointExamination;

/**
 * One treatment session: who, when, how long, in which rehabilitation stage, pain before and after,
 * the trigger point examinations and assessments made, the techniques applied, how the client
 * responded, and a SOAP note.
 *
 * <p>A duration must be positive and at most 4 hours (a plausibility bound); sessions usually last
 * 30 to 90 minutes (seed 001), and a duration outside that range is kept as data for the protocol
 * to flag, not rejected. Assessments made in a session are taken within it. The SOAP note's text
 * never appears in {@link #toString()}. Immutable and thread-safe.
 */
@Value.Immutable
@NmtStyle
public abstract class Session {
  /** The longest accepted session. */
  public static final Duration MAXIMUM_DURATION = Duration.ofHours(4);

  /** The shortest typical session (seed 001). */
  public static final Duration TYPICAL_MINIMUM = Duration.ofMinutes(30);

  /** The longest typical session (seed 001). */
  public static final Duration TYPICAL_MAXIMUM = Duration.ofMinutes(90);

  Session() {}

  /** The session's id, unique within the client record. */
  public abstract SessionId id();

  /** The client treated. */
  public abstract ClientId clientId();

  /** The therapist who treated. */
  public abstract TherapistId therapistId();

  /** When the session started. */
  public abstract Instant start();

  /** How long it lasted: positive, at most 4 hours. */
  public abstract Duration duration();

  /** When the session ended. */
  public Instant end() {
    return start().plus(duration());
  }

  /** The rehabilitation stage the session belongs to. */
  public abstract Stage stage();

  /** The client's pain (NPRS 0–10) at the start, if asked. */
  public abstract OptionalInt painBefore();

  /** The client's pain (NPRS 0–10) at the end, if asked. */
  public abstract OptionalInt painAfter();

  /** The trigger point examinations made, in order. */
  public abstract ImmutableList<TriggerPointExamination> triggerPointExaminations();

  /** The assessments made, in order. */
  public abstract ImmutableList<Assessment> assessments();

  /** The techniques applied, in order. */
  public abstract ImmutableList<TechniqueApplication> techniques();

  /** How the client responded, once known. */
  public abstract Optional<ClientResponse> response();

  /** The SOAP note (its text is redacted in {@code toString()}). */
  public abstract Optional<SoapNote> note();

  /** This session with {@code response}; {@code this} if it is already the response. */
  public abstract Session withResponse(ClientResponse response);

  /** This session with {@code note}; {@code this} if it is already the note. */
  public abstract Session withNote(SoapNote note);

  /** Whether the duration is within the typical 30 to 90 minutes. */
  public boolean hasTypicalDuration() {
    return duration().compareTo(TYPICAL_MINIMUM) >= 0 && duration().compareTo(TYPICAL_MAXIMUM) <= 0;
  }

  /** Whether this session's time overlaps {@code other}'s. */
  public boolean overlaps(Session other) {
    return start().isBefore(other.end()) && other.start().isBefore(end());
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Session}. */
  public static final class Builder extends ImmutableSession.Builder {}

  @Value.Check
  void check() {
    if (!(duration().compareTo(Duration.ZERO) > 0 && duration().compareTo(MAXIMUM_DURATION) <= 0)) {
      throw new IllegalArgumentException(
          lenientFormat("session %s: duration must be within (0, 4 h]: %s", id(), duration()));
    }
    checkPain("painBefore", painBefore());
    checkPain("painAfter", painAfter());
    // the end is computed only when there is an assessment to place in the session
    Instant end = assessments().isEmpty() ? null : end();
    for (int i = 0; i < assessments().size(); i++) {
      Instant taken = assessments().get(i).takenAt();
      if (taken.isBefore(start()) || taken.isAfter(end)) {
        throw new IllegalArgumentException(
            lenientFormat(
                "session %s: assessments[%s].takenAt must be within the session (%s to %s): %s",
                id(), i, start(), end, taken));
      }
    }
  }

  private void checkPain(String field, OptionalInt pain) {
    if (pain.isPresent() && (pain.getAsInt() < 0 || pain.getAsInt() > 10)) {
      throw new IllegalArgumentException(
          lenientFormat("session %s: %s must be within 0..10: %s", id(), field, pain.getAsInt()));
    }
  }
}
