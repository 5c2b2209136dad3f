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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.nmt.core.anatomy.BodyRegion;
import org.nmt.core.anatomy.FunctionalGroup;
import org.nmt.core.anatomy.MuscleCatalog;
import org.nmt.core.anatomy.Side;
import org.nmt.core.anatomy.TissueKind;
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
import org.nmt.core.reference.Evidence;
import org.nmt.core.scenario.SeedScenarios;
import org.nmt.core.session.AdverseEventKind;
import org.nmt.core.session.Soreness;
import org.nmt.core.stage.Stage;
import org.nmt.core.style.EnumIds;
import org.nmt.core.technique.PressureLevel;
import org.nmt.core.technique.Technique;
import org.nmt.io.json.DocumentKind;
import org.nmt.io.json.Documents;
import org.nmt.protocol.criterion.Criterion;
import org.nmt.protocol.definition.ProtocolDefinition;
import org.nmt.protocol.definition.Protocols;
import org.nmt.protocol.definition.RegressionRule;

/**
 * The shape of every schema: its enum lists are those of the Java enums (or of the Java types its
 * discriminators stand for), it forbids unknown fields everywhere, its references resolve (across
 * schemas by {@code $id}) and its definitions are used, it shares the client-record definitions
 * instead of copying them, and every field it declares is one the writer writes, and the other way
 * round.
 */
class SchemaShapeTest {
  private static final String CLIENT_RECORD = "urn:nmt:schema:client-record:1.0#/$defs/";

  /** The Java enums of the client-record schema, named by their simple name. */
  private static final List<Class<? extends Enum<?>>> CLIENT_RECORD_ENUMS =
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

  private static JsonNode defs(DocumentKind kind) {
    return SchemaTrees.tree(kind).get("$defs");
  }

  /** Every enum of the schema of {@code kind} and the values it must have, from the Java side. */
  private static Map<String, List<String>> expectedEnums(DocumentKind kind) {
    Map<String, List<String>> expected = new LinkedHashMap<>();
    switch (kind) {
      case CLIENT_RECORD:
        CLIENT_RECORD_ENUMS.forEach(type -> putEnum(expected, type));
        expected.put("avoidLocalAreaItem", screeningItems(ScreeningCategory.AVOID_LOCAL_AREA));
        expected.put("needsClearanceItem", screeningItems(ScreeningCategory.NEEDS_CLEARANCE));
        expected.put("assessmentType", variantTags(kind, "assessment"));
        expected.put(
            "spinalJoint",
            ids(Arrays.stream(Joint.values()).filter(Joint::isSpinal).toArray(Joint[]::new)));
        expected.put("sidedSpinalMovement", sidedSpinalMovements());
        break;
      case PROTOCOL_DEFINITION:
        expected.put("criterionId", variantTags(kind, "criterion"));
        expected.put("regressionRuleId", variantTags(kind, "regressionRule"));
        break;
      case MUSCLE_CATALOG:
        putEnum(expected, TissueKind.class);
        putEnum(expected, FunctionalGroup.class);
        putEnum(expected, Evidence.class);
        break;
      default:
        break;
    }
    return expected;
  }

