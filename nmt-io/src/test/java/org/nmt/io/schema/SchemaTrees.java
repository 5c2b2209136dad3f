package org.nmt.io.schema;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.Map;
import org.nmt.io.json.DocumentKind;

/**
 * The shipped schemas as JSON trees, with {@code $ref}s resolved within a schema and across schemas
 * by {@code $id}, as a validator resolves them.
 */
final class SchemaTrees {
  private static final Map<DocumentKind, JsonNode> TREES = new EnumMap<>(DocumentKind.class);

  static {
    for (DocumentKind kind : DocumentKind.values()) {
      TREES.put(kind, SchemaValidation.tree(kind));
    }
  }

  private SchemaTrees() {}

  /** The schema of {@code kind}. */
  static JsonNode tree(DocumentKind kind) {
    return TREES.get(kind);
  }

  /** A node of a schema, with the kind of the schema it belongs to. */
  static final class Located {
    final DocumentKind kind;
    final JsonNode node;

    Located(DocumentKind kind, JsonNode node) {
      this.kind = kind;
      this.node = node;
    }
  }

  /** The kind whose schema has the {@code $id} {@code id}. */
  static DocumentKind kindOf(String id) {
    for (DocumentKind kind : DocumentKind.values()) {
      if (Schemas.id(kind).equals(id)) {
        return kind;
      }
    }
    throw new AssertionError("no schema has the $id " + id);
  }

  /**
   * The target of {@code ref} in the schema of {@code from}: {@code #/$defs/x} in the same schema,
   * or {@code urn:nmt:schema:<kind>:<version>#/$defs/x} in another.
   */
  static Located resolve(DocumentKind from, String ref) {
    int hash = ref.indexOf('#');
    assertTrue(hash >= 0, "a $ref without a fragment: " + ref);
    DocumentKind kind = hash == 0 ? from : kindOf(ref.substring(0, hash));
    JsonNode target = tree(kind).at(ref.substring(hash + 1));
    assertFalse(target.isMissingNode(), "unresolved $ref " + ref + " in " + from.id());
    return new Located(kind, target);
  }

  /** The name of the {@code $defs} entry {@code ref} points to. */
  static String defName(String ref) {
    return ref.substring(ref.lastIndexOf('/') + 1);
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
