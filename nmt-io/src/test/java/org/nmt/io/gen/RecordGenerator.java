package org.nmt.io.gen;

import com.google.common.collect.ImmutableList;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.nmt.core.anatomy.BodyRegion;
import org.nmt.core.anatomy.Muscle;
import org.nmt.core.anatomy.MuscleCatalog;
import org.nmt.core.anatomy.Side;
import org.nmt.core.anatomy.TissueLocation;
import org.nmt.core.anatomy.TriggerPointSite;
import org.nmt.core.assessment.Assessment;
import org.nmt.core.assessment.EnduranceTest;
import org.nmt.core.assessment.EnduranceTestKind;
import org.nmt.core.assessment.EnduranceUnit;
import org.nmt.core.assessment.Joint;
import org.nmt.core.assessment.MotionMode;
import org.nmt.core.assessment.Movement;
import org.nmt.core.assessment.NormalRange;
import org.nmt.core.assessment.PainContext;
import org.nmt.core.assessment.PainRating;
import org.nmt.core.assessment.PainScale;
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
import org.nmt.core.client.ActivityProfile;
import org.nmt.core.client.Clearance;
import org.nmt.core.client.Client;
import org.nmt.core.client.Condition;
import org.nmt.core.client.Intake;
import org.nmt.core.client.ScreeningCategory;
import org.nmt.core.client.ScreeningFinding;
import org.nmt.core.client.ScreeningItem;
import org.nmt.core.client.Sex;
import org.nmt.core.id.AssessmentId;
import org.nmt.core.id.ClientId;
import org.nmt.core.id.SessionId;
import org.nmt.core.id.TherapistId;
import org.nmt.core.measure.Measure;
import org.nmt.core.record.ClientRecord;
import org.nmt.core.record.StageSignOff;
import org.nmt.core.record.StageTransition;
import org.nmt.core.record.TransitionKind;
import org.nmt.core.session.AdverseEvent;
import org.nmt.core.session.AdverseEventKind;
import org.nmt.core.session.ClientResponse;
import org.nmt.core.session.Session;
import org.nmt.core.session.SoapNote;
import org.nmt.core.session.Soreness;
import org.nmt.core.session.TechniqueApplication;
import org.nmt.core.stage.Stage;
import org.nmt.core.technique.PressureLevel;
import org.nmt.core.technique.Technique;
import org.nmt.core.trigger.TriggerPointExamination;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.impl.Constraint;

/**
 * Valid client records for round-trip and fuzz tests of nmt documents.
 *
 * <p>A record covers, across draws, every assessment type in and outside sessions, optional fields
 * present and absent, every constant of every enum the format writes, screening findings of all
 * four categories (with region and side, clearance and resolution where they apply), transitions of
 * every kind (discharge included), sign-offs, SOAP notes and sessions in order of start time.
 * Muscles and trigger point sites come from {@link MuscleCatalog#standard()}, so the records pass
 * the reader's catalog check. Every piece of free text (chief complaint, SOAP note parts, adverse
 * event descriptions, override justifications, observed referral zones) contains {@link #MARKER}
 * and mixes quotes, backslashes, newlines, control characters and non-ASCII text.
 *
 * <p>Stateless and thread-safe; each record is built from the randomness it is given alone.
 */
public final class RecordGenerator {
  /** A string planted in every piece of free text, which no error message may ever contain. */
  public static final String MARKER = "Qz7FreeTextMarker";

  private static final ImmutableList<String> FRAGMENTS =
      ImmutableList.of(
          "aches after long walks",
          "\"quoted\" words",
          "it's sore",
          "back\\slash",
          "line one\nline two",
          "tab\tseparated",
          "carriage\r\nreturn",
          "Schmerz über der Schulter",
          "dolor en la rodilla, señal",
          "肩こりがひどい",
          "боль в шее",
          "ألم في الظهر",
          "emoji 😀 and 🦵",
          "nul \u0000 inside",
          "bell \u0007 and escape \u001b",
          "line\u2028separator",
          "zero\u200Bwidth",
          "</script><b>",
          "{\"json\": [1, 2, null]}",
          "  padded  ",
          "50% better, 3/10 pain",
          "~tilde/slash~1");

  private static final MuscleCatalog CATALOG = MuscleCatalog.standard();
  private static final Instant EPOCH = Instant.parse("2025-06-02T08:00:00Z");

