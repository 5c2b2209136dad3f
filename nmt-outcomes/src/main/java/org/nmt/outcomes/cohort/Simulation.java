package org.nmt.outcomes.cohort;

import com.google.common.base.Strings;
import com.google.common.collect.ImmutableList;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.nmt.core.anatomy.Side;
import org.nmt.core.anatomy.TissueLocation;
import org.nmt.core.assessment.EnduranceTest;
import org.nmt.core.assessment.PainRating;
import org.nmt.core.assessment.PainScale;
import org.nmt.core.assessment.Plane;
import org.nmt.core.assessment.PosturalFinding;
import org.nmt.core.assessment.PressurePainThreshold;
import org.nmt.core.assessment.PressurePainThresholdReading;
import org.nmt.core.assessment.Questionnaire;
import org.nmt.core.assessment.QuestionnaireScore;
import org.nmt.core.assessment.RangeOfMotionMeasurement;
import org.nmt.core.assessment.RangeOfMotionNorms;
import org.nmt.core.assessment.StrengthGrade;
import org.nmt.core.assessment.StructuralEvaluation;
import org.nmt.core.client.ActivityProfile;
import org.nmt.core.client.Client;
import org.nmt.core.client.Condition;
import org.nmt.core.client.Intake;
import org.nmt.core.client.Sex;
import org.nmt.core.id.AssessmentId;
import org.nmt.core.id.ClientId;
import org.nmt.core.id.SessionId;
import org.nmt.core.id.TherapistId;
import org.nmt.core.record.ClientRecord;
import org.nmt.core.record.StageSignOff;
import org.nmt.core.session.ClientResponse;
import org.nmt.core.session.Session;
import org.nmt.core.session.Soreness;
import org.nmt.core.session.TechniqueApplication;
import org.nmt.core.stage.Stage;
import org.nmt.core.technique.PressureLevel;
import org.nmt.core.technique.Technique;
import org.nmt.core.trigger.TriggerPointExamination;
import org.nmt.protocol.course.Course;
import org.nmt.protocol.course.CourseState;
import org.nmt.protocol.course.GateDecision;
import org.nmt.protocol.criterion.CriterionResult;
import org.nmt.protocol.criterion.TherapistSignOff;
import org.nmt.protocol.definition.ProtocolDefinition;
import org.nmt.protocol.definition.RegressionTrigger;

/**
 * Simulates one synthetic client: draws the client's characteristics, then runs a course session by
 * session through the protocol's {@link Course}, advancing only through passed gates, overriding
 * some failed ones, regressing when a regression rule fires, and stopping at discharge, at a data
 * cut-off or when the client drops out.
 *
 * <p>A latent recovery {@code p} (0 to 1) rises after each session at a client's own rate; each
 * domain follows it with a lag (pain first, then posture, range of motion, strength, endurance), so
 * courses move through the stages in order. Every draw comes from one SplitMix64 stream ({@link
 * SplittableRandom#nextLong()}) through {@link Draw}, so a client depends only on the seed and its
 * index. Used once, by one thread.
 */
final class Simulation {
  static final TherapistId THERAPIST = TherapistId.of("therapist-synthetic");

  static final String JUSTIFICATION =
      "Synthetic course: advanced on the therapist's clinical judgement.";

  private static final LocalDate FIRST_INTAKE = SyntheticCohort.FIRST_INTAKE;

  private final Draw draw;
  private final ProtocolDefinition definition;
  private final ClientId clientId;
  private final Archetype archetype;
  private final Side side;
  private final ImmutableList<String> muscles;
  private final double[] triggerPointThresholds;
  private final double rate;
  private final int painBaseline;
  private final int painFloor;
  private final double[] thresholdBaselines;
  private final double thresholdGain;
  private final double[] motionDeficits;
  private final double[] otherSideFactors;
  private final int strengthBaseline;
  private final double enduranceBaseline;
  private final double enduranceRecovered;
  private final double postureBaseline;
  private final double postureRecovered;
  private final double questionnaireBaseline;
  private final double questionnaireRecovered;
  private final boolean psfs;
  private final double psfsBaseline;
  private final double psfsRecovered;
  private final boolean vas;
  private final int patience;
  private final boolean overridesAllowed;
  private final int sessionCap;

