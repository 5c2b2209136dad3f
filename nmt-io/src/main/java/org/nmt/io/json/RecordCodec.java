package org.nmt.io.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.collect.ImmutableSet;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.nmt.core.anatomy.BodyRegion;
import org.nmt.core.anatomy.Side;
import org.nmt.core.anatomy.TissueLocation;
import org.nmt.core.assessment.Assessment;
import org.nmt.core.assessment.EnduranceTest;
import org.nmt.core.assessment.EnduranceTestKind;
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
import org.nmt.core.client.ScreeningFinding;
import org.nmt.core.client.ScreeningItem;
import org.nmt.core.client.Sex;
import org.nmt.core.id.AssessmentId;
import org.nmt.core.id.ClientId;
import org.nmt.core.id.SessionId;
import org.nmt.core.id.TherapistId;
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
import org.nmt.core.style.EnumIds;
import org.nmt.core.technique.PressureLevel;
import org.nmt.core.technique.Technique;
import org.nmt.core.trigger.TriggerPointExamination;

/**
 * Reads and writes the body of a client record document, and the parts other documents share
 * (client, intake, technique applications, tissue locations). The format is described in {@code
 * docs/FORMAT.md}.
 */
final class RecordCodec {
  static final Set<String> RECORD_FIELDS =
      ImmutableSet.of(
          "kind",
          "formatVersion",
          "client",
          "intake",
          "assessments",
          "sessions",
          "transitions",
          "signOffs");

  private RecordCodec() {}

  static <E extends Enum<E>> E enumValue(In in, String name, Class<E> type) {
    return in.id(name, id -> EnumIds.parse(type, id));
  }

  static String id(Enum<?> constant) {
    return EnumIds.id(constant);
  }

  // ---- record

  static ClientRecord readRecord(In in) {
    Client client = readClient(in.object("client", CLIENT_FIELDS));
    ClientRecord.Builder record = ClientRecord.builder();
    record
        .client(client)
        .intake(readIntake(in.object("intake", INTAKE_FIELDS)))
        .addAllAssessments(in.list("assessments", RecordCodec::readAssessment))
        .addAllSessions(in.list("sessions", (node, at) -> readSession(node, at, client.id())))
        .addAllTransitions(in.list("transitions", RecordCodec::readTransition))
        .addAllSignOffs(in.list("signOffs", RecordCodec::readSignOff));
    return in.build(record::build);
  }

  static void writeRecordBody(Out out, ClientRecord record) {
    out.object("client", record.client(), RecordCodec::writeClient)
        .object("intake", record.intake(), RecordCodec::writeIntake)
        .objects("assessments", record.assessments(), RecordCodec::writeAssessment)
        .objects("sessions", record.sessions(), RecordCodec::writeSession)
        .objects("transitions", record.transitions(), RecordCodec::writeTransition)
        .objects("signOffs", record.signOffs(), RecordCodec::writeSignOff);
  }

  // ---- client and intake

  static final Set<String> CLIENT_FIELDS =
      ImmutableSet.of("id", "birthYear", "sex", "activityProfiles", "presentingConditions");

  static Client readClient(In in) {
    Client.Builder client = Client.builder();
    client.id(in.id("id", ClientId::of));
    in.optionalInteger("birthYear").ifPresent(client::birthYear);
    if (in.has("sex")) {
      client.sex(enumValue(in, "sex", Sex.class));
    }
    client
        .addAllActivityProfiles(
            in.idSet("activityProfiles", id -> EnumIds.parse(ActivityProfile.class, id)))
        .addAllPresentingConditions(
            in.idSet("presentingConditions", id -> EnumIds.parse(Condition.class, id)));
    return in.build(client::build);
  }

  static void writeClient(Out out, Client client) {
    out.start().text("id", client.id()).number("birthYear", client.birthYear());
    client.sex().ifPresent(sex -> out.text("sex", id(sex)));
    out.ids("activityProfiles", client.activityProfiles())
        .ids("presentingConditions", client.presentingConditions())
        .end();
  }

