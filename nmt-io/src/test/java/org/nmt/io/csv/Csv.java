package org.nmt.io.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.nmt.core.anatomy.Side;
import org.nmt.core.assessment.Assessment;
import org.nmt.core.assessment.MotionMode;
import org.nmt.core.assessment.PressurePainThresholdReading;
import org.nmt.core.assessment.RangeOfMotionMeasurement;
import org.nmt.core.assessment.RangeOfMotionNorms;
import org.nmt.core.assessment.StructuralEvaluation;
import org.nmt.core.record.ClientRecord;
import org.nmt.core.record.StageTransition;
import org.nmt.core.session.AdverseEvent;
import org.nmt.core.session.Session;
import org.nmt.core.session.SoapNote;
import org.nmt.core.stage.Stage;
import org.nmt.core.trigger.TriggerPointExamination;

/** Reading the export back with jackson-dataformat-csv, and what a record should export. */
final class Csv {
  private static final CsvMapper MAPPER = new CsvMapper();
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
  private static final Pattern SITE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*(/[a-z0-9-]+)?");
  private static final Pattern PLAIN_DECIMAL = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");
  private static final Set<String> UNITS =
      Arrays.stream(Unit.values()).map(Unit::id).collect(Collectors.toSet());
  private static final Set<String> STAGES =
      Arrays.stream(Stage.values()).map(Stage::id).collect(Collectors.toSet());
  private static final Set<String> MODES =
      Arrays.stream(MotionMode.values()).map(MotionMode::id).collect(Collectors.toSet());

  private Csv() {}

  /** Every line of {@code csv}, the header included, as its fields. */
  static List<String[]> parseArrays(String csv) {
    try (MappingIterator<String[]> lines =
        MAPPER.readerFor(String[].class).with(CsvParser.Feature.WRAP_AS_ARRAY).readValues(csv)) {
      return lines.readAll();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every row of {@code csv} as a map from column name to field, by the header row. */
  static List<Map<String, String>> parseMaps(String csv) {
    try (MappingIterator<Map<String, String>> rows =
        MAPPER
            .readerForMapOf(String.class)
            .with(CsvSchema.emptySchema().withHeader())
            .readValues(csv)) {
      return rows.readAll();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Checks that every field of {@code row} has the form and type docs/FORMAT.md gives it. */
  static void checkRow(Map<String, String> row) {
    String shown = row.toString();
    assertEquals(CsvExport.columns(), new ArrayList<>(row.keySet()), shown);
    assertTrue(ID.matcher(row.get("client")).matches(), shown);
    assertTrue(row.get("session").isEmpty() || ID.matcher(row.get("session")).matches(), shown);
    assertEquals(row.get("session").isEmpty(), row.get("stage").isEmpty(), shown);
    assertTrue(row.get("stage").isEmpty() || STAGES.contains(row.get("stage")), shown);
    assertTrue(
        row.get("assessment").isEmpty() || ID.matcher(row.get("assessment")).matches(), shown);
    assertEquals(row.get("date"), LocalDate.parse(row.get("date")).toString(), shown);
    LocalTime.parse(row.get("time"));
    String measure = row.get("measure");
    assertTrue(Measurements.measureIds().contains(measure), shown);
    assertTrue(
        row.get("context").isEmpty() || Measurements.contextIds().contains(row.get("context")),
        shown);
    assertTrue(row.get("site").isEmpty() || SITE.matcher(row.get("site")).matches(), shown);
    if (!row.get("side").isEmpty()) {
      Side.fromId(row.get("side"));
    }
    assertEquals(measure.startsWith("range-of-motion"), MODES.contains(row.get("mode")), shown);
    assertEquals(measure.startsWith("range-of-motion"), !row.get("mode").isEmpty(), shown);
    assertEquals(
        measure.equals(Measurements.PRESSURE_PAIN_THRESHOLD_READING),
        !row.get("reading").isEmpty(),
        shown);
    if (!row.get("reading").isEmpty()) {
      assertTrue(Integer.parseInt(row.get("reading")) >= 1, shown);
    }
    String value = row.get("value");
    assertTrue(PLAIN_DECIMAL.matcher(value).matches(), shown);
    assertTrue(Double.isFinite(Double.parseDouble(value)), shown);
    String unit = row.get("unit");
    assertTrue(UNITS.contains(unit), shown);
    if (unit.equals("flag")) {
      assertTrue(value.equals("0") || value.equals("1"), shown);
    }
  }

  /**
   * The number of rows {@code record} should export, counted from the model: one per session pain,
   * four at most per trigger point examination, and per assessment one, plus one per pressure pain
   * threshold reading, one per range of motion with a norm, one per postural finding.
   */
  static long expectedRows(ClientRecord record, RangeOfMotionNorms norms) {
    long rows = 0;
    for (Assessment assessment : record.assessments()) {
      rows += expectedRows(assessment, norms);
    }
    for (Session session : record.sessions()) {
      rows += session.painBefore().isPresent() ? 1 : 0;
      rows += session.painAfter().isPresent() ? 1 : 0;
      for (TriggerPointExamination exam : session.triggerPointExaminations()) {
        rows += 2;
        rows += exam.palpationPain().isPresent() ? 1 : 0;
        rows += exam.pressurePainThreshold().isPresent() ? 1 : 0;
      }
      for (Assessment assessment : session.assessments()) {
        rows += expectedRows(assessment, norms);
      }
    }
    return rows;
  }

  private static long expectedRows(Assessment assessment, RangeOfMotionNorms norms) {
    if (assessment instanceof PressurePainThresholdReading ppt) {
      return 1 + ppt.readings().size();
    }
    if (assessment instanceof RangeOfMotionMeasurement rom) {
      return norms.find(rom.joint(), rom.movement()).isPresent() ? 2 : 1;
    }
    if (assessment instanceof StructuralEvaluation evaluation) {
      return evaluation.findings().size();
    }
    return 1;
  }

  /**
   * The free text of {@code record}: the chief complaint, SOAP notes, adverse event descriptions,
   * transition justifications and observed referral zones.
   */
  static List<String> freeText(ClientRecord record) {
    List<String> texts = new ArrayList<>();
    record.intake().chiefComplaint().ifPresent(texts::add);
    for (Session session : record.sessions()) {
      for (TriggerPointExamination exam : session.triggerPointExaminations()) {
        texts.addAll(exam.referralZonesObserved());
      }
      session
          .response()
          .ifPresent(
              response -> {
                for (AdverseEvent event : response.adverseEvents()) {
                  event.description().ifPresent(texts::add);
                }
              });
      if (session.note().isPresent()) {
        SoapNote note = session.note().get();
        note.subjective().ifPresent(texts::add);
        note.objective().ifPresent(texts::add);
        note.assessment().ifPresent(texts::add);
        note.plan().ifPresent(texts::add);
      }
    }
    for (StageTransition transition : record.transitions()) {
      transition.justification().ifPresent(texts::add);
    }
    return texts;
  }
}
