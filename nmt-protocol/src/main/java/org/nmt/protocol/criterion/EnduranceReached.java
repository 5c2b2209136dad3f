package org.nmt.protocol.criterion;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.immutables.value.Value;
import org.nmt.core.assessment.EnduranceTest;
import org.nmt.core.assessment.EnduranceTestKind;
import org.nmt.core.record.RecordedAssessment;
import org.nmt.core.style.NmtStyle;

/**
 * Endurance is built: at its latest result, every endurance test done reaches its target, and a
 * test without a target has improved on its first result (done only once, it is not assessable).
 *
 * <p>The standard targets: Biering-Sørensen 176 s (under 176 s in men predicts low back pain,
 * Biering-Sørensen 1984) and deep neck flexor endurance 39 s (healthy about 39 s against 24 s in
 * neck pain; unconfirmed, via the project's clinical reference). Immutable and thread-safe.
 */
@Value.Immutable
@NmtStyle
public abstract non-sealed class EnduranceReached implements Criterion {
  EnduranceReached() {}

  /** The stable id. */
  public static final String ID = "endurance-reached";

  /** The target per test, in the test's unit. */
  public abstract ImmutableMap<EnduranceTestKind, Double> targets();

  /** The standard targets. */
  public static EnduranceReached standard() {
    return builder()
        .putTarget(EnduranceTestKind.BIERING_SORENSEN, 176.0)
        .putTarget(EnduranceTestKind.DEEP_NECK_FLEXOR, 39.0)
        .build();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link EnduranceReached}. */
  public static final class Builder extends ImmutableEnduranceReached.Builder {}

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String requirement() {
    String targets =
        targets().entrySet().stream()
            .map(t -> t.getKey().id() + " >= " + t.getValue() + " " + t.getKey().unit().id())
            .collect(Collectors.joining(", "));
    return "every endurance test at its target (" + targets + "), or improved where none is set";
  }

  @Override
  public CriterionResult evaluate(StageContext context) {
    Map<String, EnduranceTest> first = new LinkedHashMap<>();
    Map<String, EnduranceTest> latest = new LinkedHashMap<>();
    for (RecordedAssessment recorded : context.assessments(EnduranceTest.class)) {
      if (recorded.assessment() instanceof EnduranceTest) {
        EnduranceTest t = (EnduranceTest) recorded.assessment();
        String key = t.test().id() + " " + t.side().id();
        first.putIfAbsent(key, t);
        latest.put(key, t);
      }
    }
    if (latest.isEmpty()) {
      return result(Outcome.NOT_ASSESSABLE, "no endurance test").build();
    }
    List<String> below = new ArrayList<>();
    List<String> once = new ArrayList<>();
    for (Map.Entry<String, EnduranceTest> entry : latest.entrySet()) {
      EnduranceTest t = entry.getValue();
      Double target = targets().get(t.test());
      EnduranceTest baseline = first.get(entry.getKey());
      if (target == null && baseline == t) {
        once.add(entry.getKey());
      } else if (target != null ? t.value() < target : t.value() <= baseline.value()) {
        below.add(entry.getKey() + " " + t.value());
      }
    }
    Outcome outcome =
        !below.isEmpty() ? Outcome.NOT_MET : once.isEmpty() ? Outcome.MET : Outcome.NOT_ASSESSABLE;
    return result(
            outcome,
            !below.isEmpty()
                ? "below target: " + below
                : once.isEmpty()
                    ? latest.size()
                        + (latest.size() == 1 ? " test" : " tests")
                        + " at target or improved"
                    : "no target and done only once: " + once)
        .addAllAssessments(latest.values().stream().map(EnduranceTest::id)::iterator)
        .build();
  }

  @Value.Check
  void check() {
    targets()
        .forEach(
            (test, target) ->
                checkArgument(
                    target >= 0 && target <= test.maximum(),
                    "%s: target of %s must be within 0..%s: %s",
                    ID,
                    test.id(),
                    test.maximum(),
                    target));
  }
}
