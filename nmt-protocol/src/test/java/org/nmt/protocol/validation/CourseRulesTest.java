package org.nmt.protocol.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.nmt.core.record.StageTransition;
import org.nmt.core.record.TransitionKind;
import org.nmt.core.stage.Stage;

/** The binary search of {@link CourseRules} against the scan it replaces. */
class CourseRulesTest {
  private static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");

  @Test
  void lastAtOrBeforeIsTheLastOfTheTransitionsUpToTheInstant() {
    qt().withFixedSeed(20261124L)
        .withExamples(1000)
        .forAll(
            lists().of(integers().between(0, 3)).ofSizeBetween(0, 12), integers().between(-2, 40))
        .checkAssert(
            (gaps, hour) -> {
              List<StageTransition> transitions = new ArrayList<>();
              int at = 0;
              for (int i = 0; i < gaps.size(); i++) {
                at += gaps.get(i);
                transitions.add(
                    StageTransition.builder()
                        .at(T0.plus(Duration.ofHours(at)))
                        .kind(TransitionKind.START)
                        .toStage(Stage.values()[i % Stage.values().length])
                        .therapistId(Fixtures.THERAPIST)
                        .build());
              }
              Instant query = T0.plus(Duration.ofHours(hour));
              Optional<StageTransition> scanned =
                  transitions.stream()
                      .filter(t -> !t.at().isAfter(query))
                      .reduce((first, second) -> second);
              assertEquals(scanned, CourseRules.lastAtOrBefore(transitions, query));
            });
  }
}