  static final Set<String> INTAKE_FIELDS =
      ImmutableSet.of("takenOn", "screening", "chiefComplaint");
  private static final Set<String> SCREENING_FIELDS =
      ImmutableSet.of("item", "region", "side", "clearance", "resolvedOn");
  private static final Set<String> CLEARANCE_FIELDS = ImmutableSet.of("givenOn");

  static Intake readIntake(In in) {
    Intake.Builder intake = Intake.builder();
    intake
        .takenOn(in.date("takenOn"))
        .addAllScreening(in.list("screening", RecordCodec::readScreening));
    in.optionalText("chiefComplaint").ifPresent(intake::chiefComplaint);
    return in.build(intake::build);
  }

  private static ScreeningFinding readScreening(JsonNode node, String at) {
    In in = In.object(node, at, SCREENING_FIELDS);
    ScreeningFinding.Builder finding = ScreeningFinding.builder();
    finding.item(enumValue(in, "item", ScreeningItem.class));
    if (in.has("region")) {
      finding.region(enumValue(in, "region", BodyRegion.class));
    }
    if (in.has("side")) {
      finding.side(enumValue(in, "side", Side.class));
    }
    in.optionalObject("clearance", CLEARANCE_FIELDS)
        .ifPresent(c -> finding.clearance(Clearance.givenOn(c.date("givenOn"))));
    in.optionalDate("resolvedOn").ifPresent(finding::resolvedOn);
    return in.build(finding::build);
  }

  static void writeIntake(Out out, Intake intake) {
    out.start()
        .text("takenOn", intake.takenOn())
        .objects("screening", intake.screening(), RecordCodec::writeScreening)
        .text("chiefComplaint", intake.chiefComplaint())
        .end();
  }

  private static void writeScreening(Out out, ScreeningFinding finding) {
    out.start().text("item", id(finding.item()));
    finding.region().ifPresent(r -> out.text("region", id(r)));
    finding.side().ifPresent(s -> out.text("side", id(s)));
    finding
        .clearance()
        .ifPresent(c -> out.field("clearance").start().text("givenOn", c.givenOn()).end());
    out.text("resolvedOn", finding.resolvedOn()).end();
  }

  // ---- locations

  private static final Set<String> LOCATION_FIELDS = ImmutableSet.of("muscle", "side", "site");

  static TissueLocation readLocation(In parent, String name) {
    In in = parent.object(name, LOCATION_FIELDS);
    String muscle = in.text("muscle");
    Side side = enumValue(in, "side", Side.class);
    if (in.has("site")) {
      String site = in.text("site");
      return in.build(() -> TissueLocation.of(muscle, side, site));
    }
    return in.build(() -> TissueLocation.of(muscle, side));
  }

  static void writeLocation(Out out, TissueLocation location) {
    out.start()
        .text("muscle", location.muscleId())
        .text("side", id(location.side()))
        .text("site", location.siteId())
        .end();
  }

  // ---- assessments

  private static final Set<String> PAIN_FIELDS =
      ImmutableSet.of("type", "id", "takenAt", "scale", "context", "value");
  private static final Set<String> PPT_FIELDS =
      ImmutableSet.of("type", "id", "takenAt", "location", "readingsKgPerCm2");
  private static final Set<String> ROM_FIELDS =
      ImmutableSet.of("type", "id", "takenAt", "joint", "movement", "side", "degrees", "mode");
  private static final Set<String> STRENGTH_FIELDS =
      ImmutableSet.of("type", "id", "takenAt", "muscle", "joint", "movement", "side", "grade");
  private static final Set<String> ENDURANCE_FIELDS =
      ImmutableSet.of("type", "id", "takenAt", "test", "side", "value");
  private static final Set<String> STRUCTURAL_FIELDS =
      ImmutableSet.of("type", "id", "takenAt", "planesEvaluated", "findings");
  private static final Set<String> POSTURAL_FIELDS =
      ImmutableSet.of("deviation", "value", "side", "normalRange");
  private static final Set<String> RANGE_FIELDS =
      ImmutableSet.of("lower", "upper", "upperInclusive");
  private static final Set<String> QUESTIONNAIRE_FIELDS =
      ImmutableSet.of("type", "id", "takenAt", "questionnaire", "score");

