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
import org.nmt.core.stage.Stage;
import org.nmt.core.style.EnumIds;
import org.nmt.io.json.DocumentKind;
import org.nmt.io.json.Documents;

/**
 * The treatment-plan schema and {@link Documents#readPlan(byte[])} judge documents alike: over
 * hand-made bad documents and grids of values around the limits of planned sessions; the known
 * differences are pinned.
 */
class PlanSchemaReaderAgreementTest {
  private static final DocumentKind PLAN = DocumentKind.TREATMENT_PLAN;
  private static final String TECHNIQUE = "/sessions/1/techniques/0";

  private static JsonNode full() {
    return SchemaValidation.parse(Documents.toBytes(FullDocuments.plan()));
  }

  private static final List<Mutation> INVALID =
      List.of(
          // unknown fields
          setTo("/extra", "1"),
          setTo("/client/name", "\"Ann\""),
          setTo("/intake/note", "\"x\""),
          setTo("/sessions/0/therapistId", "\"t-1\""),
          setTo("/sessions/0/painBefore", "3"),
          setTo(TECHNIQUE + "/target/depth", "2"),
          setTo(TECHNIQUE + "/note", "\"x\""),
          // enum values
          setTo("/sessions/0/stage", "\"stage-6\""),
          setTo("/sessions/0/stage", "\"STRUCTURAL_CORRECTION\""),
          setTo("/client/sex", "\"unknown\""),
          setTo("/client/activityProfiles/0", "\"swimmer\""),
          setTo("/intake/screening/0/item", "\"broken-bone\""),
          setTo(TECHNIQUE + "/technique", "\"massage\""),
          setTo(TECHNIQUE + "/pressure", "\"extreme\""),
          setTo(TECHNIQUE + "/target/side", "\"up\""),
          // required fields missing
          without("/kind"),
          without("/formatVersion"),
          without("/id"),
          without("/client"),
          without("/intake"),
          without("/client/id"),
          without("/intake/takenOn"),
          without("/sessions/0/start"),
          without("/sessions/0/duration"),
          without("/sessions/0/stage"),
          without(TECHNIQUE + "/technique"),
          without(TECHNIQUE + "/target"),
          without(TECHNIQUE + "/target/muscle"),
          without(TECHNIQUE + "/target/side"),
          // wrong types and nulls
          setTo("/id", "7"),
          setTo("/sessions", "{}"),
          setTo("/sessions/0", "null"),
          setTo("/sessions/0", "[]"),
          setTo("/sessions/1/techniques", "\"ischemic-compression\""),
          setTo("/sessions/0/start", "1772442000"),
          setTo("/sessions/0/duration", "3600"),
          setTo("/sessions/0/stage", "null"),
          setTo(TECHNIQUE + "/repetitions", "\"3\""),
          setTo("/client", "\"c-1\""),
          // kind and version
          setTo("/kind", "\"client-record\""),
          setTo("/kind", "\"treatment_plan\""),
          setTo("/formatVersion", "\"2.0\""),
          setTo("/formatVersion", "\"0.9\""),
          setTo("/formatVersion", "\"1\""),
          setTo("/formatVersion", "\"1.0\\n\""),
          // ids
          setTo("/id", "\"-plan\""),
          setTo("/id", "\"\""),
          setTo("/id", "\"a b\""),
          setTo("/id", "\"" + "p".repeat(65) + "\""),
          setTo(TECHNIQUE + "/target/muscle", "\"Soleus\""),
          setTo(TECHNIQUE + "/target/site", "\"medial_head\""),
          // instants and durations
          setTo("/sessions/0/start", "\"2026-03-09\""),
          setTo("/sessions/0/start", "\"2026-03-09T09:00:00\""),
          setTo("/sessions/0/start", "\"2026-03-09 09:00:00Z\""),
          setTo("/sessions/0/start", "\"2026-02-30T09:00:00Z\""),
          setTo("/sessions/0/duration", "\"PT\""),
          setTo("/sessions/0/duration", "\"45 minutes\""),
          setTo("/sessions/0/duration", "\"P1W\""),
          setTo(TECHNIQUE + "/holdTime", "\"90s\""),
          // ranges and rules of the shared objects
          setTo(TECHNIQUE + "/repetitions", "0"),
          setTo(TECHNIQUE + "/repetitions", "1001"),
          setTo(TECHNIQUE + "/reportedIntensity", "11"),
          setTo("/client/birthYear", "1899"),
          without("/intake/screening/0/region"),
          setTo("/intake/screening/2/clearance", "{\"givenOn\":\"2026-02-20\"}"));

