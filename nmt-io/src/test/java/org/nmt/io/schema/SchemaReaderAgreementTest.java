package org.nmt.io.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nmt.io.schema.Docs.array;
import static org.nmt.io.schema.Docs.object;
import static org.nmt.io.schema.Docs.set;
import static org.nmt.io.schema.Mutation.both;
import static org.nmt.io.schema.Mutation.setTo;
import static org.nmt.io.schema.Mutation.without;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.nmt.core.anatomy.Side;
import org.nmt.core.assessment.EnduranceTestKind;
import org.nmt.core.assessment.EnduranceUnit;
import org.nmt.core.assessment.MotionMode;
import org.nmt.core.assessment.PainScale;
import org.nmt.core.assessment.PressurePainThreshold;
import org.nmt.core.assessment.Questionnaire;
import org.nmt.core.assessment.RangeOfMotionMeasurement;
import org.nmt.core.assessment.StrengthGrade;
import org.nmt.core.client.Client;
import org.nmt.core.client.ScreeningItem;
import org.nmt.core.client.Sex;
import org.nmt.core.record.TransitionKind;
import org.nmt.core.session.Soreness;
import org.nmt.core.session.TechniqueApplication;
import org.nmt.core.stage.Stage;
import org.nmt.core.style.EnumIds;
import org.nmt.core.technique.PressureLevel;
import org.nmt.io.json.Documents;

/**
 * The schema and the reader judge documents alike: what one refuses the other refuses, at the same
 * place, over a list of hand-made bad documents and over grids of values around every limit of the
 * domain model; and the few known differences are pinned down, so that neither side can change
 * alone.
 */
class SchemaReaderAgreementTest {
  private static final String EXAM = "/sessions/0/triggerPointExaminations/0";
  private static final String NPRS = "/sessions/0/assessments/0";
  private static final String PPT = "/sessions/0/assessments/1";
  private static final String ROM = "/sessions/0/assessments/2";
  private static final String MRC_MUSCLE = "/sessions/0/assessments/3";
  private static final String MRC_JOINT = "/sessions/0/assessments/4";
  private static final String ENDURANCE = "/sessions/0/assessments/5";
  private static final String POSTURE = "/sessions/0/assessments/6";
  private static final String LEFS = "/sessions/0/assessments/7";
  private static final String TECHNIQUE = "/sessions/0/techniques/0";
  private static final String RESPONSE = "/sessions/0/response";

  private static JsonNode full() {
    return SchemaValidation.parse(Documents.toBytes(FullRecord.create()));
  }

