package org.nmt.outcomes.cohort;

import com.google.common.collect.ImmutableList;
import org.nmt.core.assessment.EnduranceTestKind;
import org.nmt.core.assessment.Joint;
import org.nmt.core.assessment.Movement;
import org.nmt.core.assessment.PosturalDeviation;
import org.nmt.core.assessment.Questionnaire;
import org.nmt.core.client.ActivityProfile;
import org.nmt.core.client.Condition;

/**
 * A kind of synthetic client by the region that hurts: the conditions and activity profiles drawn
 * for it, the muscles with trigger points, the questionnaire, the movements measured, the endurance
 * test, the postural deviation and the muscle graded for strength.
 *
 * <p>The ranges are synthetic; where the project's clinical reference gives a figure they respect
 * it (questionnaire ranges and MCIDs, range of motion norms, the forward-head and kyphosis norms,
 * the Biering-Sørensen cap and cut-off, the deep neck flexor figures). Immutable.
 */
enum Archetype {
  NECK(
      35,
      ImmutableList.of(Condition.CHRONIC_NECK_PAIN, Condition.TENSION_HEADACHE),
      ImmutableList.of(
          ActivityProfile.OFFICE_WORKER,
          ActivityProfile.OFFICE_WORKER,
          ActivityProfile.OFFICE_WORKER,
          ActivityProfile.REPETITIVE_TASK_WORKER,
          ActivityProfile.ATHLETE,
          ActivityProfile.OTHER),
      ImmutableList.of("upper-trapezius", "levator-scapulae", "splenius-capitis"),
      Questionnaire.NDI,
      new double[] {10, 30, 2, 8},
      ImmutableList.of(
          new Motion(Joint.CERVICAL, Movement.ROTATION, true),
          new Motion(Joint.CERVICAL, Movement.FLEXION, false)),
      EnduranceTestKind.DEEP_NECK_FLEXOR,
      false,
      new double[] {14, 28, 40, 55},
      PosturalDeviation.FORWARD_HEAD,
      new double[] {40, 47, 50, 53},
      "lower-trapezius"),
  LOW_BACK(
      30,
      ImmutableList.of(Condition.LOW_BACK_PAIN, Condition.CHRONIC_BACK_PAIN, Condition.SCIATICA),
      ImmutableList.of(
          ActivityProfile.OFFICE_WORKER,
          ActivityProfile.OFFICE_WORKER,
          ActivityProfile.RECOVERING_FROM_INJURY,
          ActivityProfile.ATHLETE,
          ActivityProfile.HIKER,
          ActivityProfile.REPETITIVE_TASK_WORKER,
          ActivityProfile.OTHER),
      ImmutableList.of("quadratus-lumborum", "gluteus-medius", "piriformis", "erector-spinae"),
      Questionnaire.ODI,
      new double[] {20, 50, 4, 14},
      ImmutableList.of(
          new Motion(Joint.LUMBAR, Movement.FLEXION, false),
          new Motion(Joint.HIP, Movement.FLEXION, true)),
      EnduranceTestKind.BIERING_SORENSEN,
      false,
      new double[] {50, 140, 180, 235},
      PosturalDeviation.THORACIC_KYPHOSIS,
      new double[] {38, 52, 35, 44},
      "gluteus-medius"),
  LOWER_LIMB(
      20,
      ImmutableList.of(
          Condition.KNEE_PAIN,
          Condition.ILIOTIBIAL_BAND_SYNDROME,
          Condition.PLANTAR_FASCIITIS,
          Condition.SPORTS_INJURY),
      ImmutableList.of(
          ActivityProfile.RUNNER,
          ActivityProfile.RUNNER,
          ActivityProfile.HIKER,
          ActivityProfile.HIKER,
          ActivityProfile.TRIATHLETE,
          ActivityProfile.ATHLETE),
      ImmutableList.of("gastrocnemius", "soleus", "tensor-fasciae-latae", "vastus-lateralis"),
      Questionnaire.LEFS,
      new double[] {28, 56, 68, 80},
      ImmutableList.of(
          new Motion(Joint.ANKLE, Movement.DORSIFLEXION, true),
          new Motion(Joint.KNEE, Movement.FLEXION, true)),
      EnduranceTestKind.SINGLE_LEG_HEEL_RAISE,
      true,
      new double[] {6, 15, 20, 30},
      PosturalDeviation.LEG_LENGTH_DIFFERENCE,
      new double[] {3, 10, 2, 5},
      "gastrocnemius"),
  UPPER_LIMB(
      15,
      ImmutableList.of(
          Condition.CHRONIC_SHOULDER_PAIN,
          Condition.CARPAL_TUNNEL_SYNDROME,
          Condition.REPETITIVE_STRAIN_INJURY),
      ImmutableList.of(
          ActivityProfile.REPETITIVE_TASK_WORKER,
          ActivityProfile.REPETITIVE_TASK_WORKER,
          ActivityProfile.OFFICE_WORKER,
          ActivityProfile.ATHLETE,
          ActivityProfile.OTHER),
      ImmutableList.of("infraspinatus", "upper-trapezius", "supraspinatus"),
      Questionnaire.QUICK_DASH,
      new double[] {25, 60, 3, 15},
      ImmutableList.of(
          new Motion(Joint.SHOULDER, Movement.FLEXION, true),
          new Motion(Joint.SHOULDER, Movement.ABDUCTION, true)),
      EnduranceTestKind.SIDE_PLANK,
      true,
      new double[] {15, 40, 50, 70},
      PosturalDeviation.THORACIC_KYPHOSIS,
      new double[] {38, 52, 35, 44},
      "infraspinatus");

