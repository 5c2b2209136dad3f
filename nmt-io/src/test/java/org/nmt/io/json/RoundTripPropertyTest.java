package org.nmt.io.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import java.io.ByteArrayOutputStream;
import org.junit.jupiter.api.Test;
import org.nmt.core.record.ClientRecord;
import org.nmt.io.gen.RecordGenerator;

class RoundTripPropertyTest {
  private static final long SEED = 20261124L;
  private static final int EXAMPLES = 600;

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
}
