package org.nmt.core.assessment;

import static com.google.common.base.Strings.lenientFormat;

import java.time.Instant;
import org.immutables.value.Value;
import org.nmt.core.id.AssessmentId;
import org.nmt.core.style.NmtStyle;

/**
 * The total score of a validated questionnaire: NDI, ODI, PSFS, LEFS or QuickDASH.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@NmtStyle
public abstract non-sealed class QuestionnaireScore implements Assessment {
  QuestionnaireScore() {}

  @Override
  public abstract AssessmentId id();

  @Override
  public abstract Instant takenAt();

  /** The questionnaire. */
  public abstract Questionnaire questionnaire();

  /** The score, within the questionnaire's range. */
  public abstract double score();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link QuestionnaireScore}. */
  public static final class Builder extends ImmutableQuestionnaireScore.Builder {}

  @Value.Check
  void check() {
    if (!questionnaire().measure().inRange(score())) {
      throw new IllegalArgumentException(
          lenientFormat(
              "questionnaire score %s: %s score must be within %s..%s: %s",
              id(),
              questionnaire().id(),
              questionnaire().measure().minimum(),
              questionnaire().measure().maximum(),
              score()));
    }
  }
}
