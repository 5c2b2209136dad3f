package org.nmt.io.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import java.io.ByteArrayOutputStream;
import org.junit.jupiter.api.Test;
import org.nmt.core.anatomy.MuscleCatalog;
import org.nmt.core.record.ClientRecord;
import org.nmt.io.gen.CatalogGenerator;
import org.nmt.io.gen.DefinitionGenerator;
import org.nmt.io.gen.PlanGenerator;
import org.nmt.io.gen.RecordGenerator;
import org.nmt.protocol.definition.ProtocolDefinition;
import org.nmt.protocol.plan.TreatmentPlan;

class RoundTripPropertyTest {
  private static final long SEED = 20261124L;
  private static final int EXAMPLES = 600;
  private static final int PLAN_EXAMPLES = 400;
  private static final int DEFINITION_EXAMPLES = 500;
  private static final int CATALOG_EXAMPLES = 300;

  @Test
  void readingAWrittenRecordGivesTheRecordBack() {
    qt().withFixedSeed(SEED)
        .withExamples(EXAMPLES)
        .forAll(RecordGenerator.records())
        .checkAssert(
            record -> assertEquals(record, Documents.readRecord(Documents.toBytes(record))));
  }

  @Test
  void writingIsDeterministic() {
    qt().withFixedSeed(SEED + 1)
        .withExamples(EXAMPLES)
        .forAll(RecordGenerator.records())
        .checkAssert(
            record -> {
              byte[] first = Documents.toBytes(record);
              ByteArrayOutputStream second = new ByteArrayOutputStream();
              Documents.write(record, second);
              assertArrayEquals(first, second.toByteArray());
            });
  }

  @Test
  void rewritingAReadRecordGivesTheSameBytes() {
    qt().withFixedSeed(SEED + 2)
        .withExamples(EXAMPLES)
        .forAll(RecordGenerator.records())
        .checkAssert(
            record -> {
              byte[] written = Documents.toBytes(record);
              ClientRecord read = Documents.readRecord(written);
              assertArrayEquals(written, Documents.toBytes(read));
            });
  }

  // ---- treatment plans

  @Test
  void readingAWrittenPlanGivesThePlanBack() {
    qt().withFixedSeed(SEED + 3)
        .withExamples(PLAN_EXAMPLES)
        .forAll(PlanGenerator.plans())
        .checkAssert(plan -> assertEquals(plan, Documents.readPlan(Documents.toBytes(plan))));
  }

  @Test
  void writingAPlanIsDeterministicAndSurvivesRereading() {
    qt().withFixedSeed(SEED + 4)
        .withExamples(PLAN_EXAMPLES)
        .forAll(PlanGenerator.plans())
        .checkAssert(
            plan -> {
              byte[] first = Documents.toBytes(plan);
              ByteArrayOutputStream second = new ByteArrayOutputStream();
              Documents.write(plan, second);
              assertArrayEquals(first, second.toByteArray());
              TreatmentPlan read = Documents.readPlan(first);
              assertArrayEquals(first, Documents.toBytes(read));
            });
  }

  // ---- protocol definitions

  @Test
  void readingAWrittenDefinitionGivesTheDefinitionBack() {
    qt().withFixedSeed(SEED + 5)
        .withExamples(DEFINITION_EXAMPLES)
        .forAll(DefinitionGenerator.definitions())
        .checkAssert(
            definition ->
                assertEquals(definition, Documents.readProtocol(Documents.toBytes(definition))));
  }

  @Test
  void writingADefinitionIsDeterministicAndSurvivesRereading() {
    qt().withFixedSeed(SEED + 6)
        .withExamples(DEFINITION_EXAMPLES)
        .forAll(DefinitionGenerator.definitions())
        .checkAssert(
            definition -> {
              byte[] first = Documents.toBytes(definition);
              ByteArrayOutputStream second = new ByteArrayOutputStream();
              Documents.write(definition, second);
              assertArrayEquals(first, second.toByteArray());
              ProtocolDefinition read = Documents.readProtocol(first);
              assertArrayEquals(first, Documents.toBytes(read));
            });
  }

  // ---- muscle catalogs

  @Test
  void readingAWrittenCatalogGivesTheCatalogBack() {
    qt().withFixedSeed(SEED + 7)
        .withExamples(CATALOG_EXAMPLES)
        .forAll(CatalogGenerator.catalogs())
        .checkAssert(
            catalog -> {
              byte[] written = Documents.toBytes(catalog);
              MuscleCatalog read = Documents.readCatalog(written);
              assertEquals(catalog.name(), read.name());
              assertEquals(catalog.version(), read.version());
              assertEquals(catalog.muscles(), read.muscles());
              assertArrayEquals(written, Documents.toBytes(read));
            });
  }
}
