package org.nmt.io.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.nmt.core.anatomy.BodyRegion;
import org.nmt.core.anatomy.Side;
import org.nmt.core.assessment.Assessment;
import org.nmt.core.assessment.EnduranceTestKind;
import org.nmt.core.assessment.Joint;
import org.nmt.core.assessment.MotionMode;
import org.nmt.core.assessment.Movement;
import org.nmt.core.assessment.PainContext;
import org.nmt.core.assessment.PainScale;
import org.nmt.core.assessment.Plane;
import org.nmt.core.assessment.PosturalDeviation;
import org.nmt.core.assessment.Questionnaire;
import org.nmt.core.assessment.RangeOfMotionMeasurement;
import org.nmt.core.client.ActivityProfile;
import org.nmt.core.client.Condition;
import org.nmt.core.client.ScreeningCategory;
import org.nmt.core.client.ScreeningItem;
import org.nmt.core.client.Sex;
import org.nmt.core.id.AssessmentId;
import org.nmt.core.record.ClientRecord;
import org.nmt.core.record.TransitionKind;
import org.nmt.core.scenario.SeedScenarios;
import org.nmt.core.session.AdverseEventKind;
import org.nmt.core.session.Soreness;
import org.nmt.core.stage.Stage;
import org.nmt.core.style.EnumIds;
import org.nmt.core.technique.PressureLevel;
import org.nmt.core.technique.Technique;
import org.nmt.io.json.DocumentKind;
import org.nmt.io.json.Documents;

/**
 * The client-record schema's enum lists are those of the Java enums, it forbids unknown fields
 * everywhere, and every field it declares is one the writer writes.
 */
class ClientRecordSchemaShapeTest {
  private static final JsonNode SCHEMA = SchemaValidation.tree(DocumentKind.CLIENT_RECORD);
  private static final JsonNode DEFS = SCHEMA.get("$defs");

  /** The Java enums whose ids fill an enum of {@code $defs}, named by their simple name. */
  private static final List<Class<? extends Enum<?>>> ENUMS =
      List.of(
          Sex.class,
          ActivityProfile.class,
          Condition.class,
          ScreeningItem.class,
          BodyRegion.class,
          Side.class,
          Stage.class,
          Technique.class,
          PressureLevel.class,
          Soreness.class,
          AdverseEventKind.class,
          TransitionKind.class,
          PainScale.class,
          PainContext.class,
          Joint.class,
          Movement.class,
          MotionMode.class,
          EnduranceTestKind.class,
          Plane.class,
          PosturalDeviation.class,
          Questionnaire.class);

  /** Every enum of the schema and the values it must have, computed from the Java enums. */
  private static Map<String, List<String>> expectedEnums() {
    Map<String, List<String>> expected = new LinkedHashMap<>();
    for (Class<? extends Enum<?>> type : ENUMS) {
      String name = type.getSimpleName();
      expected.put(
          Character.toLowerCase(name.charAt(0)) + name.substring(1), ids(type.getEnumConstants()));
    }
    expected.put("avoidLocalAreaItem", screeningItems(ScreeningCategory.AVOID_LOCAL_AREA));
    expected.put("needsClearanceItem", screeningItems(ScreeningCategory.NEEDS_CLEARANCE));
    expected.put("assessmentType", assessmentVariantTypes());
    expected.put(
        "spinalJoint",
        ids(Arrays.stream(Joint.values()).filter(Joint::isSpinal).toArray(Joint[]::new)));
    expected.put("sidedSpinalMovement", sidedSpinalMovements());
    return expected;
  }

  /** The movements the domain model measures per side at every spinal joint. */
  private static List<String> sidedSpinalMovements() {
    List<String> sided = new ArrayList<>();
    for (Movement movement : Movement.values()) {
      boolean perSide = true;
      for (Joint joint : Joint.values()) {
        if (joint.isSpinal()) {
          perSide &= measurableOn(joint, movement, Side.LEFT);
          assertTrue(
              perSide != measurableOn(joint, movement, Side.MIDLINE),
              joint.id() + " " + movement.id() + " is measured either per side or on the midline");
        }
      }
      if (perSide) {
        sided.add(movement.id());
      }
    }
    return sided;
  }