  private Course course;
  private double recovery;
  private int number;
  private int assessments;
  private Instant stayEntered;
  private int sessionsInStay;
  private int stayEntryPain;

  private Simulation(long seed, int index, ProtocolDefinition definition) {
    this.draw = new Draw(new SplittableRandom(seed * 0x9E3779B97F4A7C15L + index));
    this.definition = definition;
    this.clientId = ClientId.of("syn-" + Strings.padStart(Integer.toString(index), 6, '0'));
    this.archetype = archetype(draw.uniform());
    this.side = draw.chance(0.5) ? Side.LEFT : Side.RIGHT;
    List<String> pool = new ArrayList<>(archetype.muscles);
    int count = draw.between(2, Math.min(3, pool.size()));
    ImmutableList.Builder<String> chosen = ImmutableList.builder();
    for (int i = 0; i < count; i++) {
      chosen.add(pool.remove(draw.between(0, pool.size() - 1)));
    }
    this.muscles = chosen.build();
    this.triggerPointThresholds = new double[muscles.size()];
    for (int i = 0; i < muscles.size(); i++) {
      triggerPointThresholds[i] = draw.between(0.25, 0.65);
    }
    double kind = draw.uniform();
    this.rate =
        kind < 0.7
            ? draw.between(0.15, 0.35)
            : kind < 0.9 ? draw.between(0.06, 0.14) : draw.between(0.0, 0.05);
    this.painBaseline = draw.between(4, 9);
    this.painFloor = draw.between(0, 2);
    this.thresholdBaselines = new double[Math.min(2, muscles.size())];
    for (int i = 0; i < thresholdBaselines.length; i++) {
      thresholdBaselines[i] = draw.between(1.5, 3.2);
    }
    this.thresholdGain = draw.between(0.7, 2.2);
    this.motionDeficits = new double[archetype.motions.size()];
    this.otherSideFactors = new double[archetype.motions.size()];
    for (int i = 0; i < motionDeficits.length; i++) {
      motionDeficits[i] = draw.between(0.12, 0.42);
      otherSideFactors[i] = draw.between(0.94, 1.02);
    }
    this.strengthBaseline = draw.between(3, 4);
    this.enduranceBaseline = draw.between(archetype.enduranceRange[0], archetype.enduranceRange[1]);
    this.enduranceRecovered =
        draw.between(archetype.enduranceRange[2], archetype.enduranceRange[3]);
    this.postureBaseline = draw.between(archetype.postureRange[0], archetype.postureRange[1]);
    this.postureRecovered = draw.between(archetype.postureRange[2], archetype.postureRange[3]);
    this.questionnaireBaseline =
        draw.between(archetype.questionnaireRange[0], archetype.questionnaireRange[1]);
    this.questionnaireRecovered =
        draw.between(archetype.questionnaireRange[2], archetype.questionnaireRange[3]);
    this.psfs = draw.chance(0.5);
    this.psfsBaseline = draw.between(2.0, 5.0);
    this.psfsRecovered = draw.between(7.0, 9.5);
    this.vas = draw.chance(0.3);
    this.patience = draw.between(5, 9);
    this.overridesAllowed = draw.chance(0.7);
    this.sessionCap = draw.chance(0.25) ? draw.between(3, 14) : 40;
    LocalDate intake = FIRST_INTAKE.plusDays(draw.between(0, 364));
    ClientRecord record =
        ClientRecord.builder()
            .client(client(intake))
            .intake(Intake.builder().takenOn(intake).build())
            .build();
    this.course = Course.of(definition, record);
  }

