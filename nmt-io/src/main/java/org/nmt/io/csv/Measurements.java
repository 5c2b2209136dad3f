package org.nmt.io.csv;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.nmt.core.anatomy.TissueLocation;
import org.nmt.core.assessment.Assessment;
import org.nmt.core.assessment.EnduranceTest;
import org.nmt.core.assessment.EnduranceTestKind;
import org.nmt.core.assessment.Joint;
import org.nmt.core.assessment.Movement;
import org.nmt.core.assessment.PainContext;
import org.nmt.core.assessment.PainRating;
import org.nmt.core.assessment.PainScale;
import org.nmt.core.assessment.PosturalDeviation;
import org.nmt.core.assessment.PosturalFinding;
import org.nmt.core.assessment.PressurePainThreshold;
import org.nmt.core.assessment.PressurePainThresholdReading;
import org.nmt.core.assessment.Questionnaire;
import org.nmt.core.assessment.QuestionnaireScore;
import org.nmt.core.assessment.RangeOfMotionMeasurement;
import org.nmt.core.assessment.RangeOfMotionNorm;
import org.nmt.core.assessment.RangeOfMotionNorms;
import org.nmt.core.assessment.StrengthGrade;
import org.nmt.core.assessment.StructuralEvaluation;
import org.nmt.core.measure.Measure;
import org.nmt.core.record.ClientRecord;
import org.nmt.core.session.Session;
import org.nmt.core.trigger.TriggerPointExamination;
import org.nmt.core.trigger.TriggerPointStatus;
import org.nmt.io.csv.Row.Occasion;

/**
 * Turns a client record into the rows of the tidy CSV export, one per measurement, in the order of
 * {@code docs/FORMAT.md}: the assessments made outside sessions by time, then each session in order
 * with its pain before, trigger point examinations, assessments by time and pain after. Free text
 * of the record is never read. Stateless and thread-safe.
 */
final class Measurements {
  /** The measure of an individual pressure pain threshold reading. */
  static final String PRESSURE_PAIN_THRESHOLD_READING = "pressure-pain-threshold-reading";

  /** The measure of a range of motion in degrees (percent of norm is {@code range-of-motion}). */
  static final String RANGE_OF_MOTION_DEGREES = "range-of-motion-degrees";

  /** The measure flagging a diagnosed (active or latent) trigger point. */
  static final String TRIGGER_POINT_CONFIRMED = "trigger-point-confirmed";

  /** The measure flagging an active trigger point. */
  static final String TRIGGER_POINT_ACTIVE = "trigger-point-active";

  /** The context of a session's pain before treatment. */
  static final String BEFORE_SESSION = "before-session";

  /** The context of a session's pain after treatment. */
  static final String AFTER_SESSION = "after-session";

  /** The context of pain on palpation in a trigger point examination. */
  static final String PALPATION = "palpation";

  /** The context of a pressure pain threshold measured in a trigger point examination. */
  static final String TRIGGER_POINT_EXAMINATION = "trigger-point-examination";

  /** The site of each joint and movement ({@link #site(Joint, Movement)}), by their ordinals. */
  private static final String[][] JOINT_SITES = jointSites();

  private static final Comparator<Assessment> BY_TIME = Comparator.comparing(Assessment::takenAt);

  private Measurements() {}

  /** Passes every row of {@code record} to {@code sink}, in order. */
  static void forEach(ClientRecord record, RangeOfMotionNorms norms, Consumer<Row> sink) {
    String client = record.client().id().value();
    for (Assessment assessment : byTime(record.assessments())) {
      Occasion outside =
          new Occasion(client, "", assessment.id().value(), assessment.takenAt(), "");
      assessment(outside, assessment, norms, sink);
    }
    for (Session session : record.sessions()) {
      Occasion start =
          new Occasion(client, session.id().value(), "", session.start(), session.stage().id());
      if (session.painBefore().isPresent()) {
        sink.accept(pain(start, BEFORE_SESSION, session.painBefore().getAsInt(), "", ""));
      }
      for (TriggerPointExamination examination : session.triggerPointExaminations()) {
        examination(start, examination, sink);
      }
      for (Assessment assessment : byTime(session.assessments())) {
        assessment(start.forAssessment(assessment), assessment, norms, sink);
      }
      if (session.painAfter().isPresent()) {
        sink.accept(
            pain(
                start.atTime(session.end()),
                AFTER_SESSION,
                session.painAfter().getAsInt(),
                "",
                ""));
      }
    }
  }

