package org.nmt.io.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nmt.io.schema.Docs.array;
import static org.nmt.io.schema.Docs.object;
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
import org.nmt.core.assessment.EnduranceTestKind;
import org.nmt.io.json.DocumentKind;
import org.nmt.io.json.Documents;

/**
 * The protocol-definition schema and {@link Documents#readProtocol(byte[])} judge documents alike:
 * over hand-made bad documents, and over grids of values around every parameter range of every
 * criterion and regression rule (the ranges of the Java checks); the known differences are pinned.
 */
class ProtocolSchemaReaderAgreementTest {
  private static final DocumentKind PROTOCOL = DocumentKind.PROTOCOL_DEFINITION;
  private static final String SESSIONS = "/gates/0/criteria/0";
  private static final String NO_ACTIVE = "/gates/0/criteria/1";
  private static final String PAIN = "/gates/0/criteria/2";
  private static final String PPT = "/gates/0/criteria/3";
  private static final String FLARE = "/gates/0/criteria/4";
  private static final String SIGN_OFF = "/gates/0/criteria/5";
  private static final String STRUCTURE = "/gates/1/criteria/0";
  private static final String ROM = "/gates/1/criteria/1";
  private static final String STRENGTH = "/gates/1/criteria/2";
  private static final String ENDURANCE = "/gates/1/criteria/3";
  private static final String PAIN_RULE = "/regressionRules/0";
  private static final String TRIGGER_RULE = "/regressionRules/1";

  private static JsonNode full() {
    return SchemaValidation.parse(Documents.toBytes(FullDocuments.definition()));
  }

