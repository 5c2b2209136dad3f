package org.nmt.io.schema;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.function.Consumer;

/** A named change to a valid document, made on a copy of its JSON tree. */
final class Mutation {
  final String name;
  private final Consumer<JsonNode> change;

  private Mutation(String name, Consumer<JsonNode> change) {
    this.name = name;
    this.change = change;
  }

  /** Sets the node at {@code pointer} (whose parent exists) to the JSON {@code json}. */
  static Mutation setTo(String pointer, String json) {
    return new Mutation(pointer + " = " + json, d -> Docs.set(d, pointer, json));
  }

  /** Removes the node at {@code pointer}, which must exist. */
  static Mutation without(String pointer) {
    return new Mutation("without " + pointer, d -> Docs.remove(d, pointer));
  }

  /** Any other change. */
  static Mutation both(String name, Consumer<JsonNode> change) {
    return new Mutation(name, change);
  }

  /** A changed copy of {@code document}. */
  JsonNode applyTo(JsonNode document) {
    JsonNode copy = document.deepCopy();
    change.accept(copy);
    return copy;
  }
}