  private static final List<Mutation> INVALID =
      List.of(
          // unknown fields
          setTo("/extra", "1"),
          setTo("/client/name", "\"Ann\""),
          setTo("/intake/screening/0/note", "\"x\""),
          setTo(TECHNIQUE + "/target/depth", "2"),
          setTo(NPRS + "/note", "\"x\""),
          setTo(POSTURE + "/findings/0/normalRange/mid", "1"),
          setTo(RESPONSE + "/mood", "\"good\""),
          setTo("/sessions/0/note/summary", "\"x\""),
          setTo("/transitions/0/reason", "\"x\""),
          setTo("/signOffs/0/note", "\"x\""),
          // enum values
          setTo("/client/sex", "\"unknown\""),
          setTo("/client/activityProfiles/0", "\"swimmer\""),
          setTo("/client/presentingConditions/0", "\"back-pain\""),
          setTo("/intake/screening/0/item", "\"broken-bone\""),
          setTo("/intake/screening/0/region", "\"toe\""),
          setTo("/sessions/0/stage", "\"stage-6\""),
          setTo("/sessions/0/stage", "\"PAIN_ELIMINATION\""),
          setTo("/sessions/0/stage", "\"Pain-Elimination\""),
          setTo(TECHNIQUE + "/target/side", "\"up\""),
          setTo(TECHNIQUE + "/technique", "\"massage\""),
          setTo(TECHNIQUE + "/pressure", "\"extreme\""),
          setTo(NPRS + "/type", "\"pain\""),
          setTo(NPRS + "/scale", "\"vrs\""),
          setTo(NPRS + "/context", "\"average\""),
          setTo(ROM + "/joint", "\"toe\""),
          setTo(ROM + "/movement", "\"twist\""),
          setTo(ROM + "/mode", "\"assisted\""),
          setTo(ENDURANCE + "/test", "\"plank\""),
          setTo(POSTURE + "/planesEvaluated/0", "\"frontal\""),
          setTo(POSTURE + "/findings/0/deviation", "\"slouch\""),
          setTo(LEFS + "/questionnaire", "\"sf-36\""),
          setTo(RESPONSE + "/soreness", "\"extreme\""),
          setTo(RESPONSE + "/adverseEvents/0/kind", "\"fainting\""),
          setTo("/transitions/1/kind", "\"skip\""),
          setTo("/transitions/1/toStage", "\"maintenance\""),
          setTo("/signOffs/0/stage", "\"done\""),
          // pain and other scores out of range
          setTo("/sessions/0/painBefore", "11"),
          setTo("/sessions/0/painAfter", "-1"),
          setTo(NPRS + "/value", "11"),
          setTo("/assessments/0/value", "101"),
          setTo(EXAM + "/palpationPain", "11"),
          setTo(TECHNIQUE + "/reportedIntensity", "11"),
          // required fields missing
          without("/kind"),
          without("/formatVersion"),
          without("/client"),
          without("/intake"),
          without("/client/id"),
          without("/intake/takenOn"),
          without("/intake/screening/0/item"),
          without("/intake/screening/1/clearance/givenOn"),
          without("/sessions/0/id"),
          without("/sessions/0/therapistId"),
          without("/sessions/0/start"),
          without("/sessions/0/duration"),
          without("/sessions/0/stage"),
          without(EXAM + "/location"),
          without(EXAM + "/location/muscle"),
          without(EXAM + "/location/side"),
          without(EXAM + "/tautBand"),
          without(EXAM + "/hypersensitiveSpot"),
          without(EXAM + "/referredPain"),
          without(EXAM + "/painRecognition"),
          without(NPRS + "/type"),
          without(NPRS + "/id"),
          without(NPRS + "/takenAt"),
          without(NPRS + "/value"),
          without(PPT + "/location"),
          without(PPT + "/readingsKgPerCm2"),
          without(ROM + "/joint"),
          without(ROM + "/side"),
          without(ROM + "/degrees"),
          without(MRC_MUSCLE + "/grade"),
          without(MRC_MUSCLE + "/side"),
          without(ENDURANCE + "/test"),
          without(ENDURANCE + "/value"),
          without(POSTURE + "/planesEvaluated"),
          without(POSTURE + "/findings/0/deviation"),
          without(POSTURE + "/findings/0/value"),
          without(LEFS + "/questionnaire"),
          without(LEFS + "/score"),
          without(TECHNIQUE + "/technique"),
          without(TECHNIQUE + "/target"),
          without(RESPONSE + "/adverseEvents/0/kind"),
          without("/transitions/0/at"),
          without("/transitions/0/kind"),
          without("/signOffs/0/stage"),
          without("/signOffs/0/therapistId"),
          without("/signOffs/0/at"),
          // wrong types and nulls
          setTo("/client/birthYear", "\"1980\""),
          setTo("/client/birthYear", "1980.5"),
          setTo("/client/activityProfiles", "\"runner\""),
          setTo("/sessions/0/painBefore", "\"6\""),
          setTo(EXAM + "/tautBand", "\"true\""),
          setTo(EXAM + "/tautBand", "1"),
          setTo(EXAM + "/referralZonesObserved", "\"calf\""),
          setTo("/sessions", "{}"),
          setTo("/client", "[]"),
          setTo(PPT + "/readingsKgPerCm2", "[\"2.4\"]"),
          setTo(TECHNIQUE + "/holdTime", "90"),
          setTo(RESPONSE + "/adverseEvents/0/serious", "\"no\""),
          setTo("/sessions/0/note", "\"text\""),
          setTo("/intake/chiefComplaint", "7"),
          setTo("/client/id", "7"),
          setTo("/client/sex", "null"),
          setTo("/sessions/0/painAfter", "null"),
          setTo("/intake/chiefComplaint", "null"),
          setTo("/sessions/0", "null"),
          setTo("/transitions/1/failedCriteria/0", "null"),
          // kind and version
          setTo("/kind", "\"plan\""),
          setTo("/kind", "\"client_record\""),
          setTo("/formatVersion", "\"2.0\""),
          setTo("/formatVersion", "\"0.9\""),
          setTo("/formatVersion", "\"1\""),
          setTo("/formatVersion", "\"1.0.0\""),
          setTo("/formatVersion", "\"one\""),
          setTo("/formatVersion", "\"1.0\\n\""),
          setTo("/formatVersion", "\"1.12345\""),
          setTo("/formatVersion", "1.0"),
          // ids and slugs
          setTo("/client/id", "\"-bad\""),
          setTo("/client/id", "\".bad\""),
          setTo("/client/id", "\"a b\""),
          setTo("/client/id", "\"\""),
          setTo("/client/id", "\"abc\\n\""),
          setTo("/client/id", "\"" + "a".repeat(65) + "\""),
          setTo("/client/id", "\"caf\u00e9\""),
          setTo("/sessions/0/therapistId", "\"t/1\""),
          setTo(NPRS + "/id", "\"#1\""),
          setTo(EXAM + "/location/muscle", "\"Gastrocnemius\""),
          setTo(EXAM + "/location/muscle", "\"gastrocnemius\\n\""),
          setTo(EXAM + "/location/site", "\"medial_head\""),
          setTo(EXAM + "/location/site", "\"medial--head\""),
          setTo(EXAM + "/location/site", "\"" + "a".repeat(65) + "\""),
          setTo(MRC_MUSCLE + "/muscle", "\"-gluteus\""),
          // dates, instants, durations
          setTo("/intake/takenOn", "\"2026-02-30\""),
          setTo("/intake/takenOn", "\"02/03/2026\""),
          setTo("/intake/takenOn", "\"2026-3-1\""),
          setTo("/intake/takenOn", "\"2026-03-01T00:00:00Z\""),
          setTo("/intake/screening/1/clearance/givenOn", "\"yesterday\""),
          setTo("/sessions/0/start", "\"2026-03-02 09:00:00Z\""),
          setTo("/sessions/0/start", "\"2026-03-02T09:00Z\""),
          setTo("/sessions/0/start", "\"2026-03-02T09:00:00\""),
          setTo("/sessions/0/start", "\"2026-03-02T25:00:00Z\""),
          setTo("/sessions/0/start", "\"2026-03-02\""),
          setTo("/sessions/0/start", "\"2026-03-02T09:00:00Z\\n\""),
          setTo("/sessions/0/start", "1772442000"),
          setTo("/signOffs/0/at", "\"2026-03-05\""),
          setTo("/sessions/0/duration", "\"90 minutes\""),
          setTo("/sessions/0/duration", "\"PT\""),
          setTo("/sessions/0/duration", "\"P\""),
          setTo("/sessions/0/duration", "\"60\""),
          setTo("/sessions/0/duration", "\"PT60M\\n\""),
          setTo(TECHNIQUE + "/holdTime", "\"PT\""),
          setTo(RESPONSE + "/sorenessDuration", "\"P1W\""),
          // numeric ranges
          setTo("/client/birthYear", "1899"),
          setTo("/client/birthYear", "2101"),
          setTo(PPT + "/readingsKgPerCm2", "[0]"),
          setTo(PPT + "/readingsKgPerCm2", "[20.5]"),
          setTo(PPT + "/readingsKgPerCm2", "[-1]"),
          setTo(PPT + "/readingsKgPerCm2", "[]"),
          setTo(EXAM + "/pressurePainThresholdKgPerCm2", "0"),
          setTo(EXAM + "/pressurePainThresholdKgPerCm2", "20.01"),
          setTo(ROM + "/degrees", "361"),
          setTo(ROM + "/degrees", "-1"),
          setTo(MRC_MUSCLE + "/grade", "6"),
          setTo(MRC_MUSCLE + "/grade", "-1"),
          setTo(TECHNIQUE + "/repetitions", "0"),
          setTo(TECHNIQUE + "/repetitions", "1001"),
          setTo(POSTURE + "/findings/0/value", "361"),
          setTo(POSTURE + "/findings/0/value", "-360.5"),
          setTo(ENDURANCE + "/value", "-1"),
          setTo(ENDURANCE + "/value", "501"),
          setTo(ENDURANCE + "/value", "14.5"),
          setTo(LEFS + "/score", "81"),
          setTo("/assessments/1/score", "-1"),
          // rules between fields of one object
          setTo(ROM + "/side", "\"bilateral\""),
          both(
              "strength grade of a muscle and a joint movement",
              d -> {
                set(d, MRC_MUSCLE + "/joint", "\"hip\"");
                set(d, MRC_MUSCLE + "/movement", "\"abduction\"");
              }),
          without(MRC_JOINT + "/movement"),
          without(MRC_JOINT + "/joint"),
          without(MRC_MUSCLE + "/muscle"),
          without("/intake/screening/0/region"),
          without("/intake/screening/0/side"),
          setTo("/intake/screening/2/region", "\"foot\""),
          setTo("/intake/screening/2/side", "\"left\""),
          setTo("/intake/screening/2/clearance", "{\"givenOn\":\"2026-02-20\"}"),
          setTo(EXAM + "/referredPain", "false"),
          setTo(EXAM + "/referralZonesObserved/0", "\"\""),
          setTo(EXAM + "/referralZonesObserved/0", "\"   \""),
          setTo(EXAM + "/referralZonesObserved/0", "\"" + "z".repeat(101) + "\""),
          setTo(RESPONSE + "/soreness", "\"none\""),
          without(RESPONSE + "/soreness"),
          setTo("/transitions/0/fromStage", "\"strength\""),
          without("/transitions/0/toStage"),
          without("/transitions/2/toStage"),
          without("/transitions/2/fromStage"),
          without("/transitions/3/fromStage"),
          setTo("/transitions/3/failedCriteria", "[\"x\"]"),
          setTo("/transitions/1/trigger", "\"x\""),
          setTo("/transitions/1/toStage", "\"pain-elimination\""),
          setTo(POSTURE + "/findings/0/normalRange", "{}"),
          setTo(POSTURE + "/findings/0/normalRange", "{\"lower\":0,\"upperInclusive\":false}"),
          setTo(POSTURE + "/planesEvaluated", "[]"));