  static Assessment readAssessment(JsonNode node, String at) {
    String type = In.discriminator(node, at, "type");
    switch (type) {
      case "pain-rating":
        return readPain(In.object(node, at, PAIN_FIELDS));
      case "pressure-pain-threshold":
        return readPressurePainThreshold(In.object(node, at, PPT_FIELDS));
      case "range-of-motion":
        return readRangeOfMotion(In.object(node, at, ROM_FIELDS));
      case "strength":
        return readStrength(In.object(node, at, STRENGTH_FIELDS));
      case "endurance":
        return readEndurance(In.object(node, at, ENDURANCE_FIELDS));
      case "structural-evaluation":
        return readStructural(In.object(node, at, STRUCTURAL_FIELDS));
      case "questionnaire":
        return readQuestionnaire(In.object(node, at, QUESTIONNAIRE_FIELDS));
      default:
        throw DocumentException.at(
            In.child(at, "type"),
            "unknown assessment type '"
                + In.shorten(type)
                + "'; one of pain-rating, pressure-pain-threshold, range-of-motion, strength,"
                + " endurance, structural-evaluation, questionnaire");
    }
  }

  private static PainRating readPain(In in) {
    PainRating.Builder pain = PainRating.builder();
    pain.id(in.id("id", AssessmentId::of))
        .takenAt(in.instant("takenAt"))
        .value(in.integer("value"));
    if (in.has("scale")) {
      pain.scale(enumValue(in, "scale", PainScale.class));
    }
    if (in.has("context")) {
      pain.context(enumValue(in, "context", PainContext.class));
    }
    return in.build(pain::build);
  }

  private static PressurePainThresholdReading readPressurePainThreshold(In in) {
    PressurePainThresholdReading.Builder reading = PressurePainThresholdReading.builder();
    reading
        .id(in.id("id", AssessmentId::of))
        .takenAt(in.instant("takenAt"))
        .location(readLocation(in, "location"));
    if (!in.has("readingsKgPerCm2")) {
      in.required("readingsKgPerCm2");
    }
    reading.addAllReadings(
        in.list(
            "readingsKgPerCm2",
            (value, at) ->
                In.domain(
                    at,
                    () ->
                        PressurePainThreshold.ofKilogramsPerSquareCentimetre(
                            In.number(value, at)))));
    return in.build(reading::build);
  }

  private static RangeOfMotionMeasurement readRangeOfMotion(In in) {
    RangeOfMotionMeasurement.Builder rom = RangeOfMotionMeasurement.builder();
    rom.id(in.id("id", AssessmentId::of))
        .takenAt(in.instant("takenAt"))
        .joint(enumValue(in, "joint", Joint.class))
        .movement(enumValue(in, "movement", Movement.class))
        .side(enumValue(in, "side", Side.class))
        .degrees(in.number("degrees"));
    if (in.has("mode")) {
      rom.mode(enumValue(in, "mode", MotionMode.class));
    }
    return in.build(rom::build);
  }

  private static StrengthGrade readStrength(In in) {
    StrengthGrade.Builder grade = StrengthGrade.builder();
    grade
        .id(in.id("id", AssessmentId::of))
        .takenAt(in.instant("takenAt"))
        .side(enumValue(in, "side", Side.class))
        .grade(in.integer("grade"));
    in.optionalText("muscle").ifPresent(grade::muscleId);
    if (in.has("joint")) {
      grade.joint(enumValue(in, "joint", Joint.class));
    }
    if (in.has("movement")) {
      grade.movement(enumValue(in, "movement", Movement.class));
    }
    return in.build(grade::build);
  }