  private RecordGenerator() {}

  /** Valid client records drawn from QuickTheories' randomness (so they shrink with it). */
  public static Gen<ClientRecord> records() {
    return in -> new Draw(Source.of(in)).record();
  }

  /** A valid client record drawn from {@code random}. */
  public static ClientRecord record(Random random) {
    return new Draw(Source.of(random)).record();
  }

  /** A source of whole numbers within bounds. */
  @FunctionalInterface
  interface Source {
    long between(long min, long max);

    /** QuickTheories' randomness, so that what is drawn shrinks with it. */
    static Source of(RandomnessSource in) {
      return (min, max) -> in.next(Constraint.between(min, max));
    }

    /** {@code random}'s randomness. */
    static Source of(Random random) {
      return (min, max) -> min + (long) (random.nextDouble() * (max - min + 1));
    }
  }

  /**
   * Draws one record, or the parts of one that other documents share, numbering its ids so that
   * they are unique.
   */
  static final class Draw {
    private final Source source;
    private int ids;

    Draw(Source source) {
      this.source = source;
    }

    // ---- primitives

    int between(int min, int max) {
      return (int) Math.min(max, Math.max(min, source.between(min, max)));
    }

    boolean chance(int percent) {
      return between(0, 99) < percent;
    }

    <T> T pick(List<T> values) {
      return values.get(between(0, values.size() - 1));
    }

    <E extends Enum<E>> E pick(Class<E> type) {
      E[] constants = type.getEnumConstants();
      return constants[between(0, constants.length - 1)];
    }

    <E extends Enum<E>> Set<E> subset(Class<E> type, int maxSize) {
      Set<E> chosen = EnumSet.noneOf(type);
      int size = between(0, maxSize);
      for (int i = 0; i < size; i++) {
        chosen.add(pick(type));
      }
      return chosen;
    }

    /** A number in [min, max] on a grid of {@code steps}, sometimes exactly a bound. */
    double number(double min, double max, int steps) {
      int step = between(0, steps);
      return step == steps ? max : min + (max - min) * step / steps;
    }

    String id(String prefix) {
      String alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._-";
      StringBuilder id = new StringBuilder(prefix);
      int extra = between(0, 6);
      for (int i = 0; i < extra; i++) {
        id.append(alphabet.charAt(between(0, alphabet.length() - 1)));
      }
      return id.append('-').append(ids++).toString();
    }

    String text(int maxFragments) {
      List<String> parts = new ArrayList<>();
      int count = between(1, maxFragments);
      for (int i = 0; i < count; i++) {
        parts.add(pick(FRAGMENTS));
      }
      parts.add(between(0, parts.size()), MARKER);
      return String.join(pick(ImmutableList.of(" ", "", "\n", "; ")), parts);
    }

    Instant instant(Instant from, Duration within) {
      long seconds = source.between(0, within.getSeconds());
      Instant at = from.plusSeconds(seconds);
      return seconds < within.getSeconds() && chance(10)
          ? at.plusNanos(between(1, 999_999_999))
          : at;
    }

    // ---- record

    ClientRecord record() {
      Client client = client();
      Intake intake = intake();
      ClientRecord.Builder record = ClientRecord.builder().client(client).intake(intake);
      int outside = between(0, 4);
      for (int i = 0; i < outside; i++) {
        record.addAssessment(assessment(instant(EPOCH, Duration.ofDays(200))));
      }
      Instant start = EPOCH.plus(Duration.ofDays(1));
      int sessions = between(0, 5);
      for (int i = 0; i < sessions; i++) {
        start = chance(10) ? start : instant(start, Duration.ofDays(14));
        record.addSession(session(client.id(), start));
      }
      Instant at = EPOCH;
      int transitions = between(0, 4);
      for (int i = 0; i < transitions; i++) {
        at = chance(10) ? at : instant(at, Duration.ofDays(20));
        record.addTransition(transition(at));
      }
      at = EPOCH;
      int signOffs = between(0, 3);
      for (int i = 0; i < signOffs; i++) {
        at = chance(10) ? at : instant(at, Duration.ofDays(20));
        record.addSignOff(StageSignOff.of(pick(Stage.class), therapist(), at));
      }
      return record.build();
    }

