package org.nmt.io.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nmt.core.anatomy.MuscleCatalog;
import org.nmt.io.gen.CatalogGenerator;
import org.nmt.io.json.DocumentKind;
import org.nmt.io.json.Documents;

/** Every muscle catalog document the library writes is valid against the muscle-catalog schema. */
class MuscleCatalogSchemaTest {
  private static final long SEED = 20261124L;
  private static final Path GOLDEN =
      Path.of("src", "test", "resources", "golden", "nmt-standard.muscle-catalog.json");

  static void assertValid(String label, byte[] json) {
    var errors = SchemaValidation.errors(DocumentKind.MUSCLE_CATALOG, json);
    assertEquals(List.of(), errors, label + ":" + SchemaValidation.describe(errors));
  }

  @Test
  void theGoldenStandardCatalogIsValid() throws IOException {
    assertValid("golden standard catalog", Files.readAllBytes(GOLDEN));
  }

  @Test
  void theStandardCatalogAndAFullCatalogAreValid() {
    assertValid("standard", Documents.toBytes(MuscleCatalog.standard()));
    assertValid("full", Documents.toBytes(FullDocuments.catalog()));
  }

  @Test
  void generatedCatalogsAreValid() {
    qt().withFixedSeed(SEED)
        .withExamples(300)
        .forAll(CatalogGenerator.catalogs())
        .checkAssert(catalog -> assertValid(catalog.name(), Documents.toBytes(catalog)));
  }
}
