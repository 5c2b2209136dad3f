package org.nmt.io.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
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
import org.nmt.io.json.Cursor.Fields;

/**
 * Reads and writes the body of a client record document, and the parts other documents share
 * (client, intake, technique applications, tissue locations). The format is described in {@code
 * docs/FORMAT.md}.
 */
final class RecordCodec {
  // the ids of the enums a record holds, each looked up once
  private static final EnumIds.Lookup<AdverseEventKind> ADVERSE_EVENT_KIND_IDS =
      EnumIds.lookup(AdverseEventKind.class);
  private static final EnumIds.Lookup<BodyRegion> BODY_REGION_IDS =
      EnumIds.lookup(BodyRegion.class);
  private static final EnumIds.Lookup<EnduranceTestKind> ENDURANCE_TEST_KIND_IDS =
      EnumIds.lookup(EnduranceTestKind.class);
  private static final EnumIds.Lookup<Joint> JOINT_IDS = EnumIds.lookup(Joint.class);
  private static final EnumIds.Lookup<MotionMode> MOTION_MODE_IDS =
      EnumIds.lookup(MotionMode.class);
  private static final EnumIds.Lookup<Movement> MOVEMENT_IDS = EnumIds.lookup(Movement.class);
  private static final EnumIds.Lookup<PainContext> PAIN_CONTEXT_IDS =
      EnumIds.lookup(PainContext.class);
  private static final EnumIds.Lookup<PainScale> PAIN_SCALE_IDS = EnumIds.lookup(PainScale.class);
  private static final EnumIds.Lookup<PosturalDeviation> POSTURAL_DEVIATION_IDS =
      EnumIds.lookup(PosturalDeviation.class);
  private static final EnumIds.Lookup<PressureLevel> PRESSURE_LEVEL_IDS =
      EnumIds.lookup(PressureLevel.class);
  private static final EnumIds.Lookup<Questionnaire> QUESTIONNAIRE_IDS =
      EnumIds.lookup(Questionnaire.class);
  private static final EnumIds.Lookup<ScreeningItem> SCREENING_ITEM_IDS =
      EnumIds.lookup(ScreeningItem.class);
  private static final EnumIds.Lookup<Sex> SEX_IDS = EnumIds.lookup(Sex.class);
  private static final EnumIds.Lookup<Side> SIDE_IDS = EnumIds.lookup(Side.class);
  private static final EnumIds.Lookup<Soreness> SORENESS_IDS = EnumIds.lookup(Soreness.class);
  private static final EnumIds.Lookup<Stage> STAGE_IDS = EnumIds.lookup(Stage.class);
  private static final EnumIds.Lookup<Technique> TECHNIQUE_IDS = EnumIds.lookup(Technique.class);
  private static final EnumIds.Lookup<TransitionKind> TRANSITION_KIND_IDS =
      EnumIds.lookup(TransitionKind.class);

  private RecordCodec() {}

  static String id(Enum<?> constant) {
    return EnumIds.id(constant);
  }

  // ---- record

  static final Fields RECORD =
      Fields.of(
              "kind",
              "formatVersion",
              "client",
              "intake",
              "assessments",
              "sessions",
              "transitions",
              "signOffs")
          .required("client", "intake");

  /**
   * The record read so far: its sessions need the client's id, so sessions that come before the
   * client (nmt writes the client first) are kept as a tree until the client is read.
   */
  private static final class RecordReading {
    final ClientRecord.Builder record = ClientRecord.builder();
    ClientId client;
    JsonNode sessionsBeforeClient;
  }