    Client client() {
      Client.Builder client = Client.builder().id(ClientId.of(id("client")));
      if (chance(70)) {
        client.birthYear(
            chance(20)
                ? pick(ImmutableList.of(Client.MINIMUM_BIRTH_YEAR, Client.MAXIMUM_BIRTH_YEAR))
                : between(1930, 2015));
      }
      if (chance(70)) {
        client.sex(pick(Sex.class));
      }
      return client
          .addAllActivityProfiles(subset(ActivityProfile.class, 3))
          .addAllPresentingConditions(subset(Condition.class, 4))
          .build();
    }

    Intake intake() {
      LocalDate takenOn = LocalDate.of(2025, 5, 1).plusDays(between(0, 30));
      Intake.Builder intake = Intake.builder().takenOn(takenOn);
      int findings = between(0, 4);
      for (int i = 0; i < findings; i++) {
        intake.addScreening(screening(takenOn));
      }
      if (chance(80)) {
        intake.chiefComplaint(text(5));
      }
      return intake.build();
    }

    ScreeningFinding screening(LocalDate takenOn) {
      ScreeningItem item = pick(ScreeningItem.class);
      ScreeningFinding.Builder finding = ScreeningFinding.builder().item(item);
      if (item.category() == ScreeningCategory.AVOID_LOCAL_AREA) {
        finding.region(pick(BodyRegion.class)).side(pick(Side.class));
      }
      if (item.category() == ScreeningCategory.NEEDS_CLEARANCE && chance(60)) {
        finding.clearance(Clearance.givenOn(takenOn.plusDays(between(-30, 30))));
      }
      if (chance(40)) {
        finding.resolvedOn(takenOn.plusDays(between(0, 90)));
      }
      return finding.build();
    }

    TissueLocation location() {
      Muscle muscle = pick(CATALOG.muscles());
      Side side =
          muscle.paired()
              ? pick(ImmutableList.of(Side.LEFT, Side.RIGHT, Side.BILATERAL))
              : Side.MIDLINE;
      if (!muscle.triggerPointSites().isEmpty() && chance(50)) {
        TriggerPointSite site = pick(muscle.triggerPointSites());
        return TissueLocation.of(muscle.id(), side, site.id());
      }
      return TissueLocation.of(muscle.id(), side);
    }

    TherapistId therapist() {
      return TherapistId.of(pick(ImmutableList.of("therapist-01", "t.2", "T_3", "9lives")));
    }

    // ---- assessments

    Assessment assessment(Instant takenAt) {
      AssessmentId id = AssessmentId.of(id("a"));
      switch (between(0, 6)) {
        case 0:
          return pain(id, takenAt);
        case 1:
          return pressurePainThreshold(id, takenAt);
        case 2:
          return rangeOfMotion(id, takenAt);
        case 3:
          return strength(id, takenAt);
        case 4:
          return endurance(id, takenAt);
        case 5:
          return structural(id, takenAt);
        default:
          Questionnaire questionnaire = pick(Questionnaire.class);
          Measure measure = questionnaire.measure();
          return QuestionnaireScore.builder()
              .id(id)
              .takenAt(takenAt)
              .questionnaire(questionnaire)
              .score(number(measure.minimum(), measure.maximum(), 200))
              .build();
      }
    }

    PainRating pain(AssessmentId id, Instant takenAt) {
      PainRating.Builder pain = PainRating.builder().id(id).takenAt(takenAt);
      PainScale scale = PainScale.NPRS;
      if (chance(60)) {
        scale = pick(PainScale.class);
        pain.scale(scale);
      }
      if (chance(60)) {
        pain.context(pick(PainContext.class));
      }
      return pain.value(between(0, scale.maximum())).build();
    }

    PressurePainThresholdReading pressurePainThreshold(AssessmentId id, Instant takenAt) {
      PressurePainThresholdReading.Builder reading =
          PressurePainThresholdReading.builder().id(id).takenAt(takenAt).location(location());
      int readings = between(1, 4);
      for (int i = 0; i < readings; i++) {
        reading.addReading(
            PressurePainThreshold.ofKilogramsPerSquareCentimetre(
                chance(5)
                    ? Double.MIN_VALUE
                    : number(0.01, PressurePainThreshold.MAXIMUM_KG_PER_CM2, 1999)));
      }
      return reading.build();
    }

