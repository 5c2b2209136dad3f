package org.nmt.io.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ContainerNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.ValidationMessage;
import java.util.List;
import java.util.Optional;
import org.nmt.io.json.DocumentException;
import org.nmt.io.json.DocumentKind;
import org.nmt.io.json.Documents;

/**
 * Builds small client-record documents as JSON trees and puts each to both judges: the JSON Schema
 * (through a real validator) and {@link Documents#readRecord(byte[])}.
 */
final class Docs {
  static final String SESSION_START = "2026-03-02T09:00:00Z";

  private Docs() {}

  /** An object of the given field names and values; a {@code null} value leaves the field out. */
  static ObjectNode object(Object... namesAndValues) {
    ObjectNode object = SchemaValidation.JSON.createObjectNode();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      if (namesAndValues[i + 1] != null) {
        object.set((String) namesAndValues[i], node(namesAndValues[i + 1]));
      }
    }
    return object;
  }

  /** An array of the given values. */
  static ArrayNode array(Object... values) {
    ArrayNode array = SchemaValidation.JSON.createArrayNode();
    for (Object value : values) {
      array.add(node(value));
    }
    return array;
  }

  private static JsonNode node(Object value) {
    return value instanceof JsonNode ? (JsonNode) value : SchemaValidation.JSON.valueToTree(value);
  }

  /** The smallest valid client record document. */
  static ObjectNode minimal() {
    return object(
        "kind",
        "client-record",
        "formatVersion",
        "1.0",
        "client",
        object("id", "c-1"),
        "intake",
        object("takenOn", "2026-03-01"));
  }

  /** The smallest valid session, starting at {@link #SESSION_START} and lasting an hour. */
  static ObjectNode session() {
    return object(
        "id",
        "s-1",
        "therapistId",
        "t-1",
        "start",
        SESSION_START,
        "duration",
        "PT60M",
        "stage",
        "pain-elimination");
  }

  /** The minimal document with {@code assessment} taken outside a session. */
  static ObjectNode withAssessment(ObjectNode assessment) {
    ObjectNode document = minimal();
    document.set("assessments", array(assessment));
    return document;
  }

  /** The minimal document with {@code session}. */
  static ObjectNode withSession(ObjectNode session) {
    ObjectNode document = minimal();
    document.set("sessions", array(session));
    return document;
  }

  /** The minimal session with {@code field} set to {@code value}, in the minimal document. */
  static ObjectNode withSessionField(String field, Object value) {
    ObjectNode session = session();
    session.set(field, node(value));
    return withSession(session);
  }

  /** Sets the node at {@code pointer} (whose parent exists) to the JSON {@code json}. */
  static void set(JsonNode document, String pointer, String json) {
    JsonNode value = parse(json);
    ContainerNode<?> parent = parent(document, pointer);
    String last = pointer.substring(pointer.lastIndexOf('/') + 1);
    if (parent instanceof ArrayNode) {
      ((ArrayNode) parent).set(Integer.parseInt(last), value);
    } else {
      ((ObjectNode) parent).set(last, value);
    }
  }

  /** Removes the node at {@code pointer}, which must exist. */
  static void remove(JsonNode document, String pointer) {
    assertTrue(!document.at(pointer).isMissingNode(), "nothing to remove at " + pointer);
    ContainerNode<?> parent = parent(document, pointer);
    String last = pointer.substring(pointer.lastIndexOf('/') + 1);
    if (parent instanceof ArrayNode) {
      ((ArrayNode) parent).remove(Integer.parseInt(last));
    } else {
      ((ObjectNode) parent).remove(last);
    }
  }

  private static ContainerNode<?> parent(JsonNode document, String pointer) {
    JsonNode parent = document.at(pointer.substring(0, pointer.lastIndexOf('/')));
    assertTrue(parent.isContainerNode(), "no object or array at the parent of " + pointer);
    return (ContainerNode<?>) parent;
  }

  private static JsonNode parse(String json) {
    try {
      return SchemaValidation.JSON.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(json, e);
    }
  }

  static byte[] bytes(JsonNode document) {
    try {
      return SchemaValidation.JSON.writeValueAsBytes(document);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Why the client-record reader refuses {@code document}, or empty if it reads it. */
  static Optional<DocumentException> readerRefusal(JsonNode document) {
    return readerRefusal(DocumentKind.CLIENT_RECORD, document);
  }

  /** Why the reader of {@code kind} refuses {@code document}, or empty if it reads it. */
  static Optional<DocumentException> readerRefusal(DocumentKind kind, JsonNode document) {
    byte[] json = bytes(document);
    try {
      switch (kind) {
        case CLIENT_RECORD:
          Documents.readRecord(json);
          break;
        case TREATMENT_PLAN:
          Documents.readPlan(json);
          break;
        case PROTOCOL_DEFINITION:
          Documents.readProtocol(json);
          break;
        default:
          Documents.readCatalog(json);
          break;
      }
      return Optional.empty();
    } catch (DocumentException e) {
      return Optional.of(e);
    }
  }

  /** Why the client-record schema refuses {@code document}, or empty if it is valid. */
  static List<ValidationMessage> schemaErrors(JsonNode document) {
    return SchemaValidation.errors(DocumentKind.CLIENT_RECORD, document);
  }

  /**
   * Asserts that the client-record schema and reader both accept or both refuse {@code document},
   * and returns whether they accept it.
   */
  static boolean assertAgree(String label, JsonNode document) {
    return assertAgree(DocumentKind.CLIENT_RECORD, label, document);
  }

  /**
   * Asserts that the schema and the reader of {@code kind} both accept or both refuse {@code
   * document}, and returns whether they accept it.
   */
  static boolean assertAgree(DocumentKind kind, String label, JsonNode document) {
    Optional<DocumentException> refusal = readerRefusal(kind, document);
    List<ValidationMessage> errors = SchemaValidation.errors(kind, document);
    if (refusal.isPresent() == errors.isEmpty()) {
      fail(
          label
              + ": "
              + (refusal.isPresent()
                  ? "the reader refuses (" + refusal.get().getMessage() + ") but the schema accepts"
                  : "the reader accepts but the schema refuses:"
                      + SchemaValidation.describe(errors))
              + "\n"
              + document);
    }
    return errors.isEmpty();
  }

  /** {@link #assertBothRefuse(DocumentKind, String, JsonNode)} for a client record. */
  static void assertBothRefuse(String label, JsonNode document) {
    assertBothRefuse(DocumentKind.CLIENT_RECORD, label, document);
  }

  /**
   * Asserts that the schema and the reader of {@code kind} both refuse {@code document}, and that
   * the schema complains at, inside or around the reader's JSON Pointer.
   */
  static void assertBothRefuse(DocumentKind kind, String label, JsonNode document) {
    Optional<DocumentException> refusal = readerRefusal(kind, document);
    List<ValidationMessage> errors = SchemaValidation.errors(kind, document);
    assertTrue(refusal.isPresent(), label + ": the reader accepts it");
    assertTrue(
        !errors.isEmpty(),
        label + ": the schema accepts it; the reader says " + refusal.get().getMessage());
    String pointer = refusal.get().pointer();
    boolean near =
        errors.stream()
            .map(error -> error.getInstanceLocation().toString())
            .anyMatch(location -> related(location, pointer));
    assertTrue(
        near,
        label
            + ": the reader refuses at '"
            + pointer
            + "', the schema elsewhere:"
            + SchemaValidation.describe(errors));
  }

  /** Whether one pointer is the other or one of its ancestors. */
  static boolean related(String a, String b) {
    return a.equals(b)
        || a.startsWith(b + "/")
        || b.startsWith(a + "/")
        || a.isEmpty()
        || b.isEmpty();
  }

  /** Asserts that the client-record reader refuses {@code document} while the schema accepts it. */
  static void assertOnlyReaderRefuses(String label, JsonNode document) {
    assertOnlyReaderRefuses(DocumentKind.CLIENT_RECORD, label, document);
  }

  /**
   * Asserts that the reader of {@code kind} refuses {@code document} while the schema accepts it.
   */
  static void assertOnlyReaderRefuses(DocumentKind kind, String label, JsonNode document) {
    assertTrue(readerRefusal(kind, document).isPresent(), label + ": the reader accepts it");
    assertEquals(
        List.of(), SchemaValidation.errors(kind, document), label + ": the schema refuses it");
  }

  /** Asserts that the client-record reader accepts {@code document} while the schema refuses it. */
  static void assertOnlySchemaRefuses(String label, JsonNode document) {
    assertOnlySchemaRefuses(DocumentKind.CLIENT_RECORD, label, document);
  }

  /**
   * Asserts that the reader of {@code kind} accepts {@code document} while the schema refuses it.
   */
  static void assertOnlySchemaRefuses(DocumentKind kind, String label, JsonNode document) {
    Optional<DocumentException> refusal = readerRefusal(kind, document);
    assertTrue(
        refusal.isEmpty(),
        label + ": the reader refuses it: " + refusal.map(Throwable::getMessage));
    assertTrue(
        !SchemaValidation.errors(kind, document).isEmpty(), label + ": the schema accepts it");
  }
}