  private static EnduranceTest readEndurance(In in) {
    EnduranceTest.Builder test = EnduranceTest.builder();
    test.id(in.id("id", AssessmentId::of))
        .takenAt(in.instant("takenAt"))
        .test(enumValue(in, "test", EnduranceTestKind.class))
        .value(in.number("value"));
    if (in.has("side")) {
      test.side(enumValue(in, "side", Side.class));
    }
    return in.build(test::build);
  }

  private static StructuralEvaluation readStructural(In in) {
    StructuralEvaluation.Builder evaluation = StructuralEvaluation.builder();
    evaluation
        .id(in.id("id", AssessmentId::of))
        .takenAt(in.instant("takenAt"))
        .addAllPlanesEvaluated(in.idSet("planesEvaluated", id -> EnumIds.parse(Plane.class, id)))
        .addAllFindings(in.list("findings", RecordCodec::readPostural));
    return in.build(evaluation::build);
  }

  private static PosturalFinding readPostural(JsonNode node, String at) {
    In in = In.object(node, at, POSTURAL_FIELDS);
    PosturalFinding.Builder finding = PosturalFinding.builder();
    finding
        .deviation(enumValue(in, "deviation", PosturalDeviation.class))
        .value(in.number("value"));
    if (in.has("side")) {
      finding.side(enumValue(in, "side", Side.class));
    }
    in.optionalObject("normalRange", RANGE_FIELDS)
        .ifPresent(
            range -> {
              NormalRange.Builder normal = NormalRange.builder();
              range.optionalNumber("lower").ifPresent(normal::lower);
              range.optionalNumber("upper").ifPresent(normal::upper);
              range.optionalBool("upperInclusive").ifPresent(normal::upperInclusive);
              finding.normalRange(range.build(normal::build));
            });
    return in.build(finding::build);
  }

  private static QuestionnaireScore readQuestionnaire(In in) {
    QuestionnaireScore.Builder score = QuestionnaireScore.builder();
    score
        .id(in.id("id", AssessmentId::of))
        .takenAt(in.instant("takenAt"))
        .questionnaire(enumValue(in, "questionnaire", Questionnaire.class))
        .score(in.number("score"));
    return in.build(score::build);
  }

  static void writeAssessment(Out out, Assessment assessment) {
    out.start();
    if (assessment instanceof PainRating) {
      PainRating pain = (PainRating) assessment;
      header(out, "pain-rating", assessment)
          .text("scale", id(pain.scale()))
          .text("context", id(pain.context()))
          .number("value", pain.value());
    } else if (assessment instanceof PressurePainThresholdReading) {
      PressurePainThresholdReading reading = (PressurePainThresholdReading) assessment;
      header(out, "pressure-pain-threshold", assessment)
          .object("location", reading.location(), RecordCodec::writeLocation)
          .numbers(
              "readingsKgPerCm2",
              reading.readings(),
              PressurePainThreshold::kilogramsPerSquareCentimetre);
    } else if (assessment instanceof RangeOfMotionMeasurement) {
      RangeOfMotionMeasurement rom = (RangeOfMotionMeasurement) assessment;
      header(out, "range-of-motion", assessment)
          .text("joint", id(rom.joint()))
          .text("movement", id(rom.movement()))
          .text("side", id(rom.side()))
          .number("degrees", rom.degrees())
          .text("mode", id(rom.mode()));
    } else if (assessment instanceof StrengthGrade) {
      StrengthGrade grade = (StrengthGrade) assessment;
      header(out, "strength", assessment).text("muscle", grade.muscleId());
      grade.joint().ifPresent(j -> out.text("joint", id(j)));
      grade.movement().ifPresent(m -> out.text("movement", id(m)));
      out.text("side", id(grade.side())).number("grade", grade.grade());
    } else if (assessment instanceof EnduranceTest) {
      EnduranceTest test = (EnduranceTest) assessment;
      header(out, "endurance", assessment)
          .text("test", id(test.test()))
          .text("side", id(test.side()))
          .number("value", test.value());
    } else if (assessment instanceof StructuralEvaluation) {
      StructuralEvaluation evaluation = (StructuralEvaluation) assessment;
      header(out, "structural-evaluation", assessment)
          .ids("planesEvaluated", evaluation.planesEvaluated())
          .objects("findings", evaluation.findings(), RecordCodec::writePostural);
    } else {
      QuestionnaireScore score = (QuestionnaireScore) assessment;
      header(out, "questionnaire", assessment)
          .text("questionnaire", id(score.questionnaire()))
          .number("score", score.score());
    }
    out.end();
  }