    RangeOfMotionMeasurement rangeOfMotion(AssessmentId id, Instant takenAt) {
      Joint joint = pick(Joint.class);
      Movement movement = pick(Movement.class);
      // Spinal flexion and extension are measured on the midline, everything else per side.
      boolean midline =
          joint.isSpinal() && movement != Movement.ROTATION && movement != Movement.LATERAL_FLEXION;
      RangeOfMotionMeasurement.Builder rom =
          RangeOfMotionMeasurement.builder()
              .id(id)
              .takenAt(takenAt)
              .joint(joint)
              .movement(movement)
              .side(midline ? Side.MIDLINE : pick(ImmutableList.of(Side.LEFT, Side.RIGHT)))
              .degrees(number(0, RangeOfMotionMeasurement.MAXIMUM_DEGREES, 720));
      if (chance(60)) {
        rom.mode(pick(MotionMode.class));
      }
      return rom.build();
    }

    StrengthGrade strength(AssessmentId id, Instant takenAt) {
      StrengthGrade.Builder grade =
          StrengthGrade.builder()
              .id(id)
              .takenAt(takenAt)
              .side(pick(Side.class))
              .grade(between(0, StrengthGrade.MAXIMUM_GRADE));
      if (chance(50)) {
        grade.muscleId(pick(CATALOG.muscles()).id());
      } else {
        grade.joint(pick(Joint.class)).movement(pick(Movement.class));
      }
      return grade.build();
    }

    EnduranceTest endurance(AssessmentId id, Instant takenAt) {
      EnduranceTestKind kind = pick(EnduranceTestKind.class);
      double value =
          kind.unit() == EnduranceUnit.REPETITIONS
              ? between(0, (int) kind.maximum())
              : number(0, kind.maximum(), 4000);
      EnduranceTest.Builder test =
          EnduranceTest.builder().id(id).takenAt(takenAt).test(kind).value(value);
      if (chance(60)) {
        test.side(pick(Side.class));
      }
      return test.build();
    }

    StructuralEvaluation structural(AssessmentId id, Instant takenAt) {
      Set<Plane> planes = subset(Plane.class, 3);
      if (planes.isEmpty()) {
        planes.add(pick(Plane.class));
      }
      StructuralEvaluation.Builder evaluation =
          StructuralEvaluation.builder().id(id).takenAt(takenAt).addAllPlanesEvaluated(planes);
      int findings = between(0, 3);
      for (int i = 0; i < findings; i++) {
        PosturalDeviation deviation = pick(PosturalDeviation.class);
        if (!planes.contains(deviation.plane())) {
          continue;
        }
        PosturalFinding.Builder finding =
            PosturalFinding.builder().deviation(deviation).value(number(-360, 360, 1440));
        if (chance(50)) {
          finding.side(pick(Side.class));
        }
        if (chance(40)) {
          finding.normalRange(normalRange());
        }
        evaluation.addFinding(finding.build());
      }
      return evaluation.build();
    }

    NormalRange normalRange() {
      double lower = number(-90, 90, 360);
      double upper = lower + number(0.5, 90, 179);
      switch (between(0, 3)) {
        case 0:
          return NormalRange.atLeast(lower);
        case 1:
          return NormalRange.atMost(upper);
        case 2:
          return NormalRange.below(upper);
        default:
          return NormalRange.builder().lower(lower).upper(upper).upperInclusive(chance(50)).build();
      }
    }

    // ---- sessions

    Session session(ClientId client, Instant start) {
      Duration duration =
          chance(10)
              ? Session.MAXIMUM_DURATION
              : Duration.ofMinutes(between(1, 239)).plusSeconds(chance(20) ? between(1, 59) : 0);
      Session.Builder session =
          Session.builder()
              .id(SessionId.of(id("s")))
              .clientId(client)
              .therapistId(therapist())
              .start(start)
              .duration(duration)
              .stage(pick(Stage.class));
      if (chance(70)) {
        session.painBefore(between(0, 10));
      }
      if (chance(70)) {
        session.painAfter(between(0, 10));
      }
      int exams = between(0, 3);
      for (int i = 0; i < exams; i++) {
        session.addTriggerPointExamination(examination());
      }
      int assessments = between(0, 3);
      for (int i = 0; i < assessments; i++) {
        session.addAssessment(assessment(instant(start, duration)));
      }
      int techniques = between(0, 3);
      for (int i = 0; i < techniques; i++) {
        session.addTechnique(technique());
      }
      if (chance(60)) {
        session.response(response());
      }
      if (chance(60)) {
        session.note(note());
      }
      return session.build();
    }