  /** A movement measured for range of motion, on both sides or on the midline. */
  static final class Motion {
    final Joint joint;
    final Movement movement;
    final boolean sided;

    Motion(Joint joint, Movement movement, boolean sided) {
      this.joint = joint;
      this.movement = movement;
      this.sided = sided;
    }
  }

  /** The share of clients, in percent. */
  final int weight;

  /** The conditions: one is drawn, and a second draw adds another for 40 % of clients. */
  final ImmutableList<Condition> conditions;

  /** The activity profiles, one drawn uniformly (repeats weight a profile). */
  final ImmutableList<ActivityProfile> profiles;

  /** Muscles with trigger points: two or three are drawn. */
  final ImmutableList<String> muscles;

  /** The region's questionnaire. */
  final Questionnaire questionnaire;

  /** Questionnaire baseline low, high; value at full recovery low, high. */
  final double[] questionnaireRange;

  /** The movements measured. */
  final ImmutableList<Motion> motions;

  /** The endurance test. */
  final EnduranceTestKind endurance;

  /** Whether the endurance test is done on the affected side (else on the midline). */
  final boolean enduranceSided;

  /** Endurance baseline low, high; value at full recovery low, high. */
  final double[] enduranceRange;

  /** The postural deviation evaluated. */
  final PosturalDeviation posture;

  /** Posture baseline low, high; value at full recovery low, high. */
  final double[] postureRange;

  /** The muscle graded for strength. */
  final String strengthMuscle;

  Archetype(
      int weight,
      ImmutableList<Condition> conditions,
      ImmutableList<ActivityProfile> profiles,
      ImmutableList<String> muscles,
      Questionnaire questionnaire,
      double[] questionnaireRange,
      ImmutableList<Motion> motions,
      EnduranceTestKind endurance,
      boolean enduranceSided,
      double[] enduranceRange,
      PosturalDeviation posture,
      double[] postureRange,
      String strengthMuscle) {
    this.weight = weight;
    this.conditions = conditions;
    this.profiles = profiles;
    this.muscles = muscles;
    this.questionnaire = questionnaire;
    this.questionnaireRange = questionnaireRange;
    this.motions = motions;
    this.endurance = endurance;
    this.enduranceSided = enduranceSided;
    this.enduranceRange = enduranceRange;
    this.posture = posture;
    this.postureRange = postureRange;
    this.strengthMuscle = strengthMuscle;
  }
}