  private static void putEnum(Map<String, List<String>> expected, Class<? extends Enum<?>> type) {
    String name = type.getSimpleName();
    expected.put(
        Character.toLowerCase(name.charAt(0)) + name.substring(1), ids(type.getEnumConstants()));
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

  // ---- discriminated unions

  /** The discriminator of the union {@code $defs/union}: its one required field. */
  private static String discriminator(DocumentKind kind, String union) {
    JsonNode required = defs(kind).get(union).get("required");
    assertEquals(1, required.size(), union + " has one required field, its discriminator");
    return required.get(0).textValue();
  }

  /** The variants of the union {@code $defs/union}, in order. */
  private static List<JsonNode> variants(DocumentKind kind, String union) {
    List<JsonNode> variants = new ArrayList<>();
    for (JsonNode variant : defs(kind).get(union).get("oneOf")) {
      variants.add(SchemaTrees.resolve(kind, variant.get("$ref").textValue()).node);
    }
    return variants;
  }

  /** The discriminator constants of the variants of {@code $defs/union}, in order. */
  private static List<String> variantTags(DocumentKind kind, String union) {
    String tag = discriminator(kind, union);
    List<String> tags = new ArrayList<>();
    for (JsonNode variant : variants(kind, union)) {
      tags.add(variant.at("/properties/" + tag + "/const").textValue());
    }
    return tags;
  }

  /** The {@code ID} constants of the implementations of a sealed Java type. */
  private static Set<String> javaIds(Class<?> sealed) {
    Set<String> ids = new TreeSet<>();
    for (Class<?> type : sealed.getPermittedSubclasses()) {
      try {
        ids.add((String) type.getField("ID").get(null));
      } catch (ReflectiveOperationException e) {
        throw new AssertionError(type + " has no public ID", e);
      }
    }
    return ids;
  }

  @ParameterizedTest
  @EnumSource(DocumentKind.class)
  void enumsAreTheIdsOfTheJavaEnums(DocumentKind kind) {
    Map<String, List<String>> expected = expectedEnums(kind);
    Set<String> inSchema = new TreeSet<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = defs(kind).fields(); it.hasNext(); ) {
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

  @ParameterizedTest
  @EnumSource(DocumentKind.class)
  void enumsAppearOnlyInDefs(DocumentKind kind) {
    List<String> misplaced = new ArrayList<>();
    SchemaTrees.walk(
        SchemaTrees.tree(kind),
        "",
        (node, pointer) -> {
          if (node.has("enum") && !pointer.matches("/\\$defs/[A-Za-z]+")) {
            misplaced.add(pointer);
          }
        });
    assertEquals(List.of(), misplaced, "enums belong in $defs, where they are checked");
  }

  @Test
  void unionVariantsAreTheJavaTypes() {
    assertEquals(
        Assessment.class.getPermittedSubclasses().length,
        variantTags(DocumentKind.CLIENT_RECORD, "assessment").size());
    assertEquals(7, variantTags(DocumentKind.CLIENT_RECORD, "assessment").size());
    assertEquals(
        javaIds(Criterion.class),
        new TreeSet<>(variantTags(DocumentKind.PROTOCOL_DEFINITION, "criterion")));
    assertEquals(10, variantTags(DocumentKind.PROTOCOL_DEFINITION, "criterion").size());
    assertEquals(
        javaIds(RegressionRule.class),
        new TreeSet<>(variantTags(DocumentKind.PROTOCOL_DEFINITION, "regressionRule")));
    assertEquals(2, variantTags(DocumentKind.PROTOCOL_DEFINITION, "regressionRule").size());
  }

  @Test
  void enduranceTargetsAreTheTestsUpToTheirMaximum() {
    JsonNode targets = defs(DocumentKind.PROTOCOL_DEFINITION).get("enduranceTargets");
    List<String> tests = new ArrayList<>();
    targets.get("properties").fieldNames().forEachRemaining(tests::add);
    assertEquals(ids(EnduranceTestKind.values()), tests);
    for (EnduranceTestKind test : EnduranceTestKind.values()) {
      JsonNode target = targets.get("properties").get(test.id());
      assertEquals(0, target.get("minimum").doubleValue(), test.id());
      assertEquals(test.maximum(), target.get("maximum").doubleValue(), test.id());
    }
  }

  @ParameterizedTest
  @EnumSource(DocumentKind.class)
  void everyObjectForbidsUnknownFields(DocumentKind kind) {
    List<String> open = new ArrayList<>();
    SchemaTrees.walk(
        SchemaTrees.tree(kind),
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
    for (Iterator<Map.Entry<String, JsonNode>> it = defs(kind).fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> def = it.next();
      if (def.getValue().path("oneOf").path(0).has("$ref")) {
        for (JsonNode variant : variants(kind, def.getKey())) {
          assertFalse(variant.get("additionalProperties").booleanValue(), variant.toString());
        }
      }
    }
  }

  @ParameterizedTest
  @EnumSource(DocumentKind.class)
  void everyPatternIsAnchoredAtBothEnds(DocumentKind kind) {
    List<String> loose = new ArrayList<>();
    SchemaTrees.walk(
        SchemaTrees.tree(kind),
        "",
        (node, pointer) -> {
          JsonNode pattern = node.get("pattern");
          if (pattern != null
              && !pattern.textValue().equals("\\S")
              && !(pattern.textValue().startsWith("^")
                  && pattern.textValue().endsWith("(?![\\s\\S])"))) {
            loose.add(pointer);
          }
        });
    assertEquals(List.of(), loose, "a pattern is ^...(?![\\s\\S]), or \\S for 'not blank'");
  }

  @ParameterizedTest
  @EnumSource(DocumentKind.class)
  void everyReferenceResolvesAndEveryDefIsUsed(DocumentKind kind) {
    Set<String> used = new TreeSet<>();
    SchemaTrees.walk(
        SchemaTrees.tree(kind),
        "",
        (node, pointer) -> {
          if (node.has("$ref")) {
            String ref = node.get("$ref").textValue();
            assertTrue(
                ref.startsWith("#/$defs/") || ref.startsWith(CLIENT_RECORD),
                pointer
                    + ": a $ref into this schema's or the client-record schema's $defs: "
                    + ref);
            SchemaTrees.Located target = SchemaTrees.resolve(kind, ref);
            if (target.kind == kind) {
              used.add(SchemaTrees.defName(ref));
            }
          }
        });
    Set<String> defined = new TreeSet<>();
    defs(kind).fieldNames().forEachRemaining(defined::add);
    assertEquals(defined, used);
  }

  @Test
  void theOtherSchemasShareTheClientRecordDefinitionsInsteadOfCopyingThem() {
    Set<String> shared = new TreeSet<>();
    defs(DocumentKind.CLIENT_RECORD).fieldNames().forEachRemaining(shared::add);
    for (DocumentKind kind : DocumentKind.values()) {
      if (kind != DocumentKind.CLIENT_RECORD) {
        Set<String> own = new TreeSet<>();
        defs(kind).fieldNames().forEachRemaining(own::add);
        own.retainAll(shared);
        assertEquals(Set.of(), own, kind.id() + " defines again what client-record defines");
      }
    }
    Set<String> planRefs = new TreeSet<>();
    SchemaTrees.walk(
        SchemaTrees.tree(DocumentKind.TREATMENT_PLAN),
        "",
        (node, pointer) -> {
          if (node.has("$ref") && node.get("$ref").textValue().startsWith(CLIENT_RECORD)) {
            planRefs.add(SchemaTrees.defName(node.get("$ref").textValue()));
          }
        });
    assertTrue(
        planRefs.containsAll(Set.of("client", "intake", "techniqueApplication")), "" + planRefs);
    assertTrue(
        defs(DocumentKind.CLIENT_RECORD)
            .at("/techniqueApplication/properties/target/$ref")
            .textValue()
            .equals("#/$defs/location"),
        "technique targets are client-record locations");
  }

  /** The documents that, written, hold every field of the kind's format. */
  private static List<byte[]> documents(DocumentKind kind) {
    List<byte[]> documents = new ArrayList<>();
    switch (kind) {
      case CLIENT_RECORD:
        SeedScenarios.all().forEach(record -> documents.add(Documents.toBytes(record)));
        documents.add(Documents.toBytes(FullRecord.create()));
        break;
      case TREATMENT_PLAN:
        for (ClientRecord record : SeedScenarios.all()) {
          documents.add(Documents.toBytes(TreatmentPlanSchemaTest.planOf(record)));
        }
        documents.add(Documents.toBytes(FullDocuments.plan()));
        break;
      case PROTOCOL_DEFINITION:
        for (ProtocolDefinition definition : Protocols.builtIns()) {
          documents.add(Documents.toBytes(definition));
        }
        documents.add(Documents.toBytes(FullDocuments.definition()));
        break;
      default:
        documents.add(Documents.toBytes(MuscleCatalog.standard()));
        documents.add(Documents.toBytes(FullDocuments.catalog()));
        break;
    }
    return documents;
  }

  @ParameterizedTest
  @EnumSource(DocumentKind.class)
  void everyDeclaredFieldIsWrittenBySomeDocument(DocumentKind kind) {
    String prefix = kind.id() + ":";
    Set<String> written = new TreeSet<>();
    for (byte[] document : documents(kind)) {
      cover(
          kind,
          SchemaTrees.tree(kind),
          prefix + "(root)",
          SchemaValidation.parse(document),
          written);
    }
    written.removeIf(field -> !field.startsWith(prefix));
    Set<String> declared = new TreeSet<>();
    declared(SchemaTrees.tree(kind), prefix + "(root)", declared);
    for (Iterator<Map.Entry<String, JsonNode>> it = defs(kind).fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> def = it.next();
      declared(def.getValue(), prefix + def.getKey(), declared);
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

  /**
   * Records {@code kind:def.field} for every field of {@code document} as the schemas see it,
   * following references into other schemas.
   */
  private static void cover(
      DocumentKind kind, JsonNode schema, String name, JsonNode document, Set<String> written) {
    String defName = name;
    JsonNode def = schema;
    DocumentKind defKind = kind;
    if (schema.has("$ref")) {
      String ref = schema.get("$ref").textValue();
      SchemaTrees.Located target = SchemaTrees.resolve(kind, ref);
      defKind = target.kind;
      def = target.node;
      defName = defKind.id() + ":" + SchemaTrees.defName(ref);
    }
    if (document.isArray()) {
      for (JsonNode element : document) {
        cover(defKind, def.get("items"), defName + "[]", element, written);
      }
      return;
    }
    if (!document.isObject()) {
      return;
    }
    if (def.has("oneOf") && def.get("oneOf").get(0).has("$ref")) {
      String tag = def.get("required").get(0).textValue();
      for (JsonNode variant : def.get("oneOf")) {
        SchemaTrees.Located target = SchemaTrees.resolve(defKind, variant.get("$ref").textValue());
        if (target.node.at("/properties/" + tag + "/const").equals(document.get(tag))) {
          written.add(defName + "." + tag);
          cover(defKind, variant, defName, document, written);
          return;
        }
      }
      throw new AssertionError("no variant of " + defName + " for " + document.get(tag));
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = document.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> field = it.next();
      written.add(defName + "." + field.getKey());
      JsonNode property = def.path("properties").path(field.getKey());
      if (!property.isMissingNode()) {
        cover(defKind, property, defName + "." + field.getKey(), field.getValue(), written);
      }
    }
  }

  private static List<String> texts(JsonNode array) {
    List<String> texts = new ArrayList<>();
    array.forEach(value -> texts.add(value.textValue()));
    return texts;
  }
}
