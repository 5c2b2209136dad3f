package org.nmt.core.session;

import java.util.Optional;
import org.immutables.value.Value;
import org.nmt.core.style.NmtStyle;

/**
 * A SOAP note: subjective, objective, assessment and plan, in the therapist's words.
 *
 * <p>All four parts are free text of the clinical record: none ever appears in {@link #toString()}
 * or in a message. Immutable and thread-safe.
 */
@Value.Immutable
@NmtStyle
public abstract class SoapNote {
  SoapNote() {}

  /** What the client reports. */
  @Value.Redacted
  public abstract Optional<String> subjective();

  /** What the therapist observed and measured. */
  @Value.Redacted
  public abstract Optional<String> objective();

  /** The therapist's assessment. */
  @Value.Redacted
  public abstract Optional<String> assessment();

  /** The plan. */
  @Value.Redacted
  public abstract Optional<String> plan();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SoapNote}. */
  public static final class Builder extends ImmutableSoapNote.Builder {}
}
