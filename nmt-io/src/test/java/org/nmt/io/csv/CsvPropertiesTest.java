package org.nmt.io.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import com.google.common.collect.ImmutableList;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nmt.core.assessment.RangeOfMotionNorms;

class CsvPropertiesTest {
  private static final long SEED = 20261124L;

  @Test
  void writesOneRowPerMeasurement() {
    qt().withFixedSeed(SEED)
        .withExamples(500)
        .forAll(RandomRecords.records(12))
        .check(
            record -> {
              StringWriter out = new StringWriter();
              long written = CsvExport.standard().write(ImmutableList.of(record), out);
              List<Map<String, String>> rows = Csv.parseMaps(out.toString());
              return written == Csv.expectedRows(record, RangeOfMotionNorms.standard())
                  && rows.size() == written;
            });
  }

  @Test
  void everyRowReadsBackTyped() {
    qt().withFixedSeed(SEED)
        .withExamples(500)
        .forAll(RandomRecords.records(12))
        .checkAssert(
            record -> {
              String csv = CsvExport.standard().toCsv(ImmutableList.of(record));
              for (String[] line : Csv.parseArrays(csv)) {
                assertEquals(CsvExport.columns().size(), line.length, String.join(",", line));
              }
              for (Map<String, String> row : Csv.parseMaps(csv)) {
                Csv.checkRow(row);
              }
            });
  }

  @Test
  void rowsOfARecordAreTheSameWhereverItStandsInAnExport() {
    qt().withFixedSeed(SEED)
        .withExamples(500)
        .forAll(RandomRecords.records(6), RandomRecords.records(6))
        .check(
            (first, second) ->
                CsvExport.standard()
                    .toCsv(ImmutableList.of(first, second))
                    .equals(
                        CsvExport.standard().toCsv(ImmutableList.of(first))
                            + body(CsvExport.standard().toCsv(ImmutableList.of(second)))));
  }

  @Test
  void aDecimalOfAtMostFifteenDigitsIsWrittenAsEntered() {
    qt().withFixedSeed(SEED)
        .withExamples(2000)
        .forAll(
            integers().between(-999_999_999, 999_999_999),
            integers().between(0, 999_999),
            integers().between(0, 9))
        .check(
            (whole, fraction, scale) -> {
              String entered =
                  new BigDecimal(whole + "." + String.format("%06d", fraction))
                      .movePointLeft(scale)
                      .stripTrailingZeros()
                      .toPlainString();
              return RowWriter.decimal(Double.parseDouble(entered)).equals(entered);
            });
  }

  @Test
  void everyWrittenValueIsAPlainDecimalWithinFifteenDigitsOfTheValue() {
    qt().withFixedSeed(SEED)
        .withExamples(2000)
        .forAll(doubles().between(-1_000, 1_000))
        .check(
            value -> {
              String written = RowWriter.decimal(value);
              double read = Double.parseDouble(written);
              return written.matches("-?[0-9]+(\\.[0-9]+)?")
                  && Math.abs(read - value) <= Math.abs(value) * 1e-14;
            });
  }

  private static String body(String csv) {
    return csv.substring(csv.indexOf('\n') + 1);
  }
}
