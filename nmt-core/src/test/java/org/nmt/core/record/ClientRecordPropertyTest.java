package org.nmt.core.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nmt.core.record.RecordFixtures.at;
import static org.nmt.core.record.RecordFixtures.pain;
import static org.nmt.core.record.RecordFixtures.record;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.nmt.core.assessment.Assessment;
import org.nmt.core.assessment.Questionnaire;
import org.nmt.core.assessment.QuestionnaireScore;
import org.nmt.core.id.AssessmentId;
import org.nmt.core.session.Session;
import org.nmt.core.stage.Stage;
import org.quicktheories.core.Gen;

/**
 * Properties of client records built from randomly generated sessions.
 *
 * <p>A session is generated as a list of integers: the first is its start, in slots of 6 hours
 * after {@link RecordFixtures#T0} (coarse, so that sessions often start together), the others are
 * the minutes into the 60-minute session at which an assessment was taken.
 */
class ClientRecordPropertyTest {
  private static final long SEED = 20261124L;
  private static final int EXAMPLES = 1000;
  private static final long SLOT_MINUTES = 6 * 60;

  /** Up to 30 sessions, each a start slot and 0 to 4 assessment minutes. */
  private static Gen<List<List<Integer>>> sessionSpecs() {
    Gen<List<Integer>> spec =
        integers()
            .between(0, 60)
            .zip(
                lists().of(integers().between(0, 60)).ofSizeBetween(0, 4),
                (slot, minutes) -> {
                  List<Integer> list = new ArrayList<>();
                  list.add(slot);
                  list.addAll(minutes);
                  return list;
                });
    return lists().of(spec).ofSizeBetween(0, 30);
  }

  private static List<List<Integer>> sortedByStart(List<List<Integer>> specs) {
    List<List<Integer>> sorted = new ArrayList<>(specs);
    sorted.sort(Comparator.comparing((List<Integer> spec) -> spec.get(0)));
    return sorted;
  }

  private static Session session(String prefix, int index, List<Integer> spec) {
    long start = spec.get(0) * SLOT_MINUTES;
    List<Assessment> assessments = new ArrayList<>();
    for (int j = 1; j < spec.size(); j++) {
      assessments.add(pain(prefix + "a-" + index + "-" + j, at(start + spec.get(j)), j % 11));
    }
    return RecordFixtures.session(
        prefix + "s-" + index, RecordFixtures.CLIENT, at(start), assessments);
  }

  private static List<Session> sessions(List<List<Integer>> specs) {
    List<Session> sessions = new ArrayList<>();
    for (int i = 0; i < specs.size(); i++) {
      sessions.add(session("", i, specs.get(i)));
    }
    return sessions;
  }

  private static int firstStartOutOfOrder(List<List<Integer>> specs) {
    for (int i = 1; i < specs.size(); i++) {
      if (specs.get(i).get(0) < specs.get(i - 1).get(0)) {
        return i;
      }
    }
    return -1;
  }

  @Test
  void buildingSucceedsExactlyWhenStartsAreNonDecreasing() {
    qt().withFixedSeed(SEED)
        .withExamples(EXAMPLES)
        .forAll(sessionSpecs(), booleans().all())
        .checkAssert(
            (generated, sort) -> {
              List<List<Integer>> specs = sort ? sortedByStart(generated) : generated;
              ClientRecord.Builder builder = record().addAllSessions(sessions(specs));
              int outOfOrder = firstStartOutOfOrder(specs);
              if (outOfOrder < 0) {
                assertEquals(specs.size(), builder.build().sessions().size());
              } else {
                IllegalArgumentException e =
                    assertThrows(IllegalArgumentException.class, builder::build);
                assertTrue(
                    e.getMessage().startsWith("sessions[" + outOfOrder + "]: session "),
                    e.getMessage());
                assertTrue(
                    e.getMessage().endsWith("sessions must be in order of start time"),
                    e.getMessage());
              }
            });
  }

  @Test
  void allAssessmentsAreSortedAndComplete() {
    qt().withFixedSeed(SEED)
        .withExamples(EXAMPLES)
        .forAll(
            sessionSpecs(),
            lists().of(integers().between(-2 * 24 * 60, 20 * 24 * 60)).ofSizeBetween(0, 10))
        .checkAssert(
            (specs, standaloneMinutes) -> {
              ClientRecord.Builder builder =
                  record().addAllSessions(sessions(sortedByStart(specs)));
              for (int k = 0; k < standaloneMinutes.size(); k++) {
                builder.addAssessment(pain("b-" + k, at(standaloneMinutes.get(k)), 3));
              }
              ClientRecord record = builder.build();
              List<RecordedAssessment> all = record.allAssessments();

              int expected = record.assessments().size();
              for (Session session : record.sessions()) {
                expected += session.assessments().size();
              }
              assertEquals(expected, all.size());
              Set<Object> ids = new HashSet<>();
              for (int i = 0; i < all.size(); i++) {
                RecordedAssessment entry = all.get(i);
                assertTrue(ids.add(entry.assessment().id()));
                if (i > 0) {
                  assertFalse(
                      entry.assessment().takenAt().isBefore(all.get(i - 1).assessment().takenAt()));
                }
                if (entry.sessionId().isPresent()) {
                  Session session = record.session(entry.sessionId().get()).orElseThrow();
                  assertTrue(session.assessments().contains(entry.assessment()));
                } else {
                  assertTrue(record.assessments().contains(entry.assessment()));
                }
              }
            });
  }

