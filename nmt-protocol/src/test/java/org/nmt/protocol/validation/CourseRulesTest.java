package org.nmt.protocol.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.nmt.core.record.ClientRecord;
import org.nmt.core.record.StageTransition;
import org.nmt.core.record.TransitionKind;
import org.nmt.core.stage.Stage;
import org.nmt.protocol.definition.ProtocolDefinition;
import org.nmt.protocol.definition.Protocols;

/**
 * The binary search of {@link CourseRules} against the scan it replaces, and its stage in force
 * kept from one session to the next against a session checked alone.
 */
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

  @Test
  void sessionsCheckedInAnyOrderGetTheFindingsOfEachSessionCheckedAlone() {
    // transitions a day or more apart, the last one possibly a discharge; sessions on any day,
    // before, between and after them, in any order, in every stage
    ProtocolDefinition definition = Protocols.seeds();
    List<Stage> stages = definition.stages();
    qt().withFixedSeed(20261124L)
        .withExamples(1000)
        .forAll(
            lists().of(integers().between(1, 4)).ofSizeBetween(0, 6),
            booleans().all(),
            lists()
                .of(integers().between(-2, 30).zip(integers().between(0, 3), List::of))
                .ofSizeBetween(1, 12))
        .checkAssert(
            (gaps, discharge, sessions) -> {
              List<StageTransition> transitions = new ArrayList<>();
              int day = 0;
              for (int i = 0; i < gaps.size(); i++) {
                day += gaps.get(i);
                Stage to = stages.get(i % stages.size());
                boolean last = i == gaps.size() - 1;
                transitions.add(
                    i == 0
                        ? Fixtures.start(Fixtures.morning(day), to)
                        : Fixtures.override(
                            Fixtures.morning(day),
                            stages.get((i - 1) % stages.size()),
                            last && discharge ? null : to));
              }
              ClientRecord record = Fixtures.record().addAllTransitions(transitions).build();
              Findings together = new Findings();
              CourseRules rules = new CourseRules(definition, record, together);
              List<Finding> alone = new ArrayList<>();
              for (int i = 0; i < sessions.size(); i++) {
                SessionView view =
                    SessionView.recorded(
                        i,
                        Fixtures.session(
                                "s-" + i,
                                Fixtures.day(sessions.get(i).get(0)),
                                Stage.values()[sessions.get(i).get(1)])
                            .build());
                rules.session(view);
                Findings findings = new Findings();
                new CourseRules(definition, record, findings).session(view);
                alone.addAll(findings.sorted());
              }
              assertEquals(alone, together.sorted());
            });
  }
}
