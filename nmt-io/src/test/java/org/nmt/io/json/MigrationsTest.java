package org.nmt.io.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.nmt.core.record.ClientRecord;

class MigrationsTest {
  /** An archived version-0 record: the client id was called "pseudonym" then. */
  private static final String VERSION_0 =
      "{\"kind\":\"client-record\",\"formatVersion\":\"0.3\",\"client\":{\"pseudonym\":\"c-1\"},"
          + "\"intake\":{\"takenOn\":\"2026-03-01\"}}";

  private static final UnaryOperator<ObjectNode> RENAME_PSEUDONYM =
      document -> {
        ObjectNode client = (ObjectNode) document.get("client");
        client.set("id", client.remove("pseudonym"));
        document.put("formatVersion", "1.0");
        return document;
      };

  @Test
  void anOlderMajorIsMigratedStepByStepBeforeReading() {
    Migrations migrations =
        Migrations.of(Map.of(Migrations.key(DocumentKind.CLIENT_RECORD, 0), RENAME_PSEUDONYM));
    JsonNode tree = Documents.parse(VERSION_0.getBytes(UTF_8));
    ClientRecord record =
        Documents.decode(tree, DocumentKind.CLIENT_RECORD, RecordCodec::readRecord, migrations);
    assertEquals("c-1", record.client().id().value());
    assertEquals("pseudonym", tree.get("client").fieldNames().next(), "the input is not changed");
  }

  @Test
  void withoutAStepAnOlderMajorIsRefusedAtItsVersion() {
    DocumentException e =
        assertThrows(
            DocumentException.class, () -> Documents.readRecord(VERSION_0.getBytes(UTF_8)));
    assertEquals("/formatVersion", e.pointer());
    assertEquals("format version 0.3 has no migration to 1.0", e.rule());
  }
}