  /** The {@code index}-th client of the cohort of {@code seed}, following {@code definition}. */
  static ClientRecord client(long seed, int index, ProtocolDefinition definition) {
    return new Simulation(seed, index, definition).run();
  }

  private static Archetype archetype(double u) {
    double cumulative = 0;
    for (Archetype archetype : Archetype.values()) {
      cumulative += archetype.weight / 100.0;
      if (u < cumulative) {
        return archetype;
      }
    }
    return Archetype.values()[Archetype.values().length - 1];
  }

  private Client client(LocalDate intake) {
    Client.Builder client =
        Client.builder()
            .id(clientId)
            .birthYear(draw.between(1950, 2004))
            .sex(draw.chance(0.5) ? Sex.FEMALE : Sex.MALE)
            .addActivityProfile(
                archetype.profiles.get(draw.between(0, archetype.profiles.size() - 1)));
    int conditions = archetype.conditions.size();
    client.addPresentingCondition(archetype.conditions.get(draw.between(0, conditions - 1)));
    if (draw.chance(0.4)) {
      client.addPresentingCondition(archetype.conditions.get(draw.between(0, conditions - 1)));
    }
    if (draw.chance(0.15)) {
      client.addPresentingCondition(Condition.MYOFASCIAL_PAIN_SYNDROME);
    }
    if (draw.chance(0.1)) {
      client.addActivityProfile(ActivityProfile.OFFICE_WORKER);
    }
    return client.build();
  }

  private ClientRecord run() {
    LocalDate intake = course.record().intake().takenOn();
    Instant start = at(intake.plusDays(draw.between(1, 6)));
    course = course.start(start, THERAPIST);
    while (true) {
      number++;
      Stage stage = course.currentStage().get();
      if (!course.enteredAt().get().equals(stayEntered)) {
        stayEntered = course.enteredAt().get();
        sessionsInStay = 0;
        stayEntryPain = -1;
      }
      Session session = session(start, stage);
      course = Course.of(definition, course.record().withSession(session));
      sessionsInStay++;
      recovery += rate * (1 - recovery) * draw.between(0.6, 1.4);
      recovery = Math.min(1, recovery);
      decide(session, stage);
      if (course.state() == CourseState.DISCHARGED
          || number >= sessionCap
          || (number > 2 && draw.chance(0.012))) {
        return course.record();
      }
      int gap = stage == definition.firstStage() ? draw.between(2, 3) : draw.between(3, 8);
      start = at(LocalDate.ofInstant(start, ZoneOffset.UTC).plusDays(gap));
    }
  }

  /** A session at 08:00 to 17:00 UTC on {@code day}, on the hour. */
  private Instant at(LocalDate day) {
    return day.atStartOfDay(ZoneOffset.UTC).toInstant().plus(Duration.ofHours(draw.between(8, 17)));
  }

  /** After a session: regress if a rule fires, else advance through a passed gate, or override. */
  private void decide(Session session, Stage stage) {
    Instant signOff = session.end().plus(Duration.ofMinutes(5));
    Instant at = session.end().plus(Duration.ofMinutes(10));
    ImmutableList<RegressionTrigger> fired = course.regressions(at);
    if (!fired.isEmpty() && draw.chance(0.85)) {
      course = course.regress(at, THERAPIST, fired.get(0));
      recovery *= 0.8;
      return;
    }
    GateDecision decision = course.decision(at);
    boolean ready =
        decision.results().stream()
            .filter(r -> !r.criterion().id().equals(TherapistSignOff.ID))
            .allMatch(CriterionResult::isMet);
    if (ready) {
      course =
          Course.of(
              definition, course.record().withSignOff(StageSignOff.of(stage, THERAPIST, signOff)));
      course = course.advance(at, THERAPIST);
    } else if (overridesAllowed && sessionsInStay >= patience && draw.chance(0.35)) {
      course = course.override(at, THERAPIST, JUSTIFICATION);
    }
  }