  private static final List<Mutation> INVALID =
      List.of(
          // unknown fields
          setTo("/extra", "1"),
          setTo("/gates/0/note", "\"x\""),
          setTo(SESSIONS + "/rise", "2"),
          setTo(NO_ACTIVE + "/sessions", "3"),
          setTo(SIGN_OFF + "/by", "\"t-1\""),
          setTo(ENDURANCE + "/targets/plank", "60"),
          setTo(ENDURANCE + "/targets/Biering-Sorensen", "60"),
          setTo(PAIN_RULE + "/stage", "\"strength\""),
          setTo(TRIGGER_RULE + "/rise", "2"),
          // enum values and tags
          setTo("/stages/0", "\"stage-6\""),
          setTo("/gates/0/stage", "\"PAIN_ELIMINATION\""),
          setTo(SESSIONS + "/criterion", "\"minimum-visits\""),
          setTo(SIGN_OFF + "/criterion", "\"sign-off\""),
          setTo(PAIN_RULE + "/rule", "\"moon-phase\""),
          setTo(PAIN_RULE + "/returnTo", "\"rest\""),
          setTo(ROM + "/joints/0", "\"toe\""),
          // required fields missing
          without("/kind"),
          without("/formatVersion"),
          without("/name"),
          without("/version"),
          without("/stages"),
          without("/gates"),
          without("/gates/0/stage"),
          without("/gates/0/criteria"),
          without(SESSIONS + "/criterion"),
          without(SESSIONS + "/sessions"),
          without(PAIN + "/maximum"),
          without(PAIN + "/sessions"),
          without(PPT + "/minimumChange"),
          without(FLARE + "/rise"),
          without(STRUCTURE + "/minimumImprovement"),
          without(ROM + "/percentOfNorm"),
          without(ROM + "/sideDifferencePercent"),
          without(STRENGTH + "/grade"),
          without(ENDURANCE + "/targets"),
          without(PAIN_RULE + "/rule"),
          without(PAIN_RULE + "/rise"),
          without(PAIN_RULE + "/returnTo"),
          without(TRIGGER_RULE + "/returnTo"),
          // wrong types and nulls
          setTo("/name", "7"),
          setTo("/version", "1.2"),
          setTo("/stages", "\"pain-elimination\""),
          setTo("/gates", "{}"),
          setTo("/gates/0/criteria", "{}"),
          setTo("/gates/0/criteria/0", "\"minimum-sessions\""),
          setTo(SESSIONS + "/sessions", "\"3\""),
          setTo(SESSIONS + "/sessions", "3.5"),
          setTo(PAIN + "/maximum", "true"),
          setTo(PPT + "/minimumChange", "\"0.62\""),
          setTo(ROM + "/joints", "\"knee\""),
          setTo(ROM + "/joints/0", "7"),
          setTo(STRENGTH + "/muscles", "\"vastus-medialis\""),
          setTo(ENDURANCE + "/targets", "[176]"),
          setTo(ENDURANCE + "/targets/biering-sorensen", "\"176\""),
          setTo(ENDURANCE + "/targets/biering-sorensen", "null"),
          setTo(PAIN_RULE + "/rise", "2.5"),
          setTo("/regressionRules/0", "null"),
          // kind and version
          setTo("/kind", "\"treatment-plan\""),
          setTo("/kind", "\"protocol\""),
          setTo("/formatVersion", "\"2.0\""),
          setTo("/formatVersion", "\"1.0.0\""),
          // names and versions
          setTo("/name", "\"Full-Protocol\""),
          setTo("/name", "\"full protocol\""),
          setTo("/name", "\"full--protocol\""),
          setTo("/name", "\"-full\""),
          setTo("/name", "\"\""),
          setTo("/name", "\"" + "p".repeat(65) + "\""),
          setTo("/name", "\"full\\n\""),
          setTo("/version", "\"1\""),
          setTo("/version", "\"1.2.3.4\""),
          setTo("/version", "\"v1.2\""),
          setTo("/version", "\"1.2\\n\""),
          setTo("/version", "\"\""),
          // parameter ranges
          setTo(SESSIONS + "/sessions", "0"),
          setTo(SESSIONS + "/sessions", "101"),
          setTo(PAIN + "/maximum", "-1"),
          setTo(PAIN + "/maximum", "11"),
          setTo(PAIN + "/sessions", "0"),
          setTo(PAIN + "/sessions", "21"),
          setTo(PPT + "/minimumChange", "0"),
          setTo(PPT + "/minimumChange", "-0.5"),
          setTo(PPT + "/minimumChange", "20.01"),
          setTo(FLARE + "/rise", "0"),
          setTo(FLARE + "/rise", "11"),
          setTo(STRUCTURE + "/minimumImprovement", "0"),
          setTo(STRUCTURE + "/minimumImprovement", "90.5"),
          setTo(ROM + "/percentOfNorm", "0"),
          setTo(ROM + "/percentOfNorm", "200.5"),
          setTo(ROM + "/sideDifferencePercent", "-1"),
          setTo(ROM + "/sideDifferencePercent", "100.5"),
          setTo(STRENGTH + "/grade", "-1"),
          setTo(STRENGTH + "/grade", "6"),
          setTo(ENDURANCE + "/targets/biering-sorensen", "-1"),
          setTo(ENDURANCE + "/targets/biering-sorensen", "240.5"),
          setTo(ENDURANCE + "/targets/other-repetitions", "1001"),
          setTo(PAIN_RULE + "/rise", "0"),
          setTo(PAIN_RULE + "/rise", "11"),
          // arrays
          setTo("/stages", "[]"),
          setTo("/gates", "[]"),
          setTo("/gates/0/criteria", "[]"),
          setTo("/stages/1", "\"pain-elimination\""),
          // a parameter of one criterion in another
          setTo(STRUCTURE, "{\"criterion\":\"structure-corrected\",\"minimumChange\":5}"),
          setTo(SESSIONS + "/criterion", "\"no-pain-flare\""),
          setTo(FLARE + "/criterion", "\"minimum-sessions\""),
          setTo(PAIN_RULE + "/rule", "\"new-active-trigger-point\""),
          setTo(TRIGGER_RULE + "/rule", "\"pain-flare\""));

  @Test
  void bothRefuseEveryHandMadeInvalidDocument() {
    JsonNode full = full();
    assertTrue(Docs.assertAgree(PROTOCOL, "the full definition", full), "it is valid");
    List<String> names = new ArrayList<>();
    for (Mutation mutation : INVALID) {
      Docs.assertBothRefuse(PROTOCOL, mutation.name, mutation.applyTo(full));
      names.add(mutation.name);
    }
    assertEquals(names.size(), new HashSet<>(names).size(), "each mutation once");
  }

  // ---- grids of values around every parameter range

