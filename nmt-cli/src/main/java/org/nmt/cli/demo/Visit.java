package org.nmt.cli.demo;

import static com.google.common.base.Preconditions.checkState;

import com.google.common.base.Strings;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.nmt.core.anatomy.Side;
import org.nmt.core.anatomy.TissueLocation;
import org.nmt.core.assessment.EnduranceTest;
import org.nmt.core.assessment.EnduranceTestKind;
import org.nmt.core.assessment.Joint;
import org.nmt.core.assessment.Movement;
import org.nmt.core.assessment.PainRating;
import org.nmt.core.assessment.Plane;
import org.nmt.core.assessment.PosturalDeviation;
import org.nmt.core.assessment.PosturalFinding;
import org.nmt.core.assessment.PressurePainThreshold;
import org.nmt.core.assessment.PressurePainThresholdReading;
import org.nmt.core.assessment.Questionnaire;
import org.nmt.core.assessment.QuestionnaireScore;
import org.nmt.core.assessment.RangeOfMotionMeasurement;
import org.nmt.core.assessment.StrengthGrade;
import org.nmt.core.assessment.StructuralEvaluation;
import org.nmt.core.id.AssessmentId;
import org.nmt.core.id.ClientId;
import org.nmt.core.id.SessionId;
import org.nmt.core.id.TherapistId;
import org.nmt.core.session.ClientResponse;
import org.nmt.core.session.Session;
import org.nmt.core.session.SoapNote;
import org.nmt.core.session.Soreness;
import org.nmt.core.session.TechniqueApplication;
import org.nmt.core.stage.Stage;
import org.nmt.core.technique.PressureLevel;
import org.nmt.core.technique.Technique;
import org.nmt.core.technique.TechniqueCatalog;
import org.nmt.core.trigger.TriggerPointExamination;

/**
 * One session of the demo course under construction: its assessments get ids and times two minutes
 * apart from the start, and every technique must serve the session's stage in the standard
 * technique catalog. Not thread-safe; used by one generator at a time.
 */
final class Visit {
  /** A static stretch is held 30 s (Bandy &amp; Irion 1997, via the clinical reference). */
  private static final Duration STRETCH_HOLD = Duration.ofSeconds(30);

  /**
   * Referral zones of the clinical reference's referral table (Travell &amp; Simons) for the demo's
   * muscles; muscles the table does not list have none.
   */
  private static final ImmutableMap<String, ImmutableList<String>> REFERRAL_ZONES =
      ImmutableMap.of(
          "gastrocnemius", ImmutableList.of("calf", "back of the knee"),
          "soleus", ImmutableList.of("back and underside of the heel"),
          "tensor-fasciae-latae",
              ImmutableList.of("greater trochanter", "outer thigh toward the knee"),
          "gluteus-medius", ImmutableList.of("sacrum", "outer hip and thigh"));

  private static final ImmutableSet<Plane> ALL_PLANES = ImmutableSet.copyOf(Plane.values());

  /** What a trigger point examination finds, by the 2018 Delphi criteria. */
  enum Phase {
    /**
     * Taut band, hypersensitive spot, referred pain where the reference lists a zone, recognition.
     */
    ACTIVE,
    /** Taut band and hypersensitive spot without referred pain or pain recognition. */
    LATENT,
    /** None of the essential criteria: the point has resolved. */
    CLEARED
  }

  private final String id;
  private final Instant start;
  private final Stage stage;
  private final Session.Builder session = Session.builder();
  private final Map<String, Integer> counts = new HashMap<>();
  private int minute;

  Visit(
      ClientId client,
      TherapistId therapist,
      int number,
      Instant start,
      int minutes,
      Stage stage,
      int painBefore,
      int painAfter) {
    this.id = client.value() + "-s" + Strings.padStart(Integer.toString(number), 2, '0');
    this.start = start;
    this.stage = stage;
    session
        .id(SessionId.of(id))
        .clientId(client)
        .therapistId(therapist)
        .start(start)
        .duration(Duration.ofMinutes(minutes))
        .stage(stage)
        .painBefore(painBefore)
        .painAfter(painAfter);
    session.addAssessment(
        PainRating.builder().id(nextId("nprs")).takenAt(nextTime()).value(painBefore).build());
  }

  Visit exam(TissueLocation location, Phase phase, int palpationPain) {
    TriggerPointExamination.Builder exam =
        TriggerPointExamination.builder().location(location).palpationPain(palpationPain);
    if (phase == Phase.ACTIVE) {
      ImmutableList<String> zones =
          REFERRAL_ZONES.getOrDefault(location.muscleId(), ImmutableList.of());
      exam.tautBand(true)
          .hypersensitiveSpot(true)
          .referredPain(!zones.isEmpty())
          .addAllReferralZonesObserved(zones)
          .painRecognition(true)
          .localTwitchResponse(true)
          .jumpSign(palpationPain >= 7);
    } else if (phase == Phase.LATENT) {
      exam.tautBand(true).hypersensitiveSpot(true).referredPain(false).painRecognition(false);
    } else {
      exam.tautBand(false).hypersensitiveSpot(false).referredPain(false).painRecognition(false);
    }
    session.addTriggerPointExamination(exam.build());
    return this;
  }