  @Test
  void bothRefuseEveryHandMadeInvalidDocument() {
    JsonNode full = full();
    assertTrue(Docs.assertAgree("the full record", full), "the full record is valid");
    List<String> names = new ArrayList<>();
    for (Mutation mutation : INVALID) {
      JsonNode document = mutation.applyTo(full);
      Docs.assertBothRefuse(mutation.name, document);
      names.add(mutation.name);
    }
    assertEquals(names.size(), new HashSet<>(names).size(), "each mutation once");
  }

  // ---- grids of values around every limit: both judges agree on every cell

  @Test
  void agreeOnClients() {
    Set<Boolean> outcomes = new HashSet<>();
    for (Integer year :
        Arrays.asList(
            null,
            Client.MINIMUM_BIRTH_YEAR - 1,
            Client.MINIMUM_BIRTH_YEAR,
            Client.MAXIMUM_BIRTH_YEAR,
            Client.MAXIMUM_BIRTH_YEAR + 1)) {
      for (String sex : withAbsentAndUnknown(ids(Sex.values()))) {
        ObjectNode document = Docs.minimal();
        document.set("client", object("id", "c-1", "birthYear", year, "sex", sex));
        outcomes.add(Docs.assertAgree("birthYear " + year + ", sex " + sex, document));
      }
    }
    assertBothOutcomes(outcomes);
  }

