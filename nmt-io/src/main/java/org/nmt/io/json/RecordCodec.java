package org.nmt.io.json;

import com.fasterxml.jackson.core.io.SerializedString;
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
  private static final EnumIds.Lookup<ActivityProfile> ACTIVITY_PROFILE_IDS =
      EnumIds.lookup(ActivityProfile.class);
  private static final EnumIds.Lookup<AdverseEventKind> ADVERSE_EVENT_KIND_IDS =
      EnumIds.lookup(AdverseEventKind.class);
  private static final EnumIds.Lookup<BodyRegion> BODY_REGION_IDS =
      EnumIds.lookup(BodyRegion.class);
  private static final EnumIds.Lookup<Condition> CONDITION_IDS = EnumIds.lookup(Condition.class);
  private static final EnumIds.Lookup<EnduranceTestKind> ENDURANCE_TEST_KIND_IDS =
      EnumIds.lookup(EnduranceTestKind.class);
  private static final EnumIds.Lookup<Joint> JOINT_IDS = EnumIds.lookup(Joint.class);
  private static final EnumIds.Lookup<MotionMode> MOTION_MODE_IDS =
      EnumIds.lookup(MotionMode.class);
  private static final EnumIds.Lookup<Movement> MOVEMENT_IDS = EnumIds.lookup(Movement.class);
  private static final EnumIds.Lookup<PainContext> PAIN_CONTEXT_IDS =
      EnumIds.lookup(PainContext.class);
  private static final EnumIds.Lookup<PainScale> PAIN_SCALE_IDS = EnumIds.lookup(PainScale.class);
  private static final EnumIds.Lookup<Plane> PLANE_IDS = EnumIds.lookup(Plane.class);
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

  /** The field that tells the type of an object, the first nmt writes. */
  private static final SerializedString TYPE_FIELD = new SerializedString("type");

  private RecordCodec() {}

  static String id(Enum<?> constant) {
    return EnumIds.id(constant);
  }

  // ---- record

  /** The fields of a client record, in the order nmt writes them. */
  private enum RecordField {
    KIND,
    FORMAT_VERSION,
    CLIENT,
    INTAKE,
    ASSESSMENTS,
    SESSIONS,
    TRANSITIONS,
    SIGN_OFFS
  }

  private static final Fields<RecordField> RECORD =
      Fields.of(RecordField.class).required("client", "intake");

  /** Reads the client record document at the cursor, its header already checked. */
  static ClientRecord readRecord(Cursor in) {
    ClientRecord.Builder record = ClientRecord.builder();
    // sessions need the client's id: those before the client (nmt writes it first) wait as a tree
    ClientId client = null;
    JsonNode sessionsBeforeClient = null;
    for (RecordField field = in.firstField(RECORD); field != null; field = in.nextField(RECORD)) {
      switch (field) {
        case CLIENT -> {
          Client read = readClient(in);
          client = read.id();
          record.client(read);
        }
        case INTAKE -> record.intake(readIntake(in));
        case ASSESSMENTS -> in.array(() -> record.addAssessment(readAssessment(in)));
        case SESSIONS -> {
          if (client == null) {
            sessionsBeforeClient = in.valueAsTree();
          } else {
            readSessions(in, client, record);
          }
        }
        case TRANSITIONS -> in.array(() -> record.addTransition(readTransition(in)));
        case SIGN_OFFS -> in.array(() -> record.addSignOff(readSignOff(in)));
        case KIND, FORMAT_VERSION -> {
          // kind and formatVersion: checked before the body is read.
        }
        default -> throw unread(field);
      }
    }
    if (sessionsBeforeClient != null) {
      ClientId of = client;
      in.fieldFromTree(
          "sessions",
          sessionsBeforeClient,
          () -> {
            readSessions(in, of, record);
            return null;
          });
    }
    return in.build(record::build);
  }

  /** Reads the array of sessions at the cursor, those of {@code client}, into {@code record}. */
  private static void readSessions(Cursor in, ClientId client, ClientRecord.Builder record) {
    in.array(() -> record.addSession(readSession(in, client)));
  }

  /**
   * The error of a field a reader declares but has no case for: a defect of this codec, which would
   * otherwise drop the field's value, and leave an object's or array's value unread.
   */
  private static AssertionError unread(Enum<?> field) {
    return new AssertionError("no case for the declared field " + field);
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

  /** The fields of a client, in the order nmt writes them. */
  private enum ClientField {
    ID,
    BIRTH_YEAR,
    SEX,
    ACTIVITY_PROFILES,
    PRESENTING_CONDITIONS
  }

  private static final Fields<ClientField> CLIENT = Fields.of(ClientField.class).required("id");

  static Client readClient(Cursor in) {
    Client.Builder client = Client.builder();
    for (ClientField field = in.firstField(CLIENT); field != null; field = in.nextField(CLIENT)) {
      switch (field) {
        case ID -> client.id(in.id(ClientId::of));
        case BIRTH_YEAR -> client.birthYear(in.integer());
        case SEX -> client.sex(in.enumValue(SEX_IDS));
        case ACTIVITY_PROFILES -> in.enumSet(ACTIVITY_PROFILE_IDS, client::addActivityProfiles);
        case PRESENTING_CONDITIONS -> in.enumSet(CONDITION_IDS, client::addPresentingConditions);
        default -> throw unread(field);
      }
    }
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

  /** The fields of an intake, in the order nmt writes them. */
  private enum IntakeField {
    TAKEN_ON,
    SCREENING,
    CHIEF_COMPLAINT
  }

  private static final Fields<IntakeField> INTAKE =
      Fields.of(IntakeField.class).required("takenOn");

  /** The fields of a screening finding, in the order nmt writes them. */
  private enum ScreeningField {
    ITEM,
    REGION,
    SIDE,
    CLEARANCE,
    RESOLVED_ON
  }

  private static final Fields<ScreeningField> SCREENING =
      Fields.of(ScreeningField.class).required("item");

  /** The fields of a clearance, in the order nmt writes them. */
  private enum ClearanceField {
    GIVEN_ON
  }

  private static final Fields<ClearanceField> CLEARANCE =
      Fields.of(ClearanceField.class).required("givenOn");

  static Intake readIntake(Cursor in) {
    Intake.Builder intake = Intake.builder();
    for (IntakeField field = in.firstField(INTAKE); field != null; field = in.nextField(INTAKE)) {
      switch (field) {
        case TAKEN_ON -> intake.takenOn(in.date());
        case SCREENING -> in.array(() -> intake.addScreening(readScreening(in)));
        case CHIEF_COMPLAINT -> intake.chiefComplaint(in.text());
        default -> throw unread(field);
      }
    }
    return in.build(intake::build);
  }

  private static ScreeningFinding readScreening(Cursor in) {
    ScreeningFinding.Builder finding = ScreeningFinding.builder();
    for (ScreeningField field = in.firstField(SCREENING);
        field != null;
        field = in.nextField(SCREENING)) {
      switch (field) {
        case ITEM -> finding.item(in.enumValue(SCREENING_ITEM_IDS));
        case REGION -> finding.region(in.enumValue(BODY_REGION_IDS));
        case SIDE -> finding.side(in.enumValue(SIDE_IDS));
        case CLEARANCE -> finding.clearance(readClearance(in));
        case RESOLVED_ON -> finding.resolvedOn(in.date());
        default -> throw unread(field);
      }
    }
    return in.build(finding::build);
  }

  private static Clearance readClearance(Cursor in) {
    LocalDate givenOn = null;
    for (ClearanceField field = in.firstField(CLEARANCE);
        field != null;
        field = in.nextField(CLEARANCE)) {
      givenOn = in.date();
    }
    return clearance(in, givenOn);
  }

  private static Clearance clearance(Cursor in, LocalDate givenOn) {
    return in.build(() -> Clearance.givenOn(givenOn));
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

  /** The fields of a tissue location, in the order nmt writes them. */
  private enum LocationField {
    MUSCLE,
    SIDE,
    SITE
  }

  private static final Fields<LocationField> LOCATION =
      Fields.of(LocationField.class).required("muscle", "side");

  static TissueLocation readLocation(Cursor in) {
    String muscle = null;
    Side side = null;
    String site = null;
    for (LocationField field = in.firstField(LOCATION);
        field != null;
        field = in.nextField(LOCATION)) {
      switch (field) {
        case MUSCLE -> muscle = in.sharedText();
        case SIDE -> side = in.enumValue(SIDE_IDS);
        case SITE -> site = in.sharedText();
        default -> throw unread(field);
      }
    }
    return location(in, muscle, side, site);
  }

  /** The location of these parts: the instance the document read before, or a new one, kept. */
  private static TissueLocation location(Cursor in, String muscle, Side side, String site) {
    TissueLocation known = in.locations().find(muscle, side, site);
    if (known != null) {
      return known;
    }
    return in.locations()
        .keep(
            in.build(
                () ->
                    site == null
                        ? TissueLocation.of(muscle, side)
                        : TissueLocation.of(muscle, side, site)));
  }

  static void writeLocation(Out out, TissueLocation location) {
    out.start()
        .text("muscle", location.muscleId())
        .id("side", SIDE_IDS.id(location.side()))
        .text("site", location.siteId())
        .end();
  }

  // ---- assessments

  /** The fields of a pain rating, in the order nmt writes them. */
  private enum PainField {
    TYPE,
    ID,
    TAKEN_AT,
    SCALE,
    CONTEXT,
    VALUE
  }

  private static final Fields<PainField> PAIN =
      Fields.of(PainField.class).required("id", "takenAt", "value");

  /** The fields of a pressure pain threshold reading, in the order nmt writes them. */
  private enum PptField {
    TYPE,
    ID,
    TAKEN_AT,
    LOCATION,
    READINGS_KG_PER_CM2
  }

  private static final Fields<PptField> PPT =
      Fields.of(PptField.class).required("id", "takenAt", "location", "readingsKgPerCm2");

  /** The fields of a range of motion measurement, in the order nmt writes them. */
  private enum RomField {
    TYPE,
    ID,
    TAKEN_AT,
    JOINT,
    MOVEMENT,
    SIDE,
    DEGREES,
    MODE
  }

  private static final Fields<RomField> ROM =
      Fields.of(RomField.class).required("id", "takenAt", "joint", "movement", "side", "degrees");

  /** The fields of a strength grade, in the order nmt writes them. */
  private enum StrengthField {
    TYPE,
    ID,
    TAKEN_AT,
    MUSCLE,
    JOINT,
    MOVEMENT,
    SIDE,
    GRADE
  }

  private static final Fields<StrengthField> STRENGTH =
      Fields.of(StrengthField.class).required("id", "takenAt", "side", "grade");

  /** The fields of an endurance test, in the order nmt writes them. */
  private enum EnduranceField {
    TYPE,
    ID,
    TAKEN_AT,
    TEST,
    SIDE,
    VALUE
  }

  private static final Fields<EnduranceField> ENDURANCE =
      Fields.of(EnduranceField.class).required("id", "takenAt", "test", "value");

  /** The fields of a structural evaluation, in the order nmt writes them. */
  private enum StructuralField {
    TYPE,
    ID,
    TAKEN_AT,
    PLANES_EVALUATED,
    FINDINGS
  }

  private static final Fields<StructuralField> STRUCTURAL =
      Fields.of(StructuralField.class).required("id", "takenAt");

  /** The fields of a postural finding, in the order nmt writes them. */
  private enum PosturalField {
    DEVIATION,
    VALUE,
    SIDE,
    NORMAL_RANGE
  }

  private static final Fields<PosturalField> POSTURAL =
      Fields.of(PosturalField.class).required("deviation", "value");

  /** The fields of a normal range, in the order nmt writes them. */
  private enum RangeField {
    LOWER,
    UPPER,
    UPPER_INCLUSIVE
  }

  private static final Fields<RangeField> RANGE = Fields.of(RangeField.class);

  /** The fields of a questionnaire score, in the order nmt writes them. */
  private enum QuestionnaireField {
    TYPE,
    ID,
    TAKEN_AT,
    QUESTIONNAIRE,
    SCORE
  }

  private static final Fields<QuestionnaireField> QUESTIONNAIRE =
      Fields.of(QuestionnaireField.class).required("id", "takenAt", "questionnaire", "score");

  static Assessment readAssessment(Cursor in) {
    return in.discriminated(
        TYPE_FIELD,
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
    for (PainField field = in.firstField(PAIN); field != null; field = in.nextField(PAIN)) {
      switch (field) {
        case ID -> pain.id(in.id(AssessmentId::of));
        case TAKEN_AT -> pain.takenAt(in.instant());
        case SCALE -> pain.scale(in.enumValue(PAIN_SCALE_IDS));
        case CONTEXT -> pain.context(in.enumValue(PAIN_CONTEXT_IDS));
        case VALUE -> pain.value(in.integer());
        case TYPE -> {
          // type: read first.
        }
        default -> throw unread(field);
      }
    }
    return in.build(pain::build);
  }

  private static PressurePainThresholdReading readPressurePainThreshold(Cursor in) {
    PressurePainThresholdReading.Builder reading = PressurePainThresholdReading.builder();
    for (PptField field = in.firstField(PPT); field != null; field = in.nextField(PPT)) {
      switch (field) {
        case ID -> reading.id(in.id(AssessmentId::of));
        case TAKEN_AT -> reading.takenAt(in.instant());
        case LOCATION -> reading.location(readLocation(in));
        case READINGS_KG_PER_CM2 -> in.array(() -> reading.addReading(threshold(in, in.number())));
        case TYPE -> {
          // type: read first.
        }
        default -> throw unread(field);
      }
    }
    return in.build(reading::build);
  }

  private static PressurePainThreshold threshold(Cursor in, double kg) {
    return in.domain(() -> PressurePainThreshold.ofKilogramsPerSquareCentimetre(kg));
  }

  private static RangeOfMotionMeasurement readRangeOfMotion(Cursor in) {
    RangeOfMotionMeasurement.Builder rom = RangeOfMotionMeasurement.builder();
    for (RomField field = in.firstField(ROM); field != null; field = in.nextField(ROM)) {
      switch (field) {
        case ID -> rom.id(in.id(AssessmentId::of));
        case TAKEN_AT -> rom.takenAt(in.instant());
        case JOINT -> rom.joint(in.enumValue(JOINT_IDS));
        case MOVEMENT -> rom.movement(in.enumValue(MOVEMENT_IDS));
        case SIDE -> rom.side(in.enumValue(SIDE_IDS));
        case DEGREES -> rom.degrees(in.number());
        case MODE -> rom.mode(in.enumValue(MOTION_MODE_IDS));
        case TYPE -> {
          // type: read first.
        }
        default -> throw unread(field);
      }
    }
    return in.build(rom::build);
  }

  private static StrengthGrade readStrength(Cursor in) {
    StrengthGrade.Builder grade = StrengthGrade.builder();
    for (StrengthField field = in.firstField(STRENGTH);
        field != null;
        field = in.nextField(STRENGTH)) {
      switch (field) {
        case ID -> grade.id(in.id(AssessmentId::of));
        case TAKEN_AT -> grade.takenAt(in.instant());
        case MUSCLE -> grade.muscleId(in.sharedText());
        case JOINT -> grade.joint(in.enumValue(JOINT_IDS));
        case MOVEMENT -> grade.movement(in.enumValue(MOVEMENT_IDS));
        case SIDE -> grade.side(in.enumValue(SIDE_IDS));
        case GRADE -> grade.grade(in.integer());
        case TYPE -> {
          // type: read first.
        }
        default -> throw unread(field);
      }
    }
    return in.build(grade::build);
  }

  private static EnduranceTest readEndurance(Cursor in) {
    EnduranceTest.Builder test = EnduranceTest.builder();
    for (EnduranceField field = in.firstField(ENDURANCE);
        field != null;
        field = in.nextField(ENDURANCE)) {
      switch (field) {
        case ID -> test.id(in.id(AssessmentId::of));
        case TAKEN_AT -> test.takenAt(in.instant());
        case TEST -> test.test(in.enumValue(ENDURANCE_TEST_KIND_IDS));
        case SIDE -> test.side(in.enumValue(SIDE_IDS));
        case VALUE -> test.value(in.number());
        case TYPE -> {
          // type: read first.
        }
        default -> throw unread(field);
      }
    }
    return in.build(test::build);
  }

  private static StructuralEvaluation readStructural(Cursor in) {
    StructuralEvaluation.Builder evaluation = StructuralEvaluation.builder();
    for (StructuralField field = in.firstField(STRUCTURAL);
        field != null;
        field = in.nextField(STRUCTURAL)) {
      switch (field) {
        case ID -> evaluation.id(in.id(AssessmentId::of));
        case TAKEN_AT -> evaluation.takenAt(in.instant());
        case PLANES_EVALUATED -> in.enumSet(PLANE_IDS, evaluation::addPlanesEvaluated);
        case FINDINGS -> in.array(() -> evaluation.addFinding(readPostural(in)));
        case TYPE -> {
          // type: read first.
        }
        default -> throw unread(field);
      }
    }
    return in.build(evaluation::build);
  }

  private static PosturalFinding readPostural(Cursor in) {
    PosturalFinding.Builder finding = PosturalFinding.builder();
    for (PosturalField field = in.firstField(POSTURAL);
        field != null;
        field = in.nextField(POSTURAL)) {
      switch (field) {
        case DEVIATION -> finding.deviation(in.enumValue(POSTURAL_DEVIATION_IDS));
        case VALUE -> finding.value(in.number());
        case SIDE -> finding.side(in.enumValue(SIDE_IDS));
        case NORMAL_RANGE -> finding.normalRange(readNormalRange(in));
        default -> throw unread(field);
      }
    }
    return in.build(finding::build);
  }

  private static NormalRange readNormalRange(Cursor in) {
    NormalRange.Builder normal = NormalRange.builder();
    for (RangeField field = in.firstField(RANGE); field != null; field = in.nextField(RANGE)) {
      switch (field) {
        case LOWER -> normal.lower(in.number());
        case UPPER -> normal.upper(in.number());
        case UPPER_INCLUSIVE -> normal.upperInclusive(in.bool());
        default -> throw unread(field);
      }
    }
    return in.build(normal::build);
  }

  private static QuestionnaireScore readQuestionnaire(Cursor in) {
    QuestionnaireScore.Builder score = QuestionnaireScore.builder();
    for (QuestionnaireField field = in.firstField(QUESTIONNAIRE);
        field != null;
        field = in.nextField(QUESTIONNAIRE)) {
      switch (field) {
        case ID -> score.id(in.id(AssessmentId::of));
        case TAKEN_AT -> score.takenAt(in.instant());
        case QUESTIONNAIRE -> score.questionnaire(in.enumValue(QUESTIONNAIRE_IDS));
        case SCORE -> score.score(in.number());
        case TYPE -> {
          // type: read first.
        }
        default -> throw unread(field);
      }
    }
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

  /** The fields of a session, in the order nmt writes them. */
  private enum SessionField {
    ID,
    THERAPIST_ID,
    START,
    DURATION,
    STAGE,
    PAIN_BEFORE,
    PAIN_AFTER,
    TRIGGER_POINT_EXAMINATIONS,
    ASSESSMENTS,
    TECHNIQUES,
    RESPONSE,
    NOTE
  }

  private static final Fields<SessionField> SESSION =
      Fields.of(SessionField.class).required("id", "therapistId", "start", "duration", "stage");

  /** The fields of a trigger point examination, in the order nmt writes them. */
  private enum ExaminationField {
    LOCATION,
    TAUT_BAND,
    HYPERSENSITIVE_SPOT,
    REFERRED_PAIN,
    REFERRAL_ZONES_OBSERVED,
    PAIN_RECOGNITION,
    LOCAL_TWITCH_RESPONSE,
    JUMP_SIGN,
    PALPATION_PAIN,
    PRESSURE_PAIN_THRESHOLD_KG_PER_CM2
  }

  private static final Fields<ExaminationField> EXAMINATION =
      Fields.of(ExaminationField.class)
          .required(
              "location", "tautBand", "hypersensitiveSpot", "referredPain", "painRecognition");

  /** The fields of a technique application, in the order nmt writes them. */
  private enum TechniqueField {
    TECHNIQUE,
    TARGET,
    PRESSURE,
    HOLD_TIME,
    REPETITIONS,
    REPORTED_INTENSITY
  }

  private static final Fields<TechniqueField> TECHNIQUE =
      Fields.of(TechniqueField.class).required("technique", "target");

  /** The fields of a client response, in the order nmt writes them. */
  private enum ResponseField {
    SORENESS,
    SORENESS_DURATION,
    ADVERSE_EVENTS
  }

  private static final Fields<ResponseField> RESPONSE = Fields.of(ResponseField.class);

  /** The fields of an adverse event, in the order nmt writes them. */
  private enum AdverseField {
    KIND,
    SERIOUS,
    DESCRIPTION
  }

  private static final Fields<AdverseField> ADVERSE =
      Fields.of(AdverseField.class).required("kind");

  /** The fields of a SOAP note, in the order nmt writes them. */
  private enum NoteField {
    SUBJECTIVE,
    OBJECTIVE,
    ASSESSMENT,
    PLAN
  }

  private static final Fields<NoteField> NOTE = Fields.of(NoteField.class);

  private static Session readSession(Cursor in, ClientId client) {
    Session.Builder session = Session.builder();
    session.clientId(client);
    for (SessionField field = in.firstField(SESSION);
        field != null;
        field = in.nextField(SESSION)) {
      switch (field) {
        case ID -> session.id(in.id(SessionId::of));
        case THERAPIST_ID ->
            session.therapistId(in.sharedValue(TherapistId.class, TherapistId::of));
        case START -> session.start(in.instant());
        case DURATION -> session.duration(in.duration());
        case STAGE -> session.stage(in.enumValue(STAGE_IDS));
        case PAIN_BEFORE -> session.painBefore(in.integer());
        case PAIN_AFTER -> session.painAfter(in.integer());
        case TRIGGER_POINT_EXAMINATIONS ->
            in.array(() -> session.addTriggerPointExamination(readExamination(in)));
        case ASSESSMENTS -> in.array(() -> session.addAssessment(readAssessment(in)));
        case TECHNIQUES -> in.array(() -> session.addTechnique(readTechnique(in)));
        case RESPONSE -> session.response(readResponse(in));
        case NOTE -> session.note(readNote(in));
        default -> throw unread(field);
      }
    }
    return in.build(session::build);
  }

  private static TriggerPointExamination readExamination(Cursor in) {
    TriggerPointExamination.Builder exam = TriggerPointExamination.builder();
    for (ExaminationField field = in.firstField(EXAMINATION);
        field != null;
        field = in.nextField(EXAMINATION)) {
      switch (field) {
        case LOCATION -> exam.location(readLocation(in));
        case TAUT_BAND -> exam.tautBand(in.bool());
        case HYPERSENSITIVE_SPOT -> exam.hypersensitiveSpot(in.bool());
        case REFERRED_PAIN -> exam.referredPain(in.bool());
        case REFERRAL_ZONES_OBSERVED -> in.array(() -> exam.addReferralZonesObserved(in.text()));
        case PAIN_RECOGNITION -> exam.painRecognition(in.bool());
        case LOCAL_TWITCH_RESPONSE -> exam.localTwitchResponse(in.bool());
        case JUMP_SIGN -> exam.jumpSign(in.bool());
        case PALPATION_PAIN -> exam.palpationPain(in.integer());
        case PRESSURE_PAIN_THRESHOLD_KG_PER_CM2 ->
            exam.pressurePainThreshold(threshold(in, in.number()));
        default -> throw unread(field);
      }
    }
    return in.build(exam::build);
  }

  static TechniqueApplication readTechnique(Cursor in) {
    TechniqueApplication.Builder application = TechniqueApplication.builder();
    for (TechniqueField field = in.firstField(TECHNIQUE);
        field != null;
        field = in.nextField(TECHNIQUE)) {
      switch (field) {
        case TECHNIQUE -> application.technique(in.enumValue(TECHNIQUE_IDS));
        case TARGET -> application.target(readLocation(in));
        case PRESSURE -> application.pressure(in.enumValue(PRESSURE_LEVEL_IDS));
        case HOLD_TIME -> application.holdTime(in.duration());
        case REPETITIONS -> application.repetitions(in.integer());
        case REPORTED_INTENSITY -> application.reportedIntensity(in.integer());
        default -> throw unread(field);
      }
    }
    return in.build(application::build);
  }

  private static ClientResponse readResponse(Cursor in) {
    ClientResponse.Builder response = ClientResponse.builder();
    for (ResponseField field = in.firstField(RESPONSE);
        field != null;
        field = in.nextField(RESPONSE)) {
      switch (field) {
        case SORENESS -> response.soreness(in.enumValue(SORENESS_IDS));
        case SORENESS_DURATION -> response.sorenessDuration(in.duration());
        case ADVERSE_EVENTS -> in.array(() -> response.addAdverseEvent(readAdverseEvent(in)));
        default -> throw unread(field);
      }
    }
    return in.build(response::build);
  }

  private static AdverseEvent readAdverseEvent(Cursor in) {
    AdverseEvent.Builder adverse = AdverseEvent.builder();
    for (AdverseField field = in.firstField(ADVERSE);
        field != null;
        field = in.nextField(ADVERSE)) {
      switch (field) {
        case KIND -> adverse.kind(in.enumValue(ADVERSE_EVENT_KIND_IDS));
        case SERIOUS -> adverse.serious(in.bool());
        case DESCRIPTION -> adverse.description(in.text());
        default -> throw unread(field);
      }
    }
    return in.build(adverse::build);
  }

  private static SoapNote readNote(Cursor in) {
    SoapNote.Builder note = SoapNote.builder();
    for (NoteField field = in.firstField(NOTE); field != null; field = in.nextField(NOTE)) {
      switch (field) {
        case SUBJECTIVE -> note.subjective(in.text());
        case OBJECTIVE -> note.objective(in.text());
        case ASSESSMENT -> note.assessment(in.text());
        case PLAN -> note.plan(in.text());
        default -> throw unread(field);
      }
    }
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

  /** The fields of a stage transition, in the order nmt writes them. */
  private enum TransitionField {
    AT,
    KIND,
    FROM_STAGE,
    TO_STAGE,
    THERAPIST_ID,
    JUSTIFICATION,
    FAILED_CRITERIA,
    TRIGGER
  }

  private static final Fields<TransitionField> TRANSITION =
      Fields.of(TransitionField.class).required("at", "kind");

  /** The fields of a stage sign-off, in the order nmt writes them. */
  private enum SignOffField {
    STAGE,
    THERAPIST_ID,
    AT
  }

  private static final Fields<SignOffField> SIGN_OFF =
      Fields.of(SignOffField.class).required("stage", "therapistId", "at");

  private static StageTransition readTransition(Cursor in) {
    StageTransition.Builder transition = StageTransition.builder();
    for (TransitionField field = in.firstField(TRANSITION);
        field != null;
        field = in.nextField(TRANSITION)) {
      switch (field) {
        case AT -> transition.at(in.instant());
        case KIND -> transition.kind(in.enumValue(TRANSITION_KIND_IDS));
        case FROM_STAGE -> transition.fromStage(in.enumValue(STAGE_IDS));
        case TO_STAGE -> transition.toStage(in.enumValue(STAGE_IDS));
        case THERAPIST_ID ->
            transition.therapistId(in.sharedValue(TherapistId.class, TherapistId::of));
        case JUSTIFICATION -> transition.justification(in.text());
        case FAILED_CRITERIA -> in.array(() -> transition.addFailedCriteria(in.text()));
        case TRIGGER -> transition.trigger(in.text());
        default -> throw unread(field);
      }
    }
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

  private static StageSignOff readSignOff(Cursor in) {
    Stage stage = null;
    TherapistId therapist = null;
    Instant at = null;
    for (SignOffField field = in.firstField(SIGN_OFF);
        field != null;
        field = in.nextField(SIGN_OFF)) {
      switch (field) {
        case STAGE -> stage = in.enumValue(STAGE_IDS);
        case THERAPIST_ID -> therapist = in.sharedValue(TherapistId.class, TherapistId::of);
        case AT -> at = in.instant();
        default -> throw unread(field);
      }
    }
    return signOff(in, stage, therapist, at);
  }

  private static StageSignOff signOff(Cursor in, Stage stage, TherapistId therapist, Instant at) {
    return in.build(() -> StageSignOff.of(stage, therapist, at));
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