    TriggerPointExamination examination() {
      boolean referredPain = chance(50);
      TriggerPointExamination.Builder exam =
          TriggerPointExamination.builder()
              .location(location())
              .tautBand(chance(50))
              .hypersensitiveSpot(chance(50))
              .referredPain(referredPain)
              .painRecognition(chance(50));
      if (referredPain) {
        int zones = between(0, 2);
        for (int i = 0; i < zones; i++) {
          exam.addReferralZonesObserved(text(2));
        }
      }
      if (chance(50)) {
        exam.localTwitchResponse(chance(50));
      }
      if (chance(50)) {
        exam.jumpSign(chance(50));
      }
      if (chance(60)) {
        exam.palpationPain(between(0, 10));
      }
      if (chance(40)) {
        exam.pressurePainThreshold(
            PressurePainThreshold.ofKilogramsPerSquareCentimetre(number(0.1, 20, 199)));
      }
      return exam.build();
    }

    TechniqueApplication technique() {
      TechniqueApplication.Builder application =
          TechniqueApplication.builder().technique(pick(Technique.class)).target(location());
      if (chance(60)) {
        application.pressure(pick(PressureLevel.class));
      }
      if (chance(50)) {
        application.holdTime(
            chance(10) ? TechniqueApplication.MAXIMUM_HOLD : Duration.ofSeconds(between(1, 1799)));
      }
      if (chance(50)) {
        application.repetitions(between(1, TechniqueApplication.MAXIMUM_REPETITIONS));
      }
      if (chance(50)) {
        application.reportedIntensity(between(0, 10));
      }
      return application.build();
    }

    ClientResponse response() {
      ClientResponse.Builder response = ClientResponse.builder();
      if (chance(70)) {
        Soreness soreness = pick(Soreness.class);
        response.soreness(soreness);
        if (soreness != Soreness.NONE && chance(60)) {
          response.sorenessDuration(Duration.ofHours(between(0, 24 * 60)));
        }
      }
      int events = between(0, 2);
      for (int i = 0; i < events; i++) {
        AdverseEvent.Builder event = AdverseEvent.builder().kind(pick(AdverseEventKind.class));
        if (chance(50)) {
          event.serious(chance(50));
        }
        if (chance(60)) {
          event.description(text(3));
        }
        response.addAdverseEvent(event.build());
      }
      return response.build();
    }

    SoapNote note() {
      SoapNote.Builder note = SoapNote.builder();
      if (chance(70)) {
        note.subjective(text(4));
      }
      if (chance(70)) {
        note.objective(text(4));
      }
      if (chance(70)) {
        note.assessment(text(4));
      }
      if (chance(70)) {
        note.plan(text(4));
      }
      return note.build();
    }

    // ---- transitions

    StageTransition transition(Instant at) {
      TransitionKind kind = pick(TransitionKind.class);
      Stage from = pick(Stage.class);
      Stage to = pick(Stage.class);
      if (to == from) {
        to = Stage.values()[(from.ordinal() + 1) % Stage.values().length];
      }
      StageTransition.Builder transition = StageTransition.builder().at(at).kind(kind);
      switch (kind) {
        case START:
          transition.toStage(to);
          break;
        case REGRESSION:
          transition.fromStage(from).toStage(to);
          if (chance(60)) {
            transition.trigger(pick(ImmutableList.of("pain-flare", "adverse-event", "rom-loss")));
          }
          break;
        case OVERRIDE:
          transition.fromStage(from);
          if (chance(80)) {
            transition.toStage(to);
          }
          int failed = between(0, 3);
          for (int i = 0; i < failed; i++) {
            transition.addFailedCriteria("criterion-" + i);
          }
          break;
        default:
          transition.fromStage(from);
          if (chance(80)) {
            transition.toStage(to);
          }
          break;
      }
      if (chance(70)) {
        transition.therapistId(therapist());
      }
      if (chance(kind == TransitionKind.OVERRIDE ? 80 : 20)) {
        transition.justification(text(4));
      }
      return transition.build();
    }
  }
}
