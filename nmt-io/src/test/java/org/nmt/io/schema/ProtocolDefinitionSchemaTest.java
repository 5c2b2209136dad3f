package org.nmt.io.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nmt.io.gen.DefinitionGenerator;
import org.nmt.io.json.DocumentKind;
import org.nmt.io.json.Documents;
import org.nmt.protocol.definition.ProtocolDefinition;
import org.nmt.protocol.definition.Protocols;

/**
 * Every protocol definition document the library writes is valid against the protocol-definition
 * schema.
 */
class ProtocolDefinitionSchemaTest {
  private static final long SEED = 20261124L;
  private static final Path GOLDEN =
      Path.of("src", "test", "resources", "golden", "nmt-seeds.protocol-definition.json");

  static void assertValid(String label, byte[] json) {
    var errors = SchemaValidation.errors(DocumentKind.PROTOCOL_DEFINITION, json);
    assertEquals(List.of(), errors, label + ":" + SchemaValidation.describe(errors));
  }

  @Test
  void theGoldenSeedsProtocolIsValid() throws IOException {
    assertValid("golden seeds protocol", Files.readAllBytes(GOLDEN));
  }

  @Test
  void everyBuiltInProtocolIsValid() {
    for (ProtocolDefinition definition : Protocols.builtIns()) {
      assertValid(definition.name(), Documents.toBytes(definition));
    }
  }

  @Test
  void aDefinitionWithEveryCriterionAndRuleIsValid() {
    assertValid("full definition", Documents.toBytes(FullDocuments.definition()));
  }

  @Test
  void generatedDefinitionsAreValid() {
    qt().withFixedSeed(SEED)
        .withExamples(400)
        .forAll(DefinitionGenerator.definitions())
        .checkAssert(definition -> assertValid(definition.name(), Documents.toBytes(definition)));
  }
}
