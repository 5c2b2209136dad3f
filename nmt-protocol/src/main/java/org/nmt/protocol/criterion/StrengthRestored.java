package org.nmt.protocol.criterion;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import org.nmt.core.anatomy.Side;
import org.nmt.core.assessment.Joint;
import org.nmt.core.assessment.Movement;
import org.nmt.core.assessment.StrengthGrade;
import org.nmt.core.record.RecordedAssessment;
import org.nmt.core.style.NmtStyle;

/**
 * Strength is restored: at its latest grading, every graded muscle or movement (of the target
 * muscles, when given) reaches MRC grade {@code grade}.
 *
 * <p>Default grade 5, normal strength on the MRC scale. Immutable and thread-safe.
 */
@Value.Immutable
@NmtStyle
public abstract non-sealed class StrengthRestored implements Criterion {
  StrengthRestored() {}

  /** The stable id. */
  public static final String ID = "strength-restored";

  /** The least MRC grade, 0–5. */
  public abstract int grade();

  /** The catalog ids of the target muscles; empty means everything graded. */
  public abstract ImmutableSet<String> muscles();

  /** MRC grade at least {@code grade} in everything graded. */
  public static StrengthRestored of(int grade) {
    return builder().grade(grade).build();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link StrengthRestored}. */
  public static final class Builder extends ImmutableStrengthRestored.Builder {}

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String requirement() {
    return "MRC grade >= "
        + grade()
        + (muscles().isEmpty() ? " in everything graded" : " in " + muscles());
  }

  @Override
  public CriterionResult evaluate(StageContext context) {
    Map<Target, StrengthGrade> latest = new LinkedHashMap<>();
    for (RecordedAssessment recorded : context.assessments(StrengthGrade.class)) {
      if (recorded.assessment() instanceof StrengthGrade) {
        StrengthGrade g = (StrengthGrade) recorded.assessment();
        if (muscles().isEmpty() || g.muscleId().map(muscles()::contains).orElse(false)) {
          latest.put(Target.of(g), g);
        }
      }
    }
    if (latest.isEmpty()) {
      return result(Outcome.NOT_ASSESSABLE, "no strength graded").build();
    }
    List<String> weak = new ArrayList<>();
    for (StrengthGrade g : latest.values()) {
      if (g.grade() < grade()) {
        weak.add(target(g) + " " + g.grade());
      }
    }
    return result(
            weak.isEmpty() ? Outcome.MET : Outcome.NOT_MET,
            weak.isEmpty() ? latest.size() + " graded at target" : "below grade: " + weak)
        .addAllAssessments(latest.values().stream().map(StrengthGrade::id)::iterator)
        .build();
  }

  /**
   * What a grade grades, as a key: the muscle or the joint and movement (a grade has exactly one of
   * them), and the side. Two grades have the same key exactly when {@link #target} describes them
   * alike, without building the description for every grade.
   */
  private record Target(
      Optional<String> muscleId, Optional<Joint> joint, Optional<Movement> movement, Side side) {
    static Target of(StrengthGrade g) {
      return new Target(g.muscleId(), g.joint(), g.movement(), g.side());
    }
  }

  private static String target(StrengthGrade g) {
    String what =
        g.muscleId().orElseGet(() -> g.joint().get().id() + " " + g.movement().get().id());
    return what + " " + g.side().id();
  }

  @Value.Check
  void check() {
    checkArgument(grade() >= 0 && grade() <= 5, "%s: grade must be within 0..5: %s", ID, grade());
  }
}
