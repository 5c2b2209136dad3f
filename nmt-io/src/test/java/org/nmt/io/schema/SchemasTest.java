package org.nmt.io.schema;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.nmt.io.json.DocumentKind;

class SchemasTest {
  @Test
  void namesTheClientRecordSchemaByKindAndVersion() {
    assertEquals("urn:nmt:schema:client-record:1.0", Schemas.id(DocumentKind.CLIENT_RECORD));
  }

  @Test
  void shipsADraft202012SchemaForEveryKind() {
    for (DocumentKind kind : DocumentKind.values()) {
      JsonNode schema = SchemaValidation.tree(kind);
      assertEquals(Schemas.DIALECT, schema.get("$schema").textValue(), kind.id());
      assertEquals(Schemas.id(kind), schema.get("$id").textValue(), kind.id());
      assertEquals(kind.id(), schema.at("/properties/kind/const").textValue(), kind.id());
      List<String> required = new ArrayList<>();
      schema.get("required").forEach(name -> required.add(name.textValue()));
      assertTrue(required.containsAll(List.of("kind", "formatVersion")), kind.id());
    }
  }

  @Test
  void everySchemaIsValidAgainstTheMetaSchema() {
    for (DocumentKind kind : DocumentKind.values()) {
      assertEquals(
          List.of(),
          List.copyOf(SchemaValidation.metaSchema().validate(SchemaValidation.tree(kind))),
          kind.id());
    }
  }

  @Test
  void formatVersionPatternAcceptsEveryMinorOfTheMajorOnly() {
    for (DocumentKind kind : DocumentKind.values()) {
      Pattern pattern =
          Pattern.compile(
              SchemaValidation.tree(kind).at("/properties/formatVersion/pattern").textValue());
      int major = kind.major();
      assertTrue(pattern.matcher(kind.formatVersion()).find(), kind.formatVersion());
      assertTrue(pattern.matcher(major + ".0").find());
      assertTrue(pattern.matcher(major + ".9999").find());
      assertFalse(pattern.matcher((major + 1) + ".0").find());
      assertFalse(pattern.matcher((major - 1) + ".0").find());
      assertFalse(pattern.matcher(major + ".0\n").find());
      assertFalse(pattern.matcher(major + ".0.1").find());
      assertFalse(pattern.matcher(major + ".").find());
    }
  }

  @Test
  void urlAndTextAreTheSameResource() throws IOException {
    for (DocumentKind kind : DocumentKind.values()) {
      try (InputStream in = Schemas.url(kind).openStream()) {
        assertEquals(Schemas.text(kind), new String(in.readAllBytes(), UTF_8), kind.id());
      }
      assertTrue(
          Schemas.url(kind).toString().endsWith("/org/nmt/io/schema/" + kind.id() + ".schema.json"),
          Schemas.url(kind).toString());
    }
  }

  @Test
  void rejectsANullKind() {
    assertEquals(
        "kind", assertThrows(NullPointerException.class, () -> Schemas.id(null)).getMessage());
    assertEquals(
        "kind", assertThrows(NullPointerException.class, () -> Schemas.text(null)).getMessage());
    assertEquals(
        "kind", assertThrows(NullPointerException.class, () -> Schemas.url(null)).getMessage());
  }
}