  /**
   * Every measure id the export writes: pain scales, pressure pain threshold and its readings,
   * range of motion in degrees and percent of norm, MRC grade, endurance tests, questionnaires,
   * postural deviations and the trigger point flags, in that order.
   */
  static ImmutableList<String> measureIds() {
    ImmutableList.Builder<String> ids = ImmutableList.builder();
    for (PainScale scale : PainScale.values()) {
      ids.add(scale.measure().id());
    }
    ids.add(Measure.PRESSURE_PAIN_THRESHOLD.id(), PRESSURE_PAIN_THRESHOLD_READING);
    ids.add(RANGE_OF_MOTION_DEGREES, Measure.RANGE_OF_MOTION.id(), Measure.MRC_GRADE.id());
    for (EnduranceTestKind test : EnduranceTestKind.values()) {
      ids.add(enduranceMeasure(test));
    }
    for (Questionnaire questionnaire : Questionnaire.values()) {
      ids.add(questionnaire.measure().id());
    }
    for (PosturalDeviation deviation : PosturalDeviation.values()) {
      ids.add(deviation.id());
    }
    ids.add(TRIGGER_POINT_CONFIRMED, TRIGGER_POINT_ACTIVE);
    return ids.build();
  }

  /** Every context id the export writes. */
  static ImmutableSet<String> contextIds() {
    ImmutableSet.Builder<String> ids = ImmutableSet.builder();
    for (PainContext context : PainContext.values()) {
      ids.add(context.id());
    }
    return ids.add(BEFORE_SESSION, AFTER_SESSION, PALPATION, TRIGGER_POINT_EXAMINATION).build();
  }

  /** {@code assessments} by time, stable; as they are, without a copy, when already in order. */
  private static List<Assessment> byTime(List<Assessment> assessments) {
    for (int i = 1; i < assessments.size(); i++) {
      if (BY_TIME.compare(assessments.get(i - 1), assessments.get(i)) > 0) {
        return ImmutableList.sortedCopyOf(BY_TIME, assessments);
      }
    }
    return assessments;
  }

  private static void examination(
      Occasion occasion, TriggerPointExamination examination, Consumer<Row> sink) {
    String site = site(examination.location());
    String side = examination.location().side().id();
    sink.accept(
        Row.of(
            occasion,
            TRIGGER_POINT_CONFIRMED,
            flag(examination.status().isConfirmed()),
            Unit.FLAG,
            site,
            side));
    sink.accept(
        Row.of(
            occasion,
            TRIGGER_POINT_ACTIVE,
            flag(examination.status() == TriggerPointStatus.ACTIVE),
            Unit.FLAG,
            site,
            side));
    if (examination.palpationPain().isPresent()) {
      sink.accept(pain(occasion, PALPATION, examination.palpationPain().getAsInt(), site, side));
    }
    if (examination.pressurePainThreshold().isPresent()) {
      sink.accept(
          Row.of(
              occasion,
              Measure.PRESSURE_PAIN_THRESHOLD.id(),
              TRIGGER_POINT_EXAMINATION,
              site,
              side,
              examination.pressurePainThreshold().get().kilogramsPerSquareCentimetre(),
              Unit.KG_PER_CM2));
    }
  }

  /** The row of a pain rating on the NPRS in {@code context}. */
  private static Row pain(Occasion occasion, String context, int pain, String site, String side) {
    return Row.of(occasion, Measure.NPRS.id(), context, site, side, pain, Unit.POINTS);
  }