  @Test
  void agreeOnIds() {
    Set<Boolean> outcomes = new HashSet<>();
    List<String> ids =
        List.of(
            "a",
            "7",
            "A.b_c-9",
            "a".repeat(64),
            "a".repeat(65),
            "-a",
            ".a",
            "_a",
            "a b",
            "",
            "a\n",
            "\na",
            "a/b",
            "\u00e9",
            "a\u0000");
    for (String id : ids) {
      ObjectNode document = Docs.minimal();
      document.set("client", object("id", id));
      outcomes.add(Docs.assertAgree("client id '" + id + "'", document));
      ObjectNode session = Docs.session();
      session.put("therapistId", id);
      outcomes.add(Docs.assertAgree("therapist id '" + id + "'", Docs.withSession(session)));
    }
    assertBothOutcomes(outcomes);
  }

  @Test
  void agreeOnScreeningFindings() {
    Set<Boolean> outcomes = new HashSet<>();
    for (ScreeningItem item : ScreeningItem.values()) {
      for (String region : Arrays.asList(null, "foot")) {
        for (String side : Arrays.asList(null, "left")) {
          for (JsonNode clearance : Arrays.asList(null, object("givenOn", "2026-02-20"))) {
            for (String resolved : Arrays.asList(null, "2026-03-01", "2026-02-28")) {
              ObjectNode document = Docs.minimal();
              ObjectNode finding =
                  object(
                      "item",
                      item.id(),
                      "region",
                      region,
                      "side",
                      side,
                      "clearance",
                      clearance,
                      "resolvedOn",
                      resolved);
              document.set("intake", object("takenOn", "2026-03-01", "screening", array(finding)));
              if (resolved != null && resolved.equals("2026-02-28")) {
                // Resolved before the intake: a rule between objects, the reader's alone.
                if (Docs.schemaErrors(document).isEmpty()) {
                  Docs.assertOnlyReaderRefuses(finding.toString(), document);
                }
              } else {
                outcomes.add(Docs.assertAgree(finding.toString(), document));
              }
            }
          }
        }
      }
    }
    assertBothOutcomes(outcomes);
  }

  @Test
  void agreeOnPainRatings() {
    Set<Boolean> outcomes = new HashSet<>();
    for (String scale : withAbsentAndUnknown(ids(PainScale.values()))) {
      for (String context : Arrays.asList(null, "now", "least", "sometimes")) {
        for (Object value : Arrays.asList(-1, 0, 5, 10, 11, 99, 100, 101, 5.5, "5")) {
          ObjectNode rating =
              object(
                  "type",
                  "pain-rating",
                  "id",
                  "a-1",
                  "takenAt",
                  "2026-03-01T10:00:00Z",
                  "scale",
                  scale,
                  "context",
                  context,
                  "value",
                  value);
          outcomes.add(Docs.assertAgree(rating.toString(), Docs.withAssessment(rating)));
        }
      }
    }
    for (PainScale scale : PainScale.values()) {
      for (int value : new int[] {scale.maximum(), scale.maximum() + 1}) {
        ObjectNode rating =
            object(
                "type",
                "pain-rating",
                "id",
                "a-1",
                "takenAt",
                "2026-03-01T10:00:00Z",
                "scale",
                scale.id(),
                "value",
                value);
        outcomes.add(Docs.assertAgree(rating.toString(), Docs.withAssessment(rating)));
      }
    }
    assertBothOutcomes(outcomes);
  }