  /** A one-stage definition whose only gate holds {@code criterion}. */
  private static ObjectNode withCriterion(ObjectNode criterion) {
    return object(
        "kind",
        "protocol-definition",
        "formatVersion",
        "1.0",
        "name",
        "p",
        "version",
        "1.0",
        "stages",
        array("strength"),
        "gates",
        array(object("stage", "strength", "criteria", array(criterion))));
  }

  private static final List<Object> INTEGERS =
      Arrays.asList(null, -1, 0, 1, 2, 5, 6, 10, 11, 20, 21, 100, 101, 2.5, "3", true);
  private static final List<Object> NUMBERS =
      Arrays.asList(
          null, -1, -0.001, 0, 0.001, 0.62, 5, 20, 20.001, 90, 90.5, 100, 100.5, 200, 200.001, "5");

  private static void grid(
      String criterion, String parameter, List<Object> values, Set<Boolean> outcomes) {
    for (Object value : values) {
      ObjectNode node = object("criterion", criterion, parameter, value);
      outcomes.add(Docs.assertAgree(PROTOCOL, node.toString(), withCriterion(node)));
    }
  }

  @Test
  void agreeOnEveryOneParameterCriterion() {
    Set<Boolean> outcomes = new HashSet<>();
    grid("minimum-sessions", "sessions", INTEGERS, outcomes);
    grid("no-pain-flare", "rise", INTEGERS, outcomes);
    grid("pressure-pain-threshold-improved", "minimumChange", NUMBERS, outcomes);
    grid("structure-corrected", "minimumImprovement", NUMBERS, outcomes);
    grid("no-active-trigger-points", "rise", Arrays.asList(null, 2), outcomes);
    grid("therapist-sign-off", "sessions", Arrays.asList(null, 2), outcomes);
    grid("no-such-criterion", "sessions", Arrays.asList(null, 2), outcomes);
    assertBothOutcomes(outcomes);
  }

  @Test
  void agreeOnPainControlled() {
    Set<Boolean> outcomes = new HashSet<>();
    for (Object maximum : INTEGERS) {
      for (Object sessions : Arrays.asList(null, 0, 1, 20, 21, 1.5)) {
        ObjectNode node =
            object("criterion", "pain-controlled", "maximum", maximum, "sessions", sessions);
        outcomes.add(Docs.assertAgree(PROTOCOL, node.toString(), withCriterion(node)));
      }
    }
    assertBothOutcomes(outcomes);
  }

  @Test
  void agreeOnRangeOfMotionRestored() {
    Set<Boolean> outcomes = new HashSet<>();
    for (JsonNode joints :
        Arrays.asList(null, array(), array("knee"), array("knee", "hip"), array("toe"))) {
      for (Object percent : NUMBERS) {
        for (Object difference : Arrays.asList(null, -0.5, 0, 10, 100, 100.5)) {
          ObjectNode node =
              object(
                  "criterion",
                  "range-of-motion-restored",
                  "joints",
                  joints,
                  "percentOfNorm",
                  percent,
                  "sideDifferencePercent",
                  difference);
          outcomes.add(Docs.assertAgree(PROTOCOL, node.toString(), withCriterion(node)));
        }
      }
    }
    assertBothOutcomes(outcomes);
  }

  @Test
  void agreeOnStrengthRestored() {
    Set<Boolean> outcomes = new HashSet<>();
    for (JsonNode muscles :
        Arrays.asList(
            null,
            array(),
            array("vastus-medialis"),
            array("vastus-medialis", "soleus"),
            array(7))) {
      for (Object grade : INTEGERS) {
        ObjectNode node =
            object("criterion", "strength-restored", "grade", grade, "muscles", muscles);
        outcomes.add(Docs.assertAgree(PROTOCOL, node.toString(), withCriterion(node)));
      }
    }
    assertBothOutcomes(outcomes);
  }