  private Session session(Instant start, Stage stage) {
    boolean first = stage == definition.firstStage();
    int minutes = first ? 15 * draw.between(4, 6) : 15 * draw.between(3, 6);
    SessionId id = SessionId.of(clientId.value() + "-s" + Strings.padStart("" + number, 2, '0'));
    assessments = 0;
    Session.Builder session =
        Session.builder()
            .id(id)
            .clientId(clientId)
            .therapistId(THERAPIST)
            .start(start)
            .duration(Duration.ofMinutes(minutes))
            .stage(stage);

    int before = clamp((int) Math.round(pain() + 0.45 * draw.gaussian()), 0, 10);
    if (!first && stayEntryPain >= 0 && draw.chance(0.02)) {
      before = Math.min(10, stayEntryPain + 2 + draw.between(0, 1));
    }
    if (stayEntryPain < 0) {
      stayEntryPain = before;
    }
    session.painBefore(before).painAfter(Math.max(0, before - draw.between(0, 2)));

    int reactivated = !first && draw.chance(0.012) ? draw.between(0, muscles.size() - 1) : -1;
    if (first || sessionsInStay % 2 == 0 || reactivated >= 0) {
      for (int i = 0; i < muscles.size(); i++) {
        session.addTriggerPointExamination(examination(i, i == reactivated));
      }
    }
    boolean periodic = number == 1 || number % 4 == 1;
    if (first || number % 3 == 1) {
      for (int i = 0; i < thresholdBaselines.length; i++) {
        session.addAssessment(threshold(id, start, i));
      }
    }
    if (periodic || stage == Stage.STRUCTURAL_CORRECTION) {
      session.addAssessment(posture(id, start));
    }
    if (periodic || stage == Stage.FLEXIBILITY) {
      ranges(id, start, session);
    }
    if (periodic || stage == Stage.STRENGTH) {
      session.addAssessment(strength(id, start));
    }
    if (periodic || stage == Stage.ENDURANCE) {
      session.addAssessment(endurance(id, start));
    }
    if (number % 3 == 1) {
      questionnaires(id, start, before, session);
    }
    techniques(stage, session);
    session.response(
        first && draw.chance(0.6)
            ? ClientResponse.builder()
                .soreness(Soreness.MILD)
                .sorenessDuration(Duration.ofHours(24))
                .build()
            : ClientResponse.builder().soreness(Soreness.NONE).build());
    return session.build();
  }

  /** The pain level (NPRS) the client's recovery implies, before noise. */
  private double pain() {
    return painBaseline - (painBaseline - painFloor) * recovery;
  }

  /** The recovery of a domain that lags behind pain by {@code lag}. */
  private double lagged(double lag) {
    return Math.max(0, Math.min(1, (recovery - lag) / (1 - lag)));
  }

  private TriggerPointExamination examination(int muscle, boolean reactivated) {
    double threshold = triggerPointThresholds[muscle];
    boolean active = reactivated || recovery < threshold;
    boolean latent = !active && recovery < threshold + 0.3;
    return TriggerPointExamination.builder()
        .location(location(muscle))
        .tautBand(active || latent)
        .hypersensitiveSpot(active || latent)
        .referredPain(false)
        .painRecognition(active)
        .palpationPain(clamp((int) Math.round(pain() + (active ? 1 : latent ? -1 : -3)), 0, 10))
        .build();
  }

  private TissueLocation location(int muscle) {
    return TissueLocation.of(muscles.get(muscle), side);
  }