  private static Out header(Out out, String type, Assessment assessment) {
    return out.text("type", type).text("id", assessment.id()).text("takenAt", assessment.takenAt());
  }

  private static void writePostural(Out out, PosturalFinding finding) {
    out.start().text("deviation", id(finding.deviation())).number("value", finding.value());
    finding.side().ifPresent(s -> out.text("side", id(s)));
    finding
        .normalRange()
        .ifPresent(
            range ->
                out.field("normalRange")
                    .start()
                    .number("lower", range.lower())
                    .number("upper", range.upper())
                    .bool("upperInclusive", range.upperInclusive())
                    .end());
    out.end();
  }

  // ---- sessions

  private static final Set<String> SESSION_FIELDS =
      ImmutableSet.of(
          "id",
          "therapistId",
          "start",
          "duration",
          "stage",
          "painBefore",
          "painAfter",
          "triggerPointExaminations",
          "assessments",
          "techniques",
          "response",
          "note");
  private static final Set<String> EXAMINATION_FIELDS =
      ImmutableSet.of(
          "location",
          "tautBand",
          "hypersensitiveSpot",
          "referredPain",
          "referralZonesObserved",
          "painRecognition",
          "localTwitchResponse",
          "jumpSign",
          "palpationPain",
          "pressurePainThresholdKgPerCm2");
  static final Set<String> TECHNIQUE_FIELDS =
      ImmutableSet.of(
          "technique", "target", "pressure", "holdTime", "repetitions", "reportedIntensity");
  private static final Set<String> RESPONSE_FIELDS =
      ImmutableSet.of("soreness", "sorenessDuration", "adverseEvents");
  private static final Set<String> ADVERSE_FIELDS =
      ImmutableSet.of("kind", "serious", "description");
  private static final Set<String> NOTE_FIELDS =
      ImmutableSet.of("subjective", "objective", "assessment", "plan");

  private static Session readSession(JsonNode node, String at, ClientId client) {
    In in = In.object(node, at, SESSION_FIELDS);
    Session.Builder session = Session.builder();
    session
        .id(in.id("id", SessionId::of))
        .clientId(client)
        .therapistId(in.id("therapistId", TherapistId::of))
        .start(in.instant("start"))
        .duration(in.duration("duration"))
        .stage(enumValue(in, "stage", Stage.class))
        .addAllTriggerPointExaminations(
            in.list("triggerPointExaminations", RecordCodec::readExamination))
        .addAllAssessments(in.list("assessments", RecordCodec::readAssessment))
        .addAllTechniques(in.list("techniques", RecordCodec::readTechnique));
    in.optionalInteger("painBefore").ifPresent(session::painBefore);
    in.optionalInteger("painAfter").ifPresent(session::painAfter);
    in.optionalObject("response", RESPONSE_FIELDS)
        .ifPresent(r -> session.response(readResponse(r)));
    in.optionalObject("note", NOTE_FIELDS).ifPresent(n -> session.note(readNote(n)));
    return in.build(session::build);
  }