  /** Reads the client record document at the cursor, its header already checked. */
  static ClientRecord readRecord(Cursor in) {
    RecordReading reading = new RecordReading();
    ClientRecord.Builder record = reading.record;
    in.object(
        RECORD,
        name -> {
          switch (name) {
            case "client" -> {
              Client client = readClient(in);
              reading.client = client.id();
              record.client(client);
            }
            case "intake" -> record.intake(readIntake(in));
            case "assessments" -> in.array(() -> record.addAssessments(readAssessment(in)));
            case "sessions" -> {
              if (reading.client == null) {
                reading.sessionsBeforeClient = in.valueAsTree();
              } else {
                in.array(() -> record.addSessions(readSession(in, reading.client)));
              }
            }
            case "transitions" -> in.array(() -> record.addTransitions(readTransition(in)));
            case "signOffs" -> in.array(() -> record.addSignOffs(readSignOff(in)));
            default -> {
              // kind and formatVersion: checked before the body is read.
            }
          }
        });
    if (reading.sessionsBeforeClient != null) {
      in.fieldFromTree(
          "sessions",
          reading.sessionsBeforeClient,
          () -> {
            in.array(() -> record.addSessions(readSession(in, reading.client)));
            return null;
          });
    }
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

  static final Fields CLIENT =
      Fields.of("id", "birthYear", "sex", "activityProfiles", "presentingConditions")
          .required("id");

  static Client readClient(Cursor in) {
    Client.Builder client = Client.builder();
    in.object(
        CLIENT,
        name -> {
          switch (name) {
            case "id" -> client.id(in.id(ClientId::of));
            case "birthYear" -> client.birthYear(in.integer());
            case "sex" -> client.sex(in.enumValue(SEX_IDS));
            case "activityProfiles" ->
                in.set(id -> EnumIds.parse(ActivityProfile.class, id), client::addActivityProfiles);
            default ->
                in.set(id -> EnumIds.parse(Condition.class, id), client::addPresentingConditions);
          }
        });
    return in.build(client::build);
  }

  static void writeClient(Out out, Client client) {
    out.start().text("id", client.id()).number("birthYear", client.birthYear());
    if (client.sex().isPresent()) {
      out.id("sex", SEX_IDS.id(client.sex().get()));
    }
    out.ids("activityProfiles", client.activityProfiles())
        .ids("presentingConditions", client.presentingConditions())
        .end();
  }

  static final Fields INTAKE =
      Fields.of("takenOn", "screening", "chiefComplaint").required("takenOn");
  private static final Fields SCREENING =
      Fields.of("item", "region", "side", "clearance", "resolvedOn").required("item");
  private static final Fields CLEARANCE = Fields.of("givenOn").required("givenOn");

  static Intake readIntake(Cursor in) {
    Intake.Builder intake = Intake.builder();
    in.object(
        INTAKE,
        name -> {
          switch (name) {
            case "takenOn" -> intake.takenOn(in.date());
            case "screening" -> in.array(() -> intake.addScreening(readScreening(in)));
            default -> intake.chiefComplaint(in.text());
          }
        });
    return in.build(intake::build);
  }

  private static ScreeningFinding readScreening(Cursor in) {
    ScreeningFinding.Builder finding = ScreeningFinding.builder();
    in.object(
        SCREENING,
        name -> {
          switch (name) {
            case "item" -> finding.item(in.enumValue(SCREENING_ITEM_IDS));
            case "region" -> finding.region(in.enumValue(BODY_REGION_IDS));
            case "side" -> finding.side(in.enumValue(SIDE_IDS));
            case "clearance" -> finding.clearance(readClearance(in));
            default -> finding.resolvedOn(in.date());
          }
        });
    return in.build(finding::build);
  }

  private static Clearance readClearance(Cursor in) {
    LocalDate[] givenOn = new LocalDate[1];
    in.object(CLEARANCE, name -> givenOn[0] = in.date());
    return in.build(() -> Clearance.givenOn(givenOn[0]));
  }

  static void writeIntake(Out out, Intake intake) {
    out.start()
        .text("takenOn", intake.takenOn())
        .objects("screening", intake.screening(), RecordCodec::writeScreening)
        .text("chiefComplaint", intake.chiefComplaint())
        .end();
  }

  private static void writeScreening(Out out, ScreeningFinding finding) {
    out.start().id("item", SCREENING_ITEM_IDS.id(finding.item()));
    if (finding.region().isPresent()) {
      out.id("region", BODY_REGION_IDS.id(finding.region().get()));
    }
    if (finding.side().isPresent()) {
      out.id("side", SIDE_IDS.id(finding.side().get()));
    }
    if (finding.clearance().isPresent()) {
      out.field("clearance").start().text("givenOn", finding.clearance().get().givenOn()).end();
    }
    out.text("resolvedOn", finding.resolvedOn()).end();
  }

  // ---- locations

  private static final Fields LOCATION =
      Fields.of("muscle", "side", "site").required("muscle", "side");

  /** The parts of a tissue location as they are read. */
  private static final class LocationParts {
    String muscle;
    Side side;
    String site;
  }

  static TissueLocation readLocation(Cursor in) {
    LocationParts parts = new LocationParts();
    in.object(
        LOCATION,
        name -> {
          switch (name) {
            case "muscle" -> parts.muscle = in.sharedText();
            case "side" -> parts.side = in.enumValue(SIDE_IDS);
            default -> parts.site = in.sharedText();
          }
        });
    TissueLocation known = in.locations().find(parts.muscle, parts.side, parts.site);
    if (known != null) {
      return known;
    }
    return in.locations()
        .keep(
            in.build(
                () ->
                    parts.site == null
                        ? TissueLocation.of(parts.muscle, parts.side)
                        : TissueLocation.of(parts.muscle, parts.side, parts.site)));
  }

  static void writeLocation(Out out, TissueLocation location) {
    out.start()
        .text("muscle", location.muscleId())
        .id("side", SIDE_IDS.id(location.side()))
        .text("site", location.siteId())
        .end();
  }

  // ---- assessments

  private static final Fields PAIN =
      Fields.of("type", "id", "takenAt", "scale", "context", "value")
          .required("id", "takenAt", "value");
  private static final Fields PPT =
      Fields.of("type", "id", "takenAt", "location", "readingsKgPerCm2")
          .required("id", "takenAt", "location", "readingsKgPerCm2");
  private static final Fields ROM =
      Fields.of("type", "id", "takenAt", "joint", "movement", "side", "degrees", "mode")
          .required("id", "takenAt", "joint", "movement", "side", "degrees");
  private static final Fields STRENGTH =
      Fields.of("type", "id", "takenAt", "muscle", "joint", "movement", "side", "grade")
          .required("id", "takenAt", "side", "grade");
  private static final Fields ENDURANCE =
      Fields.of("type", "id", "takenAt", "test", "side", "value")
          .required("id", "takenAt", "test", "value");
  private static final Fields STRUCTURAL =
      Fields.of("type", "id", "takenAt", "planesEvaluated", "findings").required("id", "takenAt");
  private static final Fields POSTURAL =
      Fields.of("deviation", "value", "side", "normalRange").required("deviation", "value");
  private static final Fields RANGE = Fields.of("lower", "upper", "upperInclusive");
  private static final Fields QUESTIONNAIRE =
      Fields.of("type", "id", "takenAt", "questionnaire", "score")
          .required("id", "takenAt", "questionnaire", "score");

  static Assessment readAssessment(Cursor in) {
    return in.discriminated(
        "type",
        type -> {
          switch (type) {
            case "pain-rating":
              return readPain(in);
            case "pressure-pain-threshold":
              return readPressurePainThreshold(in);
            case "range-of-motion":
              return readRangeOfMotion(in);
            case "strength":
              return readStrength(in);
            case "endurance":
              return readEndurance(in);
            case "structural-evaluation":
              return readStructural(in);
            case "questionnaire":
              return readQuestionnaire(in);
            default:
              throw in.failField(
                  "type",
                  "unknown assessment type '"
                      + Cursor.shorten(type)
                      + "'; one of pain-rating, pressure-pain-threshold, range-of-motion,"
                      + " strength, endurance, structural-evaluation, questionnaire");
          }
        });
  }

  private static PainRating readPain(Cursor in) {
    PainRating.Builder pain = PainRating.builder();
    in.object(
        PAIN,
        name -> {
          switch (name) {
            case "id" -> pain.id(in.id(AssessmentId::of));
            case "takenAt" -> pain.takenAt(in.instant());
            case "scale" -> pain.scale(in.enumValue(PAIN_SCALE_IDS));
            case "context" -> pain.context(in.enumValue(PAIN_CONTEXT_IDS));
            case "value" -> pain.value(in.integer());
            default -> {
              // type: read first.
            }
          }
        });
    return in.build(pain::build);
  }

  private static PressurePainThresholdReading readPressurePainThreshold(Cursor in) {
    PressurePainThresholdReading.Builder reading = PressurePainThresholdReading.builder();
    in.object(
        PPT,
        name -> {
          switch (name) {
            case "id" -> reading.id(in.id(AssessmentId::of));
            case "takenAt" -> reading.takenAt(in.instant());
            case "location" -> reading.location(readLocation(in));
            case "readingsKgPerCm2" ->
                in.array(() -> reading.addReadings(threshold(in, in.number())));
            default -> {
              // type: read first.
            }
          }
        });
    return in.build(reading::build);
  }

  private static PressurePainThreshold threshold(Cursor in, double kg) {
    return in.domain(() -> PressurePainThreshold.ofKilogramsPerSquareCentimetre(kg));
  }

  private static RangeOfMotionMeasurement readRangeOfMotion(Cursor in) {
    RangeOfMotionMeasurement.Builder rom = RangeOfMotionMeasurement.builder();
    in.object(
        ROM,
        name -> {
          switch (name) {
            case "id" -> rom.id(in.id(AssessmentId::of));
            case "takenAt" -> rom.takenAt(in.instant());
            case "joint" -> rom.joint(in.enumValue(JOINT_IDS));
            case "movement" -> rom.movement(in.enumValue(MOVEMENT_IDS));
            case "side" -> rom.side(in.enumValue(SIDE_IDS));
            case "degrees" -> rom.degrees(in.number());
            case "mode" -> rom.mode(in.enumValue(MOTION_MODE_IDS));
            default -> {
              // type: read first.
            }
          }
        });
    return in.build(rom::build);
  }

  private static StrengthGrade readStrength(Cursor in) {
    StrengthGrade.Builder grade = StrengthGrade.builder();
    in.object(
        STRENGTH,
        name -> {
          switch (name) {
            case "id" -> grade.id(in.id(AssessmentId::of));
            case "takenAt" -> grade.takenAt(in.instant());
            case "muscle" -> grade.muscleId(in.sharedText());
            case "joint" -> grade.joint(in.enumValue(JOINT_IDS));
            case "movement" -> grade.movement(in.enumValue(MOVEMENT_IDS));
            case "side" -> grade.side(in.enumValue(SIDE_IDS));
            case "grade" -> grade.grade(in.integer());
            default -> {
              // type: read first.
            }
          }
        });
    return in.build(grade::build);
  }

  private static EnduranceTest readEndurance(Cursor in) {
    EnduranceTest.Builder test = EnduranceTest.builder();
    in.object(
        ENDURANCE,
        name -> {
          switch (name) {
            case "id" -> test.id(in.id(AssessmentId::of));
            case "takenAt" -> test.takenAt(in.instant());
            case "test" -> test.test(in.enumValue(ENDURANCE_TEST_KIND_IDS));
            case "side" -> test.side(in.enumValue(SIDE_IDS));
            case "value" -> test.value(in.number());
            default -> {
              // type: read first.
            }
          }
        });
    return in.build(test::build);
  }

  private static StructuralEvaluation readStructural(Cursor in) {
    StructuralEvaluation.Builder evaluation = StructuralEvaluation.builder();
    in.object(
        STRUCTURAL,
        name -> {
          switch (name) {
            case "id" -> evaluation.id(in.id(AssessmentId::of));
            case "takenAt" -> evaluation.takenAt(in.instant());
            case "planesEvaluated" ->
                in.set(id -> EnumIds.parse(Plane.class, id), evaluation::addPlanesEvaluated);
            case "findings" -> in.array(() -> evaluation.addFindings(readPostural(in)));
            default -> {
              // type: read first.
            }
          }
        });
    return in.build(evaluation::build);
  }

  private static PosturalFinding readPostural(Cursor in) {
    PosturalFinding.Builder finding = PosturalFinding.builder();
    in.object(
        POSTURAL,
        name -> {
          switch (name) {
            case "deviation" -> finding.deviation(in.enumValue(POSTURAL_DEVIATION_IDS));
            case "value" -> finding.value(in.number());
            case "side" -> finding.side(in.enumValue(SIDE_IDS));
            default -> finding.normalRange(readNormalRange(in));
          }
        });
    return in.build(finding::build);
  }

  private static NormalRange readNormalRange(Cursor in) {
    NormalRange.Builder normal = NormalRange.builder();
    in.object(
        RANGE,
        name -> {
          switch (name) {
            case "lower" -> normal.lower(in.number());
            case "upper" -> normal.upper(in.number());
            default -> normal.upperInclusive(in.bool());
          }
        });
    return in.build(normal::build);
  }

  private static QuestionnaireScore readQuestionnaire(Cursor in) {
    QuestionnaireScore.Builder score = QuestionnaireScore.builder();
    in.object(
        QUESTIONNAIRE,
        name -> {
          switch (name) {
            case "id" -> score.id(in.id(AssessmentId::of));
            case "takenAt" -> score.takenAt(in.instant());
            case "questionnaire" -> score.questionnaire(in.enumValue(QUESTIONNAIRE_IDS));
            case "score" -> score.score(in.number());
            default -> {
              // type: read first.
            }
          }
        });
    return in.build(score::build);
  }

  static void writeAssessment(Out out, Assessment assessment) {
    out.start();
    if (assessment instanceof PainRating) {
      PainRating pain = (PainRating) assessment;
      header(out, "pain-rating", assessment)
          .id("scale", PAIN_SCALE_IDS.id(pain.scale()))
          .id("context", PAIN_CONTEXT_IDS.id(pain.context()))
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
          .id("joint", JOINT_IDS.id(rom.joint()))
          .id("movement", MOVEMENT_IDS.id(rom.movement()))
          .id("side", SIDE_IDS.id(rom.side()))
          .number("degrees", rom.degrees())
          .id("mode", MOTION_MODE_IDS.id(rom.mode()));
    } else if (assessment instanceof StrengthGrade) {
      StrengthGrade grade = (StrengthGrade) assessment;
      header(out, "strength", assessment).text("muscle", grade.muscleId());
      if (grade.joint().isPresent()) {
        out.id("joint", JOINT_IDS.id(grade.joint().get()));
      }
      if (grade.movement().isPresent()) {
        out.id("movement", MOVEMENT_IDS.id(grade.movement().get()));
      }
      out.id("side", SIDE_IDS.id(grade.side())).number("grade", grade.grade());
    } else if (assessment instanceof EnduranceTest) {
      EnduranceTest test = (EnduranceTest) assessment;
      header(out, "endurance", assessment)
          .id("test", ENDURANCE_TEST_KIND_IDS.id(test.test()))
          .id("side", SIDE_IDS.id(test.side()))
          .number("value", test.value());
    } else if (assessment instanceof StructuralEvaluation) {
      StructuralEvaluation evaluation = (StructuralEvaluation) assessment;
      header(out, "structural-evaluation", assessment)
          .ids("planesEvaluated", evaluation.planesEvaluated())
          .objects("findings", evaluation.findings(), RecordCodec::writePostural);
    } else {
      QuestionnaireScore score = (QuestionnaireScore) assessment;
      header(out, "questionnaire", assessment)
          .id("questionnaire", QUESTIONNAIRE_IDS.id(score.questionnaire()))
          .number("score", score.score());
    }
    out.end();
  }

  private static Out header(Out out, String type, Assessment assessment) {
    return out.text("type", type).text("id", assessment.id()).text("takenAt", assessment.takenAt());
  }

  private static void writePostural(Out out, PosturalFinding finding) {
    out.start()
        .id("deviation", POSTURAL_DEVIATION_IDS.id(finding.deviation()))
        .number("value", finding.value());
    if (finding.side().isPresent()) {
      out.id("side", SIDE_IDS.id(finding.side().get()));
    }
    if (finding.normalRange().isPresent()) {
      NormalRange range = finding.normalRange().get();
      out.field("normalRange")
          .start()
          .number("lower", range.lower())
          .number("upper", range.upper())
          .bool("upperInclusive", range.upperInclusive())
          .end();
    }
    out.end();
  }

  // ---- sessions

  private static final Fields SESSION =
      Fields.of(
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
              "note")
          .required("id", "therapistId", "start", "duration", "stage");
  private static final Fields EXAMINATION =
      Fields.of(
              "location",
              "tautBand",
              "hypersensitiveSpot",
              "referredPain",
              "referralZonesObserved",
              "painRecognition",
              "localTwitchResponse",
              "jumpSign",
              "palpationPain",
              "pressurePainThresholdKgPerCm2")
          .required(
              "location", "tautBand", "hypersensitiveSpot", "referredPain", "painRecognition");
  static final Fields TECHNIQUE =
      Fields.of("technique", "target", "pressure", "holdTime", "repetitions", "reportedIntensity")
          .required("technique", "target");
  private static final Fields RESPONSE = Fields.of("soreness", "sorenessDuration", "adverseEvents");
  private static final Fields ADVERSE =
      Fields.of("kind", "serious", "description").required("kind");
  private static final Fields NOTE = Fields.of("subjective", "objective", "assessment", "plan");

  private static Session readSession(Cursor in, ClientId client) {
    Session.Builder session = Session.builder();
    session.clientId(client);
    in.object(
        SESSION,
        name -> {
          switch (name) {
            case "id" -> session.id(in.id(SessionId::of));
            case "therapistId" -> session.therapistId(in.id(TherapistId::of));
            case "start" -> session.start(in.instant());
            case "duration" -> session.duration(in.duration());
            case "stage" -> session.stage(in.enumValue(STAGE_IDS));
            case "painBefore" -> session.painBefore(in.integer());
            case "painAfter" -> session.painAfter(in.integer());
            case "triggerPointExaminations" ->
                in.array(() -> session.addTriggerPointExaminations(readExamination(in)));
            case "assessments" -> in.array(() -> session.addAssessments(readAssessment(in)));
            case "techniques" -> in.array(() -> session.addTechniques(readTechnique(in)));
            case "response" -> session.response(readResponse(in));
            default -> session.note(readNote(in));
          }
        });
    return in.build(session::build);
  }

  private static TriggerPointExamination readExamination(Cursor in) {
    TriggerPointExamination.Builder exam = TriggerPointExamination.builder();
    in.object(
        EXAMINATION,
        name -> {
          switch (name) {
            case "location" -> exam.location(readLocation(in));
            case "tautBand" -> exam.tautBand(in.bool());
            case "hypersensitiveSpot" -> exam.hypersensitiveSpot(in.bool());
            case "referredPain" -> exam.referredPain(in.bool());
            case "referralZonesObserved" ->
                in.array(() -> exam.addReferralZonesObserved(in.text()));
            case "painRecognition" -> exam.painRecognition(in.bool());
            case "localTwitchResponse" -> exam.localTwitchResponse(in.bool());
            case "jumpSign" -> exam.jumpSign(in.bool());
            case "palpationPain" -> exam.palpationPain(in.integer());
            default -> exam.pressurePainThreshold(threshold(in, in.number()));
          }
        });
    return in.build(exam::build);
  }

  static TechniqueApplication readTechnique(Cursor in) {
    TechniqueApplication.Builder application = TechniqueApplication.builder();
    in.object(
        TECHNIQUE,
        name -> {
          switch (name) {
            case "technique" -> application.technique(in.enumValue(TECHNIQUE_IDS));
            case "target" -> application.target(readLocation(in));
            case "pressure" -> application.pressure(in.enumValue(PRESSURE_LEVEL_IDS));
            case "holdTime" -> application.holdTime(in.duration());
            case "repetitions" -> application.repetitions(in.integer());
            default -> application.reportedIntensity(in.integer());
          }
        });
    return in.build(application::build);
  }

  private static ClientResponse readResponse(Cursor in) {
    ClientResponse.Builder response = ClientResponse.builder();
    in.object(
        RESPONSE,
        name -> {
          switch (name) {
            case "soreness" -> response.soreness(in.enumValue(SORENESS_IDS));
            case "sorenessDuration" -> response.sorenessDuration(in.duration());
            default -> in.array(() -> response.addAdverseEvents(readAdverseEvent(in)));
          }
        });
    return in.build(response::build);
  }

  private static AdverseEvent readAdverseEvent(Cursor in) {
    AdverseEvent.Builder adverse = AdverseEvent.builder();
    in.object(
        ADVERSE,
        name -> {
          switch (name) {
            case "kind" -> adverse.kind(in.enumValue(ADVERSE_EVENT_KIND_IDS));
            case "serious" -> adverse.serious(in.bool());
            default -> adverse.description(in.text());
          }
        });
    return in.build(adverse::build);
  }

  private static SoapNote readNote(Cursor in) {
    SoapNote.Builder note = SoapNote.builder();
    in.object(
        NOTE,
        name -> {
          switch (name) {
            case "subjective" -> note.subjective(in.text());
            case "objective" -> note.objective(in.text());
            case "assessment" -> note.assessment(in.text());
            default -> note.plan(in.text());
          }
        });
    return in.build(note::build);
  }

  private static void writeSession(Out out, Session session) {
    out.start()
        .text("id", session.id())
        .text("therapistId", session.therapistId())
        .text("start", session.start())
        .text("duration", session.duration())
        .id("stage", STAGE_IDS.id(session.stage()))
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
    if (exam.pressurePainThreshold().isPresent()) {
      out.number(
          "pressurePainThresholdKgPerCm2",
          exam.pressurePainThreshold().get().kilogramsPerSquareCentimetre());
    }
    out.end();
  }

  static void writeTechnique(Out out, TechniqueApplication application) {
    out.start()
        .id("technique", TECHNIQUE_IDS.id(application.technique()))
        .object("target", application.target(), RecordCodec::writeLocation)
        .id("pressure", PRESSURE_LEVEL_IDS.id(application.pressure()))
        .text("holdTime", application.holdTime())
        .number("repetitions", application.repetitions())
        .number("reportedIntensity", application.reportedIntensity())
        .end();
  }

  private static void writeResponse(Out out, ClientResponse response) {
    out.start()
        .id("soreness", SORENESS_IDS.id(response.soreness()))
        .text("sorenessDuration", response.sorenessDuration())
        .objects(
            "adverseEvents",
            response.adverseEvents(),
            (o, event) ->
                o.start()
                    .id("kind", ADVERSE_EVENT_KIND_IDS.id(event.kind()))
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

  private static final Fields TRANSITION =
      Fields.of(
              "at",
              "kind",
              "fromStage",
              "toStage",
              "therapistId",
              "justification",
              "failedCriteria",
              "trigger")
          .required("at", "kind");
  private static final Fields SIGN_OFF =
      Fields.of("stage", "therapistId", "at").required("stage", "therapistId", "at");

  private static StageTransition readTransition(Cursor in) {
    StageTransition.Builder transition = StageTransition.builder();
    in.object(
        TRANSITION,
        name -> {
          switch (name) {
            case "at" -> transition.at(in.instant());
            case "kind" -> transition.kind(in.enumValue(TRANSITION_KIND_IDS));
            case "fromStage" -> transition.fromStage(in.enumValue(STAGE_IDS));
            case "toStage" -> transition.toStage(in.enumValue(STAGE_IDS));
            case "therapistId" -> transition.therapistId(in.id(TherapistId::of));
            case "justification" -> transition.justification(in.text());
            case "failedCriteria" -> in.array(() -> transition.addFailedCriteria(in.text()));
            default -> transition.trigger(in.text());
          }
        });
    return in.build(transition::build);
  }

  private static void writeTransition(Out out, StageTransition transition) {
    out.start().text("at", transition.at()).id("kind", TRANSITION_KIND_IDS.id(transition.kind()));
    if (transition.fromStage().isPresent()) {
      out.id("fromStage", STAGE_IDS.id(transition.fromStage().get()));
    }
    if (transition.toStage().isPresent()) {
      out.id("toStage", STAGE_IDS.id(transition.toStage().get()));
    }
    out.text("therapistId", transition.therapistId())
        .text("justification", transition.justification())
        .texts("failedCriteria", transition.failedCriteria())
        .text("trigger", transition.trigger())
        .end();
  }

  /** The parts of a stage sign-off as they are read. */
  private static final class SignOffParts {
    Stage stage;
    TherapistId therapist;
    Instant at;
  }

  private static StageSignOff readSignOff(Cursor in) {
    SignOffParts parts = new SignOffParts();
    in.object(
        SIGN_OFF,
        name -> {
          switch (name) {
            case "stage" -> parts.stage = in.enumValue(STAGE_IDS);
            case "therapistId" -> parts.therapist = in.id(TherapistId::of);
            default -> parts.at = in.instant();
          }
        });
    return in.build(() -> StageSignOff.of(parts.stage, parts.therapist, parts.at));
  }

  private static void writeSignOff(Out out, StageSignOff signOff) {
    out.start()
        .id("stage", STAGE_IDS.id(signOff.stage()))
        .text("therapistId", signOff.therapistId())
        .text("at", signOff.at())
        .end();
  }

  static List<String> ids(Collection<? extends Enum<?>> constants) {
    return constants.stream().map(EnumIds::id).collect(Collectors.toList());
  }
}