  private PressurePainThresholdReading threshold(SessionId id, Instant start, int site) {
    double level = thresholdBaselines[site] + thresholdGain * recovery + 0.1 * draw.gaussian();
    PressurePainThresholdReading.Builder reading =
        PressurePainThresholdReading.builder()
            .id(assessmentId(id, "ppt"))
            .takenAt(nextTime(start))
            .location(location(site));
    for (int i = 0; i < 3; i++) {
      double value = Math.round((level + 0.1 * draw.gaussian()) * 10) / 10.0;
      reading.addReading(
          PressurePainThreshold.ofKilogramsPerSquareCentimetre(clamp(value, 0.5, 15)));
    }
    return reading.build();
  }

  private StructuralEvaluation posture(SessionId id, Instant start) {
    double value =
        postureBaseline
            + (postureRecovered - postureBaseline) * lagged(0.15)
            + 0.7 * draw.gaussian();
    return StructuralEvaluation.builder()
        .id(assessmentId(id, "posture"))
        .takenAt(nextTime(start))
        .addPlanesEvaluated(Plane.values())
        .addFinding(
            PosturalFinding.builder()
                .deviation(archetype.posture)
                .value(Math.max(0, Math.round(value)))
                .build())
        .build();
  }

  private void ranges(SessionId id, Instant start, Session.Builder session) {
    RangeOfMotionNorms norms = RangeOfMotionNorms.standard();
    double restored = lagged(0.3);
    for (int i = 0; i < archetype.motions.size(); i++) {
      Archetype.Motion motion = archetype.motions.get(i);
      double norm = norms.get(motion.joint, motion.movement).degrees();
      double affected = norm * (1 - motionDeficits[i] * (1 - restored)) + 1.5 * draw.gaussian();
      session.addAssessment(
          range(id, start, motion, motion.sided ? side : Side.MIDLINE, affected, norm));
      if (motion.sided) {
        double other = norm * otherSideFactors[i] + draw.gaussian();
        session.addAssessment(range(id, start, motion, side.opposite(), other, norm));
      }
    }
  }

  private RangeOfMotionMeasurement range(
      SessionId id,
      Instant start,
      Archetype.Motion motion,
      Side measured,
      double degrees,
      double norm) {
    return RangeOfMotionMeasurement.builder()
        .id(assessmentId(id, "rom"))
        .takenAt(nextTime(start))
        .joint(motion.joint)
        .movement(motion.movement)
        .side(measured)
        .degrees(clamp(Math.round(degrees), 0, Math.round(norm * 1.1)))
        .build();
  }

  private StrengthGrade strength(SessionId id, Instant start) {
    double restored = lagged(0.45) + 0.1 * draw.gaussian();
    int grade =
        restored >= 0.7 ? 5 : restored >= 0.3 ? Math.max(strengthBaseline, 4) : strengthBaseline;
    return StrengthGrade.builder()
        .id(assessmentId(id, "mrc"))
        .takenAt(nextTime(start))
        .muscleId(archetype.strengthMuscle)
        .side(side)
        .grade(grade)
        .build();
  }

  private EnduranceTest endurance(SessionId id, Instant start) {
    double value =
        enduranceBaseline
            + (enduranceRecovered - enduranceBaseline) * lagged(0.5)
            + 0.04 * enduranceBaseline * draw.gaussian();
    return EnduranceTest.builder()
        .id(assessmentId(id, "endurance"))
        .takenAt(nextTime(start))
        .test(archetype.endurance)
        .side(archetype.enduranceSided ? side : Side.MIDLINE)
        .value(clamp(Math.round(value), 0, archetype.endurance.maximum()))
        .build();
  }

