package org.nmt.core.record;

import java.util.Optional;
import org.immutables.value.Value;
import org.nmt.core.assessment.Assessment;
import org.nmt.core.id.SessionId;
import org.nmt.core.style.NmtStyle;

/**
 * An assessment of a client record with the session it was made in, if any.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable(builder = false)
@NmtStyle
public abstract class RecordedAssessment {
  RecordedAssessment() {}

  /** The assessment. */
  @Value.Parameter
  public abstract Assessment assessment();

  /** The session it was made in; empty for an assessment outside a session. */
  @Value.Parameter
  public abstract Optional<SessionId> sessionId();

  static RecordedAssessment create(Assessment assessment, Optional<SessionId> sessionId) {
    return ImmutableRecordedAssessment.of(assessment, sessionId);
  }
}
