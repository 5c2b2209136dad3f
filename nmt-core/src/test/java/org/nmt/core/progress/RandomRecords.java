package org.nmt.core.progress;

import static org.nmt.core.progress.Fixtures.LEVATOR_LEFT;
import static org.nmt.core.progress.Fixtures.UPPER_TRAPEZIUS_LEFT;
import static org.nmt.core.progress.Fixtures.UPPER_TRAPEZIUS_RIGHT;
import static org.nmt.core.progress.Fixtures.day;
import static org.nmt.core.progress.Fixtures.endurance;
import static org.nmt.core.progress.Fixtures.exam;
import static org.nmt.core.progress.Fixtures.muscleGrade;
import static org.nmt.core.progress.Fixtures.nprs;
import static org.nmt.core.progress.Fixtures.pain;
import static org.nmt.core.progress.Fixtures.ppt;
import static org.nmt.core.progress.Fixtures.record;
import static org.nmt.core.progress.Fixtures.rom;
import static org.nmt.core.progress.Fixtures.score;
import static org.nmt.core.progress.Fixtures.session;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import com.google.common.collect.ImmutableList;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.nmt.core.anatomy.Side;
import org.nmt.core.anatomy.TissueLocation;
import org.nmt.core.assessment.Assessment;
import org.nmt.core.assessment.EnduranceTestKind;
import org.nmt.core.assessment.Joint;
import org.nmt.core.assessment.Movement;
import org.nmt.core.assessment.PainContext;
import org.nmt.core.assessment.PainScale;
import org.nmt.core.assessment.Questionnaire;
import org.nmt.core.record.ClientRecord;
import org.nmt.core.session.Session;
import org.nmt.core.trigger.TriggerPointStatus;
import org.quicktheories.core.Gen;

/**
 * Random client records for the property tests: ratings, thresholds, ranges, grades, endurance
 * results and scores in and outside sessions, and sessions with pain before and after and trigger
 * point examinations. Times cluster on a few days so that many values share a time.
 */
final class RandomRecords {
  static final ImmutableList<TissueLocation> LOCATIONS =
      ImmutableList.of(UPPER_TRAPEZIUS_LEFT, UPPER_TRAPEZIUS_RIGHT, LEVATOR_LEFT);

  private static final TriggerPointStatus[] STATUSES = TriggerPointStatus.values();

  private RandomRecords() {}

  /** Records of up to {@code maxEvents} events. */
  static Gen<ClientRecord> records(int maxEvents) {
    Gen<int[]> event =
        integers()
            .between(0, 7)
            .zip(
                integers().between(0, 6),
                integers().between(0, 3),
                integers().between(0, 1000),
                integers().between(0, 1000),
                (kind, day, slot, a, b) -> new int[] {kind, day, slot, a, b});
    return lists().of(event).ofSizeBetween(0, maxEvents).map(RandomRecords::toRecord);
  }

  private static ClientRecord toRecord(List<int[]> events) {
    List<Assessment> outside = new ArrayList<>();
    List<Session> sessions = new ArrayList<>();
    for (int i = 0; i < events.size(); i++) {
      int[] e = events.get(i);
      int kind = e[0];
      int a = e[3];
      int b = e[4];
      Instant time = day(e[1]).plus(Duration.ofMinutes(30L * e[2]));
      String id = "a" + i;
      switch (kind) {
        case 0:
          outside.add(
              b % 4 == 0
                  ? pain(id, time, PainScale.VAS, PainContext.NOW, a % 101)
                  : b % 4 == 1
                      ? pain(id, time, PainScale.NPRS, PainContext.LEAST, a % 11)
                      : nprs(id, time, a % 11));
          break;
        case 1:
          outside.add(ppt(id, time, LOCATIONS.get(a % 3), 0.25 + (b % 40) / 4.0));
          break;
        case 2:
          outside.add(rangeOfMotion(id, time, a, b));
          break;
        case 3:
          outside.add(
              b % 2 == 0
                  ? score(id, time, Questionnaire.NDI, (a % 101) / 2.0)
                  : score(id, time, Questionnaire.LEFS, a % 81));
          break;
        case 4:
          outside.add(
              b % 2 == 0
                  ? muscleGrade(id, time, "gluteus-medius", Side.LEFT, a % 6)
                  : endurance(id, time, EnduranceTestKind.BIERING_SORENSEN, Side.MIDLINE, a % 241));
          break;
        default:
          sessions.add(randomSession(i, time, a, b));
          break;
      }
    }
    sessions.sort(Comparator.comparing(Session::start));
    return record().addAllAssessments(outside).addAllSessions(sessions).build();
  }

  private static Assessment rangeOfMotion(String id, Instant time, int a, int b) {
    Side side = b % 2 == 0 ? Side.LEFT : Side.RIGHT;
    return a % 3 == 0
        ? rom(id, time, Joint.CERVICAL, Movement.ROTATION, side, b % 91)
        : a % 3 == 1
            ? rom(id, time, Joint.SHOULDER, Movement.FLEXION, side, b % 181)
            : rom(id, time, Joint.LUMBAR, Movement.FLEXION, Side.MIDLINE, b % 61);
  }

  private static Session randomSession(int index, Instant start, int a, int b) {
    Session.Builder session = session("s" + index, start);
    if (a % 12 < 11) {
      session.painBefore(a % 12);
    }
    if (b % 12 < 11) {
      session.painAfter(b % 12);
    }
    int exams = 1 + (a + b) % 3;
    for (int j = 0; j < exams; j++) {
      TissueLocation location = LOCATIONS.get((a / 7 + j) % 3);
      TriggerPointStatus status = STATUSES[(b / 5 + 2 * j) % 3];
      session.addTriggerPointExaminations(
          (a + j) % 2 == 0 ? exam(location, status, 0.5 + (b % 20) / 4.0) : exam(location, status));
    }
    Instant inside = start.plus(Duration.ofMinutes(10));
    if (b % 3 == 0) {
      session.addAssessments(nprs("n" + index, start, (a + b) % 11));
    }
    if (a % 4 == 0) {
      session.addAssessments(
          rom("l" + index, inside, Joint.CERVICAL, Movement.ROTATION, Side.LEFT, a % 91),
          rom("r" + index, inside, Joint.CERVICAL, Movement.ROTATION, Side.RIGHT, b % 91));
    }
    if (a % 5 == 0) {
      session.addAssessments(ppt("p" + index, inside, LOCATIONS.get(b % 3), 1 + (a % 10) / 2.0));
    }
    return session.build();
  }
}
