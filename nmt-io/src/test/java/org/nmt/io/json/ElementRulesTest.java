package org.nmt.io.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.nmt.core.scenario.SeedScenarios;

/**
 * A rule that spans the elements of a record's lists (sessions in order of time, unique ids, a
 * screening item resolved after the intake) is refused at the element it found wrong, with that
 * element's line and column, not at the document's root.
 */
class ElementRulesTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** The runner's record document, pretty printed, changed by {@code change}. */
  private static DocumentException refusal(Consumer<ObjectNode> change) throws IOException {
    ObjectNode root = (ObjectNode) MAPPER.readTree(Documents.toBytes(SeedScenarios.runner()));
    change.accept(root);
    byte[] json = MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(root);
    return assertThrows(DocumentException.class, () -> Documents.readRecord(json));
  }

  private static ArrayNode sessions(ObjectNode root) {
    return (ArrayNode) root.get("sessions");
  }

  @Test
  void aSessionBeforeTheOneAboveItIsRefusedAtItself() throws IOException {
    DocumentException e =
        refusal(
            root -> {
              // the first two sessions swapped: the second listed starts before the first
              ArrayNode sessions = sessions(root);
              sessions.insert(0, sessions.remove(1));
            });
    assertEquals("/sessions/1", e.pointer());
    assertTrue(e.rule().startsWith("sessions[1]: session '"), e.rule());
    assertTrue(e.line() > 1, "located: " + e.getMessage());
  }

  @Test
  void aRepeatedIdIsRefusedAtTheRepeat() throws IOException {
    DocumentException session =
        refusal(
            root ->
                ((ObjectNode) sessions(root).get(2))
                    .put("id", sessions(root).get(0).get("id").textValue()));
    assertEquals("/sessions/2", session.pointer());
    assertTrue(session.rule().startsWith("sessions[2]: duplicate session id '"), session.rule());
    DocumentException assessment =
        refusal(
            root -> {
              ObjectNode repeat = (ObjectNode) sessions(root).get(1).get("assessments").get(0);
              repeat.put("id", root.get("assessments").get(0).get("id").textValue());
            });
    assertEquals("/sessions/1/assessments/0", assessment.pointer());
    assertTrue(assessment.line() > 1, "located: " + assessment.getMessage());
  }

  @Test
  void aTransitionBeforeThePreviousOneIsRefusedAtItself() throws IOException {
    DocumentException e =
        refusal(
            root -> {
              ArrayNode transitions = (ArrayNode) root.get("transitions");
              ((ObjectNode) transitions.get(1)).put("at", "2000-01-01T00:00:00Z");
            });
    assertEquals("/transitions/1", e.pointer());
    assertTrue(e.rule().startsWith("transitions[1]: at 2000-01-01T00:00:00Z is before"), e.rule());
  }

  @Test
  void aScreeningItemResolvedBeforeTheIntakeIsRefusedAtItsResolution() throws IOException {
    DocumentException e =
        refusal(
            root ->
                ((ObjectNode) root.get("intake").get("screening").get(0))
                    .put("resolvedOn", "2000-01-01"));
    assertEquals("/intake/screening/0/resolvedOn", e.pointer());
    assertTrue(e.rule().startsWith("screening[0].resolvedOn must not be before"), e.rule());
    assertTrue(e.line() > 1, "located: " + e.getMessage());
  }
}