  @Test
  void agreeOnEnduranceTargets() {
    Set<Boolean> outcomes = new HashSet<>();
    for (EnduranceTestKind test : EnduranceTestKind.values()) {
      double max = test.maximum();
      for (Object target : Arrays.asList(-1, -0.5, 0, 2.5, 39, max, max + 0.5, max + 1, "39")) {
        ObjectNode targets = object(test.id(), target);
        ObjectNode node = object("criterion", "endurance-reached", "targets", targets);
        outcomes.add(Docs.assertAgree(PROTOCOL, node.toString(), withCriterion(node)));
      }
    }
    for (JsonNode targets : Arrays.asList(null, object(), array(), object("plank", 30))) {
      ObjectNode node = object("criterion", "endurance-reached", "targets", targets);
      outcomes.add(Docs.assertAgree(PROTOCOL, node.toString(), withCriterion(node)));
    }
    assertBothOutcomes(outcomes);
  }

  @Test
  void agreeOnRegressionRules() {
    Set<Boolean> outcomes = new HashSet<>();
    for (String rule : Arrays.asList(null, "pain-flare", "new-active-trigger-point", "moon")) {
      for (Object rise : Arrays.asList(null, 0, 1, 10, 11, 2.5)) {
        for (String returnTo : Arrays.asList(null, "strength", "no-such-stage")) {
          ObjectNode document = withCriterion(object("criterion", "therapist-sign-off"));
          document.set(
              "regressionRules", array(object("rule", rule, "rise", rise, "returnTo", returnTo)));
          outcomes.add(Docs.assertAgree(PROTOCOL, document.toString(), document));
        }
      }
    }
    assertBothOutcomes(outcomes);
  }

  @Test
  void agreeOnNamesVersionsAndStages() {
    Set<Boolean> outcomes = new HashSet<>();
    for (String name :
        Arrays.asList("p", "nmt-seeds", "a".repeat(64), "a".repeat(65), "P", "a_b", "a-", "")) {
      for (String version : Arrays.asList("1.0", "0.10.200", "1", "1.0.0.0", "1.a", "01.1")) {
        ObjectNode document = withCriterion(object("criterion", "therapist-sign-off"));
        document.put("name", name);
        document.put("version", version);
        outcomes.add(Docs.assertAgree(PROTOCOL, document.toString(), document));
      }
    }
    assertBothOutcomes(outcomes);
  }

  // ---- the known differences, pinned

  /**
   * Rules across objects that JSON Schema cannot state, and integers written with a fraction: the
   * schema accepts these documents and the reader refuses them.
   */
  @Test
  void onlyTheReaderChecksRulesAcrossObjects() {
    List<Mutation> readerOnly =
        List.of(
            without("/gates/1"),
            setTo("/stages", "[\"flexibility\",\"pain-elimination\"]"),
            setTo("/gates/0/stage", "\"flexibility\""),
            setTo(NO_ACTIVE, "{\"criterion\":\"minimum-sessions\",\"sessions\":2}"),
            setTo(PAIN_RULE + "/returnTo", "\"strength\""),
            setTo(TRIGGER_RULE + "/returnTo", "\"endurance\""),
            setTo(SESSIONS + "/sessions", "3.0"),
            setTo(STRENGTH + "/grade", "4.0"));
    JsonNode full = full();
    for (Mutation mutation : readerOnly) {
      Docs.assertOnlyReaderRefuses(PROTOCOL, mutation.name, mutation.applyTo(full));
    }
  }

  /**
   * Repeated joints, muscles and stages, muscle ids that are not slugs, and non-canonical format
   * versions: once known differences (the reader kept one of each repeated value and took any
   * muscle id), now both refuse them, at the same place.
   */
  @Test
  void bothRefuseRepeatsAndNonCanonicalSpellings() {
    List<Mutation> formerlySchemaOnly =
        List.of(
            setTo(ROM + "/joints/0", "\"knee\""),
            setTo(STRENGTH + "/muscles/1", "\"vastus-medialis\""),
            setTo(STRENGTH + "/muscles/0", "\"Vastus medialis\""),
            setTo("/stages", "[\"pain-elimination\",\"pain-elimination\"]"),
            setTo("/formatVersion", "\"01.0\""));
    JsonNode full = full();
    for (Mutation mutation : formerlySchemaOnly) {
      Docs.assertBothRefuse(PROTOCOL, mutation.name, mutation.applyTo(full));
    }
  }

  private static void assertBothOutcomes(Set<Boolean> outcomes) {
    assertEquals(Set.of(true, false), outcomes, "the grid must hold valid and invalid documents");
  }
}
