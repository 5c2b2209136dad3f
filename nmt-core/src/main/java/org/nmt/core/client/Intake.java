package org.nmt.core.client;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.nmt.core.style.NmtStyle;

/**
 * A client's intake: when it was taken, the contraindications and precautions screened, and the
 * chief complaint in the client's words.
 *
 * <p>The chief complaint is free text of the clinical record: it never appears in {@link
 * #toString()} or in a message. Immutable and thread-safe.
 */
@Value.Immutable
@NmtStyle
public abstract class Intake {
  Intake() {}

  /** The day of the intake. */
  public abstract LocalDate takenOn();

  /** What the screening found; empty when nothing was. */
  public abstract ImmutableList<ScreeningFinding> screening();

  /** The chief complaint in the client's words (redacted in {@code toString()}). */
  @Value.Redacted
  public abstract Optional<String> chiefComplaint();

  /** The findings that apply on {@code day} and are of {@code category}. */
  public ImmutableList<ScreeningFinding> applying(ScreeningCategory category, LocalDate day) {
    return screening().stream()
        .filter(f -> f.category() == category && f.appliesOn(day))
        .collect(ImmutableList.toImmutableList());
  }

  /** This intake with {@code screening} as its findings instead. */
  public abstract Intake withScreening(Iterable<? extends ScreeningFinding> screening);

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Intake}. */
  public static final class Builder extends ImmutableIntake.Builder {}

  @Value.Check
  void check() {
    for (int i = 0; i < screening().size(); i++) {
      ScreeningFinding finding = screening().get(i);
      int index = i;
      finding
          .resolvedOn()
          .ifPresent(
              resolved ->
                  checkArgument(
                      !resolved.isBefore(takenOn()),
                      "screening[%s].resolvedOn must not be before the intake (%s): %s",
                      index,
                      takenOn(),
                      resolved));
    }
  }
}