  @Test
  void agreeOnEnduranceTests() {
    Set<Boolean> outcomes = new HashSet<>();
    for (EnduranceTestKind test : EnduranceTestKind.values()) {
      double max = test.maximum();
      for (String side : Arrays.asList(null, "right", "bilateral", "up")) {
        for (double value :
            new double[] {-1, -0.5, 0, 0.5, 1, 12, max - 0.5, max, max + 0.5, max + 1}) {
          ObjectNode assessment =
              object(
                  "type",
                  "endurance",
                  "id",
                  "a-1",
                  "takenAt",
                  "2026-03-01T10:00:00Z",
                  "test",
                  test.id(),
                  "side",
                  side,
                  "value",
                  value);
          outcomes.add(Docs.assertAgree(assessment.toString(), Docs.withAssessment(assessment)));
        }
      }
      // A whole number of repetitions, any time in seconds.
      ObjectNode fraction =
          object(
              "type",
              "endurance",
              "id",
              "a-1",
              "takenAt",
              "2026-03-01T10:00:00Z",
              "test",
              test.id(),
              "value",
              2.5);
      if (test.unit() == EnduranceUnit.REPETITIONS) {
        Docs.assertBothRefuse(fraction.toString(), Docs.withAssessment(fraction));
      } else {
        outcomes.add(Docs.assertAgree(fraction.toString(), Docs.withAssessment(fraction)));
        assertEquals(List.of(), Docs.schemaErrors(Docs.withAssessment(fraction)));
      }
    }
    assertBothOutcomes(outcomes);
  }

  @Test
  void agreeOnQuestionnaireScores() {
    Set<Boolean> outcomes = new HashSet<>();
    for (Questionnaire questionnaire : Questionnaire.values()) {
      double min = questionnaire.measure().minimum();
      double max = questionnaire.measure().maximum();
      for (double score :
          new double[] {min - 1, min - 0.5, min, 1.5, (min + max) / 2, max, max + 0.5, max + 1}) {
        ObjectNode assessment =
            object(
                "type",
                "questionnaire",
                "id",
                "a-1",
                "takenAt",
                "2026-03-01T10:00:00Z",
                "questionnaire",
                questionnaire.id(),
                "score",
                score);
        outcomes.add(Docs.assertAgree(assessment.toString(), Docs.withAssessment(assessment)));
      }
    }
    assertBothOutcomes(outcomes);
  }

  @Test
  void agreeOnRangesOfMotionAndStrength() {
    Set<Boolean> outcomes = new HashSet<>();
    List<List<String>> motions =
        List.of(
            List.of("hip", "flexion"),
            List.of("knee", "extension"),
            List.of("cervical", "flexion"),
            List.of("cervical", "rotation"),
            List.of("lumbar", "extension"),
            List.of("lumbar", "lateral-flexion"),
            List.of("cervical", "abduction"));
    for (List<String> motion : motions) {
      for (String side : withAbsentAndUnknown(ids(Side.values()))) {
        for (String mode : withAbsentAndUnknown(ids(MotionMode.values()))) {
          double max = RangeOfMotionMeasurement.MAXIMUM_DEGREES;
          for (double degrees : new double[] {-1, -0.5, 0, 90.5, max, max + 0.5}) {
            ObjectNode rom =
                object(
                    "type",
                    "range-of-motion",
                    "id",
                    "a-1",
                    "takenAt",
                    "2026-03-01T10:00:00Z",
                    "joint",
                    motion.get(0),
                    "movement",
                    motion.get(1),
                    "side",
                    side,
                    "mode",
                    mode,
                    "degrees",
                    degrees);
            outcomes.add(Docs.assertAgree(rom.toString(), Docs.withAssessment(rom)));
          }
        }
      }
    }
    for (String muscle : Arrays.asList(null, "gluteus-medius")) {
      for (String joint : Arrays.asList(null, "hip")) {
        for (String movement : Arrays.asList(null, "abduction")) {
          int max = StrengthGrade.MAXIMUM_GRADE;
          for (Object grade : Arrays.asList(-1, 0, max, max + 1, 2.5)) {
            ObjectNode strength =
                object(
                    "type",
                    "strength",
                    "id",
                    "a-1",
                    "takenAt",
                    "2026-03-01T10:00:00Z",
                    "muscle",
                    muscle,
                    "joint",
                    joint,
                    "movement",
                    movement,
                    "side",
                    "left",
                    "grade",
                    grade);
            outcomes.add(Docs.assertAgree(strength.toString(), Docs.withAssessment(strength)));
          }
        }
      }
    }
    assertBothOutcomes(outcomes);
  }

