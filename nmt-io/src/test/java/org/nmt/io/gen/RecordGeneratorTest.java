package org.nmt.io.gen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.nmt.core.anatomy.BodyRegion;
import org.nmt.core.anatomy.MuscleCatalog;
import org.nmt.core.anatomy.Side;
import org.nmt.core.assessment.EnduranceTestKind;
import org.nmt.core.assessment.Joint;
import org.nmt.core.assessment.MotionMode;
import org.nmt.core.assessment.Movement;
import org.nmt.core.assessment.PainContext;
import org.nmt.core.assessment.PainScale;
import org.nmt.core.assessment.Plane;
import org.nmt.core.assessment.PosturalDeviation;
import org.nmt.core.assessment.Questionnaire;
import org.nmt.core.client.ActivityProfile;
import org.nmt.core.client.Condition;
import org.nmt.core.client.ScreeningItem;
import org.nmt.core.client.Sex;
import org.nmt.core.record.ClientRecord;
import org.nmt.core.record.TransitionKind;
import org.nmt.core.session.AdverseEventKind;
import org.nmt.core.session.Soreness;
import org.nmt.core.stage.Stage;
import org.nmt.core.style.EnumIds;
import org.nmt.core.technique.PressureLevel;
import org.nmt.core.technique.Technique;
import org.nmt.io.json.Documents;

/**
 * Checks that the generated records cover the format: every field of every object present, every
 * optional field also absent, every enum constant written, and free text marked.
 */
class RecordGeneratorTest {
  private static final int RECORDS = 500;

  /** Each object of the format (by its field name, and type for assessments): its fields. */
  private static final ImmutableMap<String, Fields> SHAPES =
      ImmutableMap.<String, Fields>builder()
          .put(
              "",
              new Fields(
                  "kind formatVersion client intake", "assessments sessions transitions signOffs"))
          .put("client", new Fields("id", "birthYear sex activityProfiles presentingConditions"))
          .put("intake", new Fields("takenOn", "screening chiefComplaint"))
          .put("screening", new Fields("item", "region side clearance resolvedOn"))
          .put("clearance", new Fields("givenOn", ""))
          .put("assessments:pain-rating", new Fields("type id takenAt scale context value", ""))
          .put(
              "assessments:pressure-pain-threshold",
              new Fields("type id takenAt location readingsKgPerCm2", ""))
          .put(
              "assessments:range-of-motion",
              new Fields("type id takenAt joint movement side degrees mode", ""))
          .put(
              "assessments:strength",
              new Fields("type id takenAt side grade", "muscle joint movement"))
          .put("assessments:endurance", new Fields("type id takenAt test side value", ""))
          .put(
              "assessments:structural-evaluation",
              new Fields("type id takenAt planesEvaluated", "findings"))
          .put("assessments:questionnaire", new Fields("type id takenAt questionnaire score", ""))
          .put("location", new Fields("muscle side", "site"))
          .put("target", new Fields("muscle side", "site"))
          .put("findings", new Fields("deviation value", "side normalRange"))
          .put("normalRange", new Fields("upperInclusive", "lower upper"))
          .put(
              "sessions",
              new Fields(
                  "id therapistId start duration stage",
                  "painBefore painAfter triggerPointExaminations assessments techniques response"
                      + " note"))
          .put(
              "triggerPointExaminations",
              new Fields(
                  "location tautBand hypersensitiveSpot referredPain painRecognition"
                      + " localTwitchResponse jumpSign",
                  "referralZonesObserved palpationPain pressurePainThresholdKgPerCm2"))
          .put(
              "techniques",
              new Fields("technique target pressure", "holdTime repetitions reportedIntensity"))
          .put("response", new Fields("soreness", "sorenessDuration adverseEvents"))
          .put("adverseEvents", new Fields("kind serious", "description"))
          .put("note", new Fields("", "subjective objective assessment plan"))
          .put(
              "transitions",
              new Fields(
                  "at kind", "fromStage toStage therapistId justification failedCriteria trigger"))
          .put("signOffs", new Fields("stage therapistId at", ""))
          .build();

  /** The enum each enum-valued field (by shape and field name) takes its ids from. */
  private static final ImmutableMap<String, Class<? extends Enum<?>>> ENUMS =
      ImmutableMap.<String, Class<? extends Enum<?>>>builder()
          .put("client.sex", Sex.class)
          .put("client.activityProfiles", ActivityProfile.class)
          .put("client.presentingConditions", Condition.class)
          .put("screening.item", ScreeningItem.class)
          .put("screening.region", BodyRegion.class)
          .put("screening.side", Side.class)
          .put("assessments:pain-rating.scale", PainScale.class)
          .put("assessments:pain-rating.context", PainContext.class)
          .put("assessments:range-of-motion.joint", Joint.class)
          .put("assessments:range-of-motion.movement", Movement.class)
          .put("assessments:range-of-motion.mode", MotionMode.class)
          .put("assessments:strength.side", Side.class)
          .put("assessments:strength.joint", Joint.class)
          .put("assessments:strength.movement", Movement.class)
          .put("assessments:endurance.test", EnduranceTestKind.class)
          .put("assessments:endurance.side", Side.class)
          .put("assessments:structural-evaluation.planesEvaluated", Plane.class)
          .put("assessments:questionnaire.questionnaire", Questionnaire.class)
          .put("findings.deviation", PosturalDeviation.class)
          .put("findings.side", Side.class)
          .put("sessions.stage", Stage.class)
          .put("techniques.technique", Technique.class)
          .put("techniques.pressure", PressureLevel.class)
          .put("response.soreness", Soreness.class)
          .put("adverseEvents.kind", AdverseEventKind.class)
          .put("transitions.kind", TransitionKind.class)
          .put("transitions.fromStage", Stage.class)
          .put("transitions.toStage", Stage.class)
          .put("signOffs.stage", Stage.class)
          .build();