  private static TriggerPointExamination readExamination(JsonNode node, String at) {
    In in = In.object(node, at, EXAMINATION_FIELDS);
    TriggerPointExamination.Builder exam = TriggerPointExamination.builder();
    exam.location(readLocation(in, "location"))
        .tautBand(in.bool("tautBand"))
        .hypersensitiveSpot(in.bool("hypersensitiveSpot"))
        .referredPain(in.bool("referredPain"))
        .painRecognition(in.bool("painRecognition"))
        .addAllReferralZonesObserved(in.list("referralZonesObserved", In::text));
    in.optionalBool("localTwitchResponse").ifPresent(exam::localTwitchResponse);
    in.optionalBool("jumpSign").ifPresent(exam::jumpSign);
    in.optionalInteger("palpationPain").ifPresent(exam::palpationPain);
    if (in.has("pressurePainThresholdKgPerCm2")) {
      double kg = in.number("pressurePainThresholdKgPerCm2");
      exam.pressurePainThreshold(
          In.domain(
              in.at("pressurePainThresholdKgPerCm2"),
              () -> PressurePainThreshold.ofKilogramsPerSquareCentimetre(kg)));
    }
    return in.build(exam::build);
  }

  static TechniqueApplication readTechnique(JsonNode node, String at) {
    In in = In.object(node, at, TECHNIQUE_FIELDS);
    TechniqueApplication.Builder application = TechniqueApplication.builder();
    application
        .technique(enumValue(in, "technique", Technique.class))
        .target(readLocation(in, "target"));
    if (in.has("pressure")) {
      application.pressure(enumValue(in, "pressure", PressureLevel.class));
    }
    in.optionalDuration("holdTime").ifPresent(application::holdTime);
    in.optionalInteger("repetitions").ifPresent(application::repetitions);
    in.optionalInteger("reportedIntensity").ifPresent(application::reportedIntensity);
    return in.build(application::build);
  }

  private static ClientResponse readResponse(In in) {
    ClientResponse.Builder response = ClientResponse.builder();
    if (in.has("soreness")) {
      response.soreness(enumValue(in, "soreness", Soreness.class));
    }
    in.optionalDuration("sorenessDuration").ifPresent(response::sorenessDuration);
    response.addAllAdverseEvents(
        in.list(
            "adverseEvents",
            (node, at) -> {
              In event = In.object(node, at, ADVERSE_FIELDS);
              AdverseEvent.Builder adverse = AdverseEvent.builder();
              adverse.kind(enumValue(event, "kind", AdverseEventKind.class));
              event.optionalBool("serious").ifPresent(adverse::serious);
              event.optionalText("description").ifPresent(adverse::description);
              return event.build(adverse::build);
            }));
    return in.build(response::build);
  }

  private static SoapNote readNote(In in) {
    SoapNote.Builder note = SoapNote.builder();
    in.optionalText("subjective").ifPresent(note::subjective);
    in.optionalText("objective").ifPresent(note::objective);
    in.optionalText("assessment").ifPresent(note::assessment);
    in.optionalText("plan").ifPresent(note::plan);
    return in.build(note::build);
  }

  private static void writeSession(Out out, Session session) {
    out.start()
        .text("id", session.id())
        .text("therapistId", session.therapistId())
        .text("start", session.start())
        .text("duration", session.duration())
        .text("stage", id(session.stage()))
        .number("painBefore", session.painBefore())
        .number("painAfter", session.painAfter())
        .objects(
            "triggerPointExaminations",
            session.triggerPointExaminations(),
            RecordCodec::writeExamination)
        .objects("assessments", session.assessments(), RecordCodec::writeAssessment)
        .objects("techniques", session.techniques(), RecordCodec::writeTechnique)
        .object("response", session.response(), RecordCodec::writeResponse)
        .object("note", session.note(), RecordCodec::writeNote)
        .end();
  }