  @Test
  void agreeOnPressurePainThresholds() {
    Set<Boolean> outcomes = new HashSet<>();
    double max = PressurePainThreshold.MAXIMUM_KG_PER_CM2;
    for (Object kg : Arrays.asList(-1, 0, 0.001, 2.5, max - 0.01, max, max + 0.001, max + 1)) {
      ObjectNode ppt =
          object(
              "type",
              "pressure-pain-threshold",
              "id",
              "a-1",
              "takenAt",
              "2026-03-01T10:00:00Z",
              "location",
              object("muscle", "soleus", "side", "right"),
              "readingsKgPerCm2",
              array(2.0, kg));
      outcomes.add(Docs.assertAgree(ppt.toString(), Docs.withAssessment(ppt)));
      ObjectNode exam = examination(true, null, null);
      exam.set("pressurePainThresholdKgPerCm2", SchemaValidation.JSON.valueToTree(kg));
      outcomes.add(
          Docs.assertAgree(
              exam.toString(), Docs.withSessionField("triggerPointExaminations", array(exam))));
    }
    assertBothOutcomes(outcomes);
  }

  @Test
  void agreeOnStructuralEvaluations() {
    Set<Boolean> outcomes = new HashSet<>();
    List<JsonNode> planeLists =
        List.of(
            array(),
            array("sagittal"),
            array("coronal", "transverse"),
            array("sagittal", "coronal", "transverse"));
    List<JsonNode> ranges = new ArrayList<>();
    ranges.add(null);
    for (Integer lower : Arrays.asList(null, 0)) {
      for (Integer upper : Arrays.asList(null, 5)) {
        for (Boolean inclusive : Arrays.asList(null, true, false)) {
          ranges.add(object("lower", lower, "upper", upper, "upperInclusive", inclusive));
        }
      }
    }
    for (JsonNode planes : planeLists) {
      for (JsonNode range : ranges) {
        for (double value : new double[] {-361, -360, 0, 12.5, 360, 361}) {
          ObjectNode finding =
              object(
                  "deviation", "head-tilt", "value", value, "side", "left", "normalRange", range);
          ObjectNode evaluation =
              object(
                  "type",
                  "structural-evaluation",
                  "id",
                  "a-1",
                  "takenAt",
                  "2026-03-01T10:00:00Z",
                  "planesEvaluated",
                  planes,
                  "findings",
                  array(finding));
          ObjectNode document = Docs.withAssessment(evaluation);
          if (!planes.toString().contains("coronal") && planes.size() > 0) {
            // A head tilt lies in the coronal plane: a rule between objects, the reader's alone.
            if (Docs.schemaErrors(document).isEmpty()) {
              Docs.assertOnlyReaderRefuses(evaluation.toString(), document);
            }
          } else {
            outcomes.add(Docs.assertAgree(evaluation.toString(), document));
          }
        }
      }
    }
    assertBothOutcomes(outcomes);
  }

  private static ObjectNode examination(boolean referredPain, JsonNode zones, Object palpation) {
    return object(
        "location",
        object("muscle", "soleus", "side", "right"),
        "tautBand",
        true,
        "hypersensitiveSpot",
        true,
        "referredPain",
        referredPain,
        "referralZonesObserved",
        zones,
        "painRecognition",
        false,
        "palpationPain",
        palpation);
  }

  @Test
  void agreeOnTriggerPointExaminations() {
    Set<Boolean> outcomes = new HashSet<>();
    List<JsonNode> zoneLists =
        Arrays.asList(
            null,
            array(),
            array("calf"),
            array(""),
            array(" \t"),
            array("z".repeat(100)),
            array("z".repeat(101)),
            array("calf", 7));
    for (boolean referredPain : new boolean[] {true, false}) {
      for (JsonNode zones : zoneLists) {
        for (Object palpation : Arrays.asList(null, -1, 0, 10, 11, "5")) {
          ObjectNode exam = examination(referredPain, zones, palpation);
          outcomes.add(
              Docs.assertAgree(
                  exam.toString(), Docs.withSessionField("triggerPointExaminations", array(exam))));
        }
      }
    }
    assertBothOutcomes(outcomes);
  }

  @Test
  void agreeOnTechniqueApplications() {
    Set<Boolean> outcomes = new HashSet<>();
    for (String pressure : withAbsentAndUnknown(ids(PressureLevel.values()))) {
      for (String hold : Arrays.asList(null, "PT1S", "PT0.5S", "PT90S", "PT30M", "P1DT", "90s")) {
        int max = TechniqueApplication.MAXIMUM_REPETITIONS;
        for (Object repetitions : Arrays.asList(null, 0, 1, max, max + 1)) {
          for (Object intensity : Arrays.asList(null, -1, 0, 10, 11)) {
            ObjectNode technique =
                object(
                    "technique",
                    "ischemic-compression",
                    "target",
                    object("muscle", "soleus", "side", "right"),
                    "pressure",
                    pressure,
                    "holdTime",
                    hold,
                    "repetitions",
                    repetitions,
                    "reportedIntensity",
                    intensity);
            outcomes.add(
                Docs.assertAgree(
                    technique.toString(), Docs.withSessionField("techniques", array(technique))));
          }
        }
      }
    }
    assertBothOutcomes(outcomes);
  }