  /** The mean of three readings {@code mean - 0.1}, {@code mean + 0.1}, {@code mean} (Fischer). */
  Visit ppt(TissueLocation location, double mean) {
    session.addAssessment(
        PressurePainThresholdReading.builder()
            .id(nextId("ppt"))
            .takenAt(nextTime())
            .location(location)
            .addReadings(
                PressurePainThreshold.ofKilogramsPerSquareCentimetre(round(mean - 0.1)),
                PressurePainThreshold.ofKilogramsPerSquareCentimetre(round(mean + 0.1)),
                PressurePainThreshold.ofKilogramsPerSquareCentimetre(round(mean)))
            .build());
    return this;
  }

  private static double round(double value) {
    return Math.round(value * 100) / 100.0;
  }

  Visit rom(Joint joint, Movement movement, Side side, double degrees) {
    session.addAssessment(
        RangeOfMotionMeasurement.builder()
            .id(nextId("rom"))
            .takenAt(nextTime())
            .joint(joint)
            .movement(movement)
            .side(side)
            .degrees(degrees)
            .build());
    return this;
  }

  Visit strength(String muscleId, Side side, int grade) {
    session.addAssessment(
        StrengthGrade.builder()
            .id(nextId("mrc"))
            .takenAt(nextTime())
            .muscleId(muscleId)
            .side(side)
            .grade(grade)
            .build());
    return this;
  }

  Visit strength(Joint joint, Movement movement, Side side, int grade) {
    session.addAssessment(
        StrengthGrade.builder()
            .id(nextId("mrc"))
            .takenAt(nextTime())
            .joint(joint)
            .movement(movement)
            .side(side)
            .grade(grade)
            .build());
    return this;
  }

  Visit endurance(EnduranceTestKind test, Side side, double value) {
    session.addAssessment(
        EnduranceTest.builder()
            .id(nextId("endurance"))
            .takenAt(nextTime())
            .test(test)
            .side(side)
            .value(value)
            .build());
    return this;
  }

  Visit questionnaire(Questionnaire questionnaire, double score) {
    session.addAssessment(
        QuestionnaireScore.builder()
            .id(nextId(questionnaire.id()))
            .takenAt(nextTime())
            .questionnaire(questionnaire)
            .score(score)
            .build());
    return this;
  }

  /** A structural evaluation in the coronal, midsagittal and horizontal planes. */
  Visit structural(List<PosturalFinding> findings) {
    session.addAssessment(
        StructuralEvaluation.builder()
            .id(nextId("posture"))
            .takenAt(nextTime())
            .addAllPlanesEvaluated(ALL_PLANES)
            .addAllFindings(findings)
            .build());
    return this;
  }

  static PosturalFinding finding(PosturalDeviation deviation, double value) {
    return PosturalFinding.builder().deviation(deviation).value(value).build();
  }

  /** Ischemic compression held {@code holdSeconds}, at a reported intensity out of 10. */
  Visit compress(TissueLocation target, int holdSeconds, int repetitions, int intensity) {
    return technique(
        TechniqueApplication.builder()
            .technique(Technique.ISCHEMIC_COMPRESSION)
            .target(target)
            .pressure(PressureLevel.FIRM)
            .holdTime(Duration.ofSeconds(holdSeconds))
            .repetitions(repetitions)
            .reportedIntensity(intensity)
            .build());
  }

  Visit apply(Technique technique, TissueLocation target, PressureLevel pressure) {
    return technique(
        TechniqueApplication.builder()
            .technique(technique)
            .target(target)
            .pressure(pressure)
            .build());
  }

  Visit apply(Technique technique, TissueLocation target, PressureLevel pressure, int repetitions) {
    return technique(
        TechniqueApplication.builder()
            .technique(technique)
            .target(target)
            .pressure(pressure)
            .repetitions(repetitions)
            .build());
  }

  /** A static stretch held 30 s with light pressure. */
  Visit stretch(Technique technique, TissueLocation target, int repetitions) {
    return technique(
        TechniqueApplication.builder()
            .technique(technique)
            .target(target)
            .pressure(PressureLevel.LIGHT)
            .holdTime(STRETCH_HOLD)
            .repetitions(repetitions)
            .build());
  }

  Visit exercise(Technique technique, TissueLocation target, int repetitions) {
    return technique(
        TechniqueApplication.builder()
            .technique(technique)
            .target(target)
            .pressure(PressureLevel.NONE)
            .repetitions(repetitions)
            .build());
  }

  private Visit technique(TechniqueApplication application) {
    checkState(
        TechniqueCatalog.standard().profile(application.technique()).serves(stage),
        "%s does not serve %s",
        application.technique().id(),
        stage.id());
    session.addTechnique(application);
    return this;
  }

  Visit soreness(Soreness soreness, int hours) {
    session.response(
        ClientResponse.builder()
            .soreness(soreness)
            .sorenessDuration(Duration.ofHours(hours))
            .build());
    return this;
  }

  Visit noSoreness() {
    session.response(ClientResponse.builder().soreness(Soreness.NONE).build());
    return this;
  }

  Visit note(String subjective, String objective, String assessment, String plan) {
    session.note(
        SoapNote.builder()
            .subjective(subjective)
            .objective(objective)
            .assessment(assessment)
            .plan(plan)
            .build());
    return this;
  }

  Visit note(String subjective, String plan) {
    session.note(SoapNote.builder().subjective(subjective).plan(plan).build());
    return this;
  }

  Session build() {
    return session.build();
  }

  private AssessmentId nextId(String kind) {
    int n = counts.merge(kind, 1, Integer::sum);
    return AssessmentId.of(id + "-" + kind + "-" + n);
  }

  private Instant nextTime() {
    minute += 2;
    return start.plus(Duration.ofMinutes(minute));
  }
}
