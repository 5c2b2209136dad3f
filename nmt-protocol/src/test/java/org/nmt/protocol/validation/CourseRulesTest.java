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

  /** "Discharge ends the course; a new course is a new record": what follows it is all found. */
  @Test
  void afterTheFirstDischargeEveryTransitionAndSessionIsFound() {
    ClientRecord record =
        Fixtures.record()
            .addTransitions(
                Fixtures.start(Fixtures.morning(0), Stage.PAIN_ELIMINATION),
                Fixtures.override(Fixtures.morning(1), Stage.PAIN_ELIMINATION, null),
                Fixtures.start(Fixtures.morning(3), Stage.PAIN_ELIMINATION),
                Fixtures.override(
                    Fixtures.morning(4), Stage.PAIN_ELIMINATION, Stage.STRUCTURAL_CORRECTION))
            .addSessions(
                Fixtures.session("s-1", Fixtures.day(5), Stage.STRUCTURAL_CORRECTION).build())
            .build();
    List<String> found = new ArrayList<>();
    for (Finding finding : RecordValidator.validate(Protocols.seeds(), record)) {
      if (finding.code() == FindingCode.TRANSITION_AFTER_DISCHARGE
          || finding.code() == FindingCode.SESSION_AFTER_DISCHARGE) {
        found.add(finding.path() + " " + finding.message());
      }
    }
    assertEquals(
        List.of(
            "/sessions/0 session 's-1' at 2026-03-07T09:00:00Z is after the discharge at"
                + " 2026-03-03T08:00:00Z",
            "/transitions/2 transition 2 (start at 2026-03-05T08:00:00Z) follows the discharge at"
                + " 2026-03-03T08:00:00Z",
            "/transitions/3 transition 3 (override at 2026-03-06T08:00:00Z) follows the discharge"
                + " at 2026-03-03T08:00:00Z"),
        found);
  }

  /** A justification that shows nothing (no-break or zero-width spaces) is none. */
  @Test
  void aJustificationOfInvisibleCharactersIsNone() {
    for (String invisible : List.of("\u00a0\u2003", "\u200b", " ")) {
      StageTransition override =
          StageTransition.builder()
              .from(
                  Fixtures.override(
                      Fixtures.morning(1), Stage.PAIN_ELIMINATION, Stage.STRUCTURAL_CORRECTION))
              .justification(invisible)
              .build();
      ClientRecord record =
          Fixtures.record()
              .addTransitions(Fixtures.start(Fixtures.morning(0), Stage.PAIN_ELIMINATION), override)
              .build();
      assertEquals(
          List.of("/transitions/1"),
          RecordValidator.validate(Protocols.seeds(), record).stream()
              .filter(f -> f.code() == FindingCode.OVERRIDE_WITHOUT_JUSTIFICATION)
              .map(Finding::path)
              .toList(),
          invisible.codePoints().boxed().toList().toString());
    }
  }

  /** A transition after the discharge into a stage the protocol lacks is found for both. */
  @Test
  void aTransitionAfterTheDischargeIntoAForeignStageIsFoundForBoth() {
    ClientRecord record =
        Fixtures.record()
            .addTransitions(
                Fixtures.start(Fixtures.morning(0), Stage.PAIN_ELIMINATION),
                Fixtures.override(
                    Fixtures.morning(1), Stage.PAIN_ELIMINATION, Stage.STRUCTURAL_CORRECTION),
                Fixtures.override(Fixtures.morning(2), Stage.STRUCTURAL_CORRECTION, null),
                Fixtures.start(Fixtures.morning(3), Stage.ENDURANCE))
            .build();
    assertEquals(
        List.of(FindingCode.TRANSITION_AFTER_DISCHARGE, FindingCode.STAGE_NOT_IN_PROTOCOL),
        RecordValidator.validate(Fixtures.TWO_STAGE, record).stream()
            .filter(f -> f.path().equals("/transitions/3"))
            .map(Finding::code)
            .toList());
  }
}