  private static void assessment(
      Occasion occasion, Assessment assessment, RangeOfMotionNorms norms, Consumer<Row> sink) {
    if (assessment instanceof PainRating pain) {
      Measure measure = pain.scale().measure();
      sink.accept(
          Row.of(
              occasion, measure.id(), pain.context().id(), "", "", pain.value(), Unit.of(measure)));
    } else if (assessment instanceof PressurePainThresholdReading ppt) {
      String site = site(ppt.location());
      String side = ppt.location().side().id();
      sink.accept(
          Row.of(
              occasion,
              Measure.PRESSURE_PAIN_THRESHOLD.id(),
              ppt.threshold().kilogramsPerSquareCentimetre(),
              Unit.KG_PER_CM2,
              site,
              side));
      List<PressurePainThreshold> readings = ppt.readings();
      for (int i = 0; i < readings.size(); i++) {
        sink.accept(
            Row.reading(
                occasion,
                PRESSURE_PAIN_THRESHOLD_READING,
                i + 1,
                readings.get(i).kilogramsPerSquareCentimetre(),
                Unit.KG_PER_CM2,
                site,
                side));
      }
    } else if (assessment instanceof RangeOfMotionMeasurement rom) {
      Row degrees =
          Row.inMode(
              occasion,
              RANGE_OF_MOTION_DEGREES,
              rom.degrees(),
              Unit.DEGREES,
              site(rom.joint(), rom.movement()),
              rom.side().id(),
              rom.mode().id());
      sink.accept(degrees);
      Optional<RangeOfMotionNorm> norm = norms.find(rom.joint(), rom.movement());
      if (norm.isPresent()) {
        sink.accept(
            degrees.withMeasure(
                Measure.RANGE_OF_MOTION.id(), norm.get().percentOf(rom.degrees()), Unit.PERCENT));
      }
    } else if (assessment instanceof StrengthGrade grade) {
      String site =
          grade.muscleId().isPresent()
              ? grade.muscleId().get()
              : site(grade.joint().get(), grade.movement().get());
      sink.accept(
          Row.of(
              occasion,
              Measure.MRC_GRADE.id(),
              grade.grade(),
              Unit.GRADE,
              site,
              grade.side().id()));
    } else if (assessment instanceof EnduranceTest test) {
      sink.accept(
          Row.of(
              occasion,
              enduranceMeasure(test.test()),
              test.value(),
              Unit.of(test.test().unit()),
              "",
              test.side().id()));
    } else if (assessment instanceof StructuralEvaluation evaluation) {
      for (PosturalFinding finding : evaluation.findings()) {
        sink.accept(
            Row.of(
                occasion,
                finding.deviation().id(),
                finding.value(),
                Unit.of(finding.deviation().unit()),
                "",
                finding.side().isPresent() ? finding.side().get().id() : ""));
      }
    } else {
      QuestionnaireScore score = (QuestionnaireScore) assessment;
      Measure measure = score.questionnaire().measure();
      sink.accept(Row.of(occasion, measure.id(), score.score(), Unit.of(measure)));
    }
  }

  private static String enduranceMeasure(EnduranceTestKind test) {
    return test.measure().map(Measure::id).orElse(test.id());
  }

  /** The site of {@code location}: its muscle, then {@code /} and its site if it has one. */
  private static String site(TissueLocation location) {
    Optional<String> site = location.siteId();
    return site.isPresent() ? location.muscleId() + "/" + site.get() : location.muscleId();
  }

  /** {@code joint/movement}, from a table made once. */
  static String site(Joint joint, Movement movement) {
    return JOINT_SITES[joint.ordinal()][movement.ordinal()];
  }

  private static String[][] jointSites() {
    Joint[] joints = Joint.values();
    Movement[] movements = Movement.values();
    String[][] sites = new String[joints.length][movements.length];
    for (Joint joint : joints) {
      for (Movement movement : movements) {
        sites[joint.ordinal()][movement.ordinal()] = joint.id() + "/" + movement.id();
      }
    }
    return sites;
  }

  private static double flag(boolean value) {
    return value ? 1 : 0;
  }
}
