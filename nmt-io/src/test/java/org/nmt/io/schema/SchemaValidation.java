package org.nmt.io.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaId;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.nmt.io.json.DocumentKind;

/**
 * Validates documents against the shipped schemas with a real draft 2020-12 validator (networknt
 * json-schema-validator), format assertions on and locations as JSON Pointers.
 *
 * <p>The validator loads every schema by its {@code $id}, mapped to the schema's resource on the
 * classpath, so that a schema's {@code $ref} to another schema's {@code $defs} by {@code $id}
 * resolves from the jar with no network and no copy.
 */
final class SchemaValidation {
  static final ObjectMapper JSON = new ObjectMapper();

  private static final JsonSchemaFactory FACTORY =
      JsonSchemaFactory.getInstance(
          SpecVersion.VersionFlag.V202012,
          builder -> builder.schemaMappers(mappers -> mappers.mappings(classpathMappings())));
  private static final SchemaValidatorsConfig CONFIG =
      SchemaValidatorsConfig.builder()
          .formatAssertionsEnabled(true)
          .pathType(PathType.JSON_POINTER)
          .build();
  private static final Map<DocumentKind, JsonSchema> SCHEMAS = load();

  private SchemaValidation() {}

  /** Each schema's {@code $id}, mapped to its resource on the classpath. */
  private static Map<String, String> classpathMappings() {
    Map<String, String> mappings = new LinkedHashMap<>();
    for (DocumentKind kind : DocumentKind.values()) {
      mappings.put(Schemas.id(kind), "classpath:org/nmt/io/schema/" + Schemas.resourceName(kind));
    }
    return mappings;
  }

  private static Map<DocumentKind, JsonSchema> load() {
    Map<DocumentKind, JsonSchema> schemas = new EnumMap<>(DocumentKind.class);
    for (DocumentKind kind : DocumentKind.values()) {
      JsonSchema schema = FACTORY.getSchema(SchemaLocation.of(Schemas.id(kind)), CONFIG);
      schema.initializeValidators();
      schemas.put(kind, schema);
    }
    return schemas;
  }

  /** The draft 2020-12 meta-schema, as shipped inside the validator (no network). */
  static JsonSchema metaSchema() {
    return FACTORY.getSchema(SchemaLocation.of(SchemaId.V202012), CONFIG);
  }

  /** The schema of {@code kind} as a JSON tree. */
  static JsonNode tree(DocumentKind kind) {
    return parse(Schemas.text(kind));
  }

  static JsonNode parse(String json) {
    try {
      return JSON.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static JsonNode parse(byte[] json) {
    try {
      return JSON.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The schema's complaints about {@code document}, empty when it is valid. */
  static List<ValidationMessage> errors(DocumentKind kind, JsonNode document) {
    return List.copyOf(SCHEMAS.get(kind).validate(document));
  }

  static List<ValidationMessage> errors(DocumentKind kind, byte[] document) {
    return errors(kind, parse(document));
  }

  /** The complaints as one readable line each, for assertion messages. */
  static String describe(List<ValidationMessage> errors) {
    return errors.stream()
        .map(ValidationMessage::getMessage)
        .collect(Collectors.joining("\n  ", "\n  ", ""));
  }
}