  private static boolean measurableOn(Joint joint, Movement movement, Side side) {
    try {
      RangeOfMotionMeasurement.builder()
          .id(AssessmentId.of("a-1"))
          .takenAt(Instant.EPOCH)
          .joint(joint)
          .movement(movement)
          .side(side)
          .degrees(10)
          .build();
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static List<String> ids(Enum<?>[] constants) {
    List<String> ids = new ArrayList<>();
    for (Enum<?> constant : constants) {
      ids.add(EnumIds.id(constant));
    }
    return ids;
  }

  private static List<String> screeningItems(ScreeningCategory category) {
    return ids(
        Arrays.stream(ScreeningItem.values())
            .filter(item -> item.category() == category)
            .toArray(ScreeningItem[]::new));
  }

  /** The {@code type} constants of the variants of {@code $defs/assessment}, in order. */
  private static List<String> assessmentVariantTypes() {
    List<String> types = new ArrayList<>();
    for (JsonNode variant : DEFS.at("/assessment/oneOf")) {
      types.add(resolve(variant).at("/properties/type/const").textValue());
    }
    return types;
  }

  private static JsonNode resolve(JsonNode schema) {
    JsonNode ref = schema.get("$ref");
    return ref == null ? schema : SCHEMA.at(ref.textValue().substring(1));
  }

  private static List<String> texts(JsonNode array) {
    List<String> texts = new ArrayList<>();
    array.forEach(value -> texts.add(value.textValue()));
    return texts;
  }

  @Test
  void enumsAreTheIdsOfTheJavaEnums() {
    Map<String, List<String>> expected = expectedEnums();
    Set<String> inSchema = new TreeSet<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = DEFS.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> def = it.next();
      if (def.getValue().has("enum")) {
        inSchema.add(def.getKey());
        List<String> values = expected.get(def.getKey());
        assertTrue(values != null, "$defs/" + def.getKey() + " is an enum of no Java enum");
        assertEquals(
            values,
            texts(def.getValue().get("enum")),
            "$defs/"
                + def.getKey()
                + " must be, in this order: "
                + values.stream().map(v -> '"' + v + '"').collect(Collectors.joining(", ")));
      }
    }
    assertEquals(new TreeSet<>(expected.keySet()), inSchema);
  }

  @Test
  void enumsAppearOnlyInDefs() {
    List<String> misplaced = new ArrayList<>();
    walk(
        SCHEMA,
        "",
        (node, pointer) -> {
          if (node.has("enum") && !pointer.matches("/\\$defs/[A-Za-z]+")) {
            misplaced.add(pointer);
          }
        });
    assertEquals(List.of(), misplaced, "enums belong in $defs, where they are checked");
  }

  @Test
  void assessmentVariantsAreTheJavaAssessmentTypes() {
    assertEquals(Assessment.class.getPermittedSubclasses().length, assessmentVariantTypes().size());
    assertEquals(7, assessmentVariantTypes().size());
  }

  @Test
  void everyObjectForbidsUnknownFields() {
    List<String> open = new ArrayList<>();
    walk(
        SCHEMA,
        "",
        (node, pointer) -> {
          if (node.path("type").asText().equals("object") && !node.has("oneOf")) {
            if (!node.path("additionalProperties").isBoolean()
                || node.get("additionalProperties").booleanValue()) {
              open.add(pointer);
            }
          }
        });
    assertEquals(List.of(), open);
    for (JsonNode variant : DEFS.at("/assessment/oneOf")) {
      assertFalse(resolve(variant).get("additionalProperties").booleanValue(), variant.toString());
    }
  }

  @Test
  void everyReferenceResolvesAndEveryDefIsUsed() {
    Set<String> used = new TreeSet<>();
    walk(
        SCHEMA,
        "",
        (node, pointer) -> {
          if (node.has("$ref")) {
            String ref = node.get("$ref").textValue();
            assertTrue(ref.startsWith("#/$defs/"), pointer + ": " + ref);
            assertFalse(SCHEMA.at(ref.substring(1)).isMissingNode(), pointer + ": " + ref);
            used.add(ref.substring("#/$defs/".length()));
          }
        });
    Set<String> defined = new TreeSet<>();
    DEFS.fieldNames().forEachRemaining(defined::add);
    assertEquals(defined, used);
  }

  @Test
  void everyDeclaredFieldIsWrittenBySomeDocument() {
    Set<String> written = new TreeSet<>();
    List<ClientRecord> records = new ArrayList<>(SeedScenarios.all());
    records.add(FullRecord.create());
    for (ClientRecord record : records) {
      cover(SCHEMA, "(root)", SchemaValidation.parse(Documents.toBytes(record)), written);
    }
    Set<String> declared = new TreeSet<>();
    declared(SCHEMA, "(root)", declared);
    for (Iterator<Map.Entry<String, JsonNode>> it = DEFS.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> def = it.next();
      declared(def.getValue(), def.getKey(), declared);
    }
    Set<String> neverWritten = new TreeSet<>(declared);
    neverWritten.removeAll(written);
    assertEquals(Set.of(), neverWritten, "declared in the schema, never written");
    Set<String> undeclared = new TreeSet<>(written);
    undeclared.removeAll(declared);
    assertEquals(Set.of(), undeclared, "written, not declared in the schema");
  }

  private static void declared(JsonNode schema, String name, Set<String> declared) {
    schema
        .path("properties")
        .fieldNames()
        .forEachRemaining(field -> declared.add(name + "." + field));
  }

  /** Records {@code def.field} for every field of {@code document} as the schema sees it. */
  private static void cover(JsonNode schema, String name, JsonNode document, Set<String> written) {
    String defName = name;
    JsonNode def = schema;
    if (schema.has("$ref")) {
      String ref = schema.get("$ref").textValue();
      defName = ref.substring(ref.lastIndexOf('/') + 1);
      def = resolve(schema);
    }
    if (document.isArray()) {
      for (JsonNode element : document) {
        cover(def.get("items"), defName + "[]", element, written);
      }
      return;
    }
    if (!document.isObject()) {
      return;
    }
    if (def.has("oneOf") && def.get("oneOf").get(0).has("$ref")) {
      for (JsonNode variant : def.get("oneOf")) {
        if (resolve(variant).at("/properties/type/const").equals(document.get("type"))) {
          written.add(defName + ".type");
          cover(variant, defName, document, written);
          return;
        }
      }
      throw new AssertionError("no variant of " + defName + " for " + document.get("type"));
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = document.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> field = it.next();
      written.add(defName + "." + field.getKey());
      JsonNode property = def.path("properties").path(field.getKey());
      if (!property.isMissingNode()) {
        cover(property, defName + "." + field.getKey(), field.getValue(), written);
      }
    }
  }

  /** Visits every object node of {@code node} with its JSON Pointer. */
  static void walk(JsonNode node, String pointer, Visitor visitor) {
    if (node.isObject()) {
      visitor.visit(node, pointer);
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> field = it.next();
        walk(
            field.getValue(),
            pointer + "/" + field.getKey().replace("~", "~0").replace("/", "~1"),
            visitor);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        walk(node.get(i), pointer + "/" + i, visitor);
      }
    }
  }

  /** Visits one object node of a schema. */
  @FunctionalInterface
  interface Visitor {
    void visit(JsonNode node, String pointer);
  }
}
