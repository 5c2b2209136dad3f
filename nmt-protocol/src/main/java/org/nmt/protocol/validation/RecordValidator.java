package org.nmt.protocol.validation;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.nmt.core.anatomy.MuscleCatalog;
import org.nmt.core.assessment.Assessment;
import org.nmt.core.assessment.PressurePainThresholdReading;
import org.nmt.core.assessment.StrengthGrade;
import org.nmt.core.record.ClientRecord;
import org.nmt.core.session.Session;
import org.nmt.core.technique.TechniqueCatalog;
import org.nmt.core.trigger.TriggerPointExamination;
import org.nmt.protocol.definition.ProtocolDefinition;

/**
 * Validates a recorded client record against a protocol definition and the reference catalogs,
 * returning findings instead of throwing.
 *
 * <p>It replays the course: each transition against the definition's stage order, gates (a
 * gate-passed transition must pass {@link org.nmt.protocol.course.Course#decide} as the record
 * stood at that time) and regression rules; each session against the course's stage, the intake's
 * screening (on the session's UTC day), the techniques' stages, pressure and dosing, and the other
 * sessions; every muscle, site and side against the muscle catalog. Every rule and its source is
 * listed in {@code docs/FINDINGS.md}. Findings come in a deterministic order: by path (array
 * indices as numbers, before other tokens), then by code. Stateless and thread-safe.
 */
public final class RecordValidator {
  private RecordValidator() {}

  /** Validates {@code record} under {@code definition} with the standard catalogs. */
  public static ImmutableList<Finding> validate(
      ProtocolDefinition definition, ClientRecord record) {
    return validate(definition, record, MuscleCatalog.standard(), TechniqueCatalog.standard());
  }

  /**
   * Validates {@code record} under {@code definition}, checking anatomy against {@code muscles} and
   * techniques against {@code techniques}.
   */
  public static ImmutableList<Finding> validate(
      ProtocolDefinition definition,
      ClientRecord record,
      MuscleCatalog muscles,
      TechniqueCatalog techniques) {
    checkNotNull(record, "record");
    Findings findings = new Findings();
    SessionRules rules =
        new SessionRules(definition, record.intake(), muscles, techniques, findings);
    CourseRules course = new CourseRules(definition, record, findings);
    List<SessionView> sessions = new ArrayList<>(record.sessions().size());
    // one walk over the sessions for every rule that reads them; the later passes read only views
    for (int i = 0; i < record.sessions().size(); i++) {
      Session session = record.sessions().get(i);
      int mark = findings.mark();
      SessionView view = SessionView.recorded(i, session);
      sessions.add(view);
      rules.check(view);
      course.session(view);
      // the path and description suppliers are made only for a location that has a finding
      for (int j = 0; j < session.triggerPointExaminations().size(); j++) {
        TriggerPointExamination exam = session.triggerPointExaminations().get(j);
        if (!rules.fits(exam.location())) {
          int index = j;
          rules.location(
              () -> view.path() + "/triggerPointExaminations/" + index,
              () -> "trigger point examination of " + exam.location() + " in " + view.label(),
              exam.location());
        }
      }
      for (int j = 0; j < session.assessments().size(); j++) {
        Assessment assessment = session.assessments().get(j);
        if (!fits(rules, assessment)) {
          int index = j;
          assessment(rules, () -> view.path() + "/assessments/" + index, assessment);
        }
      }
      findings.orderSince(mark);
    }
    for (int i = 0; i < record.assessments().size(); i++) {
      Assessment assessment = record.assessments().get(i);
      if (!fits(rules, assessment)) {
        int index = i;
        assessment(rules, () -> "/assessments/" + index, assessment);
      }
    }
    rules.clearance(sessions);
    rules.timing(sessions);
    course.transitions();
    course.signOffs();
    return findings.sorted();
  }

  /**
   * Whether the location {@code assessment} names, if any, passes every check of {@link
   * #assessment}: a pressure pain threshold reading's location, a strength grade's muscle and side.
   */
  private static boolean fits(SessionRules rules, Assessment assessment) {
    if (assessment instanceof PressurePainThresholdReading) {
      return rules.fits(((PressurePainThresholdReading) assessment).location());
    } else if (assessment instanceof StrengthGrade) {
      StrengthGrade grade = (StrengthGrade) assessment;
      Optional<String> muscle = grade.muscleId(); // read once: each read makes an Optional
      return muscle.isEmpty() || rules.fits(muscle.get(), grade.side(), Optional.empty());
    }
    return true;
  }

  private static void assessment(SessionRules rules, Supplier<String> path, Assessment assessment) {
    if (assessment instanceof PressurePainThresholdReading) {
      PressurePainThresholdReading reading = (PressurePainThresholdReading) assessment;
      rules.location(
          path,
          () -> "pressure pain threshold reading '" + reading.id() + "' at " + reading.location(),
          reading.location());
    } else if (assessment instanceof StrengthGrade) {
      StrengthGrade grade = (StrengthGrade) assessment;
      if (grade.muscleId().isPresent()) {
        rules.location(
            path,
            () -> "strength grade '" + grade.id() + "'",
            grade.muscleId().get(),
            grade.side(),
            Optional.empty());
      }
    }
  }
}