  @Test
  void bothRefuseEveryHandMadeInvalidDocument() {
    JsonNode full = full();
    assertTrue(Docs.assertAgree(PLAN, "the full plan", full), "the full plan is valid");
    List<String> names = new ArrayList<>();
    for (Mutation mutation : INVALID) {
      Docs.assertBothRefuse(PLAN, mutation.name, mutation.applyTo(full));
      names.add(mutation.name);
    }
    assertEquals(names.size(), new HashSet<>(names).size(), "each mutation once");
  }

  private static ObjectNode minimal() {
    return object(
        "kind",
        "treatment-plan",
        "formatVersion",
        "1.0",
        "id",
        "p-1",
        "client",
        object("id", "c-1"),
        "intake",
        object("takenOn", "2026-03-01"));
  }

  @Test
  void agreeOnPlannedSessions() {
    Set<Boolean> outcomes = new HashSet<>();
    List<String> stages = new ArrayList<>();
    stages.add(null);
    for (Stage stage : Stage.values()) {
      stages.add(EnumIds.id(stage));
    }
    stages.add("stage-6");
    for (String start :
        Arrays.asList(null, "2026-03-02T09:00:00Z", "2026-03-02T09:00:00.25Z", "2026-03-02")) {
      for (String duration :
          Arrays.asList(null, "PT1S", "PT45M", "PT1H30M", "PT4H", "PT0.5S", "PT", "PT-1H", "45")) {
        for (String stage : stages) {
          for (JsonNode techniques :
              Arrays.asList(
                  null,
                  array(),
                  array(
                      object(
                          "technique",
                          "friction",
                          "target",
                          object("muscle", "soleus", "side", "left"))),
                  array(object("technique", "friction")))) {
            ObjectNode document = minimal();
            document.set(
                "sessions",
                array(
                    object(
                        "start",
                        start,
                        "duration",
                        duration,
                        "stage",
                        stage,
                        "techniques",
                        techniques)));
            outcomes.add(Docs.assertAgree(PLAN, document.toString(), document));
          }
        }
      }
    }
    assertEquals(Set.of(true, false), outcomes, "the grid holds valid and invalid documents");
  }

  @Test
  void agreeThatSessionsNeedNoOrder() {
    ObjectNode document = minimal();
    document.set(
        "sessions",
        array(
            object("start", "2026-03-09T09:00:00Z", "duration", "PT1H", "stage", "strength"),
            object(
                "start", "2026-03-02T09:00:00Z", "duration", "PT1H", "stage", "pain-elimination"),
            object(
                "start", "2026-03-02T09:00:00Z", "duration", "PT1H", "stage", "pain-elimination")));
    assertTrue(Docs.assertAgree(PLAN, "sessions out of order", document));
  }

  // ---- the known differences, pinned

  /**
   * The catalog, a session's length and integers written with a fraction: the schema accepts these
   * documents and the reader refuses them.
   */
  @Test
  void onlyTheReaderChecksTheCatalogAndLengths() {
    List<Mutation> readerOnly =
        List.of(
            setTo(TECHNIQUE + "/target/muscle", "\"wing\""),
            setTo(TECHNIQUE + "/target/site", "\"no-such-site\""),
            setTo(TECHNIQUE + "/target/side", "\"midline\""),
            setTo("/sessions/0/duration", "\"PT4H1S\""),
            setTo("/sessions/0/duration", "\"PT0S\""),
            setTo(TECHNIQUE + "/holdTime", "\"PT31M\""),
            setTo(TECHNIQUE + "/repetitions", "3.0"),
            setTo("/intake/screening/0/resolvedOn", "\"2026-02-01\""));
    JsonNode full = full();
    for (Mutation mutation : readerOnly) {
      Docs.assertOnlyReaderRefuses(PLAN, mutation.name, mutation.applyTo(full));
    }
  }

  /**
   * Spellings {@code java.time}'s parsers tolerate but nmt never writes, and repeated values of a
   * set: both refuse them, at the same place.
   */
  @Test
  void bothRefuseNonCanonicalSpellingsAndRepeatedValues() {
    List<Mutation> refused =
        List.of(
            setTo("/sessions/0/duration", "\"pt45m\""),
            setTo("/sessions/0/start", "\"2026-03-09t09:00:00z\""),
            setTo("/sessions/0/start", "\"2026-03-09T10:00:00+01:00\""),
            setTo("/intake/takenOn", "\"+2026-03-01\""),
            setTo("/client/activityProfiles/1", "\"runner\""));
    JsonNode full = full();
    for (Mutation mutation : refused) {
      Docs.assertBothRefuse(PLAN, mutation.name, mutation.applyTo(full));
    }
  }
}