  private static final ImmutableSet<String> FREE_TEXT =
      ImmutableSet.of(
          "intake.chiefComplaint",
          "note.subjective",
          "note.objective",
          "note.assessment",
          "note.plan",
          "adverseEvents.description",
          "transitions.justification",
          "triggerPointExaminations.referralZonesObserved");

  private final ObjectMapper mapper = new ObjectMapper();

  /** Fields always written and fields sometimes written, each a space-separated list. */
  private static final class Fields {
    final Set<String> required;
    final Set<String> optional;

    Fields(String required, String optional) {
      this.required = split(required);
      this.optional = split(optional);
    }

    private static Set<String> split(String names) {
      return names.isEmpty()
          ? ImmutableSet.of()
          : ImmutableSet.copyOf(Arrays.asList(names.split(" ")));
    }
  }

  /** What the objects of the generated documents held. */
  private static final class Seen {
    final Map<String, Set<String>> union = new HashMap<>();
    final Map<String, Set<String>> intersection = new HashMap<>();
    final Map<String, Set<String>> values = new HashMap<>();
  }

  @Test
  void coversEveryFieldPresentAndAbsentEveryEnumConstantAndMarksFreeText() {
    Seen seen = new Seen();
    qt().withFixedSeed(20261124L)
        .withExamples(RECORDS)
        .forAll(RecordGenerator.records())
        .checkAssert(record -> walk(tree(record), "", seen));

    assertEquals(new TreeSet<>(SHAPES.keySet()), new TreeSet<>(seen.union.keySet()));
    SHAPES.forEach(
        (shape, fields) -> {
          Set<String> all = new TreeSet<>(fields.required);
          all.addAll(fields.optional);
          assertEquals(all, new TreeSet<>(seen.union.get(shape)), "fields of " + shape);
          assertEquals(
              new TreeSet<>(fields.required),
              new TreeSet<>(seen.intersection.get(shape)),
              "fields always present in " + shape);
        });
    ENUMS.forEach(
        (field, type) -> {
          Set<String> ids =
              Arrays.stream(type.getEnumConstants())
                  .map(EnumIds::id)
                  .collect(Collectors.toCollection(TreeSet::new));
          assertEquals(ids, new TreeSet<>(seen.values.get(field)), field);
        });
    for (String field : FREE_TEXT) {
      Set<String> texts = seen.values.get(field);
      assertTrue(texts.size() > 10, field);
      for (String text : texts) {
        assertTrue(text.contains(RecordGenerator.MARKER), field);
      }
    }
  }

  @Test
  void coversEveryMuscleOfTheStandardCatalog() {
    Seen seen = new Seen();
    qt().withFixedSeed(20261125L)
        .withExamples(RECORDS)
        .forAll(RecordGenerator.records())
        .checkAssert(record -> walk(tree(record), "", seen));
    Set<String> muscles = new TreeSet<>(seen.values.get("location.muscle"));
    muscles.addAll(seen.values.get("target.muscle"));
    Set<String> catalog = new TreeSet<>();
    MuscleCatalog.standard().muscles().forEach(m -> catalog.add(m.id()));
    assertEquals(catalog, muscles);
  }

  @Test
  void drawsTheSameRecordFromTheSameSeed() {
    for (long seed = 0; seed < 50; seed++) {
      ClientRecord first = RecordGenerator.record(new Random(seed));
      assertEquals(first, RecordGenerator.record(new Random(seed)));
      assertEquals(first, Documents.readRecord(Documents.toBytes(first)));
    }
  }

  private JsonNode tree(ClientRecord record) {
    try {
      return mapper.readTree(Documents.toBytes(record));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void walk(JsonNode object, String shape, Seen seen) {
    String key = object.has("type") ? shape + ":" + object.get("type").textValue() : shape;
    Set<String> fields = new HashSet<>();
    object.fieldNames().forEachRemaining(fields::add);
    seen.union.computeIfAbsent(key, k -> new HashSet<>()).addAll(fields);
    seen.intersection.computeIfAbsent(key, k -> new HashSet<>(fields)).retainAll(fields);
    Iterator<Map.Entry<String, JsonNode>> entries = object.fields();
    while (entries.hasNext()) {
      Map.Entry<String, JsonNode> entry = entries.next();
      JsonNode value = entry.getValue();
      Set<String> values =
          seen.values.computeIfAbsent(key + "." + entry.getKey(), k -> new HashSet<>());
      if (value.isObject()) {
        walk(value, entry.getKey(), seen);
      } else if (value.isArray()) {
        for (JsonNode element : value) {
          if (element.isObject()) {
            walk(element, entry.getKey(), seen);
          } else {
            values.add(element.asText());
          }
        }
      } else {
        values.add(value.asText());
      }
    }
  }
}