  @Test
  void agreeOnClientResponses() {
    Set<Boolean> outcomes = new HashSet<>();
    for (String soreness : withAbsentAndUnknown(ids(Soreness.values()))) {
      for (String duration : Arrays.asList(null, "PT0S", "PT24H", "P2D", "PT1H30M", "24h")) {
        for (JsonNode events :
            Arrays.asList(
                null,
                array(),
                array(object("kind", "other")),
                array(object("kind", "other", "serious", true, "description", "text")),
                array(object("serious", true)))) {
          ObjectNode response =
              object("soreness", soreness, "sorenessDuration", duration, "adverseEvents", events);
          outcomes.add(
              Docs.assertAgree(response.toString(), Docs.withSessionField("response", response)));
        }
      }
    }
    assertBothOutcomes(outcomes);
  }

  @Test
  void agreeOnSessions() {
    Set<Boolean> outcomes = new HashSet<>();
    for (String duration :
        Arrays.asList("PT1S", "PT60M", "PT1H30M", "PT4H", "PT0.5S", "PT", "PT-1H", "60")) {
      for (Object pain : Arrays.asList(null, -1, 0, 10, 11, 7.5)) {
        for (String stage : withAbsentAndUnknown(ids(Stage.values()))) {
          ObjectNode session = Docs.session();
          session.put("duration", duration);
          if (pain != null) {
            session.set("painBefore", SchemaValidation.JSON.valueToTree(pain));
          }
          if (stage == null) {
            session.remove("stage");
          } else {
            session.put("stage", stage);
          }
          outcomes.add(Docs.assertAgree(session.toString(), Docs.withSession(session)));
        }
      }
    }
    assertBothOutcomes(outcomes);
  }

  @Test
  void agreeOnInstantsDatesAndDurations() {
    Set<Boolean> outcomes = new HashSet<>();
    for (String start :
        List.of(
            "2026-03-02T09:00:00Z",
            "2026-03-02T09:00:00.5Z",
            "2026-03-02T09:00:00.123456789Z",
            "2026-03-02T09:00:00.1234567891Z",
            "2026-03-02T10:00:00+01:00",
            "2026-03-02T04:30:00-04:30",
            "2026-03-02T09:00Z",
            "2026-03-02T09:00:00",
            "2026-03-02T9:00:00Z",
            "2026-02-30T09:00:00Z",
            "2026-02-29T09:00:00Z",
            "2028-02-29T09:00:00Z",
            "2026-03-02T09:00:61Z",
            "2026-03-02T09:00:60Z",
            "2026-03-02T09:00:00+0100",
            "2026-03-02T09:00:00+01",
            " 2026-03-02T09:00:00Z")) {
      ObjectNode session = Docs.session();
      session.put("start", start);
      outcomes.add(Docs.assertAgree("start " + start, Docs.withSession(session)));
    }
    for (String day :
        List.of(
            "2026-03-01",
            "2026-02-29",
            "2028-02-29",
            "2026-13-01",
            "2026-00-10",
            "2026-03-1",
            "20260301")) {
      ObjectNode document = Docs.minimal();
      document.set("intake", object("takenOn", day));
      outcomes.add(Docs.assertAgree("takenOn " + day, document));
    }
    for (String duration :
        List.of(
            "PT1H",
            "PT90M",
            "PT5400S",
            "PT1H30M",
            "PT1H30M0.5S",
            "PT0.000000001S",
            "PT1.0000000001S",
            "P0DT1H",
            "PT1H30",
            "PT1M30H",
            "PTH",
            "P1H",
            "T1H",
            "pt1h ")) {
      outcomes.add(
          Docs.assertAgree("duration " + duration, Docs.withSessionField("duration", duration)));
    }
    assertBothOutcomes(outcomes);
  }

  @Test
  void agreeOnStageTransitions() {
    Set<Boolean> outcomes = new HashSet<>();
    List<String> stages = new ArrayList<>();
    stages.add(null);
    stages.addAll(ids(Stage.values()));
    for (TransitionKind kind : TransitionKind.values()) {
      for (String from : stages) {
        for (String to : stages) {
          for (JsonNode failed : Arrays.asList(null, array(), array("criterion-1"))) {
            for (String trigger : Arrays.asList(null, "pain-flare")) {
              ObjectNode transition =
                  object(
                      "at",
                      "2026-03-02T09:00:00Z",
                      "kind",
                      kind.id(),
                      "fromStage",
                      from,
                      "toStage",
                      to,
                      "therapistId",
                      "t-1",
                      "failedCriteria",
                      failed,
                      "trigger",
                      trigger);
              ObjectNode document = Docs.minimal();
              document.set("transitions", array(transition));
              outcomes.add(Docs.assertAgree(transition.toString(), document));
            }
          }
        }
      }
    }
    assertBothOutcomes(outcomes);
  }

  // ---- the known differences, pinned