  private void questionnaires(SessionId id, Instant start, int pain, Session.Builder session) {
    Questionnaire questionnaire = archetype.questionnaire;
    double low = questionnaire.measure().minimum();
    double high = questionnaire.measure().maximum();
    double score =
        questionnaireBaseline
            + (questionnaireRecovered - questionnaireBaseline) * recovery
            + 0.05 * (high - low) * draw.gaussian();
    session.addAssessment(
        QuestionnaireScore.builder()
            .id(assessmentId(id, questionnaire.id()))
            .takenAt(nextTime(start))
            .questionnaire(questionnaire)
            .score(clamp(onGrid(questionnaire, score), low, high))
            .build());
    if (psfs) {
      double value =
          psfsBaseline + (psfsRecovered - psfsBaseline) * recovery + 0.4 * draw.gaussian();
      session.addAssessment(
          QuestionnaireScore.builder()
              .id(assessmentId(id, "psfs"))
              .takenAt(nextTime(start))
              .questionnaire(Questionnaire.PSFS)
              .score(clamp(Math.round(value * 10) / 10.0, 0, 10))
              .build());
    }
    if (vas) {
      session.addAssessment(
          PainRating.builder()
              .id(assessmentId(id, "vas"))
              .takenAt(nextTime(start))
              .scale(PainScale.VAS)
              .value(clamp((int) Math.round(10 * pain + 5 * draw.gaussian()), 0, 100))
              .build());
    }
  }

  /**
   * A score on its questionnaire's grid: whole points for the NDI and LEFS, even percentages for
   * the ODI (ten items scored 0–5, doubled), tenths for QuickDASH and the PSFS.
   */
  private static double onGrid(Questionnaire questionnaire, double score) {
    switch (questionnaire) {
      case ODI:
        return 2 * Math.round(score / 2);
      case NDI:
      case LEFS:
        return Math.round(score);
      default:
        return Math.round(score * 10) / 10.0;
    }
  }

  private void techniques(Stage stage, Session.Builder session) {
    for (int i = 0; i < muscles.size(); i++) {
      TechniqueApplication.Builder application = TechniqueApplication.builder().target(location(i));
      switch (stage) {
        case PAIN_ELIMINATION:
          if (i == 0) {
            application
                .technique(Technique.ISCHEMIC_COMPRESSION)
                .pressure(PressureLevel.FIRM)
                .holdTime(Duration.ofSeconds(15L * draw.between(2, 4)))
                .repetitions(draw.between(1, 2))
                .reportedIntensity(draw.between(7, 8));
          } else {
            application
                .technique(Technique.TRIGGER_POINT_PRESSURE_RELEASE)
                .pressure(PressureLevel.MODERATE);
          }
          break;
        case STRUCTURAL_CORRECTION:
          application
              .technique(i == 0 ? Technique.MYOFASCIAL_RELEASE : Technique.MUSCLE_ENERGY_TECHNIQUE)
              .pressure(i == 0 ? PressureLevel.MODERATE : PressureLevel.LIGHT);
          break;
        case FLEXIBILITY:
          application
              .technique(i == 0 ? Technique.PASSIVE_STRETCHING : Technique.ACTIVE_STRETCHING)
              .pressure(PressureLevel.LIGHT)
              .holdTime(Duration.ofSeconds(30))
              .repetitions(3);
          break;
        case STRENGTH:
          application
              .technique(Technique.STRENGTHENING_EXERCISE)
              .pressure(PressureLevel.NONE)
              .repetitions(draw.between(10, 30));
          break;
        case ENDURANCE:
          application
              .technique(Technique.ENDURANCE_EXERCISE)
              .pressure(PressureLevel.NONE)
              .repetitions(draw.between(40, 80));
          break;
        default:
          throw new AssertionError(stage);
      }
      session.addTechnique(application.build());
    }
  }

  private AssessmentId assessmentId(SessionId session, String kind) {
    return AssessmentId.of(session.value() + "-a" + (++assessments) + "-" + kind);
  }

  /** Assessments are taken two minutes apart from the session's start. */
  private Instant nextTime(Instant start) {
    return start.plus(Duration.ofMinutes(2L * (assessments + 1)));
  }

  private static int clamp(int value, int low, int high) {
    return Math.max(low, Math.min(high, value));
  }

  private static double clamp(double value, double low, double high) {
    return Math.max(low, Math.min(high, value));
  }
}