  @Test
  void withSessionOnALaterStartAppendsAndKeepsEverySession() {
    qt().withFixedSeed(SEED)
        .withExamples(EXAMPLES)
        .forAll(
            sessionSpecs(),
            integers().between(0, 20),
            lists().of(integers().between(0, 60)).ofSizeBetween(0, 4))
        .checkAssert(
            (specs, slotsLater, minutes) -> {
              List<List<Integer>> sorted = sortedByStart(specs);
              ClientRecord before = record().addAllSessions(sessions(sorted)).build();
              List<Session> previous = List.copyOf(before.sessions());
              int lastSlot = sorted.isEmpty() ? 0 : sorted.get(sorted.size() - 1).get(0);
              List<Integer> spec = new ArrayList<>();
              spec.add(lastSlot + slotsLater);
              spec.addAll(minutes);
              Session next = session("new-", 0, spec);

              ClientRecord after = before.withSession(next);

              assertEquals(previous.size() + 1, after.sessions().size());
              assertEquals(previous, after.sessions().subList(0, previous.size()));
              assertEquals(next, after.sessions().get(previous.size()));
              assertEquals(previous, before.sessions());
              assertEquals(
                  before.allAssessments().size() + minutes.size(), after.allAssessments().size());
            });
  }

  @Test
  void appendingSessionsOneByOneBuildsTheSameRecord() {
    qt().withFixedSeed(SEED)
        .withExamples(EXAMPLES)
        .forAll(sessionSpecs())
        .checkAssert(
            specs -> {
              List<Session> sessions = sessions(sortedByStart(specs));
              ClientRecord appended = record().build();
              for (Session session : sessions) {
                appended = appended.withSession(session);
              }
              assertEquals(record().addAllSessions(sessions).build(), appended);
            });
  }

  /** The latest of every instant the record holds, computed the straightforward way. */
  private static Optional<Instant> scannedLatestActivity(ClientRecord record) {
    List<Instant> all = new ArrayList<>();
    record.sessions().forEach(s -> all.add(s.end()));
    record.assessments().forEach(a -> all.add(a.takenAt()));
    record.sessions().forEach(s -> s.assessments().forEach(a -> all.add(a.takenAt())));
    record.signOffs().forEach(s -> all.add(s.at()));
    record.transitions().forEach(t -> all.add(t.at()));
    return all.stream().max(Comparator.naturalOrder());
  }

  @Test
  void latestActivityIsTheLatestInstantOfTheRecord() {
    qt().withFixedSeed(SEED)
        .withExamples(EXAMPLES)
        .forAll(
            sessionSpecs(),
            lists().of(integers().between(1, 240)).ofSizeBetween(30, 30),
            lists().of(integers().between(-2 * 24 * 60, 20 * 24 * 60)).ofSizeBetween(0, 4),
            lists().of(integers().between(0, 20 * 24 * 60)).ofSizeBetween(0, 6))
        .checkAssert(
            (specs, durations, standaloneMinutes, times) -> {
              List<List<Integer>> sorted = sortedByStart(specs);
              ClientRecord.Builder builder = record();
              for (int i = 0; i < sorted.size(); i++) {
                Session session = session("", i, sorted.get(i));
                builder.addSession(
                    Session.builder()
                        .from(session)
                        .duration(Duration.ofMinutes(Math.max(60, durations.get(i))))
                        .build());
              }
              for (int k = 0; k < standaloneMinutes.size(); k++) {
                builder.addAssessment(pain("b-" + k, at(standaloneMinutes.get(k)), 3));
              }
              List<Integer> ordered = new ArrayList<>(times);
              ordered.sort(Comparator.naturalOrder());
              for (int k = 0; k < ordered.size(); k++) {
                Instant time = at(ordered.get(k));
                if (k % 2 == 0) {
                  builder.addTransition(RecordFixtures.start(time));
                } else {
                  builder.addSignOff(
                      StageSignOff.of(Stage.PAIN_ELIMINATION, RecordFixtures.THERAPIST, time));
                }
              }
              ClientRecord record = builder.build();
              assertEquals(scannedLatestActivity(record), record.latestActivity());
            });
  }

  @Test
  void assessmentsByKindAreTheFilteredAssessmentsInTheSameOrder() {
    qt().withFixedSeed(SEED)
        .withExamples(EXAMPLES)
        .forAll(
            sessionSpecs(),
            lists().of(integers().between(-2 * 24 * 60, 20 * 24 * 60)).ofSizeBetween(0, 10))
        .checkAssert(
            (specs, standaloneMinutes) -> {
              ClientRecord.Builder builder =
                  record().addAllSessions(sessions(sortedByStart(specs)));
              for (int k = 0; k < standaloneMinutes.size(); k++) {
                Instant at = at(standaloneMinutes.get(k));
                builder.addAssessment(
                    k % 2 == 0
                        ? pain("b-" + k, at, 3)
                        : QuestionnaireScore.builder()
                            .id(AssessmentId.of("q-" + k))
                            .takenAt(at)
                            .questionnaire(Questionnaire.NDI)
                            .score(20)
                            .build());
              }
              ClientRecord record = builder.build();
              List<Class<? extends Assessment>> types = new ArrayList<>();
              for (Class<?> kind : Assessment.class.getPermittedSubclasses()) {
                types.add(kind.asSubclass(Assessment.class));
              }
              types.add(Assessment.class);
              types.add(pain("x", RecordFixtures.T0, 1).getClass());
              for (Class<? extends Assessment> type : types) {
                List<RecordedAssessment> filtered =
                    record.allAssessments().stream()
                        .filter(r -> type.isInstance(r.assessment()))
                        .collect(Collectors.toList());
                assertEquals(filtered, record.allAssessments(type), type::getName);
                assertEquals(
                    filtered.stream()
                        .map(RecordedAssessment::assessment)
                        .collect(Collectors.toList()),
                    record.assessmentsOf(type),
                    type::getName);
              }
            });
  }
}