  /**
   * Rules between objects, or about a duration's length, that JSON Schema cannot state: the schema
   * accepts these documents and the reader refuses them.
   */
  @Test
  void onlyTheReaderChecksRulesAcrossObjects() {
    List<Mutation> readerOnly =
        List.of(
            setTo("/assessments/1/id", "\"full-001-intake-vas\""),
            setTo(NPRS + "/id", "\"full-001-intake-vas\""),
            setTo(NPRS + "/takenAt", "\"2026-03-02T11:00:00Z\""),
            setTo("/intake/screening/0/resolvedOn", "\"2026-02-01\""),
            setTo(EXAM + "/location/muscle", "\"wing\""),
            setTo(EXAM + "/location/site", "\"no-such-site\""),
            setTo(MRC_MUSCLE + "/muscle", "\"wing\""),
            setTo(POSTURE + "/planesEvaluated", "[\"sagittal\"]"),
            setTo(POSTURE + "/findings/0/normalRange", "{\"lower\":5,\"upper\":0}"),
            setTo(
                POSTURE + "/findings/0/normalRange",
                "{\"lower\":5,\"upper\":5,\"upperInclusive\":false}"),
            setTo("/sessions/0/duration", "\"PT4H1M\""),
            setTo("/sessions/0/duration", "\"PT0S\""),
            setTo(TECHNIQUE + "/holdTime", "\"PT31M\""),
            setTo(TECHNIQUE + "/holdTime", "\"PT0S\""),
            setTo(RESPONSE + "/sorenessDuration", "\"P61D\""),
            setTo("/client/birthYear", "1980.0"),
            setTo("/sessions/0/painBefore", "6.0"),
            setTo("/transitions/0/at", "\"2026-03-06T09:00:00Z\""),
            setTo(
                "/signOffs",
                "[{\"stage\":\"strength\",\"therapistId\":\"t-1\",\"at\":\"2026-03-05T09:00:00Z\"},{\"stage\":\"endurance\",\"therapistId\":\"t-1\",\"at\":\"2026-03-04T09:00:00Z\"}]"));
    JsonNode full = full();
    for (Mutation mutation : readerOnly) {
      JsonNode document = mutation.applyTo(full);
      Docs.assertOnlyReaderRefuses(mutation.name, document);
    }
    ObjectNode twoSessions = Docs.minimal();
    ObjectNode later = Docs.session();
    later.put("start", "2026-03-03T09:00:00Z");
    ObjectNode earlier = Docs.session();
    earlier.put("id", "s-2");
    twoSessions.set("sessions", array(later, earlier));
    Docs.assertOnlyReaderRefuses("sessions out of order", twoSessions);
  }

  /**
   * Spellings {@code java.time}'s parsers tolerate but nmt never writes, and repeated values of a
   * set: once known differences (the schema refused them, the reader took them), now both refuse
   * them, at the same place.
   */
  @Test
  void bothRefuseNonCanonicalSpellingsAndRepeatedValues() {
    List<Mutation> formerlySchemaOnly =
        List.of(
            setTo("/sessions/0/duration", "\"pt1h\""),
            setTo("/sessions/0/duration", "\"+PT60M\""),
            setTo("/sessions/0/duration", "\"PT2H-30M\""),
            setTo("/sessions/0/duration", "\"PT1H0,5S\""),
            setTo("/intake/screening/1/clearance/givenOn", "\"+12026-02-20\""),
            setTo("/sessions/0/start", "\"2026-03-02t09:00:00z\""),
            setTo("/sessions/0/start", "\"2026-03-02T10:00:00+01:00\""),
            setTo("/transitions/0/at", "\"2026-03-01T24:00:00Z\""),
            setTo("/signOffs/0/at", "\"2026-06-30T23:59:60Z\""),
            setTo("/formatVersion", "\"01.0\""),
            setTo("/formatVersion", "\"1.01\""),
            setTo("/client/activityProfiles/1", "\"runner\""),
            setTo("/client/presentingConditions", "[\"low-back-pain\",\"low-back-pain\"]"),
            setTo(POSTURE + "/planesEvaluated", "[\"coronal\",\"sagittal\",\"coronal\"]"));
    JsonNode full = full();
    for (Mutation mutation : formerlySchemaOnly) {
      Docs.assertBothRefuse(mutation.name, mutation.applyTo(full));
    }
  }

  /** A grid that only accepts or only refuses tests nothing about the limits it crosses. */
  private static void assertBothOutcomes(Set<Boolean> outcomes) {
    assertEquals(Set.of(true, false), outcomes, "the grid must hold valid and invalid documents");
  }

  private static List<String> ids(Enum<?>[] constants) {
    List<String> ids = new ArrayList<>();
    for (Enum<?> constant : constants) {
      ids.add(EnumIds.id(constant));
    }
    return ids;
  }

  private static List<String> withAbsentAndUnknown(List<String> ids) {
    List<String> values = new ArrayList<>();
    values.add(null);
    values.addAll(ids);
    values.add("no-such-value");
    return values;
  }
}
