package org.nmt.io.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class RowWriterTest {
  private static String write(Row... rows) throws IOException {
    StringWriter out = new StringWriter();
    try (RowWriter writer = RowWriter.open(out)) {
      for (Row row : rows) {
        writer.write(row);
      }
    }
    return out.toString();
  }

  @Test
  void quotesTextThatNeedsItAndItReadsBackUnchanged() throws IOException {
    Row awkward =
        new Row(
            "c,1",
            "say \"hi\"",
            "line\nbreak",
            Instant.parse("2026-03-02T09:00:00Z"),
            " leading space",
            "#hash",
            "semi;colon",
            "tab\there",
            "",
            "a-very-long-id-longer-than-twenty-four-characters",
            2,
            -1.5,
            Unit.PERCENT);
    String csv = write(awkward);
    assertEquals(
        CsvExportTest.HEADER
            + "\n\"c,1\",\"say \"\"hi\"\"\",\"line\nbreak\",2026-03-02,09:00:00, leading"
            + " space,#hash,semi;colon,tab\there,,"
            + "a-very-long-id-longer-than-twenty-four-characters,2,-1.5,percent\n",
        csv);
    List<String[]> lines = Csv.parseArrays(csv);
    assertEquals(
        ImmutableList.of(
            "c,1",
            "say \"hi\"",
            "line\nbreak",
            "2026-03-02",
            "09:00:00",
            " leading space",
            "#hash",
            "semi;colon",
            "tab\there",
            "",
            "a-very-long-id-longer-than-twenty-four-characters",
            "2",
            "-1.5",
            "percent"),
        ImmutableList.copyOf(lines.get(1)));
  }

  @Test
  void writesTimesInUtcWithFractionsOnlyWhenThereAreAny() throws IOException {
    Row row =
        new Row(
            "c",
            "",
            "",
            Instant.parse("2026-12-31T23:59:59.125Z"),
            "",
            "nprs",
            "",
            "",
            "",
            "",
            Row.NOT_A_READING,
            3,
            Unit.POINTS);
    assertEquals(
        CsvExportTest.HEADER + "\nc,,,2026-12-31,23:59:59.125,,nprs,,,,,,3,points\n", write(row));
  }

  private static Row at(String instant) {
    return new Row(
        "c",
        "",
        "",
        Instant.parse(instant),
        "",
        "nprs",
        "",
        "",
        "",
        "",
        Row.NOT_A_READING,
        1,
        Unit.POINTS);
  }

  @Test
  void eachRowHasItsOwnDateAndTimeWhenTimesChange() throws IOException {
    String csv =
        write(
            at("2026-03-02T09:00:00Z"),
            at("2026-03-02T09:00:00Z"),
            at("2026-03-03T00:00:00.000001Z"),
            at("2026-03-02T09:00:00Z"),
            at("1969-12-31T23:59:59.5Z"),
            at("0000-01-01T00:00:00Z"));
    assertEquals(
        CsvExportTest.HEADER
            + "\nc,,,2026-03-02,09:00:00,,nprs,,,,,,1,points"
            + "\nc,,,2026-03-02,09:00:00,,nprs,,,,,,1,points"
            + "\nc,,,2026-03-03,00:00:00.000001,,nprs,,,,,,1,points"
            + "\nc,,,2026-03-02,09:00:00,,nprs,,,,,,1,points"
            + "\nc,,,1969-12-31,23:59:59.5,,nprs,,,,,,1,points"
            + "\nc,,,0000-01-01,00:00:00,,nprs,,,,,,1,points\n",
        csv);
  }

  @Test
  void writesValuesAsPlainDecimals() {
    assertEquals("7", RowWriter.decimal(7));
    assertEquals("0", RowWriter.decimal(0));
    assertEquals("0", RowWriter.decimal(-0.0));
    assertEquals("4.5", RowWriter.decimal(4.5));
    assertEquals("-3.25", RowWriter.decimal(-3.25));
    assertEquals("0.0001", RowWriter.decimal(0.0001));
    assertEquals("10000000", RowWriter.decimal(1e7));
    assertEquals("240", RowWriter.decimal(240));
    assertEquals("2.7", RowWriter.decimal((2.6 + 2.8 + 2.7) / 3));
    assertEquals("88.8888888888889", RowWriter.decimal(120 / 135.0 * 100));
    assertEquals("0.333333333333333", RowWriter.decimal(1 / 3.0));
  }

  private static Row valued(int reading, double value) {
    return new Row(
        "c",
        "",
        "",
        Instant.parse("2026-03-02T09:00:00Z"),
        "",
        "nprs",
        "",
        "",
        "",
        "",
        reading,
        value,
        Unit.POINTS);
  }

  @Test
  void writesEveryValueAndReadingAsTheExactRuleAndIntegerToStringDo() {
    qt().withFixedSeed(20261124L)
        .withExamples(1000)
        .forAll(
            lists()
                .of(
                    doubles()
                        .between(-1e9, 1e9)
                        .map(d -> d / Math.pow(10, Math.floorMod(d.longValue(), 12))))
                .ofSizeBetween(1, 12),
            integers().between(Row.NOT_A_READING, 3000))
        .check(
            (values, reading) -> {
              Row[] rows = new Row[values.size()];
              for (int i = 0; i < rows.length; i++) {
                rows[i] = valued(i % 2 == 0 ? reading : Row.NOT_A_READING, values.get(i));
              }
              List<String[]> lines;
              try {
                lines = Csv.parseArrays(write(rows));
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
              for (int i = 0; i < rows.length; i++) {
                String[] fields = lines.get(i + 1);
                String expectedReading =
                    rows[i].isReading() ? Integer.toString(rows[i].reading()) : "";
                if (!fields[11].equals(expectedReading)
                    || !fields[12].equals(RowWriter.exactDecimal(values.get(i)))) {
                  return false;
                }
              }
              return true;
            });
  }
}