  private static void writeExamination(Out out, TriggerPointExamination exam) {
    out.start()
        .object("location", exam.location(), RecordCodec::writeLocation)
        .bool("tautBand", exam.tautBand())
        .bool("hypersensitiveSpot", exam.hypersensitiveSpot())
        .bool("referredPain", exam.referredPain())
        .texts("referralZonesObserved", exam.referralZonesObserved())
        .bool("painRecognition", exam.painRecognition())
        .bool("localTwitchResponse", exam.localTwitchResponse())
        .bool("jumpSign", exam.jumpSign())
        .number("palpationPain", exam.palpationPain());
    exam.pressurePainThreshold()
        .ifPresent(
            p -> out.number("pressurePainThresholdKgPerCm2", p.kilogramsPerSquareCentimetre()));
    out.end();
  }

  static void writeTechnique(Out out, TechniqueApplication application) {
    out.start()
        .text("technique", id(application.technique()))
        .object("target", application.target(), RecordCodec::writeLocation)
        .text("pressure", id(application.pressure()))
        .text("holdTime", application.holdTime())
        .number("repetitions", application.repetitions())
        .number("reportedIntensity", application.reportedIntensity())
        .end();
  }

  private static void writeResponse(Out out, ClientResponse response) {
    out.start()
        .text("soreness", id(response.soreness()))
        .text("sorenessDuration", response.sorenessDuration())
        .objects(
            "adverseEvents",
            response.adverseEvents(),
            (o, event) ->
                o.start()
                    .text("kind", id(event.kind()))
                    .bool("serious", event.serious())
                    .text("description", event.description())
                    .end())
        .end();
  }

  private static void writeNote(Out out, SoapNote note) {
    out.start()
        .text("subjective", note.subjective())
        .text("objective", note.objective())
        .text("assessment", note.assessment())
        .text("plan", note.plan())
        .end();
  }

  // ---- transitions and sign-offs

  private static final Set<String> TRANSITION_FIELDS =
      ImmutableSet.of(
          "at",
          "kind",
          "fromStage",
          "toStage",
          "therapistId",
          "justification",
          "failedCriteria",
          "trigger");
  private static final Set<String> SIGN_OFF_FIELDS = ImmutableSet.of("stage", "therapistId", "at");

  private static StageTransition readTransition(JsonNode node, String at) {
    In in = In.object(node, at, TRANSITION_FIELDS);
    StageTransition.Builder transition = StageTransition.builder();
    transition.at(in.instant("at")).kind(enumValue(in, "kind", TransitionKind.class));
    if (in.has("fromStage")) {
      transition.fromStage(enumValue(in, "fromStage", Stage.class));
    }
    if (in.has("toStage")) {
      transition.toStage(enumValue(in, "toStage", Stage.class));
    }
    in.optionalId("therapistId", TherapistId::of).ifPresent(transition::therapistId);
    in.optionalText("justification").ifPresent(transition::justification);
    transition.addAllFailedCriteria(in.list("failedCriteria", In::text));
    in.optionalText("trigger").ifPresent(transition::trigger);
    return in.build(transition::build);
  }

  private static void writeTransition(Out out, StageTransition transition) {
    out.start().text("at", transition.at()).text("kind", id(transition.kind()));
    transition.fromStage().ifPresent(s -> out.text("fromStage", id(s)));
    transition.toStage().ifPresent(s -> out.text("toStage", id(s)));
    out.text("therapistId", transition.therapistId())
        .text("justification", transition.justification())
        .texts("failedCriteria", transition.failedCriteria())
        .text("trigger", transition.trigger())
        .end();
  }

  private static StageSignOff readSignOff(JsonNode node, String at) {
    In in = In.object(node, at, SIGN_OFF_FIELDS);
    Stage stage = enumValue(in, "stage", Stage.class);
    TherapistId therapist = in.id("therapistId", TherapistId::of);
    return in.build(() -> StageSignOff.of(stage, therapist, in.instant("at")));
  }

  private static void writeSignOff(Out out, StageSignOff signOff) {
    out.start()
        .text("stage", id(signOff.stage()))
        .text("therapistId", signOff.therapistId())
        .text("at", signOff.at())
        .end();
  }

  static List<String> ids(Collection<? extends Enum<?>> constants) {
    return constants.stream().map(EnumIds::id).collect(Collectors.toList());
  }
}
